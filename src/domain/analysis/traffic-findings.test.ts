/** Rules and example packets measured against what the sources of their sessions carry. */
import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type { Inventory, MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { EMPTY_INVENTORY } from '../network/inventory-lookup';
import { examplePacketForSession } from './examples';
import { sessionFindings } from './session-findings';
import { ruleTrafficFindings } from './traffic-findings';
import { testAclRule, testInventory, testPort, testSgRule } from './test-inventory';

/** eni-1 (10.0.0.3) and eni-2 (10.0.0.4): the security group lets in TCP 80 and 443 from anywhere. */
const web = testInventory(
  [testPort('eni-1', ['10.0.0.3']), testPort('eni-2', ['10.0.0.4'])],
  [testSgRule('http', { protocol: 'tcp', multiport: '80,443' })],
  null,
);

function config(rules: Partial<TrafficMirrorFilterRule>[], inventory: Inventory | null = web): MirrorConfig {
  const filter = makeFilter(
    'f1',
    rules.map((r, i) => makeRule({ id: `r${i + 1}`, priority: i + 1, ...r })),
  );
  const session = makeSession({
    id: 's1',
    traffic_mirror_sources: ['eni-1', 'eni-2'],
    traffic_mirror_filter_id: 'f1',
  });
  return { sessions: [session], filters: [filter], inventory: inventory ?? undefined };
}

const findings = (c: MirrorConfig) => ruleTrafficFindings(c, c.filters[0]!);
const kinds = (c: MirrorConfig) => findings(c).map((f) => `${f.kind} ${f.ruleId}`);

describe('ruleTrafficFindings', () => {
  it.each([
    [
      'an inbound rule to another host',
      [{ destination_cidr_block: '10.0.0.9/32' }],
      ['rule-never-carried r1'],
    ],
    ['an inbound rule to one source', [{ destination_cidr_block: '10.0.0.3/32', protocol: 'TCP' }], []],
    [
      'an outbound rule from elsewhere',
      [{ direction: 'egress', source_cidr_block: '192.168.0.0/24' }],
      ['rule-never-carried r1'],
    ],
    ['an outbound rule from a source', [{ direction: 'egress', source_cidr_block: '10.0.0.0/24' }], []],
    ['an IPv6 rule on IPv4-only sources', [{ ethertype: 'IPv6' }], ['rule-never-carried r1']],
    ['inbound UDP the security group drops', [{ protocol: 'UDP' }], ['rule-dropped-before-mirroring r1']],
    ['outbound UDP (never filtered)', [{ direction: 'egress', protocol: 'UDP' }], []],
  ] as const)('%s', (_name, rules, expected) => {
    expect(kinds(config([...rules] as Partial<TrafficMirrorFilterRule>[]))).toEqual(expected);
  });

  it('says nothing without an inventory, or for a source it does not know', () => {
    const rules = [{ destination_cidr_block: '10.0.0.9/32' }];
    expect(kinds(config(rules, null))).toEqual([]);
    expect(kinds(config(rules, EMPTY_INVENTORY))).toEqual([]);
  });

  it('names the sources and their addresses, and what to do', () => {
    const [finding] = findings(config([{ direction: 'egress', source_cidr_block: '192.168.0.0/24' }]));
    expect(finding && english(finding.message)).toBe(
      'Rule 1 (accept ALL from 192.168.0.0/24) never matches a packet its sources carry: an outbound packet comes from its source, ' +
        'and the rule\'s source 192.168.0.0/24 holds no address of interface "eni-1-name" (10.0.0.3) and interface "eni-2-name" (10.0.0.4). ' +
        'Make its source hold one of these addresses, or delete the rule.',
    );
  });

  it('tells a drop by the network ACL from a drop by the security group', () => {
    const acl = testInventory(web.ports, web.security_group_rules, [
      testAclRule('ssh-only', { protocol: 'tcp', destination_port: '22' }),
    ]);
    const [byAcl] = findings(config([{ protocol: 'TCP', destination_port_range: '80-80' }], acl));
    expect(byAcl?.kind === 'rule-dropped-before-mirroring' && byAcl.drops.map((d) => d.droppedBy)).toEqual([
      'network_acl',
      'network_acl',
    ]);
    expect(byAcl && english(byAcl.message)).toContain(
      'the network ACL "acl-web" of the subnet of interface "eni-1-name" (10.0.0.3)',
    );
    const [byGroup] = findings(config([{ protocol: 'UDP' }]));
    expect(byGroup && english(byGroup.message)).toContain(
      'the security group sg-web of interface "eni-1-name" (10.0.0.3)',
    );
    expect(byGroup && english(byGroup.message)).toContain(
      'Replies to connections the interface opens still pass its security group',
    );
  });
});

describe('examplePacketForSession with an inventory', () => {
  it('addresses an inbound example to the source, and an outbound one from it', () => {
    const c = config([{ protocol: 'TCP' }, { direction: 'egress' }]);
    const inbound = examplePacketForSession(c, 's1', 'eni-2', 'ingress');
    const outbound = examplePacketForSession(c, 's1', 'eni-2', 'egress');
    expect(inbound.found && inbound.packet.destination_ip).toBe('10.0.0.4');
    expect(inbound.found && inbound.packet.destination_port).toBe(80);
    expect(outbound.found && outbound.packet.source_ip).toBe('10.0.0.4');
  });

  it('offers no copy from a source that never carries the accepted packets', () => {
    const result = examplePacketForSession(
      config([{ destination_cidr_block: '10.0.0.3/32' }]),
      's1',
      'eni-2',
    );
    expect(result).toMatchObject({ found: false, reason: 'never-carried' });
    expect(!result.found && english(result.message)).toBe(
      'Session "s1" (priority 1) copies no packet from interface "eni-2-name" (10.0.0.4): its filter accepts only inbound ' +
        'packets whose destination is another address. Add an accept rule whose destination holds 10.0.0.4.',
    );
  });

  it('offers no copy of inbound packets the security group drops', () => {
    const result = examplePacketForSession(config([{ protocol: 'UDP' }]), 's1', 'eni-1');
    expect(result).toMatchObject({ found: false, reason: 'dropped' });
    expect(!result.found && english(result.message)).toContain(
      'the security group sg-web of interface "eni-1-name" (10.0.0.3)',
    );
  });
});

describe('sessionFindings with an inventory', () => {
  it('shows the rules the sources never carry, and no copied packet from a source that drops them', () => {
    const lines = sessionFindings(config([{ protocol: 'UDP' }]), config([]).sessions[0]!, (id) => id);
    expect(lines.map((l) => [english(l.badge), l.packet === null])).toEqual([
      ['Copies nothing', true],
      ['Dropped before mirroring', true],
      ['Copies nothing', true],
      ['Copies nothing', true],
    ]);
  });
});
