import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { keepFocusOnPress as keepFocus } from './problem-focus';
import { STEP_IDS, type StepId } from './wizard-values';
import { stepIndex } from './wizard-steps';

/** The step shown and the footer's actions. */
export interface WizardFooterProps {
  step: StepId;
  onCancel: () => void;
  onPrevious: () => void;
  /** Create is under way: the primary button shows it and takes no second click. */
  pending: boolean;
}

/** Cancel on the left; Previous and the primary action (Next, or Create on review) on the right. */
export function WizardFooter({ step, onCancel, onPrevious, pending }: WizardFooterProps) {
  const { t } = useT();
  const index = stepIndex(step);
  const last = index === STEP_IDS.length - 1;
  return (
    <div className="mt-5 flex items-center justify-between border-t border-slate-200 pt-4">
      <Button variant="ghost" onMouseDown={keepFocus} onClick={onCancel}>
        {t('wizard.footer.cancel')}
      </Button>
      <div className="flex gap-2">
        {index > 0 && (
          <Button onMouseDown={keepFocus} onClick={onPrevious}>
            {t('wizard.footer.previous')}
          </Button>
        )}
        <Button type="submit" variant="primary" onMouseDown={keepFocus} pending={last && pending}>
          {t(last ? (pending ? 'wizard.footer.creating' : 'wizard.footer.create') : 'wizard.footer.next')}
        </Button>
      </div>
    </div>
  );
}
