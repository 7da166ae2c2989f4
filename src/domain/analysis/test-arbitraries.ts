/**
 * Random filters, sessions and packets for the property tests of the analysis. Addresses,
 * blocks and ports come from small pools that nest and touch, so that rules overlap often
 * and random packets fall on the edges of rules.
 */
import fc from 'fast-check';
import type { Direction, MirrorConfig, TrafficMirrorFilter, TrafficMirrorFilterRule } from '../model/types';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';

const V4_BLOCKS = ['10.0.0.0/8', '10.0.0.0/16', '10.0.0.0/24', '10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24'];
const V4_MORE = ['10.0.0.3/32', '172.16.0.0/24', '0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1'];
const V6_BLOCKS = ['2001:db8::/32', '2001:db8::/64', '2001:db8::1/128', '::/0', 'fd00::/8', '8000::/1'];
const V4_ADDRESSES = ['10.0.0.0', '10.0.0.1', '10.0.0.3', '10.0.0.127', '10.0.0.128', '10.0.0.255'];
const V4_MORE_ADDRESSES = [
  '10.0.1.5',
  '10.5.0.1',
  '172.16.0.8',
  '192.168.0.10',
  '0.0.0.0',
  '255.255.255.255',
];
const V6_ADDRESSES = [
  '2001:db8::1',
  '2001:db8::2',
  '2001:db8:1::1',
  'fd00::1',
  '::',
  'ffff::1',
  '::ffff:10.0.0.1',
];
const RANGES = ['80-80', '1-1024', '1000-2000', '80-443', '443-443', '1-65535', '65535-65535', '1024-1025'];
const PORTS = [0, 1, 80, 443, 1024, 1025, 1500, 40000, 65535];

const cidr = (family: 'IPv4' | 'IPv6') =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    {
      weight: 24,
      arbitrary: fc.constantFrom(...(family === 'IPv4' ? [...V4_BLOCKS, ...V4_MORE] : V6_BLOCKS)),
    },
    { weight: 1, arbitrary: fc.constantFrom('junk', family === 'IPv4' ? '2001:db8::/32' : '10.0.0.0/8') },
  );
const portRange = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 8, arbitrary: fc.constantFrom(...RANGES) },
  { weight: 1, arbitrary: fc.constant('80') },
);

/** The conditions and action of a rule; ids and priorities are given by `filterOf`. */
export const ruleFields: fc.Arbitrary<Partial<TrafficMirrorFilterRule>> = fc
  .record({
    ethertype: fc.constantFrom('IPv4' as const, 'IPv4' as const, 'IPv6' as const),
    protocol: fc.oneof(
      { weight: 15, arbitrary: fc.constantFrom('TCP', 'UDP', 'tcp', 'ALL', 'All', 'ICMP', 'ICMPV6') },
      { weight: 1, arbitrary: fc.constant('GRE') },
    ),
    action: fc.constantFrom('accept' as const, 'reject' as const),
    direction: fc.constantFrom('ingress' as const, 'egress' as const),
    ported: fc.integer({ min: 0, max: 9 }),
  })
  .chain(({ ported, ...fields }) =>
    fc
      .record({
        source_cidr_block: cidr(fields.ethertype),
        destination_cidr_block: cidr(fields.ethertype),
        source_port_range: portRange,
        destination_port_range: portRange,
      })
      .map((ends) => {
        // Mostly coherent as the API stores them; sometimes ports on any protocol (imported).
        const takesPorts = /^(tcp|udp)$/i.test(fields.protocol) || ported === 0;
        return takesPorts
          ? { ...fields, ...ends }
          : { ...fields, ...ends, source_port_range: '', destination_port_range: '' };
      }),
  );

/**
 * A filter with the rules in the order given, priorities 1, 2, 3... per direction (shuffled
 * priorities would not test more: evaluation sorts them).
 *
 * @example filterOf('f', [{ protocol: 'TCP' }]).ingress_rules[0]?.priority // 1
 */
export function filterOf(
  id: string,
  fields: readonly Partial<TrafficMirrorFilterRule>[],
): TrafficMirrorFilter {
  const next = { ingress: 0, egress: 0 };
  const rules = fields.map((f, i) => {
    const direction: Direction = f.direction ?? 'ingress';
    next[direction] += 1;
    return makeRule({ ...f, id: `${id}-r${i}`, direction, priority: next[direction] * 10 });
  });
  return makeFilter(id, rules);
}

export const filterArb = (id: string, maxRules = 10) =>
  fc.array(ruleFields, { maxLength: maxRules }).map((fields) => filterOf(id, fields));

/** A well-formed packet on `eni-1`: addresses of its ethertype, ports on any protocol. */
export const packetArb: fc.Arbitrary<MirrorPacket> = fc
  .record({
    direction: fc.constantFrom('ingress' as const, 'egress' as const),
    v6: fc.boolean(),
    protocol: fc.constantFrom<MirrorPacket['protocol']>(
      'TCP',
      'TCP',
      'UDP',
      'ICMP',
      'ICMPV6',
      6,
      17,
      0,
      47,
      58,
      255,
    ),
    a: fc.nat(),
    b: fc.nat(),
    sourcePort: fc.option(fc.constantFrom(...PORTS), { freq: 4 }),
    destinationPort: fc.option(fc.constantFrom(...PORTS), { freq: 4 }),
  })
  .map(({ direction, v6, protocol, a, b, sourcePort, destinationPort }) => {
    const pool = v6 ? V6_ADDRESSES : [...V4_ADDRESSES, ...V4_MORE_ADDRESSES];
    const packet: MirrorPacket = {
      source: 'eni-1',
      direction,
      ethertype: v6 ? 'IPv6' : 'IPv4',
      protocol,
      source_ip: pool[a % pool.length]!,
      destination_ip: pool[b % pool.length]!,
    };
    if (sourcePort !== null) packet.source_port = sourcePort;
    if (destinationPort !== null) packet.destination_port = destinationPort;
    return packet;
  });

export const packetsArb = fc.array(packetArb, { minLength: 12, maxLength: 24 });

/**
 * One to three sessions on eni-1 with distinct priorities, filters f0..f2 (sometimes shared),
 * two possible targets, now and then disabled.
 */
export const sourceConfigArb: fc.Arbitrary<MirrorConfig> = fc
  .record({
    filters: fc.tuple(filterArb('f0', 6), filterArb('f1', 6), filterArb('f2', 6)),
    sessions: fc.array(
      fc.record({
        filter: fc.constantFrom('f0', 'f1', 'f2'),
        target: fc.constantFrom('t1', 't2'),
        type: fc.constantFrom('eni' as const, 'elb' as const),
        enabled: fc.oneof(
          { weight: 5, arbitrary: fc.constant(true) },
          { weight: 1, arbitrary: fc.constant(false) },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    order: fc.shuffledSubarray([1, 2, 3], { minLength: 3, maxLength: 3 }),
  })
  .map(({ filters, sessions, order }) => ({
    filters: [...filters],
    sessions: sessions.map((s, i) =>
      makeSession({
        id: `s${i}`,
        priority: order[i]!,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: s.filter,
        traffic_mirror_target_id: s.target,
        traffic_mirror_target_type: s.type,
        enabled: s.enabled,
      }),
    ),
  }));
