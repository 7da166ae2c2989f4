import type { SizeBins } from '@/domain/capture/capture-histograms';
import { useT } from '@/i18n';
import { barHeight } from './bar-height';
import { ChartFigure } from './chart-figure';
import { SIZE_COLOURS } from './chart-colours';
import { useRovingFocus } from './use-roving-focus';

const HEIGHT = 100;
const KINDS = ['whole', 'cutByLength', 'cutByMtu'] as const;

/**
 * Copies per size class of their outer IP packet, up to the source's MTU (the right edge, marked):
 * whole copies and the ones cut to the packet length or to fit the MTU stacked in each class.
 */
export function SizeChart({ sizes }: { sizes: SizeBins }) {
  const { t, formatNumber } = useT();
  const count = sizes.whole.length;
  const { shown, partProps } = useRovingFocus(count);
  const totals = sizes.whole.map(
    (whole, k) => whole + (sizes.cutByLength[k] ?? 0) + (sizes.cutByMtu[k] ?? 0),
  );
  const top = Math.max(1, ...totals);
  const bound = (k: number) => Math.floor((k * sizes.mtu) / count);
  const names = totals.map((total, k) =>
    t('tester.charts.sizeClass', {
      from: bound(k) + 1,
      to: bound(k + 1),
      total,
      whole: sizes.whole[k] ?? 0,
      length: sizes.cutByLength[k] ?? 0,
      mtu: sizes.cutByMtu[k] ?? 0,
    }),
  );
  return (
    <ChartFigure
      caption={t('tester.charts.sizes', { total: totals.reduce((a, b) => a + b, 0) })}
      scale={t('tester.charts.sizesScale', {
        width: Math.round(sizes.mtu / count),
        mtu: sizes.mtu,
        assumed: sizes.mtuAssumed ? 'yes' : 'no',
      })}
      detail={shown === null ? null : (names[shown] ?? null)}
      legend={KINDS.map((kind) => ({
        key: kind,
        label: t(`tester.charts.${kind}`),
        colour: SIZE_COLOURS[kind],
      }))}
    >
      <svg
        viewBox={`0 0 ${count} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="block h-32 w-full border-r-2 border-b border-r-slate-900 border-b-slate-400"
        role="group"
      >
        {totals.map((_, k) => {
          let y = HEIGHT;
          return (
            <g key={k}>
              {KINDS.map((kind) => {
                const height = barHeight(sizes[kind][k] ?? 0, top, HEIGHT);
                y -= height;
                return (
                  <rect key={kind} x={k + 0.1} width={0.8} y={y} height={height} fill={SIZE_COLOURS[kind]} />
                );
              })}
              <rect
                {...partProps(k)}
                role="img"
                aria-label={names[k]}
                x={k}
                width={1}
                y={0}
                height={HEIGHT}
                fill="transparent"
                vectorEffect="non-scaling-stroke"
                className="focus:outline-none focus-visible:stroke-slate-900 focus-visible:[stroke-width:2]"
              />
            </g>
          );
        })}
      </svg>
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-600 tabular-nums">
        <span>{formatNumber(0)}</span>
        <span className="font-medium text-slate-900">{t('tester.charts.mtu', { mtu: sizes.mtu })}</span>
      </div>
    </ChartFigure>
  );
}
