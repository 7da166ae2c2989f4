import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { makeAclRule, makeFilter, makePort, makeSession, makeSgRule, makeSnapshot } from './test-fixtures';
import type { Inventory } from './types';
import { filterWarnings, mtuWarning, sessionWarnings, type MirrorWarning } from './warnings';

const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

function withInventory(change: (inventory: Inventory) => void) {
  const snapshot = makeSnapshot();
  change(snapshot.inventory);
  return snapshot;
}

/** The inventory with W2's rule inserted where its fix says, as the API does. */
function applyAclFix(inventory: Inventory, warning: MirrorWarning | undefined): void {
  if (warning?.fix?.kind !== 'add-network-acl-rule') throw new Error('W2 without its fix');
  const { firewall_id, insert_after_rule, rule } = warning.fix.rule;
  const acl = inventory.network_acls.find((a) => a.id === firewall_id)!;
  const at =
    insert_after_rule === undefined ? 0 : acl.ingress_rules.findIndex((r) => r.id === insert_after_rule) + 1;
  acl.ingress_rules.splice(at, 0, makeAclRule({ ...rule, id: 'fix', name: 'fix' }));
}

describe("W2's fix", () => {
  it.each<[string, (inventory: Inventory) => void, string | undefined]>([
    ['a deny-all rule after an allow for another source: just before the deny', () => {}, 'acl-vxlan'],
    ['a deny rule first: first', (inv) => inv.network_acls[0]!.ingress_rules.reverse(), undefined],
    [
      'no rule matches (the final deny): after the last rule',
      (inv) => inv.network_acls[0]!.ingress_rules.pop(),
      'acl-vxlan',
    ],
  ])('%s, and then copies get in', (_case, change, after) => {
    const snapshot = withInventory(change);
    const session = makeSession({ traffic_mirror_sources: ['p2'] });
    const w2 = sessionWarnings(snapshot, session).find((w) => w.code === 'W2');
    expect(inEnglish(w2?.fix?.kind === 'add-network-acl-rule' && w2.fix.rule.insert_after_rule)).toBe(
      inEnglish(after),
    );
    applyAclFix(snapshot.inventory, w2);
    expect(inEnglish(codes(sessionWarnings(snapshot, session)))).not.toContain(inEnglish('W2'));
  });
});

