import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { ruleCreateSchema, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilterRule } from '@/domain/model/types';
import { Button } from '@/components/ui/button';
import { RuleFields } from '@/shared-ui/rule-fields';
import { ruleFormStart } from '@/shared-ui/rule-form-model';
import { useT } from '@/i18n';
import { say } from '../tester-message';
import { copiedFilter, copyRuleProblem, type WhatIfCopy } from './what-if-copy';

/** Props of {@link DraftRuleForm}. */
export interface DraftRuleFormProps {
  copy: WhatIfCopy;
  direction: Direction;
  /** The rule of the copy being edited; absent to add one. */
  rule?: TrafficMirrorFilterRule;
  onApply: (rule: TrafficMirrorFilterRule) => void;
  onCancel: () => void;
}

/**
 * Adds a rule to the what-if copy or changes one of its rules, with the console's one rule
 * form (same fields, choices and defaults as the filter page). The domain's rule schema checks
 * the fields and their coherence; the copy, not the saved filter, is checked for a free
 * priority and room for one more rule. Nothing is sent to the API.
 */
export function DraftRuleForm({ copy, direction, rule, onApply, onCancel }: DraftRuleFormProps) {
  const form = useForm<RuleCreateInput, unknown, RuleCreate>({
    resolver: zodResolver(ruleCreateSchema),
    defaultValues: ruleFormStart(copy.saved.id, copiedFilter(copy), direction, rule),
    mode: 'onTouched',
  });
  const { t } = useT();
  const title = rule
    ? t('tester.whatIf.editTitle', { direction, priority: rule.priority })
    : t('tester.whatIf.addTitle', { direction });

  const onSubmit = form.handleSubmit((parsed) => {
    const problem = copyRuleProblem(copy, { id: rule?.id ?? '', direction, priority: parsed.priority });
    if (problem) return form.setError('priority', { message: say(t, problem) });
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
      <FormProvider {...form}>
        <RuleFields />
      </FormProvider>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {t('tester.whatIf.apply')}
        </Button>
        <Button onClick={onCancel}>{t('tester.whatIf.cancel')}</Button>
      </div>
    </form>
  );
}
