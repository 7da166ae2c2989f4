import type { TrafficMirrorSession } from '@/domain/model/types';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

export interface DeleteSessionsDialogProps {
  /** The sessions to delete; the dialog is open while there is at least one. */
  sessions: readonly TrafficMirrorSession[];
  pending: boolean;
  /** The server's message when the last attempt failed. */
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

const SHOWN = 8;

/** Asks before sessions are deleted, naming each (the first few when there are many). */
export function DeleteSessionsDialog({
  sessions,
  pending,
  error,
  onConfirm,
  onClose,
}: DeleteSessionsDialogProps) {
  const [first] = sessions;
  const one = sessions.length === 1 && first !== undefined;
  const title = one
    ? `Delete mirror session "${first.name}"?`
    : `Delete ${sessions.length.toLocaleString('en')} mirror sessions?`;
  return (
    <Dialog
      open={sessions.length > 0}
      title={title}
      onClose={() => !pending && onClose()}
      actions={
        <>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant="danger" pending={pending} onClick={onConfirm}>
            {one ? 'Delete session' : `Delete ${sessions.length.toLocaleString('en')} sessions`}
          </Button>
        </>
      }
    >
      {one ? (
        <p>
          Copies from its{' '}
          {first.traffic_mirror_sources.length === 1
            ? 'source'
            : `${first.traffic_mirror_sources.length} sources`}{' '}
          stop at once. The filter, sources and target are kept. This cannot be undone.
        </p>
      ) : (
        <>
          <p>
            Copies from these sessions stop at once. Their filters, sources and targets are kept. This cannot
            be undone.
          </p>
          <ul className="mt-2 max-h-40 list-disc overflow-y-auto pl-5">
            {sessions.slice(0, SHOWN).map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
            {sessions.length > SHOWN && <li>and {(sessions.length - SHOWN).toLocaleString('en')} more</li>}
          </ul>
        </>
      )}
      {error && (
        <div className="mt-3">
          <Alert tone="error" title="Not deleted">
            {error}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
