import { useFormContext, useWatch } from 'react-hook-form';
import type { TargetType } from '@/domain/model/types';
import { useT } from '@/i18n';
import { MirrorWarnings } from '../mirror-warnings';
import { StepError } from '../step-error';
import { TargetTable } from './target-table';
import type { WizardValues } from '../wizard-values';

const TYPES = [
  { value: 'eni', hint: 'wizard.target.eniHint' },
  { value: 'elb', hint: 'wizard.target.elbHint' },
] as const satisfies readonly { value: TargetType; hint: string }[];

/** Step 4: where copies go, each candidate saying whether it can receive them; then W1-W3 with their fix. */
export function TargetStep() {
  const { t } = useT();
  const { control, setValue } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const type = values.traffic_mirror_target_type;

  const chooseType = (next: TargetType) => {
    setValue('traffic_mirror_target_type', next, { shouldDirty: true });
    setValue('traffic_mirror_target_id', '', { shouldDirty: true });
  };
  const select = (id: string) =>
    setValue('traffic_mirror_target_id', id, { shouldDirty: true, shouldValidate: true });

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('wizard.target.legend')}</legend>
        <div className="flex gap-6">
          {TYPES.map((option) => (
            <div key={option.value} className="flex max-w-sm items-start gap-2 text-sm">
              <input
                id={`target-type-${option.value}`}
                type="radio"
                name="target-type"
                value={option.value}
                checked={type === option.value}
                aria-describedby={`target-type-${option.value}-hint`}
                onChange={() => chooseType(option.value)}
                className="mt-0.5 size-4 accent-brand-600"
              />
              <div>
                <label htmlFor={`target-type-${option.value}`} className="font-medium">
                  {t('wizard.target.type', { type: option.value })}
                </label>
                <p id={`target-type-${option.value}-hint`} className="text-xs text-slate-500">
                  {t(option.hint)}
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
