import { ApiError } from '@/api/client';
import { useCurrentProject } from '@/api/project-context';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useT } from '@/i18n';
import { SessionWizard } from './session-wizard';
import { useWizardData } from './use-wizard-data';

/**
 * `/sessions/create`: set up a mirror session step by step, every refusal explained before
 * it is made. The wizard starts over for each region (each has its own draft).
 */
export function CreateSessionPage() {
  const { t } = useT();
  const refused = useApiErrorText();
  const project = useCurrentProject();
  const data = useWizardData();
  const notOffered = data.region.error instanceof ApiError && data.region.error.code === 'TM.0007';
  return (
    <>
      <PageHeader title={t('wizard.page.title')} description={t('wizard.page.description')} />
      {notOffered ? (
        <Alert tone="error" title={t('wizard.page.notOffered')}>
          {data.region.error && refused(data.region.error)}
        </Alert>
      ) : (
        <QueryState what={t('wizard.page.what')} state={data.region}>
          {data.snapshot && <SessionWizard key={project.id} region={project.name} snapshot={data.snapshot} />}
        </QueryState>
      )}
    </>
  );
}
