/**
 * A mirror session as a picture (docs/behaviour.md, "The session's picture"): its sources grouped
 * by VPC and subnet, the session and its filter, the VPC peering or enterprise router each
 * source VPC reaches the target through, and the target in its VPC. Warnings sit on the element
 * they concern: W1/W2 on the delivery edge of the source they name, W3 on the source, W4 on the
 * session. Pure data: the page lays it out and words it.
 */
import { sessionLayers } from '../analysis/source-model';
import { findPort, findSubnet, portIpv4, portSubnet, targetEndpoint } from '../network/inventory-lookup';
import { vpcsConnected, type VpcConnection } from '../network/reachability';
import { DIRECTIONS } from './direction-words';
import type { Direction, Inventory, MirrorConfig, TrafficMirrorSession } from './types';
import type { Snapshot } from './violations';
import { sessionWarnings, type MirrorWarning } from './warnings';

export type TopologyNodeKind = 'source' | 'session' | 'filter' | 'peering' | 'enterprise-router' | 'target';

export interface TopologyNode {
  id: string;
  kind: TopologyNodeKind;
  /** The resource's name, or its id when the inventory does not know it. */
  name: string;
  /** A source's or target's IPv4 address. */
  address?: string;
  /** The subnet cluster the node is drawn in (sources and the target). */
  cluster?: string;
  /** The warnings shown on this node (W3 on a source, W4 on the session). */
  warnings: MirrorWarning[];
  /** The session is disabled: the picture greys it and what it copies. */
  disabled?: boolean;
  /** A source: the directions in which this session copies none of its packets. */
  copiesNothing?: Direction[];
  /** The target is of type `elb` (a load balancer) rather than a network interface. */
  loadBalancer?: boolean;
}

export interface TopologyCluster {
  id: string;
  kind: 'vpc' | 'subnet';
  name: string;
  /** A subnet's VPC cluster. */
  parent?: string;
}

export interface TopologyEdge {
  id: string;
  from: string;
  to: string;
  /** `mirror`: a source's packets into the session; `delivery`: the VXLAN copies to the target. */
  kind: 'mirror' | 'delivery';
  /** The VXLAN network id of a delivery edge. */
  vni?: number;
  /** W1/W2 of the sources this delivery edge carries. */
  warnings: MirrorWarning[];
  /** No active peering or shared enterprise router joins the source VPC to the target's. */
  unconnected?: boolean;
}

export interface SessionTopology {
  nodes: TopologyNode[];
  clusters: TopologyCluster[];
  edges: TopologyEdge[];
}

/** The ids of the session, filter and target nodes (sources keep their port id). */
export const TOPOLOGY_IDS = { session: 'session', filter: 'filter', target: 'target' } as const;

function vpcCluster(inventory: Inventory, clusters: Map<string, TopologyCluster>, vpcId: string): string {
  const id = `vpc:${vpcId}`;
  const name = inventory.vpcs.find((v) => v.id === vpcId)?.name ?? vpcId;
  if (!clusters.has(id)) clusters.set(id, { id, kind: 'vpc', name });
  return id;
}

/** The subnet cluster (inside its VPC's) of a subnet id, created on first use. */
function subnetCluster(
  inventory: Inventory,
  clusters: Map<string, TopologyCluster>,
  subnetId: string | undefined,
): { cluster?: string; vpcId?: string } {
  const subnet = subnetId === undefined ? undefined : findSubnet(inventory, subnetId);
  if (!subnet) return {};
  const parent = vpcCluster(inventory, clusters, subnet.vpc_id);
  const id = `subnet:${subnet.id}`;
  if (!clusters.has(id)) clusters.set(id, { id, kind: 'subnet', name: subnet.name, parent });
  return { cluster: id, vpcId: subnet.vpc_id };
}

/** The directions in which the session copies none of the source's packets (enabled sessions). */
function directionsCopyingNothing(
  config: MirrorConfig,
  session: TrafficMirrorSession,
  sourceId: string,
): Direction[] {
  if (!session.enabled) return [];
  return DIRECTIONS.filter((direction) => {
    const layer = sessionLayers(config, sourceId, direction).find((l) => l.session.id === session.id);
    return !layer || layer.copied.length === 0;
  });
}

/** The hop a source VPC's copies take to the target's VPC: none within one VPC. */
function hopOf(connection: VpcConnection): { id: string; kind: TopologyNodeKind } | null {
  if (connection.via === 'peering' && connection.peering_id)
    return { id: `peering:${connection.peering_id}`, kind: 'peering' };
  if (connection.via === 'enterprise-router' && connection.enterprise_router_id)
    return { id: `er:${connection.enterprise_router_id}`, kind: 'enterprise-router' };
  return null;
}

