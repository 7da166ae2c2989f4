/**
 * Starts a real server script (`npm run mock-server`, `npm run cloud`) as a child process for
 * tests (in its own process group: npm, tsx and node), waits for the line with its URL and
 * stops the group with SIGTERM (SIGKILL when it has not stopped within 10 s). It is stopped
 * once every process of the group has closed its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** Which script to run, how, and the line that says it is ready (its first group: the URL). */
export interface ServerScript {
  script: string;
  args: readonly string[];
  ready: RegExp;
  env?: NodeJS.ProcessEnv;
  /** How long it may take to start (default 60 s). */
  startMs?: number;
}

/** A running server process. */
export interface ServerProcess {
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM to the group; resolves with the output once every process of it has ended. */
  stop(): Promise<string>;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

/** Resolves when the child's stdout is closed: every process holding it has ended. */
function outputClosed(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (!child.stdout || child.stdout.closed) done();
    else child.stdout.once('close', () => done());
  });
}

function launch({ script, args, env }: ServerScript) {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // The group has already ended.
    }
  };
  const kill = () => signal('SIGKILL');
  process.once('exit', kill);
  return { child, output: () => output, kill, signal };
}

/** Runs a server script until it exits by itself (a refused start), with its output. */
export async function runServerToExit(
  server: ServerScript,
): Promise<{ code: number | null; output: string }> {
  const { child, output, kill } = launch(server);
  const timer = setTimeout(kill, 60_000);
  const code = await exitOf(child);
  await outputClosed(child);
  clearTimeout(timer);
  return { code, output: output() };
}

/** Starts a server script and resolves once it prints its ready line. */
export async function startServerProcess(server: ServerScript): Promise<ServerProcess> {
  const { child, output, kill, signal } = launch(server);
  const startMs = server.startMs ?? 60_000;
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => {
      kill();
      fail(new Error(`npm run ${server.script} did not start within ${startMs / 1000} s:\n${output()}`));
    }, startMs);
    child.stdout?.on('data', () => {
      const match = server.ready.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        ready(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm run ${server.script} exited (${code}) before it was ready:\n${output()}`));
    });
  });
  return {
    url,
    output,
    async stop() {
      signal('SIGTERM');
      const timer = setTimeout(kill, 10_000);
      await outputClosed(child);
      clearTimeout(timer);
      return output();
    },
  };
}
