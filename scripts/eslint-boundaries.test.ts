import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, run through ESLint's API on one-line files placed
 * in the layer under test: the rules must fail on a forbidden import, not only pass on the code.
 */
const ROOT = resolve(__dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary rules an import line breaks in a file at `path` (from the project root). */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => rule === 'boundaries/no-cross-feature-imports' || rule === 'no-restricted-imports');
}

const CROSS = ['boundaries/no-cross-feature-imports'];
const ZONE = ['no-restricted-imports'];

describe('ESLint import boundaries', () => {
  it.each([
    ['src/features/sessions/a.tsx', "import { x } from '@/features/filters/rules-panel';", CROSS],
    ['src/features/sessions/a.ts', "import { x } from '../filters/rules-panel';", CROSS],
    ['src/features/sessions/a.ts', "export * from '@/features/filters';", CROSS],
    ['src/features/sessions/a.ts', "export { x } from '../overview/overview-page';", CROSS],
    ['src/features/sessions/a.ts', "const m = import('@/features/filters/filter-page');", CROSS],
    ['src/features/packet-tester/capture/a.ts', "import { x } from '../../sessions/session-rows';", CROSS],
    ['src/features/sessions/list/bulk/a.ts', "import { x } from '../../../filters/rules-panel';", CROSS],
    ['src/features/sessions/a.test.ts', "import { x } from '@/features/filters/rules-panel';", CROSS],
    ['src/features/sessions/a.ts', "import { x } from '@/mock-api/backend';", ZONE],
    ['src/features/sessions/a.ts', "import { x } from '@/app/router';", ZONE],
    ['src/domain/model/a.ts', "import { x } from '@/api/sessions';", ZONE],
    ['src/components/ui/a.ts', "import { x } from '../../domain/model/types';", ZONE],
    ['src/api/a.ts', "import { x } from '@/mock-api';", ZONE],
    ['src/app/a.ts', "import { x } from '@/mock-api/backend';", ZONE],
    ['src/mock-api/services/a.ts', "import { x } from '@/i18n/translator';", ZONE],
    ['src/mock-api/services/a.ts', "import { x } from '@/i18n';", ZONE],
    ['src/mock-api/services/a.ts', "import { x } from '../../i18n/english-results-more';", ZONE],
  ])('%s: %s is refused', async (path, code, rules) => {
    expect(await broken(path, code)).toEqual(rules);
  });

  it.each([
    ['src/features/sessions/a.ts', "import { x } from '@/features/sessions/session-rows';"],
    ['src/features/sessions/a.ts', "import { x } from './session-rows';"],
    ['src/mock-api/services/a.ts', "import { x } from '@/i18n/english-results';"],
    ['src/features/packet-tester/capture/a.ts', "import { x } from '../what-if/what-if-copy';"],
    ['src/features/sessions/list/bulk/a.ts', "import { x } from '@/features/sessions/session-rows';"],
    ['src/features/create-session/target-step/a.ts', "import { x } from '../selection/selection-table';"],
    ['src/features/packet-tester/capture/a.ts', "import { x } from '@/features/packet-tester/packet-url';"],
    ['src/features/sessions/a.ts', "import { x } from '@/shared-ui/rule-form-model';"],
    ['src/app/router.ts', "import { x } from '@/features/sessions/list/sessions-page';"],
    ['src/features/filters/a.ts', "import { useQuery } from '@tanstack/react-query';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await broken(path, code)).toEqual([]);
  });

  it('says what to do', async () => {
    const [result] = await eslint.lintText("import { x } from '@/features/filters/rules-panel';\n", {
      filePath: resolve(ROOT, 'src/features/sessions/a.ts'),
    });
    expect(result?.messages.find((m) => m.ruleId === CROSS[0])?.message).toBe(
      'src/features/sessions must not import src/features/filters: no feature imports another. ' +
        'Move what both need to shared-ui, components, api or domain (see docs/architecture.md, "Which layer may use which").',
    );
  });
});
