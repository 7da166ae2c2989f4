import { GraphLegend, LineSwatch } from '@/components/graph/graph-legend';
import type { MessageId } from '@/i18n';
import { useT } from '@/i18n';

const ITEMS: { id: MessageId; swatch: React.ReactNode }[] = [
  { id: 'sessions.topology.legendMirror', swatch: <LineSwatch width={1.5} className="stroke-slate-500" /> },
  { id: 'sessions.topology.legendDelivery', swatch: <LineSwatch width={2} className="stroke-brand-700" /> },
  {
    id: 'sessions.topology.legendDisabled',
    swatch: <LineSwatch width={1.5} dashed className="stroke-slate-500" />,
  },
  {
    id: 'sessions.topology.legendWarning',
    swatch: <rect x={4} y={1} width={20} height={14} rx={3} className="fill-amber-100 stroke-amber-800" />,
  },
];

/** What the picture's lines and marks mean. */
export function TopologyLegend() {
  const { t } = useT();
  return (
    <GraphLegend
      title={t('sessions.topology.legend')}
      items={ITEMS.map((item) => ({ label: t(item.id), swatch: item.swatch }))}
    />
  );
}
