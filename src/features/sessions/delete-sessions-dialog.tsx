import type { TrafficMirrorSession } from '@/domain/model/types';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useT } from '@/i18n';

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
  const { t } = useT();
  const [first] = sessions;
  const one = sessions.length === 1 && first !== undefined;
  const count = sessions.length;
  return (
    <Dialog
      open={count > 0}
      title={
        one ? t('sessions.delete.titleOne', { name: first.name }) : t('sessions.delete.titleMany', { count })
      }
      onClose={() => !pending && onClose()}
      actions={
        <>
          <Button onClick={onClose} disabled={pending}>
            {t('sessions.action.cancel')}
          </Button>
          <Button variant="danger" pending={pending} onClick={onConfirm}>
            {one ? t('sessions.delete.confirmOne') : t('sessions.delete.confirmMany', { count })}
          </Button>
        </>
      }
    >
      {one ? (
        <p>{t('sessions.delete.bodyOne', { sources: first.traffic_mirror_sources.length })}</p>
      ) : (
        <>
          <p>{t('sessions.delete.bodyMany')}</p>
          <ul className="mt-2 max-h-40 list-disc overflow-y-auto pl-5">
            {sessions.slice(0, SHOWN).map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
            {count > SHOWN && <li>{t('sessions.delete.more', { count: count - SHOWN })}</li>}
          </ul>
        </>
      )}
      {error && (
        <div className="mt-3">
          <Alert tone="error" title={t('sessions.delete.failed')}>
            {error}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
