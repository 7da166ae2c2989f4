import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useResultText } from '@/components/results/use-result-text';
import { FormProvider, useForm } from 'react-hook-form';
import { useCreateRule, useUpdateRule } from '@/api/filters';
import { ruleCreateSchema, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyFieldMessages, applyServerError } from '@/components/form/server-field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import { RuleChangeImpact } from './analysis-change-impact';
import { RuleFields } from '@/shared-ui/rule-fields';
import { RULE_FIELDS } from '@/shared-ui/rule-form-model';
import { initialRuleValues, ruleProblems } from './rule-form-model';

export interface RuleFormProps {
  filterId: string;
  direction: Direction;
  /** The rule being edited; absent to add one. */
  rule?: TrafficMirrorFilterRule;
  snapshot: Snapshot;
  onDone: () => void;
}

/**
 * Adds or edits one rule. The domain's rule schema checks every field and their coherence as
 * the user types (ICMP only IPv4, ICMPV6 only IPv6, ports only TCP/UDP, CIDR of the rule's
 * type); the priority and the rule quota are checked before sending; the server's field
 * errors land next to their field, and a failure keeps everything typed.
 */
export function RuleForm({ filterId, direction, rule, snapshot, onDone }: RuleFormProps) {
  const { t } = useT();
  const create = useCreateRule();
  const update = useUpdateRule();
  const toast = useToast();
  const result = useResultText();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const form = useForm<RuleCreateInput, unknown, RuleCreate>({
    resolver: zodResolver(ruleCreateSchema),
    defaultValues: initialRuleValues(snapshot, filterId, direction, rule),
    mode: 'onTouched',
  });
  const pending = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit(async (parsed) => {
    setFormError(null);
    const problems = ruleProblems(snapshot, parsed, rule);
    if (problems.length > 0) {
      const { rest } = applyFieldMessages(problems, RULE_FIELDS, form.setError);
      if (rest.length > 0) setFormError(rest.map(result).join(' '));
      return;
    }
    try {
      if (rule) {
        const { traffic_mirror_filter_id: _f, direction: _d, ...body } = parsed;
        await update.mutateAsync({ id: rule.id, body });
        toast('success', t('filters.ruleForm.saved', { direction, priority: parsed.priority }));
      } else {
        await create.mutateAsync(parsed);
        toast('success', t('filters.ruleForm.added', { direction, priority: parsed.priority }));
      }
      onDone();
    } catch (error) {
      setFormError(applyServerError(error, RULE_FIELDS, form.setError, { explain: refused }).formMessage);
    }
  });

  const title = rule
    ? t('filters.ruleForm.editTitle', { direction, priority: rule.priority })
    : t('filters.rules.add', { direction });
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="mt-3 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
    >
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <FormProvider {...form}>
        <RuleFields />
      </FormProvider>
      <RuleChangeImpact
        control={form.control}
        snapshot={snapshot}
        filterId={filterId}
        direction={direction}
        rule={rule}
      />
      {formError && (
        <Alert tone="error" title={t(rule ? 'filters.notSaved' : 'filters.ruleForm.notAdded')}>
          {formError}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={pending}>
          {t(rule ? 'filters.ruleForm.save' : 'filters.ruleForm.add')}
        </Button>
        <Button onClick={onDone} disabled={pending}>
          {t('filters.cancel')}
        </Button>
      </div>
    </form>
  );
}
