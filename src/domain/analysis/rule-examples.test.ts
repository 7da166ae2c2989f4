/** A filter's example packets, per source of its sessions, against the shared matcher. */
import { english } from '@/components/results/test-english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inventory, MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { EMPTY_INVENTORY } from '../network/inventory-lookup';
import { packetAddressProblem } from '../network/packet-address';
import { packetText } from './describe';
import { examplePacketForRuleIn, filterRuleExamples } from './rule-examples';
import { packetsArb, sourceConfigArb } from './test-arbitraries';
import { sourceInventoryArb, testInventory, testPort, testSgRule } from './test-inventory';

/** eni-1 (10.0.0.3) and eni-2 (10.0.0.4): the security group lets in TCP 80 and 443 from anywhere. */
const web = testInventory(
  [testPort('eni-1', ['10.0.0.3']), testPort('eni-2', ['10.0.0.4'])],
  [testSgRule('http', { protocol: 'tcp', multiport: '80,443' })],
  null,
);

/** Filter f1 with the rules given (priorities 1, 2...), used by session s1 on eni-1 and eni-2. */
function config(
  rules: Partial<TrafficMirrorFilterRule>[],
  sessions: Partial<TrafficMirrorSession>[] = [{}],
  inventory: Inventory = web,
): MirrorConfig {
  const filter = makeFilter(
    'f1',
    rules.map((r, i) => makeRule({ id: `r${i + 1}`, priority: i + 1, ...r })),
  );
  const made = sessions.map((s, i) =>
    makeSession({
      id: `s${i + 1}`,
      priority: i + 1,
      traffic_mirror_sources: ['eni-1', 'eni-2'],
      traffic_mirror_filter_id: 'f1',
      ...s,
    }),
  );
  return { sessions: made, filters: [filter, makeFilter('f0', [makeRule({ id: 'r0' })])], inventory };
}

/** The example of rule `ruleId` in one line, with its fit. */
function exampleOf(c: MirrorConfig, ruleId: string): string {
  const { basis, byRule } = filterRuleExamples(c, c.filters[0]!);
  const example = byRule.get(ruleId);
  return example
    ? `${basis} ${example.fit} ${example.packet.source}: ${packetText(example.packet)}`
    : `${basis} none`;
}

describe('filterRuleExamples', () => {
  it.each([
    [
      'inbound TCP 80',
      [{ protocol: 'TCP', destination_port_range: '80-80' }],
      'sources decides eni-1: TCP 10.0.0.1:40000 -> 10.0.0.3:80',
    ],
    [
      'inbound to the second source',
      [{ protocol: 'TCP', destination_cidr_block: '10.0.0.4/32' }],
      'sources decides eni-2: TCP 10.0.0.1:40000 -> 10.0.0.4:80',
    ],
    ['inbound UDP, which the security group drops', [{ protocol: 'UDP' }], 'sources none'],
    ['inbound to another host', [{ destination_cidr_block: '10.0.0.9/32' }], 'sources none'],
    [
      'outbound from the sources',
      [{ direction: 'egress', source_cidr_block: '10.0.0.0/24' }],
      'sources decides eni-1: TCP 10.0.0.3:40000 -> 10.0.0.2:80',
    ],
  ] as const)('%s', (_name, rules, expected) => {
    expect(exampleOf(config([...rules] as Partial<TrafficMirrorFilterRule>[]), 'r1')).toBe(expected);
  });

  it('a shadowed rule gets a packet it matches, which the earlier rule decides', () => {
    const c = config([
      { protocol: 'TCP' },
      { protocol: 'TCP', destination_port_range: '443-443', action: 'reject' },
    ]);
    expect(exampleOf(c, 'r2')).toBe('sources matches eni-1: TCP 10.0.0.1:40000 -> 10.0.0.3:443');
  });

  it('prefers a packet the rule decides for the source over one a higher-priority session takes', () => {
    const rules = [{ protocol: 'TCP' }];
    // s1 (priority 1) uses f0, whose rule takes every TCP packet to port 80 on eni-1 only.
    const c = config(rules, [{ traffic_mirror_filter_id: 'f0', traffic_mirror_sources: ['eni-1'] }, {}]);
    c.filters[1] = makeFilter('f0', [makeRule({ id: 'r0', protocol: 'TCP' })]);
    expect(exampleOf(c, 'r1')).toBe('sources decides eni-2: TCP 10.0.0.1:40000 -> 10.0.0.4:80');
    const onlyEni1 = config(rules, [
      { traffic_mirror_filter_id: 'f0' },
      { traffic_mirror_sources: ['eni-1'] },
    ]);
    onlyEni1.filters[1] = c.filters[1];
    expect(exampleOf(onlyEni1, 'r1')).toBe('sources in-filter eni-1: TCP 10.0.0.1:40000 -> 10.0.0.3:80');
  });

  it('gives generic packets, and says why, when no known source uses the filter', () => {
    const rules = [{ protocol: 'TCP' }];
    expect(exampleOf(config(rules, []), 'r1')).toBe('unused decides : TCP 10.0.0.1:40000 -> 10.0.0.2:80');
    expect(exampleOf(config(rules, [{}], EMPTY_INVENTORY), 'r1')).toBe(
      'unknown-sources decides eni-1: TCP 10.0.0.1:40000 -> 10.0.0.2:80',
    );
  });
});

