import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

it('the committed public/mockServiceWorker.js matches the installed msw version', () => {
  const require = createRequire(import.meta.url);
  const installed = (require('msw/package.json') as { version: string }).version;
  const worker = readFileSync(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
  const committed = /const PACKAGE_VERSION = '([^']+)'/.exec(worker)?.[1];
  expect(committed, 'Run `npx msw init public` and commit the worker').toBe(installed);
});
