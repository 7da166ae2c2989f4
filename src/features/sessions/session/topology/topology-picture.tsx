import type { ReactNode } from 'react';
import type { SessionTopology } from '@/domain/model/topology';
import { ArrowMarker, GraphFrame } from '@/components/graph/graph-frame';
import { useT } from '@/i18n';
import { ARROW, TopologyEdgeLine } from './topology-edge';
import { EDGE_LABEL_SIZE, layoutTopology } from './topology-layout';
import { MARK_SIZE, TopologyMarks } from './topology-mark';
import { TopologyNodeBox } from './topology-node';
import { TopologyLegend } from './topology-legend';

/**
 * The session's picture, laid out by dagre (this module is loaded lazily, with dagre): VPC and
 * subnet boxes, the edges, then the nodes and the delivery edges' warning marks in reading
 * order, so that Tab walks the picture from left to right. Scrolls inside its box when wider.
 */
export function TopologyPicture({ topology, name }: { topology: SessionTopology; name: string }) {
  const { t } = useT();
  const laid = layoutTopology(topology);
  const dimmed = topology.nodes.some((n) => n.kind === 'session' && n.disabled);
  const focusables: { x: number; y: number; key: string; element: ReactNode }[] = [];
  for (const node of topology.nodes) {
    const box = laid.nodes.get(node.id)!;
    const element = <TopologyNodeBox key={node.id} node={node} box={box} dimmed={dimmed} />;
    focusables.push({ x: box.x, y: box.y, key: node.id, element });
  }
  for (const edge of topology.edges) {
    const label = laid.edges.get(edge.id)?.label;
    if (!label || edge.warnings.length === 0) continue;
    const x = label.x - EDGE_LABEL_SIZE.width / 2;
    const y = label.y - EDGE_LABEL_SIZE.height / 2 - MARK_SIZE.height - 4;
    const element = <TopologyMarks key={edge.id} warnings={edge.warnings} x={x} y={y} />;
    focusables.push({ x, y, key: edge.id, element });
  }
  focusables.sort((a, b) => a.x - b.x || a.y - b.y);
  return (
    <>
      <GraphFrame
        label={t('sessions.topology.label', { name })}
        width={laid.width}
        height={laid.height}
        defs={
          <>
            <ArrowMarker id={ARROW.mirror} className="fill-slate-500" />
            <ArrowMarker id={ARROW.delivery} className="fill-brand-700" />
          </>
        }
      >
        {topology.clusters.map((cluster) => {
          const box = laid.clusters.get(cluster.id)!;
          const vpc = cluster.kind === 'vpc';
          return (
            <g key={cluster.id} aria-hidden="true">
              <rect
                {...box}
                rx={8}
                strokeDasharray={vpc ? undefined : '4 3'}
                className={vpc ? 'fill-sky-50 stroke-sky-700' : 'fill-white/70 stroke-slate-400'}
              />
              <text x={box.x + 8} y={box.y + 15} className="fill-slate-800 text-[11px] font-medium">
                {t(vpc ? 'sessions.topology.vpc' : 'sessions.topology.subnet', { name: cluster.name })}
              </text>
            </g>
          );
        })}
        {topology.edges.map((edge) => (
          <TopologyEdgeLine key={edge.id} edge={edge} drawn={laid.edges.get(edge.id)!} dimmed={dimmed} />
        ))}
        {focusables.map((f) => f.element)}
      </GraphFrame>
      <TopologyLegend />
    </>
  );
}
