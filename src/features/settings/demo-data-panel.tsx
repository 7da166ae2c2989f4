import { useState } from 'react';
import { useLoadLargeDataSet, useResetDemoData } from '@/api/mock-admin';
import { useCurrentProject } from '@/api/project-context';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Panel } from '@/components/ui/panel';
import { useToast } from '@/components/ui/toast';
import { LargeDataProgress } from './large-data-progress';
import { TransferControls } from './transfer-controls';

type Confirming = 'reset' | 'large' | null;

/** Reset the demo, load the 20,000-session data set, export and import the whole store. */
export function DemoDataPanel() {
  const project = useCurrentProject();
  const reset = useResetDemoData();
  const large = useLoadLargeDataSet();
  const toast = useToast();
  const [confirming, setConfirming] = useState<Confirming>(null);

  const doReset = () => {
    setConfirming(null);
    reset.mutate(undefined, {
      onSuccess: () => toast('success', 'The demo data was restored.'),
      onError: (e) => toast('error', `The demo data could not be restored: ${e.message}`),
    });
  };
  const doLoad = () => {
    setConfirming(null);
    large.mutate(project.id, {
      onSuccess: (r) =>
        toast(
          'success',
          `Loaded ${(r.loaded.sessions ?? 0).toLocaleString('en')} sessions in ${(r.elapsed_ms / 1000).toFixed(1)} s.`,
        ),
      onError: (e) => toast('error', `The large data set could not be loaded: ${e.message}`),
    });
  };

  return (
    <Panel title="Demo data">
      <div className="grid gap-4 text-sm">
        <div className="flex items-start justify-between gap-4">
          <p className="text-slate-600">
            Put back the demo estate of every region: servers, interfaces, load balancers, the document&apos;s
            example filter and session. Everything created since is removed.
          </p>
          <Button variant="danger" pending={reset.isPending} onClick={() => setConfirming('reset')}>
            Reset demo data
          </Button>
        </div>
        <div className="flex items-start justify-between gap-4 border-t border-slate-100 pt-4">
          <div className="text-slate-600">
            <p>
              Fill <span className="font-mono">{project.name}</span> to its quota: 20,000 mirror sessions with
              the interfaces, filters and load balancers they need. Its current sessions and filters are
              replaced.
            </p>
            {large.isPending && <LargeDataProgress />}
            {large.isSuccess && (
              <p role="status" className="mt-1 text-emerald-800">
                Loaded {(large.data.loaded.sessions ?? 0).toLocaleString('en')} sessions in{' '}
                {(large.data.elapsed_ms / 1000).toFixed(1)} s.
              </p>
            )}
          </div>
          <Button pending={large.isPending} onClick={() => setConfirming('large')}>
            Load large data set
          </Button>
        </div>
        <TransferControls />
      </div>
      <Dialog
        open={confirming !== null}
        title={confirming === 'reset' ? 'Reset the demo data?' : 'Load the large data set?'}
        onClose={() => setConfirming(null)}
        actions={
          <>
            <Button onClick={() => setConfirming(null)}>Cancel</Button>
            <Button
              variant={confirming === 'reset' ? 'danger' : 'primary'}
              onClick={confirming === 'reset' ? doReset : doLoad}
            >
              {confirming === 'reset' ? 'Reset demo data' : 'Load 20,000 sessions'}
            </Button>
          </>
        }
      >
        {confirming === 'reset'
          ? 'Every region goes back to the demo data. Sessions, filters and rules created since are deleted. Fault injection settings are kept.'
          : `The mirror sessions, filters and rules of ${project.name} are replaced by 20,000 generated sessions.`}
      </Dialog>
    </Panel>
  );
}
