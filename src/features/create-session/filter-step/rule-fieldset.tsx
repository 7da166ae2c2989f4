import type { Direction } from '@/domain/model/types';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { RuleFields } from '@/shared-ui/rule-fields';

/** Which rule of the in-place filter to edit, and how to remove it. */
export interface RuleFieldsetProps {
  direction: Direction;
  index: number;
  /** Already sent to the API (a retry after a refused rule): shown, not editable. */
  locked: boolean;
  onRemove: () => void;
}

/** One rule of the new filter, named by its place ("Inbound rule 1"), with the rule form's fields. */
export function RuleFieldset({ direction, index, locked, onRemove }: RuleFieldsetProps) {
  const { t } = useT();
  const title = t('wizard.newFilter.rule', { direction, number: index + 1 });
  return (
    <fieldset className="min-w-0 rounded border border-slate-200 bg-slate-50/50 p-3" disabled={locked}>
      <legend className="px-1 text-xs font-semibold text-slate-700">
        {title}
        {locked && (
          <span className="ml-2 font-normal text-emerald-800">{t('wizard.newFilter.ruleCreated')}</span>
        )}
      </legend>
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <RuleFields prefix={`${direction}.${index}.`} />
        </div>
        <Button
          variant="danger"
          className="mt-5"
          onClick={onRemove}
          aria-label={t('wizard.newFilter.removeRule', { direction, number: index + 1 })}
        >
          {t('wizard.newFilter.remove')}
        </Button>
      </div>
    </fieldset>
  );
}
