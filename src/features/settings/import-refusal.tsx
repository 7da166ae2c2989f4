import type { FieldDetail } from '@/domain/model/field-details';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/i18n';

/** Why an import was refused: the file, the server's (or the browser's) message, the problems named. */
export interface ImportRefusalReason {
  file: string;
  message: string;
  problems: readonly FieldDetail[];
}

/**
 * The refusal of an import as a readable list: each problem's message (it names the row, its
 * project and the fix) above the place in the file, so that the file can be corrected. A
 * message that only repeats the one problem listed is not shown twice.
 */
export function ImportRefusal({ reason }: { reason: ImportRefusalReason }) {
  const { t } = useT();
  const { file, message, problems } = reason;
  const repeated = problems.length === 1 && message.endsWith(problems[0]?.message ?? '');
  const summary = repeated
    ? t('settings.import.refusedFile', { file })
    : t('settings.import.refusal', { file, message });
  return (
    <Alert tone="error" title={t('settings.import.refused')}>
      <p>{summary}</p>
      {problems.length > 0 && (
        <ul aria-label={t('settings.import.problems')} className="mt-2 list-disc space-y-1.5 pl-5">
          {problems.map((problem) => (
            <li key={`${problem.field}\u0000${problem.message}`}>
              <span>{problem.message}</span>
              <span className="block font-mono text-xs break-all text-red-800">
                {t('settings.import.where', { field: problem.field })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!/nothing was changed/i.test(message) && (
        <p className="mt-2 font-medium">{t('settings.import.unchanged')}</p>
      )}
    </Alert>
  );
}
