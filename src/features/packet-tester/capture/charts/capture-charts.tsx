import { useId } from 'react';
import type { CaptureHistograms } from '@/domain/capture/capture-histograms';
import { useT } from '@/i18n';
import { ShareBar } from './share-bar';
import { SizeChart } from './size-chart';
import { TimeChart } from './time-chart';

type Counted = readonly { key: string; label: string; value: number }[];

/** Props of {@link CaptureCharts}: the counts as the counts tables list them, and the worker's histograms. */
export interface CaptureChartsProps {
  reasons: Counted;
  sessions: Counted;
  rules: Counted;
  charts: CaptureHistograms;
}

/**
 * The capture's results as pictures: shares by verdict, session and rule, copies and bytes over
 * the capture's time, and the copies' sizes against the MTU. Loaded only when a capture is done.
 */
export function CaptureCharts({ reasons, sessions, rules, charts }: CaptureChartsProps) {
  const { t } = useT();
  const id = useId();
  const copies = sessions.reduce((sum, row) => sum + row.value, 0);
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h3 id={id} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t('tester.charts.title')}
        </h3>
        <p className="text-xs text-slate-600">{t('tester.charts.keys')}</p>
      </div>
      <div className="grid grid-cols-2 gap-x-6 gap-y-3">
        {reasons.length > 0 && (
          <ShareBar
            caption={(total) => t('tester.charts.verdicts', { total })}
            rows={reasons}
            unit="packets"
          />
        )}
        {rules.length > 0 && (
          <ShareBar caption={(total) => t('tester.charts.rules', { total })} rows={rules} unit="packets" />
        )}
        {copies > 0 && (
          <ShareBar
            caption={(total) => t('tester.charts.sessions', { total })}
            rows={sessions}
            unit="copies"
          />
        )}
      </div>
      {copies > 0 && charts.time ? (
        <div className="grid grid-cols-2 gap-x-6 gap-y-3">
          <TimeChart time={charts.time} />
          <SizeChart sizes={charts.sizes} />
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('tester.charts.noCopies')}</p>
      )}
    </section>
  );
}
