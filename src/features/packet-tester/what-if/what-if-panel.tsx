import { useState } from 'react';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { useT } from '@/i18n';
import { SelectField } from '@/components/form/select-field';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { DraftRuleList } from './draft-rule-list';
import { isChanged, removedRules, restoreRule, startCopy, type WhatIfCopy } from './what-if-copy';

/** Props of {@link WhatIfPanel}. */
export interface WhatIfPanelProps {
  filters: readonly TrafficMirrorFilter[];
  /** The filter to offer first: the deciding session's, or the interface's first session's. */
  suggested: string | undefined;
  copy: WhatIfCopy | null;
  onChange: (copy: WhatIfCopy | null) => void;
}

/**
 * What-if: a local copy of one filter whose rules can be edited, added and removed without
 * saving; the page then shows the verdict with the saved filter and with the copy side by side.
 */
export function WhatIfPanel({ filters, suggested, copy, onChange }: WhatIfPanelProps) {
  const { t } = useT();
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? suggested ?? filters[0]?.id ?? '';
  if (!copy) {
    const filter = filters.find((f) => f.id === selected);
    return (
      <Panel title={t('tester.whatIf.title')}>
        <p className="mb-2 text-sm text-slate-700">{t('tester.whatIf.intro')}</p>
        <div className="flex items-end gap-2">
          <div className="w-80">
            <SelectField
              label={t('tester.whatIf.filter')}
              options={filters.map((f) => ({ value: f.id, label: f.name }))}
              value={selected}
              onChange={(event) => setChoice(event.target.value)}
            />
          </div>
          <Button variant="primary" disabled={!filter} onClick={() => filter && onChange(startCopy(filter))}>
            {t('tester.whatIf.start')}
          </Button>
        </div>
      </Panel>
    );
  }
  const removed = removedRules(copy);
  return (
    <Panel
      title={t('tester.whatIf.copyTitle', { name: copy.saved.name })}
      actions={<Button onClick={() => onChange(null)}>{t('tester.whatIf.discard')}</Button>}
    >
      <p className="mb-3 text-sm text-slate-700">
        {isChanged(copy) ? t('tester.whatIf.changed') : t('tester.whatIf.unchanged')}
      </p>
      <div className="space-y-4">
        <DraftRuleList copy={copy} direction="ingress" onChange={onChange} />
        <DraftRuleList copy={copy} direction="egress" onChange={onChange} />
        {removed.length > 0 && (
          <ul className="space-y-1 text-sm" aria-label={t('tester.whatIf.removedList')}>
            {removed.map((rule) => (
              <li key={rule.id} className="flex items-center gap-2">
                <span className="text-slate-600">
                  {t('tester.whatIf.removed', { direction: rule.direction, priority: rule.priority })}
                </span>
                <Button variant="ghost" onClick={() => onChange(restoreRule(copy, rule.id))}>
                  {t('tester.whatIf.restore')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Panel>
  );
}
