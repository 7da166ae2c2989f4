import { useFieldArray, useFormContext } from 'react-hook-form';
import { nextFreeRulePriority } from '@/domain/model/filter-constraints';
import type { Direction } from '@/domain/model/types';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { useResultText } from '@/components/results/use-result-text';
import { newRuleValues } from '@/shared-ui/rule-form-model';
import { draftFilterOf, type NewFilterValues } from './new-filter-schema';
import { RuleFieldset } from './rule-fieldset';
import { problemMark } from '../problem-focus';

/** One direction's rules: its quota and the rules already sent to the API. */
export interface RuleListEditorProps {
  direction: Direction;
  /** The most rules a direction may have (the quota in force). */
  limit: number;
  /** Rules already created by an earlier attempt, by index. */
  lockedIndexes: ReadonlySet<number>;
}

/** The rules of one direction: add (up to the quota, with the next free priority) and remove. */
export function RuleListEditor({ direction, limit, lockedIndexes }: RuleListEditorProps) {
  const { control, getValues, formState } = useFormContext<NewFilterValues>();
  const { fields, append, remove } = useFieldArray({ control, name: direction });
  const { t } = useT();
  const headingId = `new-filter-${direction}-heading`;
  const full = fields.length >= limit;
  const text = useResultText();
  const listError = text(formState.errors[direction]?.root?.message ?? formState.errors[direction]?.message);

  const add = () => {
    const { ingress, egress } = getValues();
    const priority = nextFreeRulePriority(draftFilterOf(ingress, egress), direction) ?? 1;
    append(newRuleValues(priority), { focusName: `${direction}.${fields.length}.priority` });
  };

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex items-center justify-between">
        <h4 id={headingId} className="text-sm font-semibold text-slate-800">
          {t('wizard.newFilter.rulesHeading', { direction })}{' '}
          <span className="font-normal text-slate-600">
            {t('wizard.table.usage', { used: fields.length, limit })}
          </span>
        </h4>
        <Button onClick={add} disabled={full}>
          {t('wizard.newFilter.addRule', { direction })}
        </Button>
      </div>
      {full && (
        <p className="text-xs text-slate-600">{t('wizard.newFilter.rulesFull', { direction, limit })}</p>
      )}
      {listError && (
        <p role="alert" {...problemMark} className="text-xs font-medium text-red-700">
          {listError}
        </p>
      )}
      {fields.length === 0 && (
        <p className="text-xs text-slate-600">{t('wizard.newFilter.noRules', { direction })}</p>
      )}
      {fields.map((field, index) => (
        <RuleFieldset
          key={field.id}
          direction={direction}
          index={index}
          locked={lockedIndexes.has(index)}
          onRemove={() => remove(index)}
        />
      ))}
    </section>
  );
}
