import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '@/api/client';
import { useDeleteSession, useUpdateSession } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import { SessionAnalysisPanel } from './analysis-panel';
import { DeleteSessionsDialog } from '../delete-sessions-dialog';
import { SessionDetails } from './session-details';
import { SessionExportPanel } from './session-export-panel';
import { SessionFilterPanel } from './session-filter-panel';
import { SessionSettingsForm } from './session-settings-form';
import { SessionSourcesPanel } from './session-sources-panel';
import { SessionTargetPanel } from './session-target-panel';
import { SessionTopology } from './topology/session-topology';
import { SessionWarnings } from './session-warnings';
import { useSessionSnapshot } from './use-session-snapshot';

/** One mirror session: every field, its warnings with their fixes, and every change. */
export function SessionPage() {
  const { sessionId } = useParams({ from: '/sessions/$sessionId' });
  const { t } = useT();
  const { region, session, snapshot } = useSessionSnapshot(sessionId);
  const notFound = region.errors.session;
  if (!session && notFound instanceof ApiError && notFound.status === 404) {
    return (
      <>
        <PageHeader title={t('sessions.page.notFound')} />
        <Alert tone="warning">
          {t('sessions.page.notFoundBody', { id: sessionId })}{' '}
          <Link to="/sessions" className="font-medium underline">
            {t('sessions.page.goToList')}
          </Link>
        </Alert>
      </>
    );
  }
  return (
    <QueryState what={t('sessions.page.what')} state={region}>
      {session && snapshot && <SessionView key={sessionId} session={session} snapshot={snapshot} />}
    </QueryState>
  );
}

function SessionView({ session, snapshot }: { session: TrafficMirrorSession; snapshot: Snapshot }) {
  const update = useUpdateSession();
  const remove = useDeleteSession();
  const toast = useToast();
  const { t } = useT();
  const refused = useApiErrorText();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const setEnabled = (enabled: boolean) => {
    const words = { name: session.name, change: enabled ? 'enable' : 'disable' };
    update.mutate(
      { id: session.id, body: { enabled } },
      {
        onSuccess: () => toast('success', t('sessions.toast.changed', words)),
        onError: (error) =>
          toast('error', t('sessions.toast.notChanged', { ...words, error: refused(error) })),
      },
    );
  };
  const confirmDelete = () => {
    setDeleteError(null);
    remove.mutate(session.id, {
      onSuccess: () => {
        toast('success', t('sessions.toast.changed', { name: session.name, change: 'delete' }));
        void navigate({ to: '/sessions' });
      },
      onError: (error) => setDeleteError(refused(error)),
    });
  };
  const [firstSource] = session.traffic_mirror_sources;
  const togglePending = update.isPending && update.variables?.body.enabled !== undefined;

  return (
    <>
      <nav aria-label={t('sessions.page.breadcrumb')} className="mb-1 text-sm text-slate-600">
        <Link to="/sessions" className="text-brand-700 underline underline-offset-2">
          {t('sessions.list.title')}
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{session.name}</span>
      </nav>
      <PageHeader
        title={session.name}
        description={session.description || t('sessions.page.noDescription')}
        actions={
          <>
            {firstSource && (
              <Link
                to="/packet-tester"
                search={{ source: firstSource, session: session.id }}
                className="inline-flex h-8 items-center rounded border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
              >
                {t('sessions.action.testPacket')}
              </Link>
            )}
            <Button pending={togglePending} onClick={() => setEnabled(!session.enabled)}>
              {t(session.enabled ? 'sessions.action.disable' : 'sessions.action.enable')}
            </Button>
            <Button variant="danger" onClick={() => (setDeleteError(null), setConfirming(true))}>
              {t('sessions.action.delete')}
            </Button>
          </>
        }
      />
      <div className="space-y-4">
        <SessionWarnings
          session={session}
          snapshot={snapshot}
          onEnable={() => setEnabled(true)}
          enabling={togglePending}
        />
        <SessionTopology session={session} snapshot={snapshot} />
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <div className="space-y-4">
            <section aria-labelledby="settings-heading" className="rounded border border-slate-200 bg-white">
              <h2
                id="settings-heading"
                className="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold text-slate-800"
              >
                {t('sessions.page.settings')}
              </h2>
              <div className="p-4">
                <SessionSettingsForm session={session} snapshot={snapshot} />
              </div>
            </section>
            <SessionDetails session={session} />
          </div>
          <div className="space-y-4">
            <SessionFilterPanel session={session} snapshot={snapshot} />
            <SessionTargetPanel session={session} snapshot={snapshot} />
          </div>
        </div>
        <SessionSourcesPanel session={session} snapshot={snapshot} />
        <SessionAnalysisPanel session={session} snapshot={snapshot} />
        <SessionExportPanel session={session} snapshot={snapshot} />
      </div>
      <DeleteSessionsDialog
        sessions={confirming ? [session] : []}
        pending={remove.isPending}
        error={deleteError}
        onConfirm={confirmDelete}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
