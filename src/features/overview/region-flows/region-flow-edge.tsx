import { GraphEdgeLine } from '@/components/graph/graph-edge';
import type { DrawnEdge } from '@/components/graph/graph-layout';
import type { RegionFlowEdge } from '@/domain/model/region-flows';
import { labelSize } from './region-flows-layout';

/** The arrow heads' marker ids, defined once per picture. */
export const FLOW_ARROW = { flow: 'region-arrow-flow', warned: 'region-arrow-warned' } as const;

/**
 * One flow: a focusable line whose accessible name (`name`) says its VPCs, counts and route; its
 * label shows the counts. Amber when some of its sessions carry W1 or W2, dashed when all are disabled.
 */
export function RegionFlowEdgeLine({
  edge,
  drawn,
  name,
  text,
}: {
  edge: RegionFlowEdge;
  drawn: DrawnEdge;
  name: string;
  text: string;
}) {
  const warned = edge.warned > 0;
  return (
    <g role="img" tabIndex={0} aria-label={name} className="group">
      <title>{name}</title>
      <GraphEdgeLine
        points={drawn.points}
        width={2}
        dashed={edge.disabled === edge.sessions}
        marker={warned ? FLOW_ARROW.warned : FLOW_ARROW.flow}
        className={warned ? 'stroke-amber-700' : 'stroke-brand-700'}
        label={
          drawn.label && {
            at: drawn.label,
            size: labelSize(text),
            text,
            className: warned ? 'fill-amber-900' : 'fill-slate-800',
          }
        }
      />
    </g>
  );
}
