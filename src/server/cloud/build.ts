/**
 * The production build the cloud server serves: built into its own folder (`dist-cloud/`, base
 * `/`) when it is missing, so that `npm run cloud` works on a fresh clone after `npm install`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root (where package.json and vite.config.ts are). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** True when `dir` must be built before it is served: it has no index.html, or a rebuild was asked. */
export function needsBuild(dir: string, rebuild: boolean): boolean {
  return rebuild || !existsSync(join(dir, 'index.html'));
}

/** Runs `vite build` into `dir` with the base `/`, its output shown; rejects when it fails. */
export function viteBuild(dir: string): Promise<void> {
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, OUT_DIR: dir, BASE_PATH: '/' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (exit code ${code}); see its output above.`)),
    );
  });
}

/**
 * Builds `dir` when `needsBuild` says so, saying so first; `build` is `viteBuild` except in tests.
 *
 * @example await ensureBuild('/repo/dist-cloud', false, console.info) // builds on a fresh clone, else nothing
 */
export async function ensureBuild(
  dir: string,
  rebuild: boolean,
  say: (line: string) => void,
  build: (dir: string) => Promise<void> = viteBuild,
): Promise<boolean> {
  if (!needsBuild(dir, rebuild)) return false;
  say(
    rebuild
      ? `Building the console into ${dir} (--rebuild)...`
      : `No build in ${dir} yet: building the console there first (vite build, about a minute)...`,
  );
  await build(dir);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`The build in ${dir} has no index.html.`);
  return true;
}
