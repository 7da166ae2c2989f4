/**
 * `npm test`: typecheck, lint, formatting (prettier --check), unit tests, production build
 * (under the e2e sub-path) with the size budget, then the e2e suite. Every step runs even when an earlier one failed (the e2e
 * suite needs the build), and the last line counts unit and e2e tests together.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const failedSteps = [];
const run = (name, command, args, env = {}) => {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
};

rmSync('.reports', { recursive: true, force: true });
mkdirSync('.reports', { recursive: true });

run('typecheck', 'npm', ['run', 'typecheck']);
run('lint', 'npm', ['run', 'lint']);
run('format', 'npx', ['prettier', '--check', '.']);
run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.reports/unit.json',
]);
// The test build has its own folder: `dist/` stays the user's (`npm run build`, `npm run preview`).
const built = run('build', 'npx', ['vite', 'build'], { BASE_PATH: '/console/', OUT_DIR: 'dist-e2e' });
if (built) run('size', 'node', ['scripts/check-bundle-size.mjs', 'dist-e2e']);
if (built) run('e2e', 'node', ['scripts/run-e2e.mjs']);
else failedSteps.push('e2e (not run: the build failed)');

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = readJson('.reports/unit.json');
// The suite, the cloud project, then the benchmarks run on their own (scripts/run-e2e.mjs).
const e2eReports = ['.reports/e2e.json', '.reports/e2e-cloud.json', '.reports/e2e-bench.json'];
const e2eStats = e2eReports.map((path) => readJson(path)?.stats);
const e2eCount = (key) => e2eStats.reduce((sum, stats) => sum + (stats?.[key] ?? 0), 0);
const passed = (unit?.numPassedTests ?? 0) + e2eCount('expected') + e2eCount('flaky');
const failed = (unit ? unit.numFailedTests : 0) + e2eCount('unexpected');
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + e2eCount('skipped');

console.log('');
if (skipped > 0) failedSteps.push(`${skipped} skipped tests (a skipped test is a defect)`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
