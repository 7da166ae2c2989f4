import { useFormContext, useWatch } from 'react-hook-form';
import { describeRule } from '@/domain/model/describe-rule';
import { useResultText } from '@/components/results/use-result-text';
import { MoreList } from '@/components/ui/more-list';
import { portIpv4, targetEndpoint } from '@/domain/network/inventory-lookup';
import { useT } from '@/i18n';
import { CreateFailure, type ReviewStepProps } from './create-failure';
import { DraftAnalysis } from './draft-analysis';
import { MirrorWarnings } from '../mirror-warnings';
import { ReviewSection } from './review-section';
import { StepError } from '../step-error';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** Step 5: every choice summarised, with links back; the create error and Retry. */
export function ReviewStep({ failure, pending, onRetry }: ReviewStepProps) {
  const { t } = useT();
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
      <CreateFailure failure={failure} pending={pending} onRetry={onRetry} />
      <StepError name="traffic_mirror_sources" />
      <StepError name="traffic_mirror_target_id" />
      <ReviewSection
        step="session"
        items={[
          { label: t('wizard.field.name'), value: values.name, error: error('name') },
          {
            label: t('wizard.field.description'),
            value: values.description || '—',
            error: error('description'),
          },
          { label: t('wizard.field.priority'), value: values.priority, error: error('priority') },
          {
            label: t('wizard.field.vni'),
            value: values.virtual_network_id,
            error: error('virtual_network_id'),
          },
          {
            label: t('wizard.review.packetLength'),
            value: t('wizard.review.bytes', { length: Number(values.packet_length) }),
            error: error('packet_length'),
          },
          {
            label: t('wizard.field.enabled'),
            value: t('wizard.review.enabled', { enabled: values.enabled ? 'yes' : 'no' }),
            error: error('enabled'),
          },
        ]}
      />
      <ReviewSection
        step="filter"
        items={[
          {
            label: t('wizard.filter.legend'),
            value: filter?.name ?? values.traffic_mirror_filter_id,
            error: error('traffic_mirror_filter_id'),
          },
          {
            label: t('wizard.filter.rules'),
            value:
              rules.length === 0 ? (
                t('wizard.review.noRules')
              ) : (
                <MoreList
                  noun="rules"
                  items={rules.map((r) => ({
                    key: r.id,
                    content: t('wizard.review.rule', {
                      direction: r.direction,
                      priority: r.priority,
                      rule: text(describeRule(r)),
                    }),
                  }))}
                />
              ),
          },
        ]}
      />
      <ReviewSection
        step="sources"
        items={[
          {
            label: t('wizard.review.sources', { count: values.traffic_mirror_sources.length }),
            error: error('traffic_mirror_sources'),
            value: (
              <ul>
                {values.traffic_mirror_sources.map((id) => {
                  const port = inventory.ports.find((p) => p.id === id);
                  if (!port) return <li key={id}>{id}</li>;
                  const address = portIpv4(port) ?? t('wizard.review.noIpv4');
                  return <li key={id}>{t('wizard.review.at', { name: port.name, address })}</li>;
                })}
              </ul>
            ),
          },
        ]}
      />
      <ReviewSection
        step="target"
        items={[
          {
            label: t('wizard.review.type'),
            value: t('wizard.target.type', { type: values.traffic_mirror_target_type }),
          },
          {
            label: t('wizard.review.target'),
            value: target
              ? t('wizard.review.at', {
                  name: target.name,
                  address: target.address ?? target.ipv6 ?? t('wizard.review.noAddress'),
                })
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
