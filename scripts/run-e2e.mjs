/**
 * `npm run test:e2e`: finds Chromium, builds the app for the e2e sub-path into its own folder
 * (`dist-e2e/`; `dist/` is the user's) when that build is missing or was made for another base, then runs Playwright (extra arguments pass through).
 * Without arguments it runs the suite, then the console through `npm run cloud` (the `cloud`
 * project starts its own servers), then the benchmarks on their own so that their figures are
 * not shared with other tests (reports `.reports/e2e.json`, `.reports/e2e-cloud.json` and
 * `.reports/e2e-bench.json`).
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

const dist = process.env.E2E_DIST ?? 'dist-e2e';
const built =
  existsSync(`${dist}/index.html`) &&
  readFileSync(`${dist}/index.html`, 'utf8').includes(`src="${E2E_BASE}assets/`);
if (!built) {
  const build = spawnSync('npx', ['vite', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: E2E_BASE, OUT_DIR: dist },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const playwright = (args, env = {}) =>
  spawnSync('npx', ['playwright', 'test', ...args], { stdio: 'inherit', env: { ...process.env, ...env } })
    .status ?? 1;

const extra = process.argv.slice(2);
if (extra.length > 0) process.exit(playwright(extra));
const suite = playwright(['--project', 'chromium']);
const cloud = playwright(['--project', 'cloud'], { E2E_REPORT: '.reports/e2e-cloud.json' });
const benchmarks = playwright(['--project', 'benchmarks'], { E2E_REPORT: '.reports/e2e-bench.json' });
process.exit([suite, cloud, benchmarks].find((status) => status !== 0) ?? 0);
