import type { TopologyNode } from '@/domain/model/topology';
import { useT } from '@/i18n';
import { MARK_SIZE, TopologyMarks } from './topology-mark';
import type { Box } from './topology-layout';

const MAX_CHARS = 23;

function shorten(text: string, max = MAX_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

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
      <g role="img" tabIndex={0} aria-label={label} className="group">
        <title>{label}</title>
        <rect
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={6}
          strokeDasharray={dimmed ? '5 4' : undefined}
          className={`${dimmed ? 'fill-slate-100' : 'fill-white'} ${warned ? 'stroke-amber-700' : 'stroke-slate-500'} group-focus-visible:stroke-brand-700 group-focus-visible:stroke-[3]`}
        />
        <text x={box.x + 10} y={box.y + 18} className="fill-slate-700 text-[11px]">
          {shorten(kind, 30)}
        </text>
        <text x={box.x + 10} y={box.y + 36} className="fill-slate-900 text-[13px] font-semibold">
          {shorten(node.name)}
        </text>
        {node.address && (
          <text x={box.x + 10} y={box.y + 52} className="fill-slate-700 text-[11px]">
            {node.address}
          </text>
        )}
        {warned && (
          <text x={box.x + 10} y={box.y + (node.address ? 68 : 52)} className="fill-amber-900 text-[11px]">
            {shorten(notes.join(' · '))}
          </text>
        )}
      </g>
      <TopologyMarks
        warnings={node.warnings}
        x={box.x + box.width - MARK_SIZE.width - 4}
        y={box.y - MARK_SIZE.height / 2}
      />
    </>
  );
}
