import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** The sub-path the e2e suite serves the production build under, as demo deployments do. */
export const E2E_BASE = '/console/';
/** Not 4173, so that a `npm run preview` of the user's own build is never mistaken for the test build. */
const port = Number(process.env.E2E_PORT ?? 4183);
/** Which build to serve: the test build's own folder (`dist/` is the user's); `E2E_DIST=dist-x` for another. */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist-e2e';
const dist = E2E_DIST;

/** Specs that measure (they print figures): the large data set load and the 20,000-row list. */
const BENCHMARKS = [/large-data\.spec\.ts$/, /\.bench\.spec\.ts$/];
/**
 * Specs of the console through `npm run cloud` in front of `npm run mock-server`: they start
 * those servers (and build the console for them) themselves, so the preview below is not theirs.
 */
const CLOUD = /e2e\/cloud\/[^/]+\.spec\.ts$/;

/**
 * True when the command line selects the `cloud` project and no other (`--project cloud` or
 * `--project=cloud`): then no preview of the e2e build is started, since those specs need none.
 */
function onlyCloudProject(argv: readonly string[]): boolean {
  const projects = argv.flatMap((arg, i) =>
    arg === '--project' ? [argv[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
  );
  return projects.length > 0 && projects.every((name) => name === 'cloud');
}

/**
 * Chromium: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own browser
 * (undefined lets Playwright find it).
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  /** Kept per build folder so that runs of separate builds never delete each other's artifacts. */
  outputDir: `test-results/${dist}`,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '.reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}${E2E_BASE}`,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: [...BENCHMARKS, CLOUD] },
    // One at a time: the tests share the servers the file starts (`scripts/run-e2e.mjs` runs it after the suite).
    {
      name: 'cloud',
      testMatch: CLOUD,
      fullyParallel: false,
      workers: 1,
      outputDir: `test-results/${dist}-cloud`,
    },
    // Figures are only worth reading when nothing else runs: one at a time, after the suite
    // (`scripts/run-e2e.mjs` runs this project on its own).
    { name: 'benchmarks', testMatch: BENCHMARKS, workers: 1, outputDir: `test-results/${dist}-benchmarks` },
  ],
  webServer: onlyCloudProject(process.argv)
    ? undefined
    : {
        command: `npx vite preview --base ${E2E_BASE} --port ${port} --strictPort --outDir ${dist}`,
        url: `http://localhost:${port}${E2E_BASE}`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
