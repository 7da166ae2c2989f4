import { halfway, layoutGraph, type GraphLayout } from '@/components/graph/graph-layout';
import type { SessionTopology } from '@/domain/model/topology';

/** A node's box and an edge label's box, in SVG units. */
export const NODE_SIZE = { width: 184, height: 76 } as const;
export const EDGE_LABEL_SIZE = { width: 68, height: 22 } as const;

export type TopologyLayout = GraphLayout;

/**
 * Lays the picture out left to right with dagre: subnets inside VPCs as compound clusters,
 * each delivery edge's VNI label halfway along it.
 */
export function layoutTopology(topology: SessionTopology): TopologyLayout {
  const laid = layoutGraph({
    clusters: topology.clusters,
    nodes: topology.nodes.map((n) => ({ id: n.id, ...NODE_SIZE, parent: n.cluster })),
    edges: topology.edges,
  });
  for (const edge of topology.edges) {
    const drawn = laid.edges.get(edge.id);
    if (drawn && edge.kind === 'delivery') drawn.label = halfway(drawn.points);
  }
  return laid;
}
