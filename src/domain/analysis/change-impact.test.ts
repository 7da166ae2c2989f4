/**
 * Change impact of an edited rule, for the filter alone and for a source's sessions.
 */
import { describe, expect, it } from 'vitest';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { changeImpact, changeImpactOnSources, IMPACT_SOURCE_LIMIT, type ImpactSet } from './change-impact';
import { packetText } from './describe';
import { testInventory, testPort, testSgRule } from './test-inventory';

const rule = (id: string, priority: number, fields: Partial<TrafficMirrorFilterRule> = {}) =>
  makeRule({ id, priority, ...fields });
const filter = (...rules: TrafficMirrorFilterRule[]) => makeFilter('f', rules);
const none = { any: false, examples: [] };

describe('changeImpact, filter alone', () => {
  it('moving a rule from port 80 to port 443 loses 80 and gains 443', () => {
    const before = filter(rule('r1', 1, { protocol: 'TCP', destination_port_range: '80-80' }));
    const after = filter(rule('r1', 1, { protocol: 'TCP', destination_port_range: '443-443' }));
    const packet = (port: number) => ({
      source: 'eni-1',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'TCP',
      source_ip: '10.0.0.1',
      destination_ip: '10.0.0.2',
      source_port: 40000,
      destination_port: port,
    });
    expect(changeImpact(before, after, 'ingress', { sourceId: 'eni-1', limit: 1 })).toEqual({
      direction: 'ingress',
      lost: { any: true, examples: [packet(80)] },
      gained: { any: true, examples: [packet(443)] },
      fallThrough: none,
      retargeted: none,
    });
  });

  it('an unchanged direction has no impact', () => {
    const before = filter(rule('r1', 1, { protocol: 'TCP' }));
    const after = filter(rule('r1', 1, { protocol: 'TCP' }), rule('e1', 1, { direction: 'egress' }));
    expect(changeImpact(before, after, 'ingress')).toMatchObject({
      lost: none,
      gained: none,
      fallThrough: none,
    });
    expect(changeImpact(before, after, 'egress').gained.any).toBe(true);
  });

  it('deleting a reject in front of an accept gains its packets', () => {
    const before = filter(rule('r1', 1, { action: 'reject', protocol: 'UDP' }), rule('r2', 2));
    const after = filter(rule('r2', 2));
    const impact = changeImpact(before, after, 'ingress', { limit: 5 });
    expect(impact.lost.any).toBe(false);
    expect(impact.gained.examples.length).toBeGreaterThan(0);
    expect(impact.gained.examples.every((p) => p.protocol === 'UDP' && p.source === '')).toBe(true);
  });

  it('a reject that becomes undecided changes only the fall-through', () => {
    const before = filter(rule('r1', 1, { action: 'reject', protocol: 'ICMP' }));
    const after = filter();
    const impact = changeImpact(before, after, 'ingress');
    expect(impact).toMatchObject({ lost: none, gained: none });
    expect(impact.fallThrough.examples[0]).toMatchObject({ protocol: 'ICMP' });
  });

  it('gives at most `limit` examples, each a different packet', () => {
    const before = filter();
    const after = filter(
      rule('r1', 1, { action: 'reject', protocol: 'TCP', destination_port_range: '80-80' }),
      rule('r2', 2),
    );
    const impact = changeImpact(before, after, 'ingress', { limit: 3 });
    expect(impact.gained.examples).toHaveLength(3);
    expect(new Set(impact.gained.examples.map((p) => JSON.stringify(p))).size).toBe(3);
  });
});

