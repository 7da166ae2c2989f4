import { useDeferredValue, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { changeImpactOnSources, type ImpactSet, type SourcesImpact } from '@/domain/analysis';
import { ruleCreateSchema, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { useT } from '@/i18n';
import { TesterLink } from './analysis-tester-link';
import { useFilterExamples } from './filter-examples';
import { GenericExamplesNote } from './generic-examples-note';

/** The filter as it would be saved: the rule replaced (or added) with the form's values. */
export function filterAfterEdit(
  filter: TrafficMirrorFilter,
  direction: Direction,
  values: RuleCreate,
  rule: TrafficMirrorFilterRule | undefined,
): TrafficMirrorFilter {
  const edited: TrafficMirrorFilterRule = {
    id: rule?.id ?? 'rule-being-added',
    project_id: filter.project_id,
    created_at: rule?.created_at ?? '',
    updated_at: rule?.updated_at ?? '',
    ...values,
    traffic_mirror_filter_id: filter.id,
    direction,
  };
  const key = direction === 'ingress' ? 'ingress_rules' : 'egress_rules';
  const others = filter[key].filter((r) => r.id !== rule?.id);
  return { ...filter, [key]: [...others, edited] };
}

function ImpactList({ change, set }: { change: 'lost' | 'gained'; set: ImpactSet }) {
  const { t } = useT();
  if (!set.any) return null;
  return (
    <div>
      <p className="font-medium">{t('filters.impact.list', { change, count: set.examples.length })}</p>
      <ul className="mt-1 space-y-0.5">
        {set.examples.map((packet, index) => (
          <li key={index}>
            <TesterLink
              packet={packet}
              label={t('filters.impact.test')}
              context={t('filters.impact.example', { change, number: index + 1 })}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface RuleChangeImpactProps {
  control: Control<RuleCreateInput, unknown, RuleCreate>;
  snapshot: Snapshot;
  filterId: string;
  direction: Direction;
  /** The rule being edited; absent when one is added. */
  rule?: TrafficMirrorFilterRule;
}

/**
 * What saving the rule form would change, before it is saved: packets this filter copied and
 * would no longer copy, and the reverse, exactly, each with example packets for the tester.
 * On the filter page the packets are those the sources of its sessions carry, judged with
 * all their sessions. Shown once the values form a valid rule.
 */
export function RuleChangeImpact({ control, snapshot, filterId, direction, rule }: RuleChangeImpactProps) {
  const { t } = useT();
  const values = useDeferredValue(useWatch({ control }));
  const examples = useFilterExamples();
  const config = useMemo(
    () => examples?.config ?? { sessions: [...snapshot.sessions], filters: [...snapshot.filters] },
    [examples, snapshot],
  );
  const filter = config.filters.find((f) => f.id === filterId);
  const key = JSON.stringify(values);
  const impact = useMemo((): SourcesImpact | null => {
    const parsed = ruleCreateSchema.safeParse(JSON.parse(key));
    if (!filter || !parsed.success) return null;
    const after = filterAfterEdit(filter, direction, parsed.data, rule);
    return changeImpactOnSources(config, filter, after, direction);
  }, [key, config, filter, direction, rule]);

  return (
    <section
      aria-label={t('filters.impact.region')}
      className="rounded border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      <h4 className="font-semibold text-slate-800">{t('filters.impact.title')}</h4>
      {!impact ? (
        <p className="text-slate-600">{t('filters.impact.incomplete')}</p>
      ) : !impact.lost.any && !impact.gained.any ? (
        <p className="text-slate-600">
          {t(impact.fallThrough.any ? 'filters.impact.noneButFallThrough' : 'filters.impact.none')}
        </p>
      ) : (
        <div className="mt-1 space-y-2">
          <ImpactList change="lost" set={impact.lost} />
          <ImpactList change="gained" set={impact.gained} />
          <GenericExamplesNote basis={examples?.basis} />
        </div>
      )}
      {impact && impact.sources.judged > 0 && impact.sources.judged < impact.sources.total && (
        <p className="text-xs text-slate-600">
          {t('filters.impact.judged', { judged: impact.sources.judged, total: impact.sources.total })}
        </p>
      )}
    </section>
  );
}
