import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { RULE_PROTOCOLS } from '@/domain/model/rule-coherence';
import { ruleCreateSchema, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilterRule } from '@/domain/model/types';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { Button } from '@/components/ui/button';
import { directionWord } from '../config-names';
import { priorityClash, rulesOf, RULES_PER_DIRECTION, type WhatIfCopy } from './what-if-copy';

const actionOptions = [
  { value: 'accept', label: 'Accept: copy' },
  { value: 'reject', label: 'Reject: do not copy' },
];
const protocolOptions = RULE_PROTOCOLS.map((p) => ({ value: p, label: p }));
const ethertypeOptions = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];

/** Props of {@link DraftRuleForm}. */
export interface DraftRuleFormProps {
  copy: WhatIfCopy;
  direction: Direction;
  /** The rule of the copy being edited; absent to add one. */
  rule?: TrafficMirrorFilterRule;
  onApply: (rule: TrafficMirrorFilterRule) => void;
  onCancel: () => void;
}

function initialValues({ copy, direction, rule }: DraftRuleFormProps): RuleCreateInput {
  const used = new Set(rulesOf(copy, direction).map((r) => r.priority));
  let free = 1;
  while (used.has(free)) free++;
  return {
    traffic_mirror_filter_id: copy.saved.id,
    direction,
    action: rule?.action ?? 'accept',
    priority: rule?.priority ?? free,
    protocol: rule ? rule.protocol.toUpperCase() : 'ALL',
    ethertype: rule?.ethertype ?? 'IPv4',
    source_cidr_block: rule?.source_cidr_block ?? '',
    source_port_range: rule?.source_port_range ?? '',
    destination_cidr_block: rule?.destination_cidr_block ?? '',
    destination_port_range: rule?.destination_port_range ?? '',
    description: rule?.description ?? '',
  };
}

/**
 * Adds a rule to the what-if copy or changes one of its rules, checked by the domain's rule
 * schema (fields and their coherence) and for a free priority within the copy. Nothing is
 * sent to the API.
 */
export function DraftRuleForm(props: DraftRuleFormProps) {
  const { copy, direction, rule, onApply, onCancel } = props;
  const form = useForm<RuleCreateInput, unknown, RuleCreate>({
    resolver: zodResolver(ruleCreateSchema),
    defaultValues: initialValues(props),
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const word = directionWord(direction);
  const title = rule ? `Edit ${word} rule ${rule.priority} of the copy` : `Add ${word} rule to the copy`;

  const onSubmit = form.handleSubmit((parsed) => {
    const clash = priorityClash(copy, { id: rule?.id ?? '', direction, priority: parsed.priority });
    if (clash) return form.setError('priority', { message: clash });
    if (!rule && rulesOf(copy, direction).length >= RULES_PER_DIRECTION) {
      return form.setError('priority', {
        message: `A filter holds at most ${RULES_PER_DIRECTION} ${word} rules. Remove one from the copy first.`,
      });
    }
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    onApply({
      project_id: copy.saved.project_id,
      created_at: now,
      updated_at: now,
      ...rule,
      ...parsed,
      id: rule?.id ?? '',
    });
  });

  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="mt-2 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
    >
      <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
      <div className="grid grid-cols-4 gap-x-3 gap-y-2">
        <SelectField
          label="Action"
          options={actionOptions}
          {...form.register('action')}
          error={errors.action?.message}
        />
        <TextField
          label="Priority"
          inputMode="numeric"
          {...form.register('priority', { valueAsNumber: true })}
          error={errors.priority?.message}
        />
        <SelectField
          label="Protocol"
          options={protocolOptions}
          {...form.register('protocol', { deps: ['source_port_range', 'destination_port_range'] })}
          error={errors.protocol?.message}
        />
        <SelectField
          label="Type"
          options={ethertypeOptions}
          {...form.register('ethertype', {
            deps: ['protocol', 'source_cidr_block', 'destination_cidr_block'],
          })}
          error={errors.ethertype?.message}
        />
        <TextField
          label="Source CIDR"
          {...form.register('source_cidr_block')}
          error={errors.source_cidr_block?.message}
        />
        <TextField
          label="Source port range"
          {...form.register('source_port_range')}
          error={errors.source_port_range?.message}
        />
        <TextField
          label="Destination CIDR"
          {...form.register('destination_cidr_block')}
          error={errors.destination_cidr_block?.message}
        />
        <TextField
          label="Destination port range"
          {...form.register('destination_port_range')}
          error={errors.destination_port_range?.message}
        />
      </div>
      <p className="text-xs text-slate-600">
        Empty CIDR or port range: any. Port ranges such as 80-80, TCP and UDP only.
      </p>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Apply to copy
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
