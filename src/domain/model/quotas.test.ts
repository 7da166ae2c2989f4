import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUOTAS,
  QUOTA_DEFINITIONS,
  quotaDefinition,
  quotaResources,
  quotaUsage,
  resolveQuotas,
} from './quotas';
import { makeFilter, makeRule, makeSession } from './test-fixtures';

describe('quota definitions (Table 4)', () => {
  it.each([
    ['sources_per_session', 10, true, 'trafficMirrorSourcesPerSession'],
    ['sessions_per_source', 3, false, 'trafficMirrorSessionsPerSource'],
    ['targets_per_session', 1, false, 'trafficMirrorTargetsPerSession'],
    ['sessions_per_eni_target', 10, false, 'trafficMirrorSessionsPerEniTarget'],
    ['sessions_per_elb_target', 200, false, 'trafficMirrorSessionsPerElbTarget'],
    ['filters_per_session', 1, false, 'trafficMirrorFiltersPerSession'],
    ['sessions_per_filter', 1000, false, 'trafficMirrorSessionsPerFilter'],
    ['ingress_rules_per_filter', 10, false, 'trafficMirrorIngressRulesPerFilter'],
    ['egress_rules_per_filter', 10, false, 'trafficMirrorEgressRulesPerFilter'],
    ['sessions_per_region', 20000, false, 'trafficMirrorSession'],
  ] as const)('%s = %d, adjustable %s, type %s', (key, value, adjustable, type) => {
    expect(quotaDefinition(key)).toMatchObject({ key, value, adjustable, type });
    expect(DEFAULT_QUOTAS[key]).toBe(value);
  });

  it('has unique keys and types, and only one adjustable quota', () => {
    expect(new Set(QUOTA_DEFINITIONS.map((d) => d.key)).size).toBe(QUOTA_DEFINITIONS.length);
    expect(new Set(QUOTA_DEFINITIONS.map((d) => d.type)).size).toBe(QUOTA_DEFINITIONS.length);
    expect(QUOTA_DEFINITIONS.filter((d) => d.adjustable).map((d) => d.key)).toEqual(['sources_per_session']);
  });
});

describe('resolveQuotas', () => {
  it('applies valid overrides and ignores invalid ones', () => {
    const quotas = resolveQuotas({
      sources_per_session: 20,
      sessions_per_region: 5,
      sessions_per_source: -1,
    });
    expect(quotas.sources_per_session).toBe(20);
    expect(quotas.sessions_per_region).toBe(5);
    expect(quotas.sessions_per_source).toBe(3);
  });
});

describe('quotaResources', () => {
  it('reports the busiest resource of each quota', () => {
    const sessions = [
      makeSession({ id: 'a', traffic_mirror_sources: ['p1', 'p2'] }),
      makeSession({
        id: 'b',
        traffic_mirror_sources: ['p1'],
        traffic_mirror_target_type: 'elb',
        traffic_mirror_target_id: 'lb-1',
      }),
      makeSession({ id: 'c', traffic_mirror_sources: ['p3'], traffic_mirror_filter_id: 'f-2' }),
    ];
    const filters = [makeFilter({ ingress_rules: [makeRule(), makeRule({ id: 'x', priority: 2 })] })];
    const used = Object.fromEntries(
      quotaResources(sessions, filters).map((r) => [r.type, [r.used, r.quota]]),
    );
    expect(used).toEqual({
      trafficMirrorSourcesPerSession: [2, 10],
      trafficMirrorSessionsPerSource: [2, 3],
      trafficMirrorTargetsPerSession: [1, 1],
      trafficMirrorSessionsPerEniTarget: [2, 10],
      trafficMirrorSessionsPerElbTarget: [1, 200],
      trafficMirrorFiltersPerSession: [1, 1],
      trafficMirrorSessionsPerFilter: [2, 1000],
      trafficMirrorIngressRulesPerFilter: [2, 10],
      trafficMirrorEgressRulesPerFilter: [1, 10],
      trafficMirrorSession: [3, 20000],
    });
  });

  it('reports zero usage for an empty project with raised quotas', () => {
    const resources = quotaResources([], [], resolveQuotas({ sources_per_session: 30 }));
    expect(resources.every((r) => r.used === 0)).toBe(true);
    expect(resources.find((r) => r.type === 'trafficMirrorSourcesPerSession')?.quota).toBe(30);
  });
});

describe('quota usage as the console shows it', () => {
  const sessions = [
    makeSession({ id: 's1', traffic_mirror_sources: ['p1', 'p2'] }),
    makeSession({ id: 's2', traffic_mirror_sources: ['p1'], priority: 2 }),
  ];

  it('takes what the API reports', () => {
    const usage = quotaUsage([{ type: 'trafficMirrorSession', used: 7, quota: 500 }], sessions, []);
    expect(usage.find((u) => u.definition.key === 'sessions_per_region')).toMatchObject({
      used: 7,
      quota: 500,
      reported: true,
    });
  });

  it.each([
    ['sessions_per_region', 2, 20000],
    ['sessions_per_source', 2, 3],
    ['sources_per_session', 2, 10],
  ] as const)(
    'shows the documented default of %s, with the usage counted, when the API reports none',
    (key, used, quota) => {
      // The real VPC quota API answers other types only (vpc, subnet...).
      const usage = quotaUsage([{ type: 'vpc', used: 4, quota: 5 }], sessions, []);
      expect(usage.find((u) => u.definition.key === key)).toMatchObject({ used, quota, reported: false });
    },
  );
});
