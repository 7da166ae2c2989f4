import { useMemo, type ReactNode } from 'react';
import { ArrowMarker, GraphFrame } from '@/components/graph/graph-frame';
import { GraphNode } from '@/components/graph/graph-node';
import { regionFlows } from '@/domain/model/region-flows';
import type { Inventory, TrafficMirrorSession } from '@/domain/model/types';
import type { MirrorWarning } from '@/domain/model/warnings';
import { useT } from '@/i18n';
import { FLOW_ARROW, RegionFlowEdgeLine } from './region-flow-edge';
import { countWords, nodeName, viaWords } from './region-flow-words';
import { layoutFlows } from './region-flows-layout';
import { RegionFlowsLegend } from './region-flows-legend';

/** What the picture is drawn from: the sessions, with `warnings[i]` those of `sessions[i]`. */
export interface RegionFlowsInput {
  inventory: Inventory;
  sessions: readonly TrafficMirrorSession[];
  warnings: readonly (readonly MirrorWarning[])[];
}

/**
 * The region's flows (this module is loaded lazily, with the model and dagre), by dagre: source VPCs on
 * the left, target VPCs on the right, each flow labelled with its counts. Nodes and flows are
 * focusable in reading order, so that Tab walks the picture from left to right.
 */
export function RegionFlowsPicture({ inventory, sessions, warnings }: RegionFlowsInput) {
  const { t } = useT();
  const flows = useMemo(
    () => regionFlows(inventory, sessions, (_, index) => warnings[index] ?? []),
    [inventory, sessions, warnings],
  );
  const names = new Map(flows.nodes.map((n) => [n.id, nodeName(t, n)]));
  const labels = new Map(flows.edges.map((e) => [e.id, countWords(t, e).counts]));
  const laid = layoutFlows(flows, labels);
  const focusables: { x: number; y: number; element: ReactNode }[] = [];
  for (const node of flows.nodes) {
    const box = laid.nodes.get(node.id)!;
    const kind = t('overview.region.side', { side: node.side });
    const words = countWords(t, node);
    const label = [`${kind}: ${names.get(node.id)}`, words.counts, words.notes].filter(Boolean).join(', ');
    const lines = [
      { text: kind, tone: 'kind' as const, max: 30 },
      { text: names.get(node.id) ?? '', tone: 'name' as const },
      { text: words.counts, tone: 'detail' as const, max: 30 },
      ...(words.notes ? [{ text: words.notes, tone: 'warning' as const, max: 30 }] : []),
    ];
    const element = (
      <GraphNode
        key={node.id}
        box={box}
        label={label}
        lines={lines}
        dimmed={node.disabled === node.sessions}
        warned={node.warned > 0}
      />
    );
    focusables.push({ ...box, element });
  }
  for (const edge of flows.edges) {
    const drawn = laid.edges.get(edge.id)!;
    const words = countWords(t, edge);
    const between = t('overview.region.edge', {
      from: names.get(edge.from) ?? '',
      to: names.get(edge.to) ?? '',
    });
    const name = [`${between}: ${words.counts}`, viaWords(t, edge), words.notes].filter(Boolean).join(', ');
    const at = drawn.label ?? drawn.points[0] ?? { x: 0, y: 0 };
    const element = (
      <RegionFlowEdgeLine key={edge.id} edge={edge} drawn={drawn} name={name} text={words.counts} />
    );
    focusables.push({ ...at, element });
  }
  focusables.sort((a, b) => a.x - b.x || a.y - b.y);
  return (
    <>
      {flows.collapsed > 0 && (
        <p className="mb-2 text-sm text-slate-700">
          {t('overview.region.collapsed', {
            shown: flows.pairs - flows.collapsed,
            pairs: flows.pairs,
            rest: flows.collapsed,
          })}
        </p>
      )}
      <GraphFrame
        label={t('overview.region.label')}
        width={laid.width}
        height={laid.height}
        defs={
          <>
            <ArrowMarker id={FLOW_ARROW.flow} className="fill-brand-700" />
            <ArrowMarker id={FLOW_ARROW.warned} className="fill-amber-700" />
          </>
        }
      >
        {focusables.map((f) => f.element)}
      </GraphFrame>
      <RegionFlowsLegend />
    </>
  );
}
