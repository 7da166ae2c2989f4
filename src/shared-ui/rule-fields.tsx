import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useResultText } from '@/components/results/use-result-text';
import { RULE_PRIORITY_MAX } from '@/domain/model/rule-schema';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { useT } from '@/i18n';
import {
  actionOptions,
  cidrHint,
  ETHERTYPE_OPTIONS,
  previewSentence,
  protocolOptions,
  type RuleFieldValues,
} from './rule-form-model';

type RuleField = keyof RuleFieldValues;

/** The rule at `prefix` (`ingress.0.`) in the form's values, or the values themselves. */
function ruleAt(values: unknown, prefix: string): Partial<RuleFieldValues> | undefined {
  const path = prefix.split('.').filter((key) => key !== '');
  const found = path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    values,
  );
  return found && typeof found === 'object' ? (found as Partial<RuleFieldValues>) : undefined;
}

/** Where the rule sits in the surrounding react-hook-form form. */
export interface RuleFieldsProps {
  /** The rule's path with a trailing dot (`ingress.0.`), or `''` when the form is one rule. */
  prefix?: string;
}

/**
 * The fields of one filter rule, the same wherever a rule is written (the wizard's new
 * filter, the filter page, the packet tester's what-if copy): priority, action, protocol and
 * type; addresses and ports; the description; then the rule as a sentence. A change of protocol or type checks at once the
 * fields that must agree with it, so a coherence problem shows where it is fixed. Use it
 * inside a `FormProvider`.
 */
export function RuleFields({ prefix = '' }: RuleFieldsProps) {
  const { t } = useT();
  const { register, control, trigger, getFieldState, formState } = useFormContext<FieldValues>();
  const result = useResultText();
  const name = (field: RuleField) => `${prefix}${field}`;
  const values = ruleAt(useWatch({ control }), prefix);
  const error = (field: RuleField) => getFieldState(name(field), formState).error?.message;
  const recheck = (fields: RuleField[]) => () => void trigger(fields.map(name));
  const text = (field: RuleField, label: string, hint: string) => (
    <TextField label={label} autoComplete="off" hint={hint} error={error(field)} {...register(name(field))} />
  );

  return (
    <div className="space-y-3">
      <div className="grid grid-cols-[6rem_minmax(11.5rem,1.3fr)_minmax(6.5rem,1fr)_minmax(6rem,1fr)] items-start gap-3">
        <TextField
          label={t('ruleFields.priority')}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={RULE_PRIORITY_MAX}
          hint={t('ruleFields.priorityHint')}
          error={error('priority')}
          {...register(name('priority'), { valueAsNumber: true })}
        />
        <SelectField
          label={t('ruleFields.action')}
          required
          options={actionOptions(t)}
          error={error('action')}
          {...register(name('action'))}
        />
        <SelectField
          label={t('ruleFields.protocol')}
          required
          options={protocolOptions(t)}
          error={error('protocol')}
          {...register(name('protocol'), {
            onChange: recheck(['protocol', 'source_port_range', 'destination_port_range']),
          })}
        />
        <SelectField
          label={t('ruleFields.type')}
          required
          options={ETHERTYPE_OPTIONS}
          error={error('ethertype')}
          {...register(name('ethertype'), {
            onChange: recheck(['protocol', 'source_cidr_block', 'destination_cidr_block']),
          })}
        />
      </div>
      <div className="grid grid-cols-4 items-start gap-3">
        {text('source_cidr_block', t('ruleFields.sourceCidr'), cidrHint(t, values?.source_cidr_block))}
        {text('source_port_range', t('ruleFields.sourcePorts'), t('ruleFields.sourcePortsHint'))}
        {text(
          'destination_cidr_block',
          t('ruleFields.destinationCidr'),
          cidrHint(t, values?.destination_cidr_block),
        )}
        {text(
          'destination_port_range',
          t('ruleFields.destinationPorts'),
          t('ruleFields.destinationPortsHint'),
        )}
      </div>
      <TextField
        label={t('ruleFields.description')}
        error={error('description')}
        {...register(name('description'))}
      />
      <p className="text-sm text-slate-700">
        <span className="font-medium">{t('ruleFields.preview')}</span>
        {result(previewSentence(values))}
      </p>
    </div>
  );
}
