import type { TopologyEdge } from '@/domain/model/topology';
import { useT } from '@/i18n';
import { EDGE_LABEL_SIZE } from './topology-layout';
import type { TopologyLayout } from './topology-layout';

/** The arrow heads' marker ids, defined once per picture. */
export const ARROW = { mirror: 'topology-arrow-mirror', delivery: 'topology-arrow-delivery' } as const;

type Drawn = TopologyLayout['edges'] extends Map<string, infer D> ? D : never;

/** One edge: its line with an arrow, and for a delivery edge its VNI label (the picture places its marks). */
export function TopologyEdgeLine({
  edge,
  drawn,
  dimmed,
}: {
  edge: TopologyEdge;
  drawn: Drawn;
  dimmed: boolean;
}) {
  const { t } = useT();
  const d = drawn.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const delivery = edge.kind === 'delivery';
  const colour = edge.unconnected ? 'stroke-red-700' : delivery ? 'stroke-brand-700' : 'stroke-slate-500';
  const label = drawn.label;
  const text = edge.unconnected
    ? t('sessions.topology.unconnected')
    : t('sessions.topology.delivery', { vni: edge.vni ?? 0 });
  return (
    <g>
      <path
        d={d}
        fill="none"
        strokeWidth={delivery ? 2 : 1.5}
        strokeDasharray={dimmed || edge.unconnected ? '6 4' : undefined}
        markerEnd={`url(#${delivery ? ARROW.delivery : ARROW.mirror})`}
        className={colour}
      />
      {delivery && label && (
        <>
          <rect
            x={label.x - EDGE_LABEL_SIZE.width / 2}
            y={label.y - EDGE_LABEL_SIZE.height / 2}
            {...EDGE_LABEL_SIZE}
            rx={4}
            className="fill-white stroke-slate-300"
          />
          <text
            x={label.x}
            y={label.y + 4}
            textAnchor="middle"
            className={`text-[11px] ${edge.unconnected ? 'fill-red-800' : 'fill-slate-800'}`}
          >
            {text}
          </text>
        </>
      )}
    </g>
  );
}
