import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../scripts/vite/content-security-policy';
import { runServerToExit, startServerProcess } from '../shared/test-server-process';
import { MODE_META_NAME } from './mode-meta';
import { raw, TEST_AK, TEST_SK } from './test-cloud-server';

const READY = /Console: (http:\/\/\S+)/;
const { HUAWEICLOUD_SDK_AK: _ak, HUAWEICLOUD_SDK_SK: _sk, ...withoutCredentials } = process.env;

it('npm run cloud refuses to start without credentials, naming the variables to set (exit 2)', async () => {
  const { code, output } = await runServerToExit({
    script: 'cloud',
    args: ['--port', '0'],
    ready: READY,
    env: withoutCredentials,
  });
  expect(code).toBe(2);
  expect(output).toMatch(/Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
}, 60_000);

it('npm run cloud builds the console when its folder is missing, then serves it behind the printed link', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cloud-cli-'));
  const outDir = join(dir, 'dist-cloud');
  const server = await startServerProcess({
    script: 'cloud',
    args: ['--port', '0'],
    ready: READY,
    env: { ...withoutCredentials, HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, OUT_DIR: outDir },
    startMs: 150_000,
  });
  try {
    expect(server.output()).toMatch(/No build in .*dist-cloud yet: building the console there first/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    const link = new URL(server.url);
    expect(link.hostname).toBe('127.0.0.1');
    const entered = await raw(link.origin, `${link.pathname}${link.search}`);
    expect(entered.status).toBe(302);
    const page = await raw(link.origin, '/sessions');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.text).toMatch(new RegExp(`<head>\\s*<meta name="${MODE_META_NAME}"`));
    expect(page.text).toMatch(/src="\/assets\/index-[^"]+\.js"/);
    // The build was made with the credentials in the environment: none of its files holds them.
    const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = await readFile(join(file.parentPath, file.name), 'latin1');
      expect(text.includes(TEST_AK) || text.includes(TEST_SK), file.name).toBe(false);
    }
  } finally {
    const output = await server.stop();
    await rm(dir, { recursive: true, force: true });
    expect(output).not.toContain(TEST_SK);
    expect(output).not.toContain(TEST_AK);
  }
}, 180_000);
