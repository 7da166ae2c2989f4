import { useFormContext, useWatch } from 'react-hook-form';
import { describeRule } from '@/domain/model/describe-rule';
import { protocolTakesPorts, RULE_PROTOCOLS } from '@/domain/model/rule-coherence';
import { RULE_PRIORITY_MAX } from '@/domain/model/rule-schema';
import type { Direction } from '@/domain/model/types';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { Button } from '@/components/ui/button';
import { DIRECTION_LABEL, type NewFilterValues } from './new-filter-schema';

const ACTIONS = [
  { value: 'accept', label: 'Accept (copy)' },
  { value: 'reject', label: 'Reject (do not copy)' },
];
const PROTOCOLS = RULE_PROTOCOLS.map((p) => ({ value: p, label: p }));
const ETHERTYPES = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];
const PORT_FIELDS = ['source_port_range', 'destination_port_range'] as const;

/** Which rule of the in-place filter to edit, and how to remove it. */
export interface RuleFieldsProps {
  direction: Direction;
  index: number;
  /** Already sent to the API (a retry after a refused rule): shown, not editable. */
  locked: boolean;
  onRemove: () => void;
}

/** Every field of one filter rule, with its coherence rules and the rule as a sentence. */
export function RuleFields({ direction, index, locked, onRemove }: RuleFieldsProps) {
  const { register, control, setValue, formState } = useFormContext<NewFilterValues>();
  const path = `${direction}.${index}` as const;
  const rule = useWatch({ control, name: path });
  const errors = formState.errors[direction]?.[index];
  const takesPorts = protocolTakesPorts(rule.protocol);
  const title = `${DIRECTION_LABEL[direction]} rule ${index + 1}`;
  const protocol = register(`${path}.protocol`, {
    onChange: (event: { target: { value: string } }) => {
      if (protocolTakesPorts(event.target.value)) return;
      for (const field of PORT_FIELDS)
        setValue(`${path}.${field}`, '', { shouldValidate: formState.isSubmitted });
    },
  });

  return (
    <fieldset className="min-w-0 rounded border border-slate-200 bg-slate-50/50 p-3" disabled={locked}>
      <legend className="px-1 text-xs font-semibold text-slate-700">
        {title}
        {locked && <span className="ml-2 font-normal text-emerald-800">created</span>}
      </legend>
      <div className="grid grid-cols-[5rem_minmax(8rem,11rem)_minmax(6rem,7rem)_minmax(5rem,6rem)_minmax(6rem,1fr)_auto] items-start gap-2">
        <TextField
          label="Priority"
          type="number"
          min={1}
          max={RULE_PRIORITY_MAX}
          error={errors?.priority?.message}
          {...register(`${path}.priority`, { valueAsNumber: true })}
        />
        <SelectField
          label="Action"
          options={ACTIONS}
          error={errors?.action?.message}
          {...register(`${path}.action`)}
        />
        <SelectField label="Protocol" options={PROTOCOLS} error={errors?.protocol?.message} {...protocol} />
        <SelectField
          label="Type"
          options={ETHERTYPES}
          error={errors?.ethertype?.message}
          {...register(`${path}.ethertype`)}
        />
        <TextField
          label="Description"
          error={errors?.description?.message}
          {...register(`${path}.description`)}
        />
        <Button
          variant="danger"
          className="mt-5"
          onClick={onRemove}
          aria-label={`Remove ${title.toLowerCase()}`}
        >
          Remove
        </Button>
      </div>
      <div className="mt-2 grid grid-cols-4 items-start gap-2">
        <TextField
          label="Source CIDR"
          autoComplete="off"
          error={errors?.source_cidr_block?.message}
          {...register(`${path}.source_cidr_block`)}
        />
        <TextField
          label="Source ports"
          autoComplete="off"
          disabled={!takesPorts}
          error={errors?.source_port_range?.message}
          {...register(`${path}.source_port_range`)}
        />
        <TextField
          label="Destination CIDR"
          autoComplete="off"
          error={errors?.destination_cidr_block?.message}
          {...register(`${path}.destination_cidr_block`)}
        />
        <TextField
          label="Destination ports"
          autoComplete="off"
          disabled={!takesPorts}
          error={errors?.destination_port_range?.message}
          {...register(`${path}.destination_port_range`)}
        />
      </div>
      <p className="mt-2 text-xs text-slate-600">
        <span className="font-medium text-slate-700">Reads: </span>
        {describeRule({ ...rule, ethertype: rule.ethertype })}
        {!takesPorts && ' Port ranges apply only to TCP and UDP.'}
      </p>
    </fieldset>
  );
}
