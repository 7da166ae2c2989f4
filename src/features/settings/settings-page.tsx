import { useCurrentProject } from '@/api/project-context';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { DemoDataPanel } from './demo-data-panel';
import { FaultInjectionPanel } from './fault-injection-panel';
import { QuotasPanel } from './quotas-panel';

/** The region's project and quotas, and the demo cloud's controls. */
export function SettingsPage() {
  const project = useCurrentProject();
  return (
    <>
      <PageHeader
        title="Settings"
        description="The region's project and quotas, and the controls of the demo cloud this console runs against."
      />
      <div className="grid max-w-5xl gap-4">
        <Panel title="Project">
          <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-500">Region</dt>
            <dd className="font-mono">{project.name}</dd>
            <dt className="text-slate-500">Project ID</dt>
            <dd className="font-mono">{project.id}</dd>
            {project.description && (
              <>
                <dt className="text-slate-500">Description</dt>
                <dd>{project.description}</dd>
              </>
            )}
          </dl>
        </Panel>
        <QuotasPanel />
        <FaultInjectionPanel />
        <DemoDataPanel />
      </div>
    </>
  );
}
