import { useQueryClient } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useCurrentProject } from '@/api/project-context';
import {
  sessionKeys,
  useBulkSessionChange,
  useDeleteSession,
  useUpdateSession,
  type BulkSessionChange,
} from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { useToast } from '@/components/ui/toast';
import type { SessionRowActions } from './session-columns';

const pastTense: Record<BulkSessionChange, string> = {
  enable: 'enabled',
  disable: 'disabled',
  delete: 'deleted',
};

function plural(n: number): string {
  return n === 1 ? '1 mirror session' : `${n.toLocaleString('en')} mirror sessions`;
}

/**
 * The list's changes: enable/disable and delete of one row, and the bulk changes of the
 * selection. Each shows its pending state, confirms with a toast, and reports the server's
 * message when it fails. The cached list is patched at once so 20,000 rows need not reload.
 */
export function useSessionListActions(
  selection: RowSelectionState,
  setSelection: (s: RowSelectionState) => void,
) {
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  const toast = useToast();
  const update = useUpdateSession();
  const deleteOne = useDeleteSession();
  const bulk = useBulkSessionChange();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [running, setRunning] = useState<{ change: BulkSessionChange; done: number; of: number } | null>(
    null,
  );
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
    mark(session.id, true);
    update.mutate(
      { id: session.id, body: { enabled } },
      {
        onSuccess: (saved) => {
          patchList((list) => list.map((s) => (s.id === saved.id ? saved : s)));
          toast('success', `Mirror session "${session.name}" ${enabled ? 'enabled' : 'disabled'}.`);
        },
        onError: (error) =>
          toast(
            'error',
            `Mirror session "${session.name}" was not ${enabled ? 'enabled' : 'disabled'}: ${error.message}`,
          ),
        onSettled: () => mark(session.id, false),
      },
    );
  };

  const unselect = (ids: readonly string[]) => {
    const next = { ...selection };
    for (const id of ids) delete next[id];
    setSelection(next);
  };

  const runBulk = async (change: BulkSessionChange, sessions: readonly TrafficMirrorSession[]) => {
    setRunning({ change, done: 0, of: sessions.length });
    const outcome = await bulk.mutateAsync({
      ids: sessions.map((s) => s.id),
      change,
      onProgress: (done) => setRunning({ change, done, of: sessions.length }),
    });
    setRunning(null);
    const ok = new Set(outcome.succeeded);
    patchList((list) =>
      change === 'delete'
        ? list.filter((s) => !ok.has(s.id))
        : list.map((s) => (ok.has(s.id) ? { ...s, enabled: change === 'enable' } : s)),
    );
    if (outcome.succeeded.length > 0)
      toast('success', `${plural(outcome.succeeded.length)} ${pastTense[change]}.`);
    if (change === 'delete') unselect(outcome.succeeded);
    const names = new Map(sessions.map((s) => [s.id, s.name]));
    const failures = outcome.failed.slice(0, 3).map((f) => `"${names.get(f.id)}": ${f.error.message}`);
    if (outcome.failed.length > 0) {
      const more = outcome.failed.length > 3 ? ` (and ${outcome.failed.length - 3} more)` : '';
      toast(
        'error',
        `${plural(outcome.failed.length)} not ${pastTense[change]}. ${failures.join(' ')}${more}`,
      );
    }
    return outcome;
  };

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
    const outcome = await runBulk('delete', toDelete);
    if (outcome.failed.length === 0) {
      setToDelete([]);
      return;
    }
    const failed = new Set(outcome.failed.map((f) => f.id));
    setToDelete(toDelete.filter((s) => failed.has(s.id)));
    setDeleteError(`${plural(failed.size)} could not be deleted: ${outcome.failed[0]?.error.message ?? ''}`);
  };

  const rowActions: SessionRowActions = useMemo(
    () => ({ toggle, remove: (s) => (setDeleteError(null), setToDelete([s])), pending }),
    // Only `pending` changes what the row buttons show; the callbacks use stable setters and mutate functions.
    [pending],
  );

  return {
    rowActions,
    running,
    runBulk,
    askDelete: (sessions: readonly TrafficMirrorSession[]) => (setDeleteError(null), setToDelete(sessions)),
    deleteDialog: {
      sessions: toDelete,
      pending: deleteOne.isPending || running?.change === 'delete',
      error: deleteError,
      onConfirm: () => void confirmDelete(),
      onClose: () => setToDelete([]),
    },
  };
}
