/**
 * The region as a picture of flows (docs/behaviour.md, "The region's picture"): every mirror
 * session as copies flowing from the VPC of each of its sources to the VPC of its target, summed
 * per pair of VPCs. Pure data: the Overview lays it out and words it.
 */
import { portVpcId } from '../network/inventory-lookup';
import { vpcsConnected, type VpcConnection } from '../network/reachability';
import type { Inventory, TargetType, TrafficMirrorSession } from './types';
import type { MirrorWarning } from './warnings';

/** How many VPC pairs the picture draws before it sums the rest as "other VPCs". */
export const REGION_FLOW_LIMIT = 12;

/** The ids of the "other VPCs" nodes, one on each side (VPC nodes are `source:<id>`, `target:<id>`). */
export const OTHER_VPCS = { source: 'other-sources', target: 'other-targets' } as const;

/** What a node or an edge carries. */
export interface FlowCounts {
  /**
   * Sessions. On an edge: (session, source VPC) pairs, so a session with sources in two VPCs
   * counts once on each of its edges (and twice on the "other" edge when both are summed there).
   * On a node: distinct sessions. The same goes for `disabled` and `warned`.
   */
  sessions: number;
  /** Distinct source network interfaces. */
  sources: number;
  /** Of those sessions, how many are disabled. */
  disabled: number;
  /** Of those sessions, how many carry W1 or W2 for a source on this flow. */
  warned: number;
}

export interface RegionFlowNode extends FlowCounts {
  /** `source:<vpc id>`, `target:<vpc id>`, or one of {@link OTHER_VPCS}. */
  id: string;
  side: 'source' | 'target';
  /** Absent on the "other VPCs" nodes; empty when no VPC could be found for a port or target. */
  vpcId?: string;
  /** The VPC's name, else its id; empty for an unknown VPC and the "other VPCs" nodes. */
  name: string;
  /** The node sums the pairs not drawn one by one. */
  other?: true;
}

export interface RegionFlowEdge extends FlowCounts {
  id: string;
  from: string;
  to: string;
  /** How the copies reach the target VPC (`null`: no active path, C3 no longer holds). */
  via: VpcConnection['via'] | 'mixed';
  /** The VPC pairs this edge sums: 1, or more on the "other" edge. */
  pairs: number;
}

export interface RegionFlows {
  nodes: RegionFlowNode[];
  edges: RegionFlowEdge[];
  /** Distinct VPC pairs in the region; more than `edges` when some are summed as "other". */
  pairs: number;
  /** The pairs summed in the "other" edge (0 when every pair is drawn). */
  collapsed: number;
}

interface Pair {
  from: string;
  to: string;
  sessions: number[];
  sources: Set<string>;
  /** Indices of the pair's sessions that are disabled, and of those that are warned. */
  disabled: number[];
  warned: number[];
}

const UNKNOWN = '';

/** Port id -> VPC id and target -> VPC id, each resolved once. */
function vpcResolver(inventory: Inventory) {
  const ports = new Map(inventory.ports.map((p) => [p.id, p]));
  const balancers = new Map(inventory.load_balancers.map((lb) => [lb.id, lb.vpc_id]));
  const known = new Map<string, string>();
  const ofPort = (id: string): string => {
    let vpc = known.get(id);
    if (vpc === undefined) {
      const port = ports.get(id);
      vpc = (port && portVpcId(inventory, port)) ?? UNKNOWN;
      known.set(id, vpc);
    }
    return vpc;
  };
  const ofTarget = (type: TargetType, id: string) =>
    type === 'eni' ? ofPort(id) : (balancers.get(id) ?? UNKNOWN);
  return { ofPort, ofTarget };
}

/** The pairs of VPCs with what each carries, in one pass over the sessions and their sources. */
function pairsOf(
  inventory: Inventory,
  sessions: readonly TrafficMirrorSession[],
  warningsOf: (session: TrafficMirrorSession, index: number) => readonly MirrorWarning[],
): Pair[] {
  const vpc = vpcResolver(inventory);
  // By source VPC, then target VPC: no key string to build per source.
  const pairs = new Map<string, Map<string, Pair>>();
  sessions.forEach((session, index) => {
    const to = vpc.ofTarget(session.traffic_mirror_target_type, session.traffic_mirror_target_id);
    const warned: string[] = [];
    for (const w of warningsOf(session, index)) {
      if ((w.code === 'W1' || w.code === 'W2') && w.resources[0]) warned.push(vpc.ofPort(w.resources[0]));
    }
    for (const source of session.traffic_mirror_sources) {
      const from = vpc.ofPort(source);
      let into = pairs.get(from);
      if (!into) pairs.set(from, (into = new Map()));
      let pair = into.get(to);
      if (!pair)
        into.set(to, (pair = { from, to, sessions: [], sources: new Set(), disabled: [], warned: [] }));
      pair.sources.add(source);
      // A session counts once per pair, however many of its sources sit in the source VPC.
      if (pair.sessions.at(-1) === index) continue;
      pair.sessions.push(index);
      if (!session.enabled) pair.disabled.push(index);
      if (warned.includes(from)) pair.warned.push(index);
    }
  });
  return [...pairs.values()].flatMap((into) => [...into.values()]);
}

