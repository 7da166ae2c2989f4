import { useState } from 'react';
import { useLoadLargeDataSet, useResetDemoData } from '@/api/mock-admin';
import { useCurrentProject } from '@/api/project-context';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Panel } from '@/components/ui/panel';
import { RichMessage } from '@/components/ui/rich-message';
import { useToast } from '@/components/ui/toast';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useT } from '@/i18n';
import { LargeDataProgress } from './large-data-progress';
import { TransferControls } from './transfer-controls';

type Confirming = 'reset' | 'large' | null;

/** How many sessions the large data set holds: the region's session quota. */
const LARGE_DATA_SESSIONS = 20_000;

/** Reset the demo, load the 20,000-session data set, export and import the whole store. */
export function DemoDataPanel() {
  const { t, formatNumber } = useT();
  const refused = useApiErrorText();
  const project = useCurrentProject();
  const reset = useResetDemoData();
  const large = useLoadLargeDataSet();
  const toast = useToast();
  const loaded = (result: { loaded: { sessions?: number }; elapsed_ms: number }) =>
    t('settings.demo.loaded', {
      count: result.loaded.sessions ?? 0,
      seconds: formatNumber(result.elapsed_ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    });
  const [confirming, setConfirming] = useState<Confirming>(null);

  const doReset = () => {
    setConfirming(null);
    reset.mutate(undefined, {
      onSuccess: () => toast('success', t('settings.demo.restored')),
      onError: (e) => toast('error', t('settings.demo.restoreFailed', { message: refused(e) })),
    });
  };
  const doLoad = () => {
    setConfirming(null);
    large.mutate(project.id, {
      onSuccess: (r) => toast('success', loaded(r)),
      onError: (e) => toast('error', t('settings.demo.loadFailed', { message: refused(e) })),
    });
  };

  return (
    <Panel title={t('settings.demo.title')}>
      <div className="grid gap-4 text-sm">
        <div className="flex items-start justify-between gap-4">
          <p className="text-slate-600">{t('settings.demo.resetBody')}</p>
          <Button variant="danger" pending={reset.isPending} onClick={() => setConfirming('reset')}>
            {t('settings.demo.reset')}
          </Button>
        </div>
        <div className="flex items-start justify-between gap-4 border-t border-slate-100 pt-4">
          <div className="text-slate-600">
            <p>
              <RichMessage
                id={'settings.demo.fill'}
                params={{ count: LARGE_DATA_SESSIONS }}
                nodes={{ project: <span className="font-mono">{project.name}</span> }}
              />
            </p>
            {large.isPending && <LargeDataProgress sessions={LARGE_DATA_SESSIONS} />}
            {large.isSuccess && (
              <p role="status" className="mt-1 text-emerald-800">
                {loaded(large.data)}
              </p>
            )}
          </div>
          <Button pending={large.isPending} onClick={() => setConfirming('large')}>
            {t('settings.demo.load')}
          </Button>
        </div>
        <TransferControls />
      </div>
      <Dialog
        open={confirming !== null}
        title={t(confirming === 'reset' ? 'settings.demo.resetTitle' : 'settings.demo.loadTitle')}
        onClose={() => setConfirming(null)}
        actions={
          <>
            <Button onClick={() => setConfirming(null)}>{t('settings.cancel')}</Button>
            <Button
              variant={confirming === 'reset' ? 'danger' : 'primary'}
              onClick={confirming === 'reset' ? doReset : doLoad}
            >
              {confirming === 'reset'
                ? t('settings.demo.reset')
                : t('settings.demo.loadConfirm', { count: LARGE_DATA_SESSIONS })}
            </Button>
          </>
        }
      >
        {confirming === 'reset'
          ? t('settings.demo.resetConfirmBody')
          : t('settings.demo.loadConfirmBody', { project: project.name, count: LARGE_DATA_SESSIONS })}
      </Dialog>
    </Panel>
  );
}
