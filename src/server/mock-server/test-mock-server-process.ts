/** `npm run mock-server` as a child process for tests (see ../shared/test-server-process). */
import { runServerToExit, startServerProcess, type ServerProcess } from '../shared/test-server-process';

const READY = /Mock cloud API: (http:\/\/\S+)/;

/** A running mock server process. */
export type MockServerProcess = ServerProcess;

/** Runs the mock server until it exits by itself (a refused start), with its output. */
export function runMockServerToExit(args: readonly string[]) {
  return runServerToExit({ script: 'mock-server', args, ready: READY });
}

/** Starts the mock server with `args` and resolves once it prints its URL. */
export function startMockServerProcess(args: readonly string[]): Promise<MockServerProcess> {
  return startServerProcess({ script: 'mock-server', args, ready: READY });
}