describe('examplePacketForRuleIn', () => {
  const c = config([
    { protocol: 'TCP', destination_port_range: '443-443' },
    { protocol: 'UDP' },
    { destination_cidr_block: '10.0.0.9/32' },
    { protocol: 'TCP', destination_cidr_block: '10.0.0.4/32' },
  ]);
  it.each([
    ['r1', undefined, 'found TCP 10.0.0.1:40000 -> 10.0.0.3:443'],
    ['r1', 'eni-2', 'found TCP 10.0.0.1:40000 -> 10.0.0.4:443'],
    [
      'r2',
      undefined,
      'dropped Rule 2 (accept UDP) matches only inbound packets that never reach their source',
    ],
    [
      'r3',
      undefined,
      'never-carried Rule 3 (accept ALL to 10.0.0.9/32) never matches a packet its sources carry',
    ],
    ['r4', 'eni-1', 'never-carried Interface "eni-1-name" carries no packet that rule 4'],
    ['r9', undefined, 'unknown-rule There is no rule r9 in this region.'],
  ] as const)('rule %s on %s', (ruleId, source, expected) => {
    const result = examplePacketForRuleIn(c, ruleId, source);
    const text = result.found
      ? `found ${packetText(result.packet)}`
      : `${result.reason} ${english(result.message)}`;
    expect(text.startsWith(expected), text).toBe(true);
  });
});

describe('filter examples (properties)', () => {
  const withInventory = fc
    .tuple(sourceConfigArb, sourceInventoryArb, packetsArb)
    .map(([c, inventory, packets]) => ({ config: { ...c, inventory } as MirrorConfig, packets }));

  it('every example is a packet its source carries; a deciding one is decided by its rule, and every rule the matcher names gets one', () => {
    fc.assert(
      fc.property(withInventory, ({ config: c, packets }) => {
        const port = c.inventory!.ports[0]!;
        const used = c.filters.filter((f) => c.sessions.some((s) => s.traffic_mirror_filter_id === f.id));
        const deciding = new Set<string>();
        for (const filter of used) {
          for (const [ruleId, { packet, fit }] of filterRuleExamples(c, filter).byRule) {
            expect(packetAddressProblem(port, packet), packetText(packet)).toBeNull();
            const verdict = evaluatePacket(c, packet);
            expect(verdict.reason, packetText(packet)).not.toMatch(/^DROPPED/);
            if (fit === 'decides') {
              expect(verdict.rule_id, packetText(packet)).toBe(ruleId);
              deciding.add(ruleId);
            }
          }
        }
        // The reference: any packet the source carries whose verdict names a rule.
        const own = port.fixed_ips.map((f) => f.ip_address);
        for (const raw of packets) {
          const v6 = raw.ethertype === 'IPv6';
          const address = own.find((a) => a.includes(':') === v6);
          if (!address) continue;
          const packet =
            raw.direction === 'ingress'
              ? { ...raw, destination_ip: address }
              : { ...raw, source_ip: address };
          const verdict = evaluatePacket(c, packet);
          if (verdict.rule_id) expect(deciding, packetText(packet)).toContain(verdict.rule_id);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
