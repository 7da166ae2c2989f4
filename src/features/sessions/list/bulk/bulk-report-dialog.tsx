import { useApiErrorText } from '@/components/results/api-error-text';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useT } from '@/i18n';
import type { BulkFinished } from './use-bulk-session-run';

export interface BulkReportDialogProps {
  /** The bulk change to report on; the dialog is open while there is one. */
  finished: BulkFinished | null;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * The end of a bulk change that did not do everything: how many sessions were changed, failed
 * or not attempted (cancelled), each failure with the server's code, message and request id,
 * and Retry of exactly the failed and not attempted sessions.
 */
export function BulkReportDialog({ finished, onRetry, onClose }: BulkReportDialogProps) {
  const { t } = useT();
  const left = finished ? finished.report.failed.length + finished.report.notAttempted.length : 0;
  return (
    <Dialog
      open={finished !== null}
      size="wide"
      title={finished ? t('sessions.report.title', { count: left, change: finished.change }) : ''}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('sessions.report.close')}</Button>
          <Button variant="primary" onClick={onRetry}>
            {t('sessions.report.retry')}
          </Button>
        </>
      }
    >
      {finished && <BulkReport finished={finished} />}
    </Dialog>
  );
}

/** The counts, the table of failures and the sessions not attempted. */
function BulkReport({ finished: { change, report, sessions } }: { finished: BulkFinished }) {
  const { t } = useT();
  const refused = useApiErrorText();
  const nameOf = (id: string) => sessions.get(id)?.name ?? id;
  return (
    <>
      <p className="font-medium text-slate-900">
        {t('sessions.report.summary', {
          change,
          succeeded: report.succeeded.length,
          failed: report.failed.length,
          notAttempted: report.notAttempted.length,
        })}
      </p>
      <p className="mt-1">{t('sessions.report.explain', { change })}</p>
      {report.failed.length > 0 && (
        <div className="mt-3 max-h-64 overflow-y-auto rounded border border-slate-200">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">{t('sessions.report.caption')}</caption>
            <thead className="sticky top-0 bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-1 font-semibold">
                  {t('sessions.report.session')}
                </th>
                <th scope="col" className="px-2 py-1 font-semibold">
                  {t('sessions.report.code')}
                </th>
                <th scope="col" className="px-2 py-1 font-semibold">
                  {t('sessions.report.message')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.failed.map((f) => (
                <tr key={f.item} className="border-t border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1 font-medium break-words text-slate-900">
                    {nameOf(f.item)}
                  </th>
                  <td className="px-2 py-1 font-mono whitespace-nowrap">{f.code}</td>
                  <td className="px-2 py-1">
                    {refused(f.error)}
                    {f.requestId && (
                      <span className="block text-slate-500">
                        {t('sessions.report.requestId', { id: f.requestId })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.notAttempted.length > 0 && (
        <p className="mt-3">
          {t('sessions.report.notAttempted', {
            names: report.notAttempted.slice(0, 5).map(nameOf).join(t('sessions.list.nameSeparator')),
            more: Math.max(0, report.notAttempted.length - 5),
          })}
        </p>
      )}
    </>
  );
}
