import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession, makeSnapshot } from './test-fixtures';
import { sessionTopology, type SessionTopology } from './topology';
import type { TrafficMirrorSession } from './types';
import type { Snapshot } from './violations';

/** The picture in a few lines: each node with its cluster and marks, each edge with its marks. */
function summary(topology: SessionTopology) {
  const codes = (w: { code: string }[]) => w.map((x) => x.code).join(',');
  return {
    nodes: topology.nodes.map((n) =>
      [
        `${n.kind} ${n.name}`,
        n.cluster && `in ${n.cluster}`,
        n.warnings.length > 0 && `marks ${codes(n.warnings)}`,
        n.disabled && 'disabled',
        n.copiesNothing?.length && `nothing ${n.copiesNothing.join('+')}`,
        n.loadBalancer && 'elb',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    edges: topology.edges.map((e) =>
      [
        `${e.kind} ${e.from}->${e.to}`,
        e.warnings.length > 0 && `marks ${codes(e.warnings)}`,
        e.unconnected && 'unconnected',
      ]
        .filter(Boolean)
        .join(' '),
    ),
  };
}

const onlyIngress = makeFilter({ egress_rules: [] });

const cases: {
  name: string;
  session: Partial<TrafficMirrorSession>;
  snapshot?: Partial<Snapshot>;
  nodes: string[];
  edges: string[];
}[] = [
  {
    name: 'same VPC, copies allowed: no hop, no mark',
    session: { traffic_mirror_sources: ['p1'] },
    nodes: ['source eni-p1 in subnet:sub-a', 'session s-1', 'filter f-1', 'target eni-pt in subnet:sub-t'],
    edges: ['mirror p1->session', 'mirror session->filter', 'delivery filter->target'],
  },
  {
    name: 'W1 and W2 sit on the delivery edge of the source they name',
    session: { traffic_mirror_sources: ['p1', 'p2'] },
    nodes: [
      'source eni-p1 in subnet:sub-a',
      'source eni-p2 in subnet:sub-a',
      'session s-1',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
    ],
    edges: [
      'mirror p1->session',
      'mirror p2->session',
      'mirror session->filter',
      'delivery filter->target marks W1,W2',
    ],
  },
  {
    name: 'a source VPC peered with the target VPC goes through the peering',
    session: { traffic_mirror_sources: ['pb'] },
    nodes: [
      'source eni-pb in subnet:sub-b',
      'session s-1',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
      'peering peer-ab',
    ],
    edges: [
      'mirror pb->session',
      'mirror session->filter',
      'delivery filter->peering:peer-ab',
      'delivery peering:peer-ab->target marks W1,W2',
    ],
  },
  {
    name: 'a source VPC sharing an enterprise router goes through it',
    session: { traffic_mirror_sources: ['pd'] },
    nodes: [
      'source eni-pd in subnet:sub-d',
      'session s-1',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
      'enterprise-router er-1',
    ],
    edges: [
      'mirror pd->session',
      'mirror session->filter',
      'delivery filter->er:er-1',
      'delivery er:er-1->target marks W1,W2',
    ],
  },
  {
    name: 'an isolated source VPC has an unconnected delivery edge',
    session: { traffic_mirror_sources: ['pe'] },
    nodes: ['source eni-pe in subnet:sub-e', 'session s-1', 'filter f-1', 'target eni-pt in subnet:sub-t'],
    edges: [
      'mirror pe->session',
      'mirror session->filter',
      'delivery filter->target marks W1,W2 unconnected',
    ],
  },
  {
    name: 'a disabled session carries W4 and its sources no direction mark',
    session: { traffic_mirror_sources: ['p1'], enabled: false },
    nodes: [
      'source eni-p1 in subnet:sub-a',
      'session s-1 marks W4 disabled',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
    ],
    edges: ['mirror p1->session', 'mirror session->filter', 'delivery filter->target'],
  },
  {
    name: 'a filter without outbound rule: W4 on the session, the source copies nothing outbound',
    session: { traffic_mirror_sources: ['p1'] },
    snapshot: { filters: [onlyIngress] },
    nodes: [
      'source eni-p1 in subnet:sub-a nothing egress',
      'session s-1 marks W4',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
    ],
    edges: ['mirror p1->session', 'mirror session->filter', 'delivery filter->target'],
  },
  {
    name: 'only reject rules inbound: the source copies nothing inbound, without W4',
    session: { traffic_mirror_sources: ['p1'] },
    snapshot: { filters: [makeFilter({ ingress_rules: [makeRule({ action: 'reject' })] })] },
    nodes: [
      'source eni-p1 in subnet:sub-a nothing ingress',
      'session s-1',
      'filter f-1',
      'target eni-pt in subnet:sub-t',
    ],
    edges: ['mirror p1->session', 'mirror session->filter', 'delivery filter->target'],
  },
  {
    name: 'a load balancer target: no W1 (no security group), W2 still on the edge',
    session: {
      traffic_mirror_sources: ['p2'],
      traffic_mirror_target_type: 'elb',
      traffic_mirror_target_id: 'lb-1',
    },
    nodes: ['source eni-p2 in subnet:sub-a', 'session s-1', 'filter f-1', 'target lb-1 in subnet:sub-t elb'],
    edges: ['mirror p2->session', 'mirror session->filter', 'delivery filter->target marks W2'],
  },
];

describe('sessionTopology', () => {
  it.each(cases)('$name', ({ session: extra, snapshot: snapshotExtra, nodes, edges }) => {
    const session = makeSession(extra);
    const snapshot = makeSnapshot([session], snapshotExtra);
    expect(summary(sessionTopology(snapshot, session))).toEqual({ nodes, edges });
  });

  it('keeps the VNI on every delivery edge and a subnet inside its VPC', () => {
    const session = makeSession({ traffic_mirror_sources: ['pb'], virtual_network_id: 42 });
    const topology = sessionTopology(makeSnapshot([session]), session);
    const vnis = topology.edges.filter((e) => e.kind === 'delivery').map((e) => e.vni);
    expect(vnis).toEqual([42, 42]);
    expect(topology.clusters).toContainEqual({
      id: 'subnet:sub-b',
      kind: 'subnet',
      name: 'sub-b',
      parent: 'vpc:vpc-b',
    });
  });
});