/**
 * The picture of `session` in `snapshot`: nodes, VPC and subnet clusters, edges and where each
 * of the session's warnings sits. Each source VPC gets its own delivery edge into the target
 * (through its peering or enterprise router), so a W1 or W2 about one source marks the path its
 * copies take.
 *
 * @example sessionTopology(snapshot, figure1).nodes.map((n) => n.kind)
 * // ['source', 'source', 'session', 'filter', 'target']: both sources in vpc-prod, as the load balancer
 */
export function sessionTopology(snapshot: Snapshot, session: TrafficMirrorSession): SessionTopology {
  const { inventory } = snapshot;
  const warnings = sessionWarnings(snapshot, session);
  const clusters = new Map<string, TopologyCluster>();
  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  const T = TOPOLOGY_IDS;
  const sourceOf = (w: MirrorWarning) => w.resources[0];

  const target = targetEndpoint(
    inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  const targetPlace = subnetCluster(inventory, clusters, target?.subnet_id);
  const sourceVpcs = new Map<string, string[]>();
  const mine = new Set(session.traffic_mirror_sources);
  const config: MirrorConfig = {
    sessions: snapshot.sessions.filter((s) => s.traffic_mirror_sources.some((id) => mine.has(id))),
    filters: [...snapshot.filters],
  };
  for (const id of session.traffic_mirror_sources) {
    const port = findPort(inventory, id);
    const place = subnetCluster(inventory, clusters, port && portSubnet(inventory, port)?.id);
    const vpc = place.vpcId ?? '';
    sourceVpcs.set(vpc, [...(sourceVpcs.get(vpc) ?? []), id]);
    nodes.push({
      id,
      kind: 'source',
      name: port?.name || id,
      address: port && portIpv4(port),
      cluster: place.cluster,
      warnings: warnings.filter((w) => w.code === 'W3' && sourceOf(w) === id),
      copiesNothing: directionsCopyingNothing(config, session, id),
    });
    edges.push({ id: `mirror:${id}`, from: id, to: T.session, kind: 'mirror', warnings: [] });
  }
  const filter = snapshot.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  nodes.push(
    {
      id: T.session,
      kind: 'session',
      name: session.name,
      warnings: warnings.filter((w) => w.code === 'W4'),
      disabled: !session.enabled,
    },
    { id: T.filter, kind: 'filter', name: filter?.name ?? session.traffic_mirror_filter_id, warnings: [] },
    {
      id: T.target,
      kind: 'target',
      name: target?.name || session.traffic_mirror_target_id,
      address: target?.address,
      cluster: targetPlace.cluster,
      warnings: [],
      loadBalancer: session.traffic_mirror_target_type === 'elb',
    },
  );
  edges.push({ id: 'filter', from: T.session, to: T.filter, kind: 'mirror', warnings: [] });

  const deliveries = new Map<string, TopologyEdge>();
  for (const [vpc, sources] of sourceVpcs) {
    const connection =
      targetPlace.vpcId === undefined ? null : vpcsConnected(inventory, vpc, targetPlace.vpcId);
    const hop = connection && hopOf(connection);
    const unconnected = connection?.connected === false;
    const key = hop?.id ?? (unconnected ? 'unconnected' : 'direct');
    let edge = deliveries.get(key);
    if (!edge) {
      const base = { kind: 'delivery', vni: session.virtual_network_id } as const;
      edge = { id: `delivery:${key}`, from: hop?.id ?? T.filter, to: T.target, warnings: [], ...base };
      if (unconnected) edge.unconnected = true;
      deliveries.set(key, edge);
      if (hop) {
        const peering = inventory.peerings.find((p) => `peering:${p.id}` === hop.id);
        const name = peering?.name || hop.id.slice(hop.id.indexOf(':') + 1);
        nodes.push({ id: hop.id, kind: hop.kind, name, warnings: [] });
        edges.push({ id: `via:${hop.id}`, from: T.filter, to: hop.id, warnings: [], ...base });
      }
      edges.push(edge);
    }
    edge.warnings.push(
      ...warnings.filter((w) => (w.code === 'W1' || w.code === 'W2') && sources.includes(sourceOf(w) ?? '')),
    );
  }
  return { nodes, clusters: [...clusters.values()], edges };
}
