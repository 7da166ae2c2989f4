import { useState } from 'react';
import { ruleSummary } from '@/domain/analysis';
import type { Direction } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { directionWord } from '@/domain/model/direction-words';
import { DraftRuleForm } from './draft-rule-form';
import { putRule, removeRule, ruleChange, rulesOf, type WhatIfCopy } from './what-if-copy';
import { useAnalysisText } from '@/components/results/analysis-text';

/** Props of {@link DraftRuleList}. */
export interface DraftRuleListProps {
  copy: WhatIfCopy;
  direction: Direction;
  onChange: (copy: WhatIfCopy) => void;
}

/** The copy's rules of one direction, each with Edit and Remove, and a way to add one. */
export function DraftRuleList({ copy, direction, onChange }: DraftRuleListProps) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const rules = rulesOf(copy, direction);
  const text = useAnalysisText();
  const word = directionWord(direction);
  const Word = word.charAt(0).toUpperCase() + word.slice(1);
  const done = (next: WhatIfCopy) => {
    onChange(next);
    setEditing(null);
  };
  return (
    <section aria-label={`${Word} rules of the copy`}>
      <div className="mb-1 flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-800">{Word} rules</h4>
        <Button variant="ghost" onClick={() => setEditing('new')} disabled={editing !== null}>
          Add {word} rule
        </Button>
      </div>
      {rules.length === 0 ? (
        <p className="text-sm text-slate-600">
          No {word} rules: this filter copies no {word} packet.
        </p>
      ) : (
        <table className="w-full text-left text-sm" aria-label={`${Word} rules of the copy`}>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-16 py-1 font-semibold">
                Priority
              </th>
              <th scope="col" className="py-1 font-semibold">
                Rule
              </th>
              <th scope="col" className="w-40 py-1 text-right font-semibold">
                <span className="sr-only">Actions</span>
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
                    {change && <Badge tone="info">{change === 'new' ? 'New' : 'Edited'}</Badge>}
                  </td>
                  <td className="py-1 text-right whitespace-nowrap">
                    <Button
                      variant="ghost"
                      aria-label={`Edit ${word} rule ${rule.priority}`}
                      disabled={editing !== null}
                      onClick={() => setEditing(rule.id)}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={`Remove ${word} rule ${rule.priority}`}
                      disabled={editing !== null}
                      onClick={() => onChange(removeRule(copy, rule.id))}
                    >
                      Remove
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
