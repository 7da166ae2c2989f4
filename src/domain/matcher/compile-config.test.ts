/**
 * The compiled evaluator (`decide` and `evaluate`) and `evaluatePacket` agree with the plain
 * reference on random configurations and packets, including ties, disabled sessions, missing
 * filters, malformed rule text and packets that are close to the rules' edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { formatIp, parseCidr } from '../net/address';
import { parsePortRange } from '../net/port-range';
import {
  compileConfig,
  createPacketFields,
  OUTCOME_NO_ENABLED_SESSION,
  OUTCOME_NO_MATCH,
  OUTCOME_NOT_A_SOURCE,
} from './compile-config';
import { evaluatePacket } from './evaluate-packet';
import { makeFilter, makeRule, makeSession } from './fixtures';
import { referenceEvaluate } from './reference-evaluate';
import type { MirrorPacket, Outcome } from './types';

const ENIS = ['eni-0', 'eni-1', 'eni-2', 'eni-3'];
const FILTERS = ['f0', 'f1', 'f2'];
const TIMES = ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'];
const V4_BASES = [0x0a000000, 0x0a000080, 0xc0a80100, 0];
const V6_BASES: number[][] = [
  [0x20010db8, 0, 0, 0],
  [0x20010db8, 0x80000000, 0, 1],
  [0xfe800000, 0, 0, 0],
  [0, 0, 0xffff, 0x0a000001],
];
const PORTS = [1, 79, 80, 81, 443, 1000, 65535];

/** An address near a base: the base with up to two bits flipped, or anything. */
const words = (family: 4 | 6) => {
  const bases = family === 4 ? V4_BASES.map((w) => [w]) : V6_BASES;
  const bits = family === 4 ? 32 : 128;
  const near = fc
    .tuple(fc.constantFrom(...bases), fc.array(fc.integer({ min: 0, max: bits - 1 }), { maxLength: 2 }))
    .map(([base, flips]) => {
      const out = [...base];
      for (const bit of flips) out[bit >> 5] = (out[bit >> 5]! ^ (0x80000000 >>> (bit & 31))) >>> 0;
      return out;
    });
  return fc.oneof(
    { weight: 4, arbitrary: near },
    fc.array(fc.nat({ max: 0xffffffff }), { minLength: bits / 32, maxLength: bits / 32 }),
  );
};

const address = (family: 4 | 6) => words(family).map((w) => formatIp({ family, words: w }));
const cidr = (family: 4 | 6) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 5,
      arbitrary: fc
        .tuple(address(family), fc.integer({ min: 0, max: family === 4 ? 32 : 128 }))
        .map(([a, p]) => `${a}/${p}`),
    },
    fc.constantFrom('010.0.0.0/8', '10.1/16', '::/129', family === 4 ? '::/0' : '0.0.0.0/0'),
  );
const portRange = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...PORTS), fc.constantFrom(...PORTS))
      .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
  },
  fc.constantFrom('80', '0-80', '90-80'),
);

/** A rule of one family; mostly coherent (ports only with TCP/UDP), sometimes not. */
const ruleOf = (family: 4 | 6) =>
  fc
    .record({
      direction: fc.constantFrom('ingress' as const, 'egress' as const),
      ethertype: fc.constantFrom(...(family === 4 ? ['IPv4', 'ipv4'] : ['IPv6', 'IPV6'])),
      protocol: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('TCP', 'tcp', 'UDP', 'Udp') },
        { weight: 3, arbitrary: fc.constantFrom('ALL', 'All', family === 4 ? 'ICMP' : 'icmpv6') },
        fc.constantFrom('GRE', family === 4 ? 'ICMPV6' : 'ICMP'),
      ),
      action: fc.constantFrom('accept' as const, 'reject' as const),
      priority: fc.integer({ min: 1, max: 4 }),
      created_at: fc.constantFrom(...TIMES),
      source_cidr_block: cidr(family),
      destination_cidr_block: cidr(family),
      source_port_range: portRange,
      destination_port_range: portRange,
      coherent: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    })
    .map(({ coherent, ...r }): Omit<TrafficMirrorFilterRule, 'id'> => {
      const ported = ['TCP', 'UDP'].includes(r.protocol.toUpperCase()) || !coherent;
      const ports = ported ? {} : { source_port_range: '', destination_port_range: '' };
      const { id: _id, ...template } = makeRule({ id: '', ...r, ...ports, ethertype: r.ethertype as 'IPv4' });
      return template;
    });
