import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portVpcId } from '../network/inventory-lookup';
import { regionFlows, type RegionFlows } from './region-flows';
import { makeInventory, makePort, makeSession, makeSnapshot } from './test-fixtures';
import type { Inventory, TrafficMirrorSession } from './types';
import { sessionWarnings } from './warnings';

/** The flows in a few lines: each edge with its counts and path, each node with its counts. */
function summary(flows: RegionFlows) {
  const counts = (c: { sessions: number; sources: number; disabled: number; warned: number }) =>
    `${c.sessions}s ${c.sources}src ${c.disabled}off ${c.warned}warn`;
  return {
    edges: flows.edges.map((e) => `${e.from}->${e.to} ${counts(e)} ${e.via ?? 'no path'} x${e.pairs}`),
    nodes: flows.nodes.map((n) => `${n.id} "${n.name}" ${counts(n)}`),
  };
}

const snapshot = makeSnapshot();
const warningsOf = (session: TrafficMirrorSession) => sessionWarnings(snapshot, session);

const cases: { name: string; sessions: Partial<TrafficMirrorSession>[]; edges: string[]; nodes: string[] }[] =
  [
    {
      name: 'one session within one VPC: an edge from the VPC to itself',
      sessions: [{}],
      edges: ['source:vpc-a->target:vpc-a 1s 1src 0off 0warn same-vpc x1'],
      nodes: ['source:vpc-a "vpc-a" 1s 1src 0off 0warn', 'target:vpc-a "vpc-a" 1s 1src 0off 0warn'],
    },
    {
      name: 'a session with sources in two VPCs: one edge per source VPC, counted once at the target',
      sessions: [{ traffic_mirror_sources: ['p1', 'pb', 'p3'] }],
      edges: [
        'source:vpc-a->target:vpc-a 1s 2src 0off 1warn same-vpc x1',
        'source:vpc-b->target:vpc-a 1s 1src 0off 1warn peering x1',
      ],
      nodes: [
        'source:vpc-a "vpc-a" 1s 2src 0off 1warn',
        'target:vpc-a "vpc-a" 1s 3src 0off 1warn',
        'source:vpc-b "vpc-b" 1s 1src 0off 1warn',
      ],
    },
    {
      name: 'disabled sessions and W1/W2 on the source VPC they name; a load balancer target in its VPC',
      sessions: [
        { id: 's-1', traffic_mirror_sources: ['p1'] },
        { id: 's-2', traffic_mirror_sources: ['p2'], enabled: false },
        {
          id: 's-3',
          traffic_mirror_sources: ['p1'],
          traffic_mirror_target_type: 'elb',
          traffic_mirror_target_id: 'lb-1',
        },
        { id: 's-4', traffic_mirror_sources: ['pd'], traffic_mirror_target_id: 'pt2' },
      ],
      edges: [
        'source:vpc-a->target:vpc-a 3s 2src 1off 1warn same-vpc x1',
        'source:vpc-d->target:vpc-a 1s 1src 0off 1warn enterprise-router x1',
      ],
      nodes: [
        'source:vpc-a "vpc-a" 3s 2src 1off 1warn',
        'target:vpc-a "vpc-a" 4s 3src 1off 2warn',
        'source:vpc-d "vpc-d" 1s 1src 0off 1warn',
      ],
    },
    {
      name: 'an unknown source and a VPC without an active path keep their sessions in the picture',
      sessions: [{ traffic_mirror_sources: ['ghost'] }, { id: 's-2', traffic_mirror_sources: ['pc'] }],
      edges: [
        'source:->target:vpc-a 1s 1src 0off 0warn no path x1',
        'source:vpc-c->target:vpc-a 1s 1src 0off 1warn no path x1',
      ],
      nodes: [
        'source: "" 1s 1src 0off 0warn',
        'target:vpc-a "vpc-a" 2s 2src 0off 1warn',
        'source:vpc-c "vpc-c" 1s 1src 0off 1warn',
      ],
    },
  ];

describe('regionFlows', () => {
  it.each(cases)('$name', ({ sessions, edges, nodes }) => {
    const flows = regionFlows(snapshot.inventory, sessions.map(makeSession), warningsOf);
    expect(summary(flows)).toEqual({ edges, nodes });
    expect(flows.collapsed).toBe(0);
  });

  it('no sessions, no picture', () => {
    expect(regionFlows(snapshot.inventory, [], warningsOf)).toEqual({
      nodes: [],
      edges: [],
      pairs: 0,
      collapsed: 0,
    });
  });
});

/** The fixture inventory with `count` more VPCs, `vpc-00`..., one c7t interface `port-NN` in each. */
function manyVpcs(count: number): Inventory {
  const inventory = makeInventory();
  for (let i = 0; i < count; i += 1) {
    const id = `vpc-${String(i).padStart(2, '0')}`;
    inventory.vpcs.push({ id, name: id, cidr: '10.0.0.0/8', status: 'OK', description: '' });
    inventory.subnets.push({ ...inventory.subnets[0]!, id: `sub-${id}`, name: `sub-${id}`, vpc_id: id });
    inventory.ports.push(makePort(`port-${i}`, 'srv-1', [[`sub-${id}`, `10.1.${i}.5`]]));
  }
  return inventory;
}

