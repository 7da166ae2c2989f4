import { consoleMode } from '@/api/console-mode';
import { useCurrentProject } from '@/api/project-context';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';
import { ConnectionPanel } from './connection-panel';
import { DemoDataPanel } from './demo-data-panel';
import { FaultInjectionPanel } from './fault-injection-panel';
import { QuotasPanel } from './quotas-panel';

/**
 * The region's project and quotas, and then, by mode: the demo cloud's controls, or the
 * connection to Huawei Cloud (which has no demo controls: `/mock-admin/` exists in the demo only).
 */
export function SettingsPage() {
  const { t } = useT();
  const project = useCurrentProject();
  const mode = consoleMode();
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={t(mode.mode === 'cloud' ? 'settings.descriptionCloud' : 'settings.descriptionDemo')}
      />
      <div className="grid max-w-5xl gap-4">
        <Panel title={t('settings.project.title')}>
          <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-500">{t('settings.project.region')}</dt>
            <dd className="font-mono">{project.name}</dd>
            <dt className="text-slate-500">{t('settings.project.id')}</dt>
            <dd className="font-mono">{project.id}</dd>
            {project.description && (
              <>
                <dt className="text-slate-500">{t('settings.project.description')}</dt>
                <dd>{project.description}</dd>
              </>
            )}
          </dl>
        </Panel>
        {mode.mode === 'cloud' ? (
          <>
            <ConnectionPanel mode={mode} />
            <QuotasPanel canRaise={false} />
          </>
        ) : (
          <>
            <QuotasPanel canRaise />
            <FaultInjectionPanel />
            <DemoDataPanel />
          </>
        )}
      </div>
    </>
  );
}
