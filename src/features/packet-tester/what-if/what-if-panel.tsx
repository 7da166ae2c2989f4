import { useState } from 'react';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { directionWord } from '@/domain/model/direction-words';
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
  const [choice, setChoice] = useState<string | null>(null);
  const selected = choice ?? suggested ?? filters[0]?.id ?? '';
  if (!copy) {
    const filter = filters.find((f) => f.id === selected);
    return (
      <Panel title="What if">
        <p className="mb-2 text-sm text-slate-700">
          Try a rule change before saving it: edit a copy of a filter here and compare the verdicts side by
          side. Nothing is saved.
        </p>
        <div className="flex items-end gap-2">
          <div className="w-80">
            <SelectField
              label="Filter to copy"
              options={filters.map((f) => ({ value: f.id, label: f.name }))}
              value={selected}
              onChange={(event) => setChoice(event.target.value)}
            />
          </div>
          <Button variant="primary" disabled={!filter} onClick={() => filter && onChange(startCopy(filter))}>
            Edit a copy
          </Button>
        </div>
      </Panel>
    );
  }
  const removed = removedRules(copy);
  return (
    <Panel
      title={`What if: a copy of ${copy.saved.name}`}
      actions={<Button onClick={() => onChange(null)}>Discard the copy</Button>}
    >
      <p className="mb-3 text-sm text-slate-700">
        {isChanged(copy)
          ? 'The verdicts above compare the saved filter with this copy. The copy lives in this page only; to keep a change, make it on the filter’s page.'
          : 'Edit, add or remove rules of the copy; the verdict with the copy then appears next to the saved one.'}
      </p>
      <div className="space-y-4">
        <DraftRuleList copy={copy} direction="ingress" onChange={onChange} />
        <DraftRuleList copy={copy} direction="egress" onChange={onChange} />
        {removed.length > 0 && (
          <ul className="space-y-1 text-sm" aria-label="Rules removed from the copy">
            {removed.map((rule) => (
              <li key={rule.id} className="flex items-center gap-2">
                <span className="text-slate-600">
                  Removed: {directionWord(rule.direction)} rule {rule.priority}
                </span>
                <Button variant="ghost" onClick={() => onChange(restoreRule(copy, rule.id))}>
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Panel>
  );
}
