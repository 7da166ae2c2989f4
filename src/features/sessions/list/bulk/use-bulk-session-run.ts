import { useRef, useState } from 'react';
import { itemsToRetry } from '@/api/bulk-run';
import { useBulkSessionChange, type BulkSessionChange, type BulkSessionReport } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { progressSource, type ProgressSource } from './progress-source';

/** A bulk change under way: what it does and how far it has got. */
export interface BulkRunning {
  change: BulkSessionChange;
  progress: ProgressSource;
  /** Cancel was pressed: nothing more is sent, the requests in flight are finishing. */
  cancelling: boolean;
}

/** A finished bulk change, with the sessions it was run on (to name them and to retry). */
export interface BulkFinished {
  change: BulkSessionChange;
  report: BulkSessionReport;
  sessions: ReadonlyMap<string, TrafficMirrorSession>;
}

/**
 * Runs a bulk change of sessions with its progress (which redraws only the progress bar, at
 * most once a frame: 1,000 answers must not mean 1,000 renders of a 20,000-row page), Cancel,
 * and Retry of the failed ones. `onFinished` gets each report as soon as the run is over.
 */
export function useBulkSessionRun(onFinished: (finished: BulkFinished) => void) {
  const bulk = useBulkSessionChange();
  const [running, setRunning] = useState<BulkRunning | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = async (change: BulkSessionChange, sessions: readonly TrafficMirrorSession[]) => {
    if (controller.current) return;
    const abort = (controller.current = new AbortController());
    const progress = progressSource(sessions.length);
    setRunning({ change, progress, cancelling: false });
    const report = await bulk.mutateAsync({
      ids: sessions.map((s) => s.id),
      change,
      signal: abort.signal,
      onProgress: progress.set,
    });
    controller.current = null;
    setRunning(null);
    onFinished({ change, report, sessions: new Map(sessions.map((s) => [s.id, s])) });
  };

  return {
    running,
    start,
    cancel: () => {
      controller.current?.abort();
      setRunning((r) => r && { ...r, cancelling: true });
    },
    /** Runs the same change again on exactly the failed and not attempted sessions of a report. */
    retry: ({ change, report, sessions }: BulkFinished) =>
      start(
        change,
        itemsToRetry(report).flatMap((id) => sessions.get(id) ?? []),
      ),
  };
}