const rule = fc.oneof(ruleOf(4), ruleOf(6));

const config = fc
  .record({
    filters: fc.array(fc.array(rule, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
    sessions: fc.array(
      fc.record({
        sources: fc.subarray(ENIS, { minLength: 1 }),
        filter: fc.constantFrom(...FILTERS, 'missing'),
        priority: fc.integer({ min: 1, max: 3 }),
        created_at: fc.constantFrom(...TIMES),
        enabled: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ filters, sessions }): MirrorConfig => ({
    filters: filters.map((rules, f) =>
      makeFilter(
        FILTERS[f]!,
        rules.map((r, i) => ({ ...r, id: `f${f}-r${i}` })),
      ),
    ),
    sessions: sessions.map((s, i) =>
      makeSession({
        id: `s${(i * 7) % 5}${i}`,
        traffic_mirror_sources: s.sources,
        traffic_mirror_filter_id: s.filter,
        traffic_mirror_target_id: `target-${i}`,
        traffic_mirror_target_type: i % 2 === 0 ? 'eni' : 'elb',
        priority: s.priority,
        created_at: s.created_at,
        enabled: s.enabled,
      }),
    ),
  }));

const packet = fc
  .record({
    source: fc.constantFrom(...ENIS, 'eni-x'),
    direction: fc.constantFrom('ingress' as const, 'egress' as const),
    family: fc.constantFrom(4 as const, 6 as const),
    protocol: fc.constantFrom<MirrorPacket['protocol']>('TCP', 'UDP', 'ICMP', 'ICMPV6', 6, 17, 1, 58, 47, 0),
    source_port: fc.option(fc.oneof(fc.constantFrom(...PORTS), fc.integer({ min: 0, max: 65535 })), {
      nil: undefined,
    }),
    destination_port: fc.option(fc.constantFrom(...PORTS, 0, 8080), { nil: undefined }),
    mismatched: fc.integer({ min: 0, max: 19 }),
  })
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      source_ip: address(p.mismatched === 0 ? (p.family === 4 ? 6 : 4) : p.family),
      destination_ip: address(p.family),
    }),
  )
  .map(({ p: { family, mismatched: _m, ...p }, ...ips }): MirrorPacket => ({
    ...p,
    ...ips,
    ethertype: family === 4 ? 'IPv4' : 'IPv6',
  }));

/** A packet aimed at one rule of the configuration: its addresses and port-range ends, give or take a bit. */
function packetNear(cfg: MirrorConfig): fc.Arbitrary<MirrorPacket> {
  const aims = cfg.sessions.flatMap((s) =>
    cfg.filters
      .filter((f) => f.id === s.traffic_mirror_filter_id)
      .flatMap((f) => [...f.ingress_rules, ...f.egress_rules].map((r) => ({ s, r }))),
  );
  if (aims.length === 0) return packet;
  const flip = (bits: number) =>
    fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.tuple(fc.integer({ min: 0, max: bits - 1 })));
  const near = (block: string, family: 4 | 6) =>
    flip(family === 4 ? 32 : 128).chain((flips) => {
      const parsed = parseCidr(block);
      if (!parsed || parsed.family !== family) return address(family);
      const out = [...parsed.words];
      for (const bit of flips) out[bit >> 5] = (out[bit >> 5]! ^ (0x80000000 >>> (bit & 31))) >>> 0;
      return fc.constant(formatIp({ family, words: out }));
    });
  const port = (range: string) => {
    const parsed = parsePortRange(range);
    const ends = parsed ? [parsed.from, parsed.to, parsed.from - 1, parsed.to + 1] : [80];
    return fc.option(fc.constantFrom(...ends.filter((p) => p >= 0 && p <= 65535)), {
      nil: undefined,
      freq: 8,
    });
  };
  return fc.constantFrom(...aims).chain(({ s, r }) => {
    const family = r.ethertype.toLowerCase() === 'ipv4' ? 4 : 6;
    const named = r.protocol.toUpperCase();
    const protocols: MirrorPacket['protocol'][] =
      named === 'TCP'
        ? ['TCP', 6]
        : named === 'UDP'
          ? ['UDP', 17]
          : named === 'ICMP'
            ? ['ICMP', 1]
            : ['ICMPV6', 58, 'TCP', 17, 47];
    return fc.record({
      source: fc.constantFrom(...s.traffic_mirror_sources),
      direction: fc.constant(r.direction),
      ethertype: fc.constant(family === 4 ? ('IPv4' as const) : ('IPv6' as const)),
      protocol: fc.constantFrom(...protocols),
      source_ip: near(r.source_cidr_block, family),
      destination_ip: near(r.destination_cidr_block, family),
      source_port: port(r.source_port_range),
      destination_port: port(r.destination_port_range),
    });
  });
}

