import { useCallback, useEffect, useRef, useState } from 'react';
import type { PacketRow } from '@/domain/capture/packet-rows';
import type { TesterMessage } from '../tester-message';
import type {
  CaptureJob,
  CaptureResult,
  FromWorker,
  LineProblem,
  RowsRequest,
  ToWorker,
} from './capture-protocol';
import { failedAhead, startAhead } from './workers-ahead';

/** Where a capture run is: nothing yet, reading (with progress), or finished one way or another. */
export type CaptureRunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; packets: number; cancelling: boolean }
  | { status: 'done'; result: CaptureResult; run: number }
  | { status: 'csv-problems'; problems: LineProblem[]; count: number }
  | { status: 'failed'; message: TesterMessage };

type Answer = Extract<FromWorker, { type: 'rows' | 'export' }>;

function startWorker(): Worker {
  return startAhead(
    () => new Worker(new URL('./capture-worker.ts', import.meta.url), { type: 'module', name: 'capture' }),
  );
}

/**
 * Calls `then` once the browser has drawn the next frame. Why: the next run's worker, started
 * as a run's results are drawn, loads and warms up on the same cores and slowed the drawing.
 */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** The worker started ahead if it is still sound, else a new one (whose failure a run will hear). */
function soundWorker(spare: Worker | null): Worker {
  if (spare && !failedAhead(spare)) return spare;
  spare?.terminate();
  return startWorker();
}

/**
 * Runs captures in a Web Worker, one at a time: `run` starts (ending any run under way),
 * `cancel` asks the worker to stop and keep what it has read. After a run the worker keeps
 * the capture: `rows` asks it for rows of the table, `copies` for the copies as a pcap Blob.
 * The page never waits on it.
 */
export function useCaptureRun() {
  const [state, setState] = useState<CaptureRunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, (answer: Answer) => void>());
  const ids = useRef(0);

  /** A worker started ahead (its script loaded and compiled), so that a run starts at once. */
  const spare = useRef<Worker | null>(null);
  /** False once the tab is closed: no worker is started ahead after that. */
  const mounted = useRef(true);

  /**
   * The workers of earlier runs, ended once the run after them has drawn its results. Why: ending
   * a worker frees its heap (the packet index of its capture) on the same two cores, and at the
   * click it slowed the new run.
   */
  const retired = useRef<Worker[]>([]);
  const endRetired = useCallback(() => {
    for (const old of retired.current.splice(0)) old.terminate();
  }, []);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    waiting.current.clear();
    endRetired();
  }, [endRetired]);
  useEffect(() => {
    mounted.current = true;
    spare.current ??= startWorker();
    return () => {
      mounted.current = false;
      stop();
      spare.current?.terminate();
      spare.current = null;
    };
  }, [stop]);

  const ask = useCallback((message: Omit<RowsRequest, 'id'> | { type: 'export' }) => {
    const current = worker.current;
    if (!current) return Promise.resolve(null);
    const id = ++ids.current;
    return new Promise<Answer>((resolve) => {
      waiting.current.set(id, resolve);
      current.postMessage({ ...message, id } satisfies ToWorker);
    });
  }, []);

  const run = useCallback(
    (job: Omit<CaptureJob, 'type'>) => {
      const previous = worker.current;
      if (previous) {
        previous.onmessage = null;
        previous.onerror = null;
        retired.current.push(previous);
      }
      worker.current = null;
      waiting.current.clear();
      const created = soundWorker(spare.current);
      spare.current = null;
      worker.current = created;
      const run = ++ids.current;
      setState({ status: 'running', done: 0, total: 0, packets: 0, cancelling: false });
      created.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'rows' || message.type === 'export') {
          waiting.current.get(message.id)?.(message);
          waiting.current.delete(message.id);
        } else if (message.type === 'progress') {
          setState((previous) => ({
            status: 'running',
            done: message.done,
            total: message.total,
            packets: message.packets,
            cancelling: previous.status === 'running' && previous.cancelling,
          }));
        } else if (message.type === 'done') {
          setState({ status: 'done', result: message.result, run });
          afterPaint(() => {
            endRetired();
            if (mounted.current) spare.current ??= startWorker();
          });
        } else {
          if (message.type === 'csv-problems') setState({ status: 'csv-problems', ...message });
          else setState({ status: 'failed', message: message.message });
          stop();
        }
      };
      created.onerror = (event) => {
        event.preventDefault();
        setState({
          status: 'failed',
          message: event.message
            ? { id: 'tester.capture.workerStopped', params: { detail: event.message } }
            : { id: 'tester.capture.workerFailed' },
        });
        stop();
      };
      created.postMessage({ type: 'run', ...job } satisfies ToWorker);
    },
    [stop, endRetired],
  );

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel' } satisfies ToWorker);
    setState((previous) => (previous.status === 'running' ? { ...previous, cancelling: true } : previous));
  }, []);

  /** Rows [from, to) of the table of packets with verdict `reason` ('all': every packet). */
  const rows = useCallback(
    async (reason: string, from: number, to: number): Promise<PacketRow[]> => {
      const answer = await ask({ type: 'rows', reason, from, to });
      return answer?.type === 'rows' ? answer.rows : [];
    },
    [ask],
  );

  /** The copies of the last run as a pcap Blob, or the message saying why there are none. */
  const copies = useCallback(async (): Promise<Blob | TesterMessage> => {
    const answer = await ask({ type: 'export' });
    if (answer?.type !== 'export') return { id: 'tester.capture.runAgain' };
    return answer.copies ?? answer.message ?? { id: 'tester.capture.notWritten' };
  }, [ask]);

  return { state, run, cancel, rows, copies };
}