/** Distinct sessions and sources over some pairs, with how many of those sessions are disabled or warned. */
function countsOf(pairs: readonly Pair[]): FlowCounts {
  const distinct = <T>(of: (p: Pair) => Iterable<T>) => {
    if (pairs.length === 1) {
      const only = of(pairs[0]!);
      return only instanceof Set ? only.size : (only as T[]).length;
    }
    const all = new Set<T>();
    for (const p of pairs) for (const item of of(p)) all.add(item);
    return all.size;
  };
  return {
    sessions: distinct((p) => p.sessions),
    sources: distinct((p) => p.sources),
    disabled: distinct((p) => p.disabled),
    warned: distinct((p) => p.warned),
  };
}

/**
 * The region's flows: one edge per pair of source VPC and target VPC (a session whose sources sit
 * in two VPCs is on two edges; a session within one VPC is an edge from that VPC to itself, drawn
 * from a source node to a target node). Each edge counts its sessions, distinct sources, and the
 * sessions that are disabled or carry W1/W2 for a source there (`warningsOf` gives each session's
 * warnings, computed once by the caller: the Overview's warnings panel shows the same). Past
 * `limit` pairs, the busiest `limit` are drawn and the rest summed in one edge between two "other
 * VPCs" nodes, so the picture stays readable at any size. One pass over the sessions and their
 * sources; the rest is per pair.
 *
 * @example regionFlows(inventory, [p1InVpcAToPtInVpcA], () => []).edges
 * // [{ id: 'vpc-a>vpc-a', from: 'source:vpc-a', to: 'target:vpc-a', sessions: 1, sources: 1, via: 'same-vpc', pairs: 1, ... }]
 */
export function regionFlows(
  inventory: Inventory,
  sessions: readonly TrafficMirrorSession[],
  warningsOf: (session: TrafficMirrorSession, index: number) => readonly MirrorWarning[],
  limit = REGION_FLOW_LIMIT,
): RegionFlows {
  const all = pairsOf(inventory, sessions, warningsOf);
  const names = new Map(inventory.vpcs.map((v) => [v.id, v.name || v.id]));
  const nameOf = (id: string) => (id === UNKNOWN ? '' : (names.get(id) ?? id));
  all.sort(
    (a, b) =>
      b.sessions.length - a.sessions.length ||
      nameOf(a.from).localeCompare(nameOf(b.from)) ||
      nameOf(a.to).localeCompare(nameOf(b.to)) ||
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to),
  );
  const shown = all.length > limit ? all.slice(0, limit) : all;
  const rest = all.slice(shown.length);
  const edgeOf = (p: Pair): RegionFlowEdge => ({
    id: `${p.from}>${p.to}`,
    from: `source:${p.from}`,
    to: `target:${p.to}`,
    ...countsOf([p]),
    via: p.from === UNKNOWN || p.to === UNKNOWN ? null : vpcsConnected(inventory, p.from, p.to).via,
    pairs: 1,
  });
  const edges = shown.map(edgeOf);

  const nodes = new Map<string, { node: Omit<RegionFlowNode, keyof FlowCounts>; pairs: Pair[] }>();
  const addTo = (node: Omit<RegionFlowNode, keyof FlowCounts>, pair: Pair) => {
    const entry = nodes.get(node.id) ?? { node, pairs: [] };
    entry.pairs.push(pair);
    nodes.set(node.id, entry);
  };
  for (const p of shown) {
    addTo({ id: `source:${p.from}`, side: 'source', vpcId: p.from, name: nameOf(p.from) }, p);
    addTo({ id: `target:${p.to}`, side: 'target', vpcId: p.to, name: nameOf(p.to) }, p);
  }
  if (rest.length > 0) {
    const { source, target } = OTHER_VPCS;
    const sum = (count: (p: Pair) => number) => rest.reduce((n, p) => n + count(p), 0);
    edges.push({
      id: `${source}>${target}`,
      from: source,
      to: target,
      sessions: sum((p) => p.sessions.length),
      sources: countsOf(rest).sources,
      disabled: sum((p) => p.disabled.length),
      warned: sum((p) => p.warned.length),
      via: 'mixed',
      pairs: rest.length,
    });
    for (const p of rest) {
      addTo({ id: source, side: 'source', name: '', other: true }, p);
      addTo({ id: target, side: 'target', name: '', other: true }, p);
    }
  }
  return {
    nodes: [...nodes.values()].map(({ node, pairs }) => ({ ...node, ...countsOf(pairs) })),
    edges,
    pairs: all.length,
    collapsed: rest.length,
  };
}
