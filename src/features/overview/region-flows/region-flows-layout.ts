import { layoutGraph, type GraphLayout } from '@/components/graph/graph-layout';
import { isWide } from '@/components/graph/graph-node';
import type { RegionFlows } from '@/domain/model/region-flows';

/** A VPC's box: as tall as the session picture's boxes, a little wider for its counts. */
export const NODE_SIZE = { width: 204, height: 76 } as const;
export const LABEL_HEIGHT = 22;

/** About how wide `text` is at 11px: wide characters (Chinese) count double. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 11 : 6.2;
  return Math.ceil(width);
}

/** The box an edge's label needs. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: textWidth(text) + 16, height: LABEL_HEIGHT };
}

/**
 * Lays the flows out left to right with dagre: source VPCs, then the edges' count labels (each
 * given room, so that labels never overlap), then target VPCs. `labels` gives each edge's text.
 */
export function layoutFlows(flows: RegionFlows, labels: Map<string, string>): GraphLayout {
  return layoutGraph({
    nodes: flows.nodes.map((n) => ({ id: n.id, ...NODE_SIZE })),
    edges: flows.edges.map((e) => ({ ...e, label: labelSize(labels.get(e.id) ?? '') })),
    spacing: { nodesep: 20, ranksep: 48 },
  });
}