/** The verdict fields as one string, cheap to compare ten thousand times. */
const key = (o: Omit<Outcome, 'session'>) =>
  [o.mirrored, o.reason, o.session_id, o.rule_id, o.target_id, o.target_type].join('|');

const core = (o: Outcome) => ({
  mirrored: o.mirrored,
  reason: o.reason,
  session_id: o.session_id,
  rule_id: o.rule_id,
  target_id: o.target_id,
  target_type: o.target_type,
});

const cases = config.chain((cfg) =>
  fc.tuple(
    fc.constant(cfg),
    fc.array(fc.oneof(packet, { weight: 3, arbitrary: packetNear(cfg) }), { minLength: 1, maxLength: 3 }),
  ),
);

describe('compiled evaluator and evaluatePacket against the reference', () => {
  it('agree on random configurations and packets', () => {
    const fields = createPacketFields();
    let decided = 0;
    let total = 0;
    fc.assert(
      fc.property(cases, ([cfg, packets]) => {
        // `auto` mixes the two strategies; each is checked on its own.
        const indexed = compileConfig(cfg, { strategy: 'index' });
        const scanned = compileConfig(cfg, { strategy: 'scan' });
        for (const p of packets) {
          const expected = core(referenceEvaluate(cfg, p));
          const want = key(expected);
          const { trace: _trace, ...verdict } = evaluatePacket(cfg, p);
          expect(verdict).toEqual(expected);
          expect(key(indexed.evaluate(p))).toBe(want);
          if (indexed.readPacket(p, fields)) {
            expect(key(indexed.outcomes[indexed.decide(fields)]!)).toBe(want);
            expect(key(scanned.outcomes[scanned.decide(fields)]!)).toBe(want);
          }
          if (expected.rule_id) decided++;
          total++;
        }
      }),
      { numRuns: 10_000 },
    );
    // The generators must reach deciding rules often, not only NO_MATCH.
    expect(decided / total).toBeGreaterThan(0.15);
  }, 120_000);
});

describe('lists longer than the bit-vector index (imported data beyond the quotas)', () => {
  /** `sessions` sessions of 8 or 10 TCP rules on eni-0, each rule for one destination /24. */
  const big = (sessions: number, rules: number): MirrorConfig => ({
    sessions: Array.from({ length: sessions }, (_, s) =>
      makeSession({
        id: `s${s}`,
        priority: s + 1,
        traffic_mirror_sources: ['eni-0'],
        traffic_mirror_filter_id: `f${s}`,
      }),
    ),
    filters: Array.from({ length: sessions }, (_, s) =>
      makeFilter(
        `f${s}`,
        Array.from({ length: rules }, (_, i) =>
          makeRule({
            id: `f${s}-r${i}`,
            priority: i + 1,
            protocol: 'TCP',
            action: i % 3 === 0 ? 'reject' : 'accept',
            destination_cidr_block: `10.0.${s * rules + i}.0/24`,
            destination_port_range: '1-1023',
          }),
        ),
      ),
    ),
  });

  it.each([
    ['32 rules: the last bit of the index', 4, 8],
    ['40 rules: scanned', 4, 10],
  ])('%s', (_name, sessions, rules) => {
    const cfg = big(sessions, rules);
    const compiled = compileConfig(cfg);
    const fields = createPacketFields();
    const last = sessions * rules - 1;
    for (let n = 0; n <= last + 1; n++) {
      for (const port of [80, 8080]) {
        const p: MirrorPacket = {
          source: 'eni-0',
          direction: 'ingress',
          ethertype: 'IPv4',
          protocol: 'TCP',
          source_ip: '192.168.0.1',
          destination_ip: `10.0.${n}.9`,
          source_port: 40000,
          destination_port: port,
        };
        expect(compiled.readPacket(p, fields)).toBe(true);
        const outcome = compiled.outcomes[compiled.decide(fields)]!;
        expect(core(outcome)).toEqual(core(referenceEvaluate(cfg, p)));
        expect(outcome.rule_id).toBe(
          port === 80 && n <= last ? `f${Math.floor(n / rules)}-r${n % rules}` : null,
        );
      }
    }
  });
});

