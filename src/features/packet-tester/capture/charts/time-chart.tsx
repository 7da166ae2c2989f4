import type { TimeBuckets } from '@/domain/capture/capture-histograms';
import { useT } from '@/i18n';
import { formatBytes } from '../capture-progress';
import { barHeight } from './bar-height';
import { ChartFigure } from './chart-figure';
import { BYTES_COLOUR, PART_COLOURS } from './chart-colours';
import { useRovingFocus } from './use-roving-focus';

const COPIES_COLOUR = PART_COLOURS[0];
/** Height of each of the two panels (copies above, bytes below) and the gap between them. */
const PANEL = 45;
const GAP = 10;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Copies (above) and bytes on the wire (below) per interval of the capture's time, one
 * focusable column per interval, named with its times and counts.
 */
export function TimeChart({ time }: { time: TimeBuckets }) {
  const { t, formatDate } = useT();
  const count = time.copies.length;
  const { shown, partProps } = useRovingFocus(count);
  const seconds = (k: number) => (k * time.width) / 1e6;
  const topCopies = Math.max(1, ...time.copies);
  const topBytes = Math.max(1, ...time.bytes);
  const names = time.copies.map((copies, k) =>
    t('tester.charts.interval', {
      from: seconds(k),
      to: seconds(k + 1),
      packets: time.packets[k] ?? 0,
      copies,
      bytes: formatBytes(time.bytes[k] ?? 0, t),
    }),
  );
  const start = formatDate(time.start / 1000, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' });
  return (
    <ChartFigure
      caption={t('tester.charts.time', { copies: sum(time.copies), bytes: formatBytes(sum(time.bytes), t) })}
      scale={t('tester.charts.timeScale', { start, width: time.width / 1e6 })}
      detail={shown === null ? null : (names[shown] ?? null)}
      legend={[
        { key: 'copies', label: t('tester.charts.timeCopies'), colour: COPIES_COLOUR },
        { key: 'bytes', label: t('tester.charts.timeBytes'), colour: BYTES_COLOUR },
      ]}
    >
      <svg
        viewBox={`0 0 ${count} ${2 * PANEL + GAP}`}
        preserveAspectRatio="none"
        className="block h-32 w-full border-b border-slate-400"
        role="group"
      >
        {time.copies.map((copies, k) => {
          const copiesHeight = barHeight(copies, topCopies, PANEL);
          const bytesHeight = barHeight(time.bytes[k] ?? 0, topBytes, PANEL);
          return (
            <g key={k}>
              <rect
                x={k + 0.1}
                width={0.8}
                y={PANEL - copiesHeight}
                height={copiesHeight}
                fill={COPIES_COLOUR}
              />
              <rect
                x={k + 0.1}
                width={0.8}
                y={2 * PANEL + GAP - bytesHeight}
                height={bytesHeight}
                fill={BYTES_COLOUR}
              />
              <rect
                {...partProps(k)}
                role="img"
                aria-label={names[k]}
                x={k}
                width={1}
                y={0}
                height={2 * PANEL + GAP}
                fill="transparent"
                vectorEffect="non-scaling-stroke"
                className="focus:outline-none focus-visible:stroke-slate-900 focus-visible:[stroke-width:2]"
              />
            </g>
          );
        })}
      </svg>
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-600 tabular-nums">
        <span>{t('tester.charts.seconds', { value: 0 })}</span>
        <span>{t('tester.charts.seconds', { value: seconds(count) })}</span>
      </div>
    </ChartFigure>
  );
}
