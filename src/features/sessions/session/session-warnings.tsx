import { Link } from '@tanstack/react-router';
import { useApplyDeliveryFix } from '@/api/delivery-fixes';
import { useUpdateSession } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { isDeliveryRuleFix } from '@/domain/model/warning-fixes';
import { warningLabel } from '@/domain/model/warning-titles';
import { sessionWarnings, type MirrorWarning } from '@/domain/model/warnings';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useRuleFix } from '@/shared-ui/use-rule-fix';
import { useT } from '@/i18n';
import { warningAnchorId, warningKey } from './warning-anchor';

export interface SessionWarningsProps {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
  onEnable: () => void;
  enabling: boolean;
}

/**
 * W1-W4 for this session, each with its fix: a button when the console can apply it (the
 * security group and network ACL rules are shown for confirmation first).
 */
export function SessionWarnings({ session, snapshot, onEnable, enabling }: SessionWarningsProps) {
  const ruleFix = useRuleFix(snapshot.inventory, useApplyDeliveryFix());
  const update = useUpdateSession();
  const toast = useToast();
  const { t } = useT();
  const refused = useApiErrorText();
  const text = useResultText();
  const warnings = sessionWarnings(snapshot, session);
  if (warnings.length === 0) return null;

  // W3's fix: copy no more than the source's MTU lets through uncut.
  const setPacketLength = (packetLength: number) =>
    update.mutate(
      { id: session.id, body: { packet_length: packetLength } },
      {
        onSuccess: () =>
          toast(
            'success',
            t('sessions.warnings.packetLengthSet', { name: session.name, length: packetLength }),
          ),
        onError: (error) =>
          toast('error', t('sessions.warnings.packetLengthNotSet', { error: refused(error) })),
      },
    );

  const action = (warning: MirrorWarning) => {
    const fix = warning.fix;
    if (fix?.kind === 'set-packet-length')
      return (
        <Button pending={update.isPending} onClick={() => setPacketLength(fix.packet_length)}>
          {t('sessions.warnings.setPacketLength', { length: fix.packet_length })}
        </Button>
      );
    if (fix?.kind === 'enable-session')
      return (
        <Button variant="secondary" pending={enabling} onClick={onEnable}>
          {t('sessions.warnings.enable')}
        </Button>
      );
    if (isDeliveryRuleFix(fix)) return ruleFix.button(warning);
    if (fix?.kind === 'add-filter-rule')
      return (
        <Link
          to="/filters/$filterId"
          params={{ filterId: fix.filter_id }}
          className="text-sm font-medium whitespace-nowrap text-brand-700 underline"
        >
          {t('sessions.warnings.addRule', { direction: fix.direction })}
        </Link>
      );
    return null;
  };

  return (
    <section aria-labelledby="session-warnings" className="rounded border border-amber-300 bg-amber-50">
      <h2
        id="session-warnings"
        className="border-b border-amber-200 px-4 py-2 text-sm font-semibold text-amber-950"
      >
        {t('sessions.warnings.title', { count: warnings.length })}
      </h2>
      <ul className="divide-y divide-amber-200">
        {warnings.map((warning) => (
          <li
            key={warningKey(warning)}
            id={warningAnchorId(warning)}
            tabIndex={-1}
            className="flex scroll-mt-4 items-start gap-3 px-4 py-2 text-sm text-amber-950 focus:outline-2 focus:-outline-offset-2 focus:outline-brand-700"
          >
            <span className="w-40 shrink-0 font-medium">{text(warningLabel(warning.code))}</span>
            <p className="min-w-0 flex-1">{text(warning.message)}</p>
            <div className="shrink-0">{action(warning)}</div>
          </li>
        ))}
      </ul>
      {ruleFix.dialog}
    </section>
  );
}
