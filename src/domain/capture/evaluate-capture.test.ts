import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { buildEthernet, buildIpv4, buildIpv6, type IpSpec } from '../net/packet-builder';
import { buildPcapFile } from '../net/pcap-builder';
import { SKIP_REASONS, evaluateCapture } from './evaluate-capture';

const ME4 = '10.0.0.5';
const ME6 = '2001:db8::5';
const options = { source: 'eni-a', addresses: [ME4, ME6] };

interface PacketCase extends IpSpec {
  vlan: boolean;
  arp: boolean;
}

const frameOf = (p: PacketCase) =>
  p.arp
    ? buildEthernet(new Uint8Array(28), { etherType: 0x0806 })
    : buildEthernet(p.src.includes(':') ? buildIpv6(p) : buildIpv4(p), { vlans: p.vlan ? [{ id: 9 }] : [] });

/** What the shared matcher says about one packet, as evaluateCapture should classify it. */
function expected(config: MirrorConfig, p: PacketCase): { reason: string; rule: string | null } {
  if (p.arp) return { reason: 'SKIPPED_NOT_IP', rule: null };
  const mine = [ME4, ME6];
  const direction = mine.includes(p.src) ? 'egress' : mine.includes(p.dst) ? 'ingress' : null;
  if (!direction) return { reason: 'SKIPPED_OTHER_HOST', rule: null };
  const later = (p.fragmentOffset ?? 0) > 0;
  const packet: MirrorPacket = {
    source: 'eni-a',
    direction,
    ethertype: p.src.includes(':') ? 'IPv6' : 'IPv4',
    protocol: p.protocol,
    source_ip: p.src,
    destination_ip: p.dst,
    ...(later ? {} : { source_port: p.srcPort ?? 0, destination_port: p.dstPort ?? 0 }),
  };
  const verdict = evaluatePacket(config, packet);
  return { reason: verdict.reason, rule: verdict.rule_id };
}

const v4Hosts = [ME4, '10.0.0.9', '10.1.2.3', '192.168.7.1'];
const v6Hosts = [ME6, '2001:db8::9', '2001:db8:1::3', 'fd00::1'];
const ports = [22, 53, 80, 443, 8080, 40000];

const packetArb: fc.Arbitrary<PacketCase> = fc
  .record({
    six: fc.boolean(),
    proto: fc.constantFrom(6, 17, 1, 47),
    a: fc.nat(3),
    b: fc.nat(3),
    srcPort: fc.constantFrom(...ports),
    dstPort: fc.constantFrom(...ports),
    fragment: fc.constantFrom(0, 0, 0, 1, 2),
    vlan: fc.boolean(),
    arp: fc.constantFrom(false, false, false, false, true),
  })
  .map(({ six, proto, a, b, srcPort, dstPort, fragment, vlan, arp }) => {
    const hosts = six ? v6Hosts : v4Hosts;
    const protocol = six && proto === 1 ? 58 : proto;
    return {
      src: hosts[a]!,
      dst: hosts[b === a ? (b + 1) % 4 : b]!,
      protocol,
      srcPort,
      dstPort,
      payload: 8,
      vlan,
      arp,
      ...(fragment === 1 ? { moreFragments: true } : fragment === 2 ? { fragmentOffset: 64 } : {}),
      ...(six && fragment > 0 ? { extensions: [44] } : {}),
    };
  });

const ruleArb = (id: string): fc.Arbitrary<TrafficMirrorFilterRule> =>
  fc
    .record({
      direction: fc.constantFrom('ingress' as const, 'egress' as const),
      six: fc.boolean(),
      protocol: fc.constantFrom('TCP', 'udp', 'ICMP', 'ALL'),
      action: fc.constantFrom('accept' as const, 'reject' as const),
      src: fc.constantFrom('', 'net', 'host'),
      dst: fc.constantFrom('', 'net', 'host'),
      srcPorts: fc.constantFrom('', '1-1024', '40000-40000'),
      dstPorts: fc.constantFrom('', '80-443', '53-53', '1-100'),
    })
    .map((r) => {
      const protocol = r.protocol === 'ICMP' && r.six ? 'ICMPV6' : r.protocol;
      const ported = protocol === 'TCP' || protocol === 'udp';
      const cidr = (kind: string) =>
        kind === ''
          ? ''
          : r.six
            ? kind === 'net'
              ? '2001:db8::/64'
              : `${ME6}/128`
            : kind === 'net'
              ? '10.0.0.0/16'
              : `${ME4}/32`;
      return makeRule({
        id,
        direction: r.direction,
        ethertype: r.six ? 'IPv6' : 'IPv4',
        protocol,
        action: r.action,
        source_cidr_block: cidr(r.src),
        destination_cidr_block: cidr(r.dst),
        source_port_range: ported ? r.srcPorts : '',
        destination_port_range: ported ? r.dstPorts : '',
      });
    });

const configArb: fc.Arbitrary<MirrorConfig> = fc
  .tuple(fc.array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 1, maxLength: 3 }), fc.boolean())
  .chain(([sessions, disableFirst]) =>
    fc
      .tuple(...sessions.map((rules, s) => fc.tuple(...rules.map((_, r) => ruleArb(`s${s}-r${r}`)))))
      .map((ruleSets) => ({
        sessions: ruleSets.map((_, s) =>
          makeSession({
            id: `s${s}`,
            traffic_mirror_sources: ['eni-a'],
            traffic_mirror_filter_id: `f${s}`,
            priority: 10 - s,
            virtual_network_id: 100 + s,
            enabled: !(disableFirst && s === 0),
          }),
        ),
        filters: ruleSets.map((rules, s) =>
          makeFilter(
            `f${s}`,
            rules.map((rule, i) => ({ ...rule, priority: i + 1 })),
          ),
        ),
      })),
  );

describe('evaluateCapture', () => {
  it('classifies every packet as the shared matcher does, packet by packet', () => {
    fc.assert(
      fc.property(configArb, fc.array(packetArb, { minLength: 1, maxLength: 40 }), (config, packets) => {
        const file = buildPcapFile(packets.map((p) => ({ data: frameOf(p) })));
        const result = evaluateCapture(file, config, options);
        expect(result.error).toBeNull();
        const got = [...result.results].map((r) =>
          r < 0
            ? { reason: SKIP_REASONS[-r - 1], rule: null }
            : { reason: result.outcomes[r]?.reason, rule: result.outcomes[r]?.rule_id ?? null },
        );
        const want = packets.map((p) => expected(config, p));
        expect(got).toEqual(want);
        const byReason: Record<string, number> = {};
        for (const w of want) byReason[w.reason] = (byReason[w.reason] ?? 0) + 1;
        expect(result.by_reason).toEqual(byReason);
        expect(result.total).toBe(packets.length);
        expect(result.mirrored).toBe(byReason.ACCEPTED ?? 0);
        expect(result.skipped).toBe(want.filter((w) => w.reason.startsWith('SKIPPED')).length);
      }),
      { numRuns: 150 },
    );
  });
});
