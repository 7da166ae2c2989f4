import { useQueryClient } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { itemsToRetry } from '@/api/bulk-run';
import { useCurrentProject } from '@/api/project-context';
import { sessionKeys, useDeleteSession, useUpdateSession } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { useToast } from '@/components/ui/toast';
import { bulkWords, sessionCount } from './bulk-words';
import type { SessionRowActions } from './session-columns';
import { useBulkSessionRun, type BulkFinished } from './use-bulk-session-run';

/**
 * The list's changes: enable/disable and delete of one row, and the bulk changes of the
 * selection. Each shows its pending state, confirms with a toast, and reports the server's
 * message when it fails; a bulk change that did not do everything opens its report. The
 * cached list is patched at once so 20,000 rows need not reload.
 */
export function useSessionListActions(setSelection: Dispatch<SetStateAction<RowSelectionState>>) {
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  const toast = useToast();
  const update = useUpdateSession();
  const deleteOne = useDeleteSession();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<BulkFinished | null>(null);
  const [toDelete, setToDelete] = useState<readonly TrafficMirrorSession[]>([]);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const patchList = useCallback(
    (change: (list: TrafficMirrorSession[]) => TrafficMirrorSession[]) =>
      queryClient.setQueryData<TrafficMirrorSession[]>(
        sessionKeys.list(projectId),
        (old) => old && change(old),
      ),
    [queryClient, projectId],
  );
  const mark = (id: string, on: boolean) =>
    setPending((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const toggle = (session: TrafficMirrorSession) => {
    const enabled = !session.enabled;
    const { done } = bulkWords[enabled ? 'enable' : 'disable'];
    mark(session.id, true);
    update.mutate(
      { id: session.id, body: { enabled } },
      {
        onSuccess: (saved) => {
          patchList((list) => list.map((s) => (s.id === saved.id ? saved : s)));
          toast('success', `Mirror session "${session.name}" ${done}.`);
        },
        onError: (error) =>
          toast('error', `Mirror session "${session.name}" was not ${done}: ${error.message}`),
        onSettled: () => mark(session.id, false),
      },
    );
  };

  const unselect = (ids: readonly string[]) =>
    setSelection((current) => {
      const next = { ...current };
      for (const id of ids) delete next[id];
      return next;
    });

  /**
   * Patches the list with what a bulk change did. The failed and not attempted sessions stay
   * selected (and only they, when there are any) so that the toolbar and Retry act on them.
   */
  const finished = (done: BulkFinished) => {
    const { change, report } = done;
    const ok = new Set(report.succeeded);
    patchList((list) =>
      change === 'delete'
        ? list.filter((s) => !ok.has(s.id))
        : list.map((s) => (ok.has(s.id) ? { ...s, enabled: change === 'enable' } : s)),
    );
    const left = itemsToRetry(report);
    if (left.length > 0) {
      setSelection(Object.fromEntries(left.map((id) => [id, true])));
      setReport(done);
      return;
    }
    if (change === 'delete') unselect(report.succeeded);
    if (report.succeeded.length > 0)
      toast('success', `${sessionCount(report.succeeded.length)} ${bulkWords[change].done}.`);
  };
  const bulk = useBulkSessionRun(finished);

  const confirmDelete = async () => {
    setDeleteError(null);
    if (toDelete.length === 1 && toDelete[0]) {
      const session = toDelete[0];
      try {
        await deleteOne.mutateAsync(session.id);
        patchList((list) => list.filter((s) => s.id !== session.id));
        unselect([session.id]);
        toast('success', `Mirror session "${session.name}" deleted.`);
        setToDelete([]);
      } catch (error) {
        setDeleteError(error instanceof Error ? error.message : String(error));
      }
      return;
    }
    setToDelete([]);
    await bulk.start('delete', toDelete);
  };

  const rowActions: SessionRowActions = useMemo(
    () => ({ toggle, remove: (s) => (setDeleteError(null), setToDelete([s])), pending }),
    // Only `pending` changes what the row buttons show; the callbacks use stable setters and mutate functions.
    [pending],
  );

  return {
    rowActions,
    running: bulk.running,
    runBulk: bulk.start,
    cancelBulk: bulk.cancel,
    report: {
      finished: report,
      onRetry: () => {
        if (report) void bulk.retry(report);
        setReport(null);
      },
      onClose: () => setReport(null),
    },
    askDelete: (sessions: readonly TrafficMirrorSession[]) => (setDeleteError(null), setToDelete(sessions)),
    deleteDialog: {
      sessions: toDelete,
      pending: deleteOne.isPending,
      error: deleteError,
      onConfirm: () => void confirmDelete(),
      onClose: () => setToDelete([]),
    },
  };
}