describe('decide', () => {
  const cfg: MirrorConfig = {
    sessions: [
      makeSession({ id: 's1', traffic_mirror_sources: ['eni-1'] }),
      makeSession({ id: 's2', enabled: false, traffic_mirror_sources: ['eni-2'] }),
    ],
    filters: [
      makeFilter('filter-1', [makeRule({ id: 'r1', protocol: 'UDP', destination_port_range: '4789-4789' })]),
    ],
  };
  const compiled = compileConfig(cfg);
  const fields = createPacketFields();

  it('maps fixed outcomes and sources', () => {
    expect(compiled.sources).toEqual(['eni-1', 'eni-2']);
    expect(compiled.sourceIndexOf('eni-2')).toBe(1);
    expect(compiled.sourceIndexOf('eni-9')).toBe(-1);
    expect(
      [OUTCOME_NOT_A_SOURCE, OUTCOME_NO_ENABLED_SESSION, OUTCOME_NO_MATCH].map(
        (i) => compiled.outcomes[i]?.reason,
      ),
    ).toEqual(['NOT_A_SOURCE', 'NO_ENABLED_SESSION', 'NO_MATCH']);
  });

  it.each([
    ['not a source', { sourceIndex: -1 }, 'NOT_A_SOURCE'],
    ['all sessions disabled', { sourceIndex: 1 }, 'NO_ENABLED_SESSION'],
    ['UDP 4789', { sourceIndex: 0, protocol: 17, dstPort: 4789 }, 'ACCEPTED'],
    ['UDP 4790', { sourceIndex: 0, protocol: 17, dstPort: 4790 }, 'NO_MATCH'],
    ['no port', { sourceIndex: 0, protocol: 17, dstPort: -1 }, 'NO_MATCH'],
    ['TCP 4789', { sourceIndex: 0, protocol: 6, dstPort: 4789 }, 'NO_MATCH'],
    ['IPv6', { sourceIndex: 0, protocol: 17, dstPort: 4789, ethertype: 6 as const }, 'NO_MATCH'],
  ])('%s', (_name, change, reason) => {
    Object.assign(fields, { direction: 0, ethertype: 4, srcPort: 5000 }, change);
    const outcome = compiled.outcomes[compiled.decide(fields)]!;
    expect(outcome.reason).toBe(reason);
    if (reason === 'ACCEPTED') expect(outcome.session?.virtual_network_id).toBe(1);
  });

  it('ports outside -1..65535 give the same outcome indexed or scanned', () => {
    const indexed = compileConfig(cfg, { strategy: 'index' });
    const scanned = compileConfig(cfg, { strategy: 'scan' });
    for (const srcPort of [-2, 65536, 70000]) {
      Object.assign(fields, {
        sourceIndex: 0,
        direction: 0,
        ethertype: 4,
        protocol: 17,
        srcPort,
        dstPort: 4789,
      });
      expect(indexed.decide(fields)).toBe(scanned.decide(fields));
      expect(indexed.outcomes[indexed.decide(fields)]?.reason).toBe('NO_MATCH');
    }
  });

  it('readPacket refuses an address that is not of the packet ethertype', () => {
    const p: MirrorPacket = {
      source: 'eni-1',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'UDP',
      source_ip: '::1',
      destination_ip: '10.0.0.1',
    };
    expect(compiled.readPacket(p, fields)).toBe(false);
    expect(compiled.readPacket({ ...p, source_ip: '10.0.0.2', destination_port: 4789 }, fields)).toBe(true);
    expect(fields).toMatchObject({
      sourceIndex: 0,
      direction: 0,
      ethertype: 4,
      protocol: 17,
      srcPort: -1,
      dstPort: 4789,
    });
    expect(fields.src[0]).toBe(0x0a000002);
  });
});