describe('sessionWarnings', () => {
  it('has nothing to say about a healthy session', () => {
    expect(inEnglish(sessionWarnings(makeSnapshot(), makeSession()))).toEqual(inEnglish([]));
  });

  it('W1, W2, W3 for a source the target does not let in, whose MTU cuts 1460-byte copies', () => {
    const session = makeSession({ traffic_mirror_sources: ['p2'], packet_length: 1460 });
    const warnings = sessionWarnings(
      withInventory((inv) => (inv.ports.find((p) => p.id === 'p2')!.mtu = 1450)),
      session,
    );
    expect(inEnglish(codes(warnings))).toEqual(inEnglish(['W1', 'W2', 'W3']));
    const [w1, w2, w3] = warnings;
    expect(inEnglish(w1?.fix)).toEqual(
      inEnglish({
        kind: 'add-security-group-rule',
        rule: {
          security_group_id: 'sg-target',
          direction: 'ingress',
          ethertype: 'IPv4',
          protocol: 'udp',
          multiport: '4789',
          remote_ip_prefix: '192.168.0.28/32',
          action: 'allow',
          priority: 1,
        },
      }),
    );
    expect(inEnglish(w1?.message)).toBe(
      inEnglish(
        'The target "eni-pt" does not accept copies from "eni-p2" (192.168.0.28): its security groups do not allow inbound UDP 4789 from that address. Add an inbound rule allowing UDP 4789 from 192.168.0.28/32.',
      ),
    );
    expect(inEnglish(w2?.message)).toBe(
      inEnglish(
        'The network ACL "acl-t" of the target\'s subnet drops copies from "eni-p2" (192.168.0.28): its rule "deny-all" denies inbound UDP 4789. Add an inbound allow rule for UDP from 192.168.0.28/32 to port 4789, above any deny rule.',
      ),
    );
    expect(inEnglish(w2?.fix)).toEqual(
      inEnglish({
        kind: 'add-network-acl-rule',
        rule: {
          firewall_id: 'acl-t',
          direction: 'ingress',
          insert_after_rule: 'acl-vxlan',
          rule: {
            action: 'allow',
            protocol: 'udp',
            ip_version: 4,
            source_ip_address: '192.168.0.28/32',
            destination_ip_address: '',
            source_port: '',
            destination_port: '4789',
          },
        },
      }),
    );
    expect(inEnglish(w3?.fix)).toEqual(inEnglish({ kind: 'set-packet-length', packet_length: 1414 }));
  });

  it('W4 for a disabled session and for a direction without rules', () => {
    const snapshot = makeSnapshot([], { filters: [makeFilter({ egress_rules: [] })] });
    const warnings = sessionWarnings(snapshot, makeSession({ enabled: false }));
    expect(inEnglish(warnings.map((w) => [w.code, w.direction]))).toEqual(
      inEnglish([
        ['W4', undefined],
        ['W4', 'egress'],
      ]),
    );
    expect(inEnglish(warnings[0]?.message)).toBe(
      inEnglish('This session is disabled and copies nothing. Enable it to start mirroring.'),
    );
  });

  it('does not apply W1 to a load balancer target, but still W2', () => {
    const session = makeSession({
      traffic_mirror_sources: ['p2', 'p3'],
      traffic_mirror_target_type: 'elb',
      traffic_mirror_target_id: 'lb-1',
    });
    expect(inEnglish(codes(sessionWarnings(makeSnapshot(), session)))).toEqual(inEnglish(['W2', 'W2']));
  });

  it.each<[string, (inventory: Inventory) => void, string[]]>([
    [
      'a deny rule at priority 1 cannot be outvoted',
      (inv) =>
        inv.security_group_rules.push(
          makeSgRule({ id: 'deny', action: 'deny', remote_ip_prefix: '192.168.0.27/32' }),
        ),
      ['W1'],
    ],
    [
      'an allow rule at lower priority than a deny still warns',
      (inv) =>
        inv.security_group_rules.unshift(
          makeSgRule({ id: 'deny', action: 'deny', priority: 1, protocol: 'udp' }),
          { ...inv.security_group_rules[0]!, priority: 2 },
        ),
      ['W1'],
    ],
    [
      'a target without security groups',
      (inv) => (inv.ports.find((p) => p.id === 'pt')!.security_groups = []),
      ['W1'],
    ],
    ['an ACL that is down lets copies in', (inv) => (inv.network_acls[0]!.admin_state_up = false), []],
    ['a subnet without ACL lets copies in', (inv) => (inv.network_acls = []), []],
    [
      'an ACL rule restricted by source port is not counted',
      (inv) => (inv.network_acls[0]!.ingress_rules[0]!.source_port = '1000-2000'),
      ['W2'],
    ],
    [
      'a disabled ACL rule is not counted',
      (inv) => (inv.network_acls[0]!.ingress_rules[0]!.enabled = false),
      ['W2'],
    ],
    [
      'a broad ACL allow rule lets copies in',
      (inv) =>
        inv.network_acls[0]!.ingress_rules.unshift(
          makeAclRule({ protocol: 'udp', destination_port: '4000-5000' }),
        ),
      [],
    ],
  ])('%s', (_name, change, expected) => {
    const warnings = sessionWarnings(withInventory(change), makeSession());
    expect(inEnglish(codes(warnings))).toEqual(inEnglish(expected));
  });

  it.each<[string, (inventory: Inventory) => void, string]>([
    [
      'a priority-1 deny rule',
      (inv) => inv.security_group_rules.push(makeSgRule({ id: 'deny', action: 'deny', protocol: 'udp' })),
      'Rule deny denies it at priority 1; remove that rule or narrow it.',
    ],
    [
      'no security group',
      (inv) => (inv.ports.find((p) => p.id === 'pt')!.security_groups = []),
      'Attach a security group that allows it.',
    ],
  ])('W1 without a rule to add when blocked by %s', (_name, change, advice) => {
    const [w1] = sessionWarnings(withInventory(change), makeSession());
    expect(inEnglish(w1?.fix)).toBeUndefined();
    expect(String(inEnglish(w1?.message)).endsWith(advice)).toBe(true);
  });

  it('skips W1 and W2 for a source without IPv4', () => {
    const snapshot = withInventory((inv) =>
      inv.ports.push(makePort('p6', 'srv-1', [['sub-a', '2001:db8::6']])),
    );
    expect(inEnglish(sessionWarnings(snapshot, makeSession({ traffic_mirror_sources: ['p6'] })))).toEqual(
      inEnglish([]),
    );
  });
});

