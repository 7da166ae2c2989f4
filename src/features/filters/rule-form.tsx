import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError } from '@/api/client';
import { useCreateRule, useUpdateRule } from '@/api/filters';
import { describeRule, displayCidr } from '@/domain/model/describe-rule';
import {
  nextFreeRulePriority,
  validateRuleCreate,
  validateRuleUpdate,
} from '@/domain/model/filter-constraints';
import { RULE_PROTOCOLS } from '@/domain/model/rule-coherence';
import {
  mergeRuleUpdate,
  ruleCreateSchema,
  type RuleCreate,
  type RuleCreateInput,
} from '@/domain/model/rule-schema';
import type { Direction, Ethertype, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

const FIELDS = [
  'action',
  'priority',
  'protocol',
  'ethertype',
  'source_cidr_block',
  'source_port_range',
  'destination_cidr_block',
  'destination_port_range',
  'description',
] as const;
const WORD: Record<Direction, string> = { ingress: 'inbound', egress: 'outbound' };
const actionOptions = [
  { value: 'accept', label: 'Accept: copy' },
  { value: 'reject', label: 'Reject: do not copy' },
];
const protocolOptions = RULE_PROTOCOLS.map((p) => ({ value: p, label: p }));
const ethertypeOptions = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];

export interface RuleFormProps {
  filterId: string;
  direction: Direction;
  /** The rule being edited; absent to add one. */
  rule?: TrafficMirrorFilterRule;
  snapshot: Snapshot;
  onDone: () => void;
}

function initialValues(props: RuleFormProps): RuleCreateInput {
  const { rule, filterId, direction, snapshot } = props;
  const filter = snapshot.filters.find((f) => f.id === filterId);
  return {
    traffic_mirror_filter_id: filterId,
    direction,
    action: rule?.action ?? 'accept',
    priority: rule?.priority ?? (filter ? nextFreeRulePriority(filter, direction) : undefined) ?? 1,
    protocol: rule ? rule.protocol.toUpperCase() : 'ALL',
    ethertype: rule?.ethertype ?? ('IPv4' satisfies Ethertype),
    source_cidr_block: rule?.source_cidr_block ?? '',
    source_port_range: rule?.source_port_range ?? '',
    destination_cidr_block: rule?.destination_cidr_block ?? '',
    destination_port_range: rule?.destination_port_range ?? '',
    description: rule?.description ?? '',
  };
}

function cidrHint(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const shown = text === '' ? text : displayCidr(text);
  return shown !== text ? `Means ${shown}.` : 'Such as 10.0.0.0/24; empty for any address.';
}

/**
 * Adds or edits one rule. The domain's rule schema checks every field and their coherence as
 * the user types (ICMP only IPv4, ICMPV6 only IPv6, ports only TCP/UDP, CIDR of the rule's
 * type); the priority and the rule quota are checked before sending.
 */
export function RuleForm(props: RuleFormProps) {
  const { direction, rule, snapshot, onDone } = props;
  const create = useCreateRule();
  const update = useUpdateRule();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RuleCreateInput, unknown, RuleCreate>({
    resolver: zodResolver(ruleCreateSchema),
    defaultValues: initialValues(props),
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const values = useWatch({ control: form.control });
  const word = WORD[direction];

  const onSubmit = form.handleSubmit(async (parsed) => {
    setFormError(null);
    const merged = rule ? mergeRuleUpdate(rule, parsed) : null;
    const problems = merged
      ? merged.ok
        ? validateRuleUpdate(snapshot, rule!, merged.value).flatMap((v) =>
            (v.fields ?? ['']).map((field) => ({ field, message: v.message })),
          )
        : merged.problems
      : validateRuleCreate(snapshot, parsed).flatMap((v) =>
          (v.fields ?? ['']).map((field) => ({ field, message: v.message })),
        );
    if (problems.length > 0) {
      const rest = applyServerFieldErrors(problems, FIELDS, form.setError);
      if (rest.length > 0) setFormError(rest.join(' '));
      return;
    }
    try {
      if (rule) {
        const { traffic_mirror_filter_id: _f, direction: _d, ...body } = parsed;
        await update.mutateAsync({ id: rule.id, body });
        toast('success', `The ${word} rule with priority ${parsed.priority} was saved.`);
      } else {
        await create.mutateAsync(parsed);
        toast('success', `An ${word} rule with priority ${parsed.priority} was added.`);
      }
      onDone();
    } catch (error) {
      const details = error instanceof ApiError ? error.details : [];
      const rest = applyServerFieldErrors(details, FIELDS, form.setError);
      if (details.length === 0 || rest.length > 0)
        setFormError(error instanceof Error ? error.message : String(error));
    }
  });

  const title = rule ? `Edit ${word} rule (priority ${rule.priority})` : `Add ${word} rule`;
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="mt-3 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
    >
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
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
          {...form.register('protocol', { deps: ['source_port_range', 'destination_port_range'] })}
          error={errors.protocol?.message}
        />
        <SelectField
          label="Type"
          required
          options={ethertypeOptions}
          {...form.register('ethertype', {
            deps: ['protocol', 'source_cidr_block', 'destination_cidr_block'],
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
        {describeRule({
          protocol: String(values.protocol ?? ''),
          ethertype: values.ethertype === 'IPv6' ? 'IPv6' : 'IPv4',
          action: values.action === 'reject' ? 'reject' : 'accept',
          source_cidr_block: values.source_cidr_block ?? '',
          destination_cidr_block: values.destination_cidr_block ?? '',
          source_port_range: values.source_port_range ?? '',
          destination_port_range: values.destination_port_range ?? '',
        })}
      </p>
      {formError && (
        <Alert tone="error" title={rule ? 'Not saved' : 'Not added'}>
          {formError}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={create.isPending || update.isPending}>
          {rule ? 'Save rule' : 'Add rule'}
        </Button>
        <Button onClick={onDone} disabled={create.isPending || update.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
