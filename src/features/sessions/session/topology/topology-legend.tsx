import type { MessageId } from '@/i18n';
import { useT } from '@/i18n';

const ITEMS: { id: MessageId; swatch: React.ReactNode }[] = [
  {
    id: 'sessions.topology.legendMirror',
    swatch: <line x1={2} y1={8} x2={26} y2={8} strokeWidth={1.5} className="stroke-slate-500" />,
  },
  {
    id: 'sessions.topology.legendDelivery',
    swatch: <line x1={2} y1={8} x2={26} y2={8} strokeWidth={2} className="stroke-brand-700" />,
  },
  {
    id: 'sessions.topology.legendDisabled',
    swatch: (
      <line
        x1={2}
        y1={8}
        x2={26}
        y2={8}
        strokeWidth={1.5}
        strokeDasharray="6 4"
        className="stroke-slate-500"
      />
    ),
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
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      <span className="font-medium">{t('sessions.topology.legend')}</span>
      <ul className="contents">
        {ITEMS.map((item) => (
          <li key={item.id} className="flex items-center gap-1.5">
            <svg width={28} height={16} aria-hidden="true">
              {item.swatch}
            </svg>
            {t(item.id)}
          </li>
        ))}
      </ul>
    </div>
  );
}
