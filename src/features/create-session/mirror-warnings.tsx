import { useFormContext } from 'react-hook-form';
import { useApplyDeliveryFix } from '@/api/delivery-fixes';
import { warningLabel } from '@/domain/model/warning-titles';
import { sessionWarnings, type MirrorWarning } from '@/domain/model/warnings';
import { Button } from '@/components/ui/button';
import { RichMessage } from '@/components/ui/rich-message';
import { useT } from '@/i18n';
import { useResultText } from '@/components/results/use-result-text';
import { useRuleFix } from '@/shared-ui/use-rule-fix';
import { useWizard } from './wizard-context';
import type { WizardValues } from './wizard-values';

/** The draft whose warnings are shown, which of them, and the fixes the step can apply. */
export interface MirrorWarningsProps {
  values: WizardValues;
  /** Which warnings to show (the target step shows delivery and MTU ones; review shows all). */
  codes: readonly MirrorWarning['code'][];
  /** Turns the session on (W4's fix on review). */
  onEnable?: () => void;
}

/**
 * The draft's warnings (docs/behaviour.md, W1-W4): what the API accepts but will not copy or deliver, each
 * with its fix. The missing UDP 4789 security-group rule (W1) and network ACL rule (W2) can be
 * added from here, after a look at exactly what will be added.
 */
export function MirrorWarnings({ values, codes, onEnable }: MirrorWarningsProps) {
  const { t } = useT();
  const { snapshot } = useWizard();
  const ruleFix = useRuleFix(snapshot.inventory, useApplyDeliveryFix());
  const { setValue } = useFormContext<WizardValues>();
  const text = useResultText();
  const packetLength = typeof values.packet_length === 'number' ? values.packet_length : 0;
  const warnings = sessionWarnings(snapshot, { ...values, packet_length: packetLength }).filter((w) =>
    codes.includes(w.code),
  );
  if (warnings.length === 0) return null;

  return (
    <section
      aria-labelledby="draft-warnings"
      className="rounded border border-amber-300 bg-amber-50 px-4 py-3"
    >
      <h3 id="draft-warnings" className="text-sm font-semibold text-amber-950">
        {t('wizard.warnings.title', { count: warnings.length })}
      </h3>
      <ul className="mt-2 space-y-2 text-sm text-amber-950">
        {warnings.map((warning) => {
          const fix = warning.fix;
          return (
            <li
              key={`${warning.code}-${JSON.stringify(warning.message)}`}
              className="flex items-start justify-between gap-3"
            >
              <p>
                <RichMessage
                  id={'wizard.warnings.item'}
                  params={{ text: text(warning.message) }}
                  nodes={{ label: <span className="font-semibold">{text(warningLabel(warning.code))}</span> }}
                />
              </p>
              {ruleFix.button(warning)}
              {fix?.kind === 'set-packet-length' && (
                <Button
                  className="shrink-0"
                  onClick={() =>
                    setValue('packet_length', fix.packet_length, { shouldDirty: true, shouldValidate: true })
                  }
                >
                  {t('wizard.warnings.setLength', { length: fix.packet_length })}
                </Button>
              )}
              {fix?.kind === 'enable-session' && onEnable && (
                <Button className="shrink-0" onClick={onEnable}>
                  {t('wizard.warnings.enable')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {ruleFix.dialog}
    </section>
  );
}
