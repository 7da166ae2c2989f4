import { graphlib, layout } from '@dagrejs/dagre';

export interface Point {
  x: number;
  y: number;
}

/** A box in SVG units, from its top-left corner. */
export interface Box extends Point {
  width: number;
  height: number;
}

/** What to lay out: boxes (optionally inside clusters) and the edges between them. */
export interface GraphInput {
  nodes: readonly { id: string; width: number; height: number; parent?: string }[];
  clusters?: readonly { id: string; parent?: string }[];
  /** An edge with a `label` size gets room for it from dagre, and its centre back. */
  edges: readonly { id: string; from: string; to: string; label?: { width: number; height: number } }[];
  spacing?: { nodesep: number; ranksep: number };
}

/** An edge as laid out: its polyline and, when it has one, its label's centre. */
export interface DrawnEdge {
  points: Point[];
  label?: Point;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Top-left boxes by node id. */
  nodes: Map<string, Box>;
  /** Top-left boxes by cluster id. */
  clusters: Map<string, Box>;
  /** Each edge's polyline and, when it asked for one, its label's centre. */
  edges: Map<string, DrawnEdge>;
}

/** Room around the picture for the focus outline. */
const MARGIN = 16;

function topLeft(node: { x?: number; y?: number; width: number; height: number }): Box {
  return {
    x: (node.x ?? 0) - node.width / 2 + MARGIN,
    y: (node.y ?? 0) - node.height / 2 + MARGIN,
    width: node.width,
    height: node.height,
  };
}

/**
 * Lays a picture out left to right with dagre (loaded with the picture, never with the first
 * page): clusters as compound nodes around their children, each edge as a polyline.
 * Positions include a margin for the focus outline.
 *
 * @example layoutGraph({ nodes: [{ id: 'a', width: 10, height: 10 }], edges: [] }).nodes.get('a') // { x: 16, y: 16, width: 10, height: 10 }
 */
export function layoutGraph(input: GraphInput): GraphLayout {
  const g = new graphlib.Graph({ compound: true, multigraph: true });
  const spacing = input.spacing ?? { nodesep: 36, ranksep: 64 };
  g.setGraph({ rankdir: 'LR', ...spacing, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const cluster of input.clusters ?? []) {
    g.setNode(cluster.id, { width: 0, height: 0, paddingTop: 28 });
    if (cluster.parent) g.setParent(cluster.id, cluster.parent);
  }
  for (const node of input.nodes) {
    g.setNode(node.id, { width: node.width, height: node.height });
    if (node.parent) g.setParent(node.id, node.parent);
  }
  for (const edge of input.edges) {
    const label = edge.label ? { ...edge.label, labelpos: 'c' as const } : {};
    g.setEdge(edge.from, edge.to, { minlen: 1, ...label }, edge.id);
  }
  layout(g);
  const graph = g.graph();
  const shift = (p: Point) => ({ x: p.x + MARGIN, y: p.y + MARGIN });
  const edges = new Map(
    input.edges.map((e) => {
      const drawn = g.edge({ v: e.from, w: e.to, name: e.id });
      const label =
        e.label && drawn.x !== undefined && drawn.y !== undefined ? shift(drawn as Point) : undefined;
      return [e.id, { points: (drawn.points ?? []).map(shift), label }];
    }),
  );
  return {
    width: (graph.width ?? 0) + 2 * MARGIN,
    height: (graph.height ?? 0) + 2 * MARGIN,
    nodes: new Map(input.nodes.map((n) => [n.id, topLeft(g.node(n.id))])),
    clusters: new Map((input.clusters ?? []).map((c) => [c.id, topLeft(g.node(c.id))])),
    edges,
  };
}

/**
 * The point halfway along a polyline, where a label goes when dagre did not place one.
 *
 * @example halfway([{ x: 0, y: 0 }, { x: 10, y: 0 }]) // { x: 5, y: 0 }
 */
export function halfway(points: readonly Point[]): Point | undefined {
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
 * An SVG path through the points.
 *
 * @example pathThrough([{ x: 0, y: 0 }, { x: 10, y: 5 }]) // 'M0,0 L10,5'
 */
export function pathThrough(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}
