import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runMockServerToExit } from './test-mock-server-process';

it('npm run mock-server refuses a corrupt --data file with the reason and a non-zero exit code', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mock-server-main-'));
  const file = join(dir, 'store.json');
  await writeFile(file, 'not json');
  const { code, output } = await runMockServerToExit(['--port', '0', '--data', file]);
  expect(code).toBe(1);
  expect(output).toMatch(/Not started: .*store\.json is not valid JSON/);
  expect(await readFile(file, 'utf8')).toBe('not json');
  await rm(dir, { recursive: true });
}, 90_000);
