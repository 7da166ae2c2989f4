import { useWatch, type UseFormReturn } from 'react-hook-form';
import { RULE_PROTOCOLS } from '@/domain/model/rule-coherence';
import type { RuleCreate, RuleCreateInput } from '@/domain/model/rule-schema';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { cidrHint, previewSentence } from './rule-form-model';

const actionOptions = [
  { value: 'accept', label: 'Accept: copy' },
  { value: 'reject', label: 'Reject: do not copy' },
];
const protocolOptions = RULE_PROTOCOLS.map((p) => ({ value: p, label: p }));
const ethertypeOptions = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];

/**
 * The fields of a rule and the sentence it reads as. Text fields are checked when left; a
 * change of protocol or type checks at once the fields that must agree with it, so a
 * coherence problem shows where it is fixed.
 */
export function RuleFields({ form }: { form: UseFormReturn<RuleCreateInput, unknown, RuleCreate> }) {
  const { errors } = form.formState;
  const values = useWatch({ control: form.control });
  return (
    <>
      <div className="grid grid-cols-4 gap-3">
        <SelectField
          label="Action"
          required
          options={actionOptions}
          {...form.register('action')}
          error={errors.action?.message}
        />
        <TextField
          label="Priority"
          required
          type="number"
          inputMode="numeric"
          hint="1-65535, smaller first."
          {...form.register('priority', { valueAsNumber: true })}
          error={errors.priority?.message}
        />
        <SelectField
          label="Protocol"
          required
          options={protocolOptions}
          {...form.register('protocol', {
            onChange: () => void form.trigger(['protocol', 'source_port_range', 'destination_port_range']),
          })}
          error={errors.protocol?.message}
        />
        <SelectField
          label="Type"
          required
          options={ethertypeOptions}
          {...form.register('ethertype', {
            onChange: () => void form.trigger(['protocol', 'source_cidr_block', 'destination_cidr_block']),
          })}
          error={errors.ethertype?.message}
        />
        <TextField
          label="Source CIDR"
          hint={cidrHint(values.source_cidr_block)}
          {...form.register('source_cidr_block')}
          error={errors.source_cidr_block?.message}
        />
        <TextField
          label="Source port range"
          hint="Such as 80-80; TCP and UDP only."
          {...form.register('source_port_range')}
          error={errors.source_port_range?.message}
        />
        <TextField
          label="Destination CIDR"
          hint={cidrHint(values.destination_cidr_block)}
          {...form.register('destination_cidr_block')}
          error={errors.destination_cidr_block?.message}
        />
        <TextField
          label="Destination port range"
          hint="Such as 1000-2000; TCP and UDP only."
          {...form.register('destination_port_range')}
          error={errors.destination_port_range?.message}
        />
      </div>
      <TextField label="Description" {...form.register('description')} error={errors.description?.message} />
      <p className="text-sm text-slate-700">
        <span className="font-medium">Filtering description: </span>
        {previewSentence(values)}
      </p>
    </>
  );
}
