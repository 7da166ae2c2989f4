import { useT } from '@/i18n';
import { topWithOther, TOP_GROUPS } from '@/domain/capture/capture-histograms';
import { ChartFigure } from './chart-figure';
import { OTHER_COLOUR, partColour } from './chart-colours';
import { useRovingFocus } from './use-roving-focus';

/** Props of {@link ShareBar}. */
export interface ShareBarProps {
  caption: (total: number) => string;
  /** The counts by name, as the counts table lists them. */
  rows: readonly { key: string; label: string; value: number }[];
  unit: 'packets' | 'copies';
}

/**
 * Shares of a whole as one bar cut into parts: the largest few by name, the rest as "other".
 * Each part is focusable and named with its count and share.
 */
export function ShareBar({ caption, rows, unit }: ShareBarProps) {
  const { t } = useT();
  const { top, other } = topWithOther(rows, TOP_GROUPS);
  const total = top.reduce((sum, row) => sum + row.value, other);
  const parts = top.map((row, i) => ({
    key: row.key,
    label: row.label,
    value: row.value,
    colour: partColour(i),
  }));
  if (other > 0)
    parts.push({
      key: '(other)',
      label: t('tester.charts.other', { count: rows.filter((r) => r.value > 0).length - top.length }),
      value: other,
      colour: OTHER_COLOUR,
    });
  // Every part at least 0.6 % of the bar, so that one packet in millions can still be seen and focused.
  const widths = parts.map((part) => Math.max(6, (part.value / total) * 1000));
  const scale = 1000 / widths.reduce((sum, width) => sum + width, 0);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((sum, width) => sum + width, 0) * scale);
  const named = parts.map((part, i) => ({
    ...part,
    at: starts[i] ?? 0,
    width: (widths[i] ?? 0) * scale,
    name: t('tester.charts.part', { label: part.label, unit, count: part.value, share: part.value / total }),
  }));
  const { shown, partProps } = useRovingFocus(parts.length);
  return (
    <ChartFigure
      caption={caption(total)}
      detail={shown === null ? null : (named[shown]?.name ?? null)}
      legend={parts}
    >
      <svg viewBox="0 0 1000 24" preserveAspectRatio="none" className="block h-6 w-full" role="group">
        {named.map((part, i) => (
          <rect
            key={part.key}
            {...partProps(i)}
            role="img"
            aria-label={part.name}
            x={part.at}
            y={0}
            width={part.width}
            height={24}
            fill={part.colour}
            stroke="white"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            className="focus:outline-none focus-visible:stroke-slate-900 focus-visible:[stroke-width:3]"
          />
        ))}
      </svg>
    </ChartFigure>
  );
}
