import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaptureJob, CaptureResult, FromWorker, LineProblem } from './capture-protocol';

/** Where a capture run is: nothing yet, reading (with progress), or finished one way or another. */
export type CaptureRunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; packets: number; cancelling: boolean }
  | { status: 'done'; result: CaptureResult }
  | { status: 'csv-problems'; problems: LineProblem[]; count: number }
  | { status: 'failed'; message: string };

/**
 * Runs captures in a Web Worker, one at a time: `run` starts (ending any run under way),
 * `cancel` asks the worker to stop and keep what it has read. The page never waits on it.
 */
export function useCaptureRun() {
  const [state, setState] = useState<CaptureRunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const run = useCallback(
    (job: Omit<CaptureJob, 'type'>) => {
      stop();
      const created = new Worker(new URL('./capture-worker.ts', import.meta.url), {
        type: 'module',
        name: 'capture',
      });
      worker.current = created;
      setState({ status: 'running', done: 0, total: 0, packets: 0, cancelling: false });
      created.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'progress') {
          setState((previous) => ({
            status: 'running',
            done: message.done,
            total: message.total,
            packets: message.packets,
            cancelling: previous.status === 'running' && previous.cancelling,
          }));
          return;
        }
        if (message.type === 'done') setState({ status: 'done', result: message.result });
        else if (message.type === 'csv-problems') setState({ status: 'csv-problems', ...message });
        else setState({ status: 'failed', message: message.message });
        stop();
      };
      created.onerror = (event) => {
        event.preventDefault();
        setState({
          status: 'failed',
          message: `The capture worker stopped: ${event.message || 'unknown error'}. Reload the page and try again.`,
        });
        stop();
      };
      created.postMessage({ type: 'run', ...job });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel' });
    setState((previous) => (previous.status === 'running' ? { ...previous, cancelling: true } : previous));
  }, []);

  return { state, run, cancel };
}
