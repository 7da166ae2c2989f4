/**
 * `npm run test:e2e`: finds Chromium, builds the app for the e2e sub-path when the build is
 * missing or was made for another base, then runs Playwright (extra arguments pass through).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

const E2E_BASE = '/console/';

try {
  const path = await ensureChromium();
  console.log(`Chromium: ${path}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const built = existsSync('dist/index.html') && readFileSync('dist/index.html', 'utf8').includes(`src="${E2E_BASE}assets/`);
if (!built) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: E2E_BASE } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