describe('regionFlows with many VPCs', () => {
  it('draws the busiest pairs and sums the rest in "other VPCs"', () => {
    const inventory = manyVpcs(20);
    // Pair i (port-i -> pt) has 20 - i sessions: the busiest are the lowest numbers.
    const sessions = Array.from({ length: 20 }, (_, i) =>
      Array.from({ length: 20 - i }, (__, k) =>
        makeSession({ id: `s-${i}-${k}`, traffic_mirror_sources: [`port-${i}`] }),
      ),
    ).flat();
    const flows = regionFlows(inventory, sessions, () => [], 12);
    expect(flows.pairs).toBe(20);
    expect(flows.collapsed).toBe(8);
    expect(flows.edges).toHaveLength(13);
    expect(flows.edges.slice(0, 2).map((e) => `${e.id} ${e.sessions}`)).toEqual([
      'vpc-00>vpc-a 20',
      'vpc-01>vpc-a 19',
    ]);
    // Pairs 12..19 carry 8 + 7 + ... + 1 sessions.
    expect(flows.edges.at(-1)).toMatchObject({
      from: 'other-sources',
      to: 'other-targets',
      sessions: 36,
      sources: 8,
      pairs: 8,
      via: 'mixed',
    });
    expect(flows.nodes.filter((n) => n.other).map((n) => `${n.side} ${n.sessions}`)).toEqual([
      'source 36',
      'target 36',
    ]);
  });

  it('handles 20,000 sessions in one pass over them, with the right totals', () => {
    const inventory = manyVpcs(50);
    const sessions = Array.from({ length: 20_000 }, (_, i) =>
      makeSession({
        id: `s-${i}`,
        traffic_mirror_sources: [`port-${i % 50}`, `port-${(i + 1) % 50}`],
        traffic_mirror_target_id: 'pt',
        enabled: i % 4 !== 0,
      }),
    );
    let reads = 0;
    let warningCalls = 0;
    const counted = new Proxy(sessions, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const flows = regionFlows(inventory, counted, () => {
      warningCalls += 1;
      return [];
    });
    expect(reads).toBe(20_000);
    expect(warningCalls).toBe(20_000);
    expect(flows.pairs).toBe(50);
    expect(flows.edges).toHaveLength(13);
    expect(flows.edges.reduce((n, e) => n + e.sessions, 0)).toBe(40_000);
    expect(flows.edges.reduce((n, e) => n + e.disabled, 0)).toBe(10_000);
    expect(flows.edges.at(-1)).toMatchObject({ pairs: 38, sources: 38 });
    // The drawn pairs vpc-00 to vpc-11 hold the sessions whose first or second source is in one of them.
    expect(flows.nodes.find((n) => n.id === 'target:vpc-a')?.sessions).toBe(13 * 400);
  });
});

describe('regionFlows property', () => {
  const ports = ['p1', 'p2', 'p3', 'pb', 'pc', 'pd', 'pe', 'ghost'];
  const targets = [
    { traffic_mirror_target_type: 'eni', traffic_mirror_target_id: 'pt' },
    { traffic_mirror_target_type: 'eni', traffic_mirror_target_id: 'pb' },
    { traffic_mirror_target_type: 'eni', traffic_mirror_target_id: 'pd' },
    { traffic_mirror_target_type: 'elb', traffic_mirror_target_id: 'lb-1' },
  ] as const;
  const session = fc.record({
    sources: fc.uniqueArray(fc.constantFrom(...ports), { minLength: 1, maxLength: 4 }),
    target: fc.constantFrom(...targets),
    enabled: fc.boolean(),
  });

  it('the edges sum to the (session, source VPC) pairs, collapsed or not', () => {
    const inventory = makeInventory();
    const vpcOf = (id: string) => {
      const port = inventory.ports.find((p) => p.id === id);
      return (port && portVpcId(inventory, port)) ?? '';
    };
    fc.assert(
      fc.property(fc.array(session, { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (drawn, limit) => {
        const sessions = drawn.map((s, i) =>
          makeSession({ id: `s-${i}`, traffic_mirror_sources: s.sources, ...s.target, enabled: s.enabled }),
        );
        const flows = regionFlows(inventory, sessions, warningsOf, limit);
        const pairs = sessions.reduce((n, s) => n + new Set(s.traffic_mirror_sources.map(vpcOf)).size, 0);
        expect(flows.edges.reduce((n, e) => n + e.sessions, 0)).toBe(pairs);
        const off = sessions.filter((s) => !s.enabled);
        const offPairs = off.reduce((n, s) => n + new Set(s.traffic_mirror_sources.map(vpcOf)).size, 0);
        expect(flows.edges.reduce((n, e) => n + e.disabled, 0)).toBe(offPairs);
        expect(flows.edges.length).toBeLessThanOrEqual(limit + 1);
        expect(flows.edges.reduce((n, e) => n + e.pairs, 0)).toBe(flows.pairs);
      }),
    );
  });
});
