import { useFormContext, useWatch } from 'react-hook-form';
import { LOAD_BALANCER_TARGET_NOTE, TARGET_TYPE_LABEL } from '@/domain/model/mirror-kinds';
import type { ResultMessage } from '@/domain/model/message';
import type { TargetType } from '@/domain/model/types';
import { useResultText } from '@/components/results/use-result-text';
import { MirrorWarnings } from '../mirror-warnings';
import { StepError } from '../step-error';
import { TargetTable } from './target-table';
import type { WizardValues } from '../wizard-values';

const TYPES: { value: TargetType; label: ResultMessage; hint: string; note?: ResultMessage }[] = [
  {
    value: 'eni',
    label: TARGET_TYPE_LABEL.eni,
    hint: 'An ECS interface running your analysis tool; up to 10 sessions each.',
  },
  {
    value: 'elb',
    label: TARGET_TYPE_LABEL.elb,
    hint: 'Spreads copies over several tools; up to 200 sessions each.',
    note: LOAD_BALANCER_TARGET_NOTE,
  },
];

/** Step 4: where copies go, each candidate saying whether it can receive them; then W1-W3 with their fix. */
export function TargetStep() {
  const { control, setValue } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const type = values.traffic_mirror_target_type;
  const text = useResultText();

  const chooseType = (next: TargetType) => {
    setValue('traffic_mirror_target_type', next, { shouldDirty: true });
    setValue('traffic_mirror_target_id', '', { shouldDirty: true });
  };
  const select = (id: string) =>
    setValue('traffic_mirror_target_id', id, { shouldDirty: true, shouldValidate: true });

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">Target type</legend>
        <div className="flex gap-6">
          {TYPES.map((t) => (
            <div key={t.value} className="flex max-w-sm items-start gap-2 text-sm">
              <input
                id={`target-type-${t.value}`}
                type="radio"
                name="target-type"
                value={t.value}
                checked={type === t.value}
                aria-describedby={`target-type-${t.value}-hint`}
                onChange={() => chooseType(t.value)}
                className="mt-0.5 size-4 accent-brand-600"
              />
              <div>
                <label htmlFor={`target-type-${t.value}`} className="font-medium">
                  {text(t.label)}
                </label>
                <p id={`target-type-${t.value}-hint`} className="text-xs text-slate-500">
                  {t.hint}
                  {t.note && ` ${text(t.note)}`}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <StepError name="traffic_mirror_target_id" />
      <TargetTable type={type} values={values} onSelect={select} />
      <MirrorWarnings values={values} codes={['W1', 'W2', 'W3']} />
    </div>
  );
}
