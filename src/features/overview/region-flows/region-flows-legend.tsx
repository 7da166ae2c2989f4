import { GraphLegend, LineSwatch } from '@/components/graph/graph-legend';
import { useT } from '@/i18n';

/** What the flows' lines mean. */
export function RegionFlowsLegend() {
  const { t } = useT();
  return (
    <GraphLegend
      title={t('overview.region.legend')}
      items={[
        {
          label: t('overview.region.legendFlow'),
          swatch: <LineSwatch width={2} className="stroke-brand-700" />,
        },
        {
          label: t('overview.region.legendWarned'),
          swatch: <LineSwatch width={2} className="stroke-amber-700" />,
        },
        {
          label: t('overview.region.legendDisabled'),
          swatch: <LineSwatch width={2} dashed className="stroke-brand-700" />,
        },
      ]}
    />
  );
}
