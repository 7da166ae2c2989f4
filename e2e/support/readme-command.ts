import { spawn } from 'node:child_process';

/** A server started by a README command, with the address it printed. */
export interface StartedCommand {
  url: string;
  /** Everything the command printed so far (for failure messages). */
  output: () => string;
  stop: () => void;
}

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');
/** The address line of Vite's servers (`npm start`, `npm run preview`). */
const VITE_ADDRESS = /Local:\s+(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*)/;

/**
 * Starts a command the README tells users to run (`npm start`, `npm run preview`) in the
 * repository, as a shell would, and resolves with the first local address it prints.
 * Why: the README's commands are how people first meet the console, so tests start them
 * exactly as written instead of an equivalent. The process runs under `timeout`, so it stops
 * by itself even if the test runner dies; `stop()` ends its whole process group at once.
 *
 * @example const dev = await startReadmeCommand('npm start'); await page.goto(dev.url); dev.stop();
 */
export function startReadmeCommand(
  command: string,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  /** The line with the address, its first group the address (`/Mock cloud API: (\S+)/` for the mock server). */
  address: RegExp = VITE_ADDRESS,
): Promise<StartedCommand> {
  const child = spawn('timeout', ['600', 'sh', '-c', command], {
    detached: true,
    env: { ...process.env, ...env, FORCE_COLOR: '0', CI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`"${command}" printed no address within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString().replace(ANSI, '');
      const url = address.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, output: () => output, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`"${command}" exited with ${code} before printing an address:\n${output}`));
    });
  });
}
