import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useT } from '@/i18n';
import { problemMark } from '../problem-focus';
import type { SubmitFailure } from './use-submit-session';

/** The outcome of the last create, whether one is under way, and how to try again. */
export interface ReviewStepProps {
  failure: SubmitFailure | null;
  pending: boolean;
  onRetry: () => void;
}

/**
 * Why the last create was refused: fields to correct (each marked at its row), or Retry for a
 * refusal that names none. Either way the choices are kept.
 */
export function CreateFailure({ failure, pending, onRetry }: ReviewStepProps) {
  const { t } = useT();
  const refusal = useApiErrorText();
  if (!failure) return null;
  return (
    <div id="create-failure" {...problemMark} className="focus:outline-none">
      <Alert tone="error" title={t('wizard.review.failed')}>
        <p>{refusal(failure.error)}</p>
        {failure.fields.length > 0 ? (
          <p className="mt-1">{t('wizard.review.fixFields')}</p>
        ) : (
          <>
            <p className="mt-1">{t('wizard.review.kept')}</p>
            <Button className="mt-2" pending={pending} onClick={onRetry}>
              {t('wizard.review.retry')}
            </Button>
          </>
        )}
      </Alert>
    </div>
  );
}
