import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { Panel } from '@/components/ui/panel';
import { RichMessage } from '@/components/ui/rich-message';
import { useT } from '@/i18n';
import type { RegionFlowsInput } from './region-flows-picture';

/** The picture, its model and its layout library, loaded only when the Overview shows it. */
const RegionFlowsPicture = lazy(() =>
  import('./region-flows-picture').then((module) => ({ default: module.RegionFlowsPicture })),
);

/**
 * The region's mirroring flows (docs/behaviour.md, "The region's picture"): sessions as copies
 * from source VPCs to target VPCs, the busiest pairs drawn and the rest summed. The caption points
 * to the sessions list, which says the same in text.
 */
export function RegionFlowsPanel(props: RegionFlowsInput) {
  const { t } = useT();
  const list = (
    <Link to="/sessions" className="font-medium text-brand-700 underline">
      {t('nav.sessions')}
    </Link>
  );
  return (
    <Panel title={t('overview.region.title')}>
      <figure>
        <Suspense fallback={<p className="text-sm text-slate-600">{t('overview.region.loading')}</p>}>
          <RegionFlowsPicture {...props} />
        </Suspense>
        <figcaption className="mt-2 text-xs text-slate-600">
          <RichMessage id={'overview.region.caption'} nodes={{ list }} />
        </figcaption>
      </figure>
    </Panel>
  );
}