describe('changeImpact for a source', () => {
  // Session A (priority 1) uses filter f, session B (priority 2) copies everything to target-b.
  const config: MirrorConfig = {
    sessions: [
      makeSession({
        id: 'a',
        priority: 1,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'f',
        traffic_mirror_target_id: 'target-a',
      }),
      makeSession({
        id: 'b',
        priority: 2,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'g',
        traffic_mirror_target_id: 'target-b',
      }),
    ],
    filters: [filter(rule('r1', 1, { protocol: 'TCP' })), makeFilter('g', [rule('all', 1)])],
  };

  it('packets session A no longer takes fall through to session B: retargeted, not lost', () => {
    const after = filter(rule('r1', 1, { protocol: 'UDP' }));
    const impact = changeImpact(config.filters[0]!, after, 'ingress', {
      config,
      sourceId: 'eni-1',
      limit: 1,
    });
    expect(impact).toMatchObject({ lost: none, gained: none, fallThrough: none });
    const packet = impact.retargeted.examples[0]!;
    expect(packet).toMatchObject({ source: 'eni-1', protocol: 'TCP' });
    expect(evaluatePacket(config, packet).target_id).toBe('target-a');
    const edited = { ...config, filters: [after, config.filters[1]!] };
    expect(evaluatePacket(edited, packet).target_id).toBe('target-b');
  });

  it('a reject in session A loses copies session B would have made', () => {
    const after = filter(
      rule('r0', 1, { action: 'reject', protocol: 'ICMP' }),
      rule('r1', 2, { protocol: 'TCP' }),
    );
    const impact = changeImpact(config.filters[0]!, after, 'ingress', { config, sourceId: 'eni-1' });
    expect(impact.lost.examples[0]).toMatchObject({ protocol: 'ICMP' });
    expect(impact.gained).toEqual(none);
  });
});

describe('changeImpactOnSources', () => {
  const inventory = testInventory(
    [testPort('eni-1', ['10.0.0.3']), testPort('eni-2', ['10.0.0.4'])],
    [testSgRule('http', { protocol: 'tcp', multiport: '80,443' })],
    null,
  );
  const before = filter(rule('r1', 1, { protocol: 'TCP', destination_port_range: '80-80' }));
  const after = filter(rule('r1', 1, { protocol: 'TCP', destination_port_range: '443-443' }));
  const used = (sources: string[], known = inventory): MirrorConfig => ({
    sessions: [makeSession({ id: 's1', traffic_mirror_sources: sources, traffic_mirror_filter_id: 'f' })],
    filters: [before],
    inventory: known,
  });
  const lines = (set: ImpactSet) => set.examples.map((p) => `${p.source} ${packetText(p)}`);

  it.each([
    [
      'a used filter: packets its sources carry',
      used(['eni-1', 'eni-2']),
      ['eni-1 TCP 10.0.0.1:40000 -> 10.0.0.3:80', 'eni-2 TCP 10.0.0.1:40000 -> 10.0.0.4:80'],
    ],
    ['no session: generic packets', used([]), [' TCP 10.0.0.1:40000 -> 10.0.0.2:80']],
    [
      'sources the inventory does not know: generic',
      used(['eni-9']),
      ['eni-9 TCP 10.0.0.1:40000 -> 10.0.0.2:80'],
    ],
  ] as const)('%s', (_name, config, lost) => {
    const impact = changeImpactOnSources(config, before, after, 'ingress', 2);
    expect(lines(impact.lost)).toEqual(lost);
    expect(impact.gained.any).toBe(true);
  });

  it('counts only what the sources let in: a change to UDP gains nothing the security group admits', () => {
    const udp = filter(rule('r1', 1, { protocol: 'UDP' }));
    const impact = changeImpactOnSources(used(['eni-1']), before, udp, 'ingress');
    expect(impact.gained).toEqual(none);
    expect(lines(impact.lost)).toEqual(['eni-1 TCP 10.0.0.1:40000 -> 10.0.0.3:80']);
  });

  it('judges at most IMPACT_SOURCE_LIMIT sources, and says how many of how many', () => {
    const ids = Array.from({ length: IMPACT_SOURCE_LIMIT + 2 }, (_, i) => `eni-${i + 1}`);
    const many = testInventory(
      ids.map((id, i) => testPort(id, [`10.0.0.${i + 3}`])),
      [testSgRule('http', { protocol: 'tcp', multiport: '80,443' })],
      null,
    );
    const impact = changeImpactOnSources(used(ids, many), before, after, 'ingress');
    expect(impact.sources).toEqual({ judged: IMPACT_SOURCE_LIMIT, total: IMPACT_SOURCE_LIMIT + 2 });
    expect(changeImpactOnSources(used([]), before, after, 'ingress').sources).toEqual({
      judged: 0,
      total: 0,
    });
  });
});
