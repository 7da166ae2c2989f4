import { ApiError } from '@/api/client';
import { useCurrentProject } from '@/api/project-context';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { SessionWizard } from './session-wizard';
import { useWizardData } from './use-wizard-data';

/**
 * `/sessions/create`: set up a mirror session step by step, every refusal explained before
 * it is made. The wizard starts over for each region (each has its own draft).
 */
export function CreateSessionPage() {
  const project = useCurrentProject();
  const data = useWizardData();
  const notOffered = data.region.error instanceof ApiError && data.region.error.code === 'TM.0007';
  return (
    <>
      <PageHeader
        title="Create mirror session"
        description="Copy the traffic of network interfaces to an inspection target, filtered by the rules you choose."
      />
      {notOffered ? (
        <Alert tone="error" title="Traffic Mirroring is not offered in this region">
          {data.region.error?.message}
        </Alert>
      ) : (
        <QueryState what="mirroring data" state={data.region}>
          {data.snapshot && <SessionWizard key={project.id} region={project.name} snapshot={data.snapshot} />}
        </QueryState>
      )}
    </>
  );
}
