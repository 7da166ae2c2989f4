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
    { name: 'chromium', testIgnore: BENCHMARKS },
    // Figures are only worth reading when nothing else runs: one at a time, after the suite
    // (`scripts/run-e2e.mjs` runs this project on its own).
    { name: 'benchmarks', testMatch: BENCHMARKS, workers: 1, outputDir: `test-results/${dist}-benchmarks` },
  ],
  webServer: {
    command: `npx vite preview --base ${E2E_BASE} --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}${E2E_BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
