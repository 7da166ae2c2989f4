import type { TopologyNode } from '@/domain/model/topology';
import { useT } from '@/i18n';
import { MARK_SIZE, TopologyMarks } from './topology-mark';
import { GraphNode } from '@/components/graph/graph-node';
import type { Box } from '@/components/graph/graph-layout';

/** What kind of element a node is, as the catalog's select names it. */
function kindOf(node: TopologyNode): string {
  if (node.kind === 'enterprise-router') return 'router';
  if (node.kind !== 'target') return node.kind;
  return node.loadBalancer ? 'elb' : 'eni';
}

/** One element of the picture: a focusable box saying what it is, then its warning marks. */
export function TopologyNodeBox({ node, box, dimmed }: { node: TopologyNode; box: Box; dimmed: boolean }) {
  const { t } = useT();
  const kind = t('sessions.topology.kind', { kind: kindOf(node) });
  const notes = [
    ...(node.disabled ? [t('sessions.topology.disabled')] : []),
    ...(node.copiesNothing ?? []).map((direction) => t('sessions.topology.copiesNothing', { direction })),
  ];
  const label = [`${kind}: ${node.name}`, node.address, ...notes].filter(Boolean).join(', ');
  const warned = notes.length > 0;
  return (
    <>
      <GraphNode
        box={box}
        label={label}
        dimmed={dimmed}
        warned={warned}
        lines={[
          { text: kind, tone: 'kind', max: 30 },
          { text: node.name, tone: 'name' },
          ...(node.address ? [{ text: node.address, tone: 'detail' as const }] : []),
          ...(warned ? [{ text: notes.join(' · '), tone: 'warning' as const }] : []),
        ]}
      />
      <TopologyMarks
        warnings={node.warnings}
        x={box.x + box.width - MARK_SIZE.width - 4}
        y={box.y - MARK_SIZE.height / 2}
      />
    </>
  );
}
