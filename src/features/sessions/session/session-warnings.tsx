import { Link } from '@tanstack/react-router';
import { useApplyDeliveryFix } from '@/api/delivery-fixes';
import { useUpdateSession } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { isDeliveryRuleFix } from '@/domain/model/warning-fixes';
import { warningLabel } from '@/domain/model/warning-titles';
import { sessionWarnings, type MirrorWarning } from '@/domain/model/warnings';
import { directionWord } from '@/domain/model/direction-words';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { useToast } from '@/components/ui/toast';
import { useRuleFix } from '@/shared-ui/use-rule-fix';

export interface SessionWarningsProps {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
  onEnable: () => void;
  enabling: boolean;
}

function warningKey(w: MirrorWarning): string {
  return `${w.code}-${w.direction ?? ''}-${w.resources.join(',')}`;
}

/**
 * W1-W4 for this session, each with its fix: a button when the console can apply it (the
 * security group and network ACL rules are shown for confirmation first).
 */
export function SessionWarnings({ session, snapshot, onEnable, enabling }: SessionWarningsProps) {
  const ruleFix = useRuleFix(snapshot.inventory, useApplyDeliveryFix());
  const update = useUpdateSession();
  const toast = useToast();
  const text = useResultText();
  const warnings = sessionWarnings(snapshot, session);
  if (warnings.length === 0) return null;

  // W3's fix: copy no more than the source's MTU lets through uncut.
  const setPacketLength = (packetLength: number) =>
    update.mutate(
      { id: session.id, body: { packet_length: packetLength } },
      {
        onSuccess: () =>
          toast('success', `Mirror session "${session.name}" now copies ${packetLength} bytes per packet.`),
        onError: (error) => toast('error', `The packet length was not changed: ${error.message}`),
      },
    );

  const action = (warning: MirrorWarning) => {
    const fix = warning.fix;
    if (fix?.kind === 'set-packet-length')
      return (
        <Button pending={update.isPending} onClick={() => setPacketLength(fix.packet_length)}>
          Set the packet length to {fix.packet_length}
        </Button>
      );
    if (fix?.kind === 'enable-session')
      return (
        <Button variant="secondary" pending={enabling} onClick={onEnable}>
          Enable session
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
          Add an {directionWord(fix.direction)} rule
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
        {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}: this session does not copy
        everything it could
      </h2>
      <ul className="divide-y divide-amber-200">
        {warnings.map((warning) => (
          <li key={warningKey(warning)} className="flex items-start gap-3 px-4 py-2 text-sm text-amber-950">
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