describe('mtuWarning (W3)', () => {
  const inventoryWithMtu = (mtu: number) =>
    withInventory((inv) => (inv.ports.find((p) => p.id === 'p1')!.mtu = mtu));

  it.each([
    [96, 1500, false],
    [96, 132, false],
    [96, 131, true],
    [1460, 1500, false],
    [1460, 1496, false],
    [1460, 1495, true],
    [1460, 1450, true],
    [1414, 1450, false],
    [1460, 9000, false],
  ])('packet length %d on MTU %d warns: %s', (packetLength, mtu, warns) => {
    expect(inEnglish(mtuWarning(inventoryWithMtu(mtu), 'p1', packetLength) !== null)).toBe(inEnglish(warns));
  });

  it('gives the numbers and the packet length that fixes it', () => {
    expect(inEnglish(mtuWarning(inventoryWithMtu(1450), 'p1', 1460))).toEqual(
      inEnglish({
        code: 'W3',
        message:
          "Copies from \"eni-p1\" with this session's packet length of 1460 are cut: for a full-size packet (1450 bytes), the 1460 bytes that the packet length keeps of the 1464-byte frame would make a 1496-byte outer IP packet (36 bytes of IPv4, UDP and VXLAN headers + 1460), 46 bytes more than the source's MTU of 1450, so the source cuts the copy by 46 bytes, to 1414 bytes. Set this session's packet length to 1414 or less.",
        resources: ['p1'],
        fix: { kind: 'set-packet-length', packet_length: 1414 },
      }),
    );
  });

  it('says when the MTU is assumed', () => {
    const snapshot = inventoryWithMtu(0);
    expect(inEnglish(mtuWarning(snapshot, 'p1', 1460))).toBeNull();
    const small = withInventory((inv) => (inv.ports.find((p) => p.id === 'p1')!.mtu = 1200));
    expect(inEnglish(mtuWarning(small, 'p1', 1460)?.message)).toContain(
      inEnglish("the source's MTU of 1200"),
    );
    expect(inEnglish(mtuWarning(snapshot, 'p1', 1480)?.message)).toContain(
      inEnglish("the assumed MTU of 1500 (the source's MTU is not reported)"),
    );
  });

  it('does not apply to a session that copies 96 bytes from a 1500-byte interface', () => {
    const session = makeSession({ traffic_mirror_sources: ['p2'] });
    expect(inEnglish(codes(sessionWarnings(makeSnapshot(), session)))).not.toContain(inEnglish('W3'));
  });
});

describe('filterWarnings (W4)', () => {
  it.each([
    [1, 1, []],
    [0, 1, ['ingress']],
    [0, 0, ['ingress', 'egress']],
  ])('%d inbound, %d outbound rules -> %j', (ingress, egress, directions) => {
    const filter = makeFilter({
      ingress_rules: ingress ? makeFilter().ingress_rules : [],
      egress_rules: egress ? makeFilter().egress_rules : [],
    });
    expect(inEnglish(filterWarnings(filter).map((w) => w.direction))).toEqual(inEnglish(directions));
  });

  it('tells what to add', () => {
    expect(inEnglish(filterWarnings(makeFilter({ ingress_rules: [] }))[0])).toEqual(
      inEnglish({
        code: 'W4',
        direction: 'ingress',
        message:
          'Filter "f-1" has no inbound rule, so no inbound traffic is copied. Add an inbound rule to copy it.',
        resources: ['f-1'],
        fix: { kind: 'add-filter-rule', filter_id: 'f-1', direction: 'ingress' },
      }),
    );
  });
});
