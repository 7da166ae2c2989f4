import { graphlib, layout } from '@dagrejs/dagre';
import type { SessionTopology } from '@/domain/model/topology';

/** A node's box and an edge label's box, in SVG units. */
export const NODE_SIZE = { width: 184, height: 76 } as const;
export const EDGE_LABEL_SIZE = { width: 68, height: 22 } as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TopologyLayout {
  width: number;
  height: number;
  /** Top-left boxes by node id. */
  nodes: Map<string, Box>;
  /** Top-left boxes by cluster id. */
  clusters: Map<string, Box>;
  /** Each edge's polyline and, for delivery edges, its label's centre. */
  edges: Map<string, { points: { x: number; y: number }[]; label?: { x: number; y: number } }>;
}

const MARGIN = 16;

function topLeft(node: { x?: number; y?: number; width: number; height: number }): Box {
  return {
    x: (node.x ?? 0) - node.width / 2 + MARGIN,
    y: (node.y ?? 0) - node.height / 2 + MARGIN,
    width: node.width,
    height: node.height,
  };
}

/** The point halfway along a polyline, where a delivery edge's label goes. */
function halfway(points: { x: number; y: number }[]): { x: number; y: number } | undefined {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (const [i, length] of lengths.entries()) {
    if (left <= length) {
      const [a, b] = [points[i]!, points[i + 1]!];
      const f = length === 0 ? 0 : left / length;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    left -= length;
  }
  return points[0];
}

/**
 * Lays the picture out left to right with dagre: subnets inside VPCs as compound clusters,
 * each delivery edge's VNI label halfway along it. Positions include a margin for the outline.
 */
export function layoutTopology(topology: SessionTopology): TopologyLayout {
  const g = new graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 64, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const cluster of topology.clusters) {
    g.setNode(cluster.id, { width: 0, height: 0, paddingTop: 28 });
    if (cluster.parent) g.setParent(cluster.id, cluster.parent);
  }
  for (const node of topology.nodes) {
    g.setNode(node.id, { ...NODE_SIZE });
    if (node.cluster) g.setParent(node.id, node.cluster);
  }
  for (const edge of topology.edges) {
    g.setEdge(edge.from, edge.to, { minlen: 1 }, edge.id);
  }
  layout(g);
  const graph = g.graph();
  const nodes = new Map(topology.nodes.map((n) => [n.id, topLeft(g.node(n.id))]));
  const clusters = new Map(topology.clusters.map((c) => [c.id, topLeft(g.node(c.id))]));
  const edges = new Map(
    topology.edges.map((e) => {
      const drawn = g.edge({ v: e.from, w: e.to, name: e.id });
      const shift = (p: { x: number; y: number }) => ({ x: p.x + MARGIN, y: p.y + MARGIN });
      const points = (drawn.points ?? []).map(shift);
      return [e.id, { points, label: e.kind === 'delivery' ? halfway(points) : undefined }];
    }),
  );
  return {
    width: (graph.width ?? 0) + 2 * MARGIN,
    height: (graph.height ?? 0) + 2 * MARGIN,
    nodes,
    clusters,
    edges,
  };
}
