import { GraphEdgeLine } from '@/components/graph/graph-edge';
import type { DrawnEdge } from '@/components/graph/graph-layout';
import type { TopologyEdge } from '@/domain/model/topology';
import { useT } from '@/i18n';
import { EDGE_LABEL_SIZE } from './topology-layout';

/** The arrow heads' marker ids, defined once per picture. */
export const ARROW = { mirror: 'topology-arrow-mirror', delivery: 'topology-arrow-delivery' } as const;

/** One edge: its line with an arrow, and for a delivery edge its VNI label (the picture places its marks). */
export function TopologyEdgeLine({
  edge,
  drawn,
  dimmed,
}: {
  edge: TopologyEdge;
  drawn: DrawnEdge;
  dimmed: boolean;
}) {
  const { t } = useT();
  const delivery = edge.kind === 'delivery';
  const colour = edge.unconnected ? 'stroke-red-700' : delivery ? 'stroke-brand-700' : 'stroke-slate-500';
  const text = edge.unconnected
    ? t('sessions.topology.unconnected')
    : t('sessions.topology.delivery', { vni: edge.vni ?? 0 });
  return (
    <g>
      <GraphEdgeLine
        points={drawn.points}
        width={delivery ? 2 : 1.5}
        dashed={dimmed || edge.unconnected}
        marker={delivery ? ARROW.delivery : ARROW.mirror}
        className={colour}
        label={
          delivery && drawn.label
            ? {
                at: drawn.label,
                size: EDGE_LABEL_SIZE,
                text,
                className: edge.unconnected ? 'fill-red-800' : 'fill-slate-800',
              }
            : undefined
        }
      />
    </g>
  );
}
