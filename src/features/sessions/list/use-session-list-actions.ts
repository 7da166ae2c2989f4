import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { itemsToRetry } from '@/api/bulk-run';
import { useDeleteSession, useUpdateSession } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import type { SessionRowActions } from './session-columns';
import { useBulkSessionRun, type BulkFinished } from './bulk/use-bulk-session-run';

/**
 * The list's changes: enable/disable and delete of one row, and the bulk changes of the
 * selection. Each shows its pending state, confirms with a toast, and reports the server's
 * message when it fails; a bulk change that did not do everything opens its report. The
 * mutations patch the cached list, so 20,000 rows need not reload.
 */
export function useSessionListActions(setSelection: Dispatch<SetStateAction<RowSelectionState>>) {
  const toast = useToast();
  const { t } = useT();
  const refused = useApiErrorText();
  const update = useUpdateSession();
  const deleteOne = useDeleteSession();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<BulkFinished | null>(null);
  const [toDelete, setToDelete] = useState<readonly TrafficMirrorSession[]>([]);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const mark = (id: string, on: boolean) =>
    setPending((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const toggle = (session: TrafficMirrorSession) => {
    const enabled = !session.enabled;
    const words = { name: session.name, change: enabled ? 'enable' : 'disable' };
    mark(session.id, true);
    update.mutate(
      { id: session.id, body: { enabled } },
      {
        onSuccess: () => toast('success', t('sessions.toast.changed', words)),
        onError: (error) =>
          toast('error', t('sessions.toast.notChanged', { ...words, error: refused(error) })),
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
   * After a bulk change (the cached list is already patched with what succeeded): the failed
   * and not attempted sessions stay selected (and only they, when there are any) so that the
   * toolbar and Retry act on them.
   */
  const finished = (done: BulkFinished) => {
    const { change, report } = done;
    const left = itemsToRetry(report);
    if (left.length > 0) {
      setSelection(Object.fromEntries(left.map((id) => [id, true])));
      setReport(done);
      return;
    }
    if (change === 'delete') unselect(report.succeeded);
    if (report.succeeded.length > 0)
      toast('success', t('sessions.toast.bulkChanged', { count: report.succeeded.length, change }));
  };
  const bulk = useBulkSessionRun(finished);

  const confirmDelete = async () => {
    setDeleteError(null);
    if (toDelete.length === 1 && toDelete[0]) {
      const session = toDelete[0];
      try {
        await deleteOne.mutateAsync(session.id);
        unselect([session.id]);
        toast('success', t('sessions.toast.changed', { name: session.name, change: 'delete' }));
        setToDelete([]);
      } catch (error) {
        setDeleteError(refused(error));
      }
      return;
    }
    setToDelete([]);
    await bulk.start('delete', toDelete);
  };

  const rowActions: SessionRowActions = useMemo(
    () => ({ toggle, remove: (s) => (setDeleteError(null), setToDelete([s])), pending }),
    // `pending` changes what the row buttons show, `t` the language of their toasts; the rest is stable.
    [pending, t],
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
