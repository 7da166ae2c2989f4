import { useFormContext, useWatch } from 'react-hook-form';
import { suggestPriority } from '@/domain/model/eligibility';
import { PACKET_LENGTH_MAX, SESSION_PRIORITY_MAX, VNI_MAX } from '@/domain/model/session-schema';
import { CheckboxField } from '@/components/form/checkbox-field';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/**
 * An emptied number field stays empty text, so the schema answers with its own message
 * ("Enter a VNI from 0 to 16777215.") rather than a type error about NaN.
 */
const numberOrEmpty = (value: unknown) =>
  value === '' || value === null || value === undefined ? '' : Number(value);

/** Step 1: name, description, priority (the next free one suggested), VNI, packet length, on/off. */
export function SessionStep() {
  const { t } = useT();
  const { snapshot } = useWizard();
  const {
    register,
    setValue,
    control,
    formState: { errors },
  } = useFormContext<WizardValues>();
  const [sources, priority] = useWatch({ control, name: ['traffic_mirror_sources', 'priority'] });
  const suggested = suggestPriority(snapshot, { sources });
  const max = SESSION_PRIORITY_MAX;
  const priorityHint =
    sources.length === 0
      ? t('wizard.field.priorityHint', { max })
      : suggested === undefined
        ? t('wizard.field.priorityHintNone', { max })
        : t('wizard.field.priorityHintFree', { max, priority: suggested });

  return (
    <div className="grid max-w-2xl gap-4">
      <TextField
        label={t('wizard.field.name')}
        required
        autoComplete="off"
        hint={t('wizard.field.nameHint')}
        error={errors.name?.message}
        {...register('name')}
      />
      <TextareaField
        label={t('wizard.field.description')}
        hint={t('wizard.field.descriptionHint')}
        error={errors.description?.message}
        {...register('description')}
      />
      <div className="grid grid-cols-3 gap-4">
        <div>
          <TextField
            label={t('wizard.field.priority')}
            required
            type="number"
            inputMode="numeric"
            min={1}
            max={SESSION_PRIORITY_MAX}
            hint={priorityHint}
            error={errors.priority?.message}
            {...register('priority', { valueAsNumber: true })}
          />
          {suggested !== undefined && suggested !== priority && (
            <Button
              variant="ghost"
              className="mt-1 -ml-3"
              onClick={() => setValue('priority', suggested, { shouldValidate: true, shouldDirty: true })}
            >
              {t('wizard.field.usePriority', { priority: suggested })}
            </Button>
          )}
        </div>
        <TextField
          label={t('wizard.field.vni')}
          type="number"
          inputMode="numeric"
          min={0}
          max={VNI_MAX}
          hint={t('wizard.field.vniHint', { max: VNI_MAX })}
          error={errors.virtual_network_id?.message}
          {...register('virtual_network_id', { setValueAs: numberOrEmpty })}
        />
        <TextField
          label={t('wizard.field.packetLength')}
          type="number"
          inputMode="numeric"
          min={1}
          max={PACKET_LENGTH_MAX}
          hint={t('wizard.field.packetLengthHint', { max: PACKET_LENGTH_MAX })}
          error={errors.packet_length?.message}
          {...register('packet_length', { setValueAs: numberOrEmpty })}
        />
      </div>
      <CheckboxField
        label={t('wizard.field.enabled')}
        hint={t('wizard.field.enabledHint')}
        {...register('enabled')}
      />
    </div>
  );
}
