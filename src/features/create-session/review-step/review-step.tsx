import { useFormContext, useWatch } from 'react-hook-form';
import { describeRule } from '@/domain/model/describe-rule';
import { useResultText } from '@/components/results/use-result-text';
import { MoreList } from '@/components/ui/more-list';
import { portIpv4, targetEndpoint } from '@/domain/network/inventory-lookup';
import { directionLabel } from '@/domain/model/direction-words';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DraftAnalysis } from './draft-analysis';
import { MirrorWarnings } from '../mirror-warnings';
import { ReviewSection } from './review-section';
import { StepError } from '../step-error';
import { problemMark } from '../problem-focus';
import type { SubmitFailure } from './use-submit-session';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** The outcome of the last create, whether one is under way, and how to try again. */
export interface ReviewStepProps {
  failure: SubmitFailure | null;
  pending: boolean;
  onRetry: () => void;
}

/** Step 5: every choice summarised, with links back; the create error and Retry. */
export function ReviewStep({ failure, pending, onRetry }: ReviewStepProps) {
  const { snapshot } = useWizard();
  const { inventory } = snapshot;
  const { control, setValue, formState } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const text = useResultText();
  const error = (field: keyof WizardValues) => text(formState.errors[field]?.message) || undefined;
  const filter = snapshot.filters.find((f) => f.id === values.traffic_mirror_filter_id);
  const target = targetEndpoint(
    inventory,
    values.traffic_mirror_target_type,
    values.traffic_mirror_target_id,
  );
  const rules = filter ? [...filter.ingress_rules, ...filter.egress_rules] : [];

  return (
    <div className="space-y-3">
      {failure && (
        <div id="create-failure" {...problemMark} className="focus:outline-none">
          <Alert tone="error" title="The session was not created">
            <p>{failure.message}</p>
            {failure.fields.length > 0 ? (
              <p className="mt-1">
                Correct the fields marked below, then create again. Your choices are kept.
              </p>
            ) : (
              <>
                <p className="mt-1">Your choices are kept.</p>
                <Button className="mt-2" pending={pending} onClick={onRetry}>
                  Retry
                </Button>
              </>
            )}
          </Alert>
        </div>
      )}
      <StepError name="traffic_mirror_sources" />
      <StepError name="traffic_mirror_target_id" />
      <ReviewSection
        title="Session"
        step="session"
        items={[
          { label: 'Name', value: values.name, error: error('name') },
          { label: 'Description', value: values.description || '—', error: error('description') },
          { label: 'Priority', value: values.priority, error: error('priority') },
          { label: 'VNI', value: values.virtual_network_id, error: error('virtual_network_id') },
          { label: 'Packet length', value: `${values.packet_length} bytes`, error: error('packet_length') },
          { label: 'Enabled', value: values.enabled ? 'Yes' : 'No', error: error('enabled') },
        ]}
      />
      <ReviewSection
        title="Filter"
        step="filter"
        items={[
          {
            label: 'Filter',
            value: filter?.name ?? values.traffic_mirror_filter_id,
            error: error('traffic_mirror_filter_id'),
          },
          {
            label: 'Rules',
            value:
              rules.length === 0 ? (
                'None: nothing is copied.'
              ) : (
                <MoreList
                  noun="rules"
                  items={rules.map((r) => ({
                    key: r.id,
                    content: `${directionLabel(r.direction)} ${r.priority}: ${text(describeRule(r))}`,
                  }))}
                />
              ),
          },
        ]}
      />
      <ReviewSection
        title="Sources"
        step="sources"
        items={[
          {
            label: `Sources (${values.traffic_mirror_sources.length})`,
            error: error('traffic_mirror_sources'),
            value: (
              <ul>
                {values.traffic_mirror_sources.map((id) => {
                  const port = inventory.ports.find((p) => p.id === id);
                  return <li key={id}>{port ? `${port.name} (${portIpv4(port) ?? 'no IPv4'})` : id}</li>;
                })}
              </ul>
            ),
          },
        ]}
      />
      <ReviewSection
        title="Target"
        step="target"
        items={[
          {
            label: 'Type',
            value: values.traffic_mirror_target_type === 'eni' ? 'Network interface' : 'Load balancer',
          },
          {
            label: 'Target',
            value: target
              ? `${target.name} (${target.address ?? target.ipv6 ?? 'no address'})`
              : values.traffic_mirror_target_id,
            error: error('traffic_mirror_target_id'),
          },
        ]}
      />
      <DraftAnalysis values={values} />
      <MirrorWarnings
        values={values}
        codes={['W1', 'W2', 'W3', 'W4']}
        onEnable={() => setValue('enabled', true, { shouldDirty: true })}
      />
    </div>
  );
}
