import { useState } from 'react';
import { ruleSummary } from '@/domain/analysis';
import type { Direction } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { DraftRuleForm } from './draft-rule-form';
import { putRule, removeRule, ruleChange, rulesOf, type WhatIfCopy } from './what-if-copy';
import { useResultText } from '@/components/results/use-result-text';

/** Props of {@link DraftRuleList}. */
export interface DraftRuleListProps {
  copy: WhatIfCopy;
  direction: Direction;
  onChange: (copy: WhatIfCopy) => void;
}

/** The copy's rules of one direction, each with Edit and Remove, and a way to add one. */
export function DraftRuleList({ copy, direction, onChange }: DraftRuleListProps) {
  const { t } = useT();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const rules = rulesOf(copy, direction);
  const text = useResultText();
  const ofCopy = t('tester.whatIf.rulesOfCopy', { direction });
  const done = (next: WhatIfCopy) => {
    onChange(next);
    setEditing(null);
  };
  return (
    <section aria-label={ofCopy}>
      <div className="mb-1 flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-800">{t('tester.whatIf.rules', { direction })}</h4>
        <Button variant="ghost" onClick={() => setEditing('new')} disabled={editing !== null}>
          {t('tester.whatIf.add', { direction })}
        </Button>
      </div>
      {rules.length === 0 ? (
        <p className="text-sm text-slate-600">{t('tester.whatIf.empty', { direction })}</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label={ofCopy}>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-16 py-1 font-semibold">
                {t('tester.whatIf.priority')}
              </th>
              <th scope="col" className="py-1 font-semibold">
                {t('tester.whatIf.rule')}
              </th>
              <th scope="col" className="w-40 py-1 text-right font-semibold">
                <span className="sr-only">{t('tester.whatIf.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => {
              const change = ruleChange(copy, rule);
              return (
                <tr key={rule.id} className="border-t border-slate-100">
                  <td className="py-1 tabular-nums">{rule.priority}</td>
                  <td className="py-1">
                    {text(ruleSummary(rule))}{' '}
                    {change && (
                      <Badge tone="info">
                        {change === 'new' ? t('tester.whatIf.new') : t('tester.whatIf.edited')}
                      </Badge>
                    )}
                  </td>
                  <td className="py-1 text-right whitespace-nowrap">
                    <Button
                      variant="ghost"
                      aria-label={t('tester.whatIf.editRule', { direction, priority: rule.priority })}
                      disabled={editing !== null}
                      onClick={() => setEditing(rule.id)}
                    >
                      {t('tester.whatIf.edit')}
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={t('tester.whatIf.removeRule', { direction, priority: rule.priority })}
                      disabled={editing !== null}
                      onClick={() => onChange(removeRule(copy, rule.id))}
                    >
                      {t('tester.whatIf.remove')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing !== null && (
        <DraftRuleForm
          copy={copy}
          direction={direction}
          rule={rules.find((r) => r.id === editing)}
          onApply={(rule) => done(putRule(copy, rule))}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
