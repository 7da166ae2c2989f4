import { useId, type ReactNode } from 'react';
import { packetText } from '@/domain/analysis';
import { Alert } from '@/components/ui/alert';
import type { MirrorPacket, Verdict } from '@/domain/matcher/types';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { packetAddressProblem } from '@/domain/network/packet-address';
import { useT } from '@/i18n';
import type { ConfigNames } from './config-names';
import { CopyDetails } from './copy-details';
import { VerdictSummary } from './verdict-summary';
import { VerdictTrace } from './verdict-trace';
import { useResultText } from '@/components/results/use-result-text';

/** Props of {@link VerdictView}. */
export interface VerdictViewProps {
  verdict: Verdict;
  packet: MirrorPacket;
  /** The direction was inferred from the addresses (said next to it). */
  inferred: boolean;
  names: ConfigNames;
  sessions: readonly TrafficMirrorSession[];
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * One verdict in full: in plain words, a note when the packet's address is not the
 * interface's, the packet as tested, whether it got past the source's security group and
 * network ACL, the trace, and the copy with its delivery.
 */
export function VerdictView({ verdict, packet, inferred, names, sessions }: VerdictViewProps) {
  const { t } = useT();
  const port = names.port(packet.source);
  const admission = verdict.admission;
  const text = useResultText();
  const addressProblem = port ? packetAddressProblem(port, packet) : null;
  return (
    <div className="space-y-4">
      <VerdictSummary verdict={verdict} packet={packet} names={names} />
      {addressProblem && (
        <Alert tone="warning" title={t('tester.view.addressProblem')}>
          {addressProblem}
        </Alert>
      )}
      <Part title={t('tester.view.packet')}>
        <p className="text-sm">
          <span className="font-mono">{packetText(packet).replace(' -> ', ' → ')}</span>
          <span className="text-slate-600">
            {' '}
            {t('tester.view.packetMeta', {
              length: packet.length ?? 64,
              direction: packet.direction,
              where: port?.name ?? packet.source,
              inferred: inferred ? 'yes' : 'no',
            })}
          </span>
        </p>
        {admission?.checked && (
          <p className={`mt-1 text-sm ${admission.allowed ? 'text-slate-700' : 'font-medium text-red-800'}`}>
            {text(admission.note)}
          </p>
        )}
      </Part>
      <Part title={t('tester.view.trace')}>
        <VerdictTrace verdict={verdict} packet={packet} names={names} sessions={sessions} />
      </Part>
      {verdict.copy && (
        <Part title={t('tester.view.copy')}>
          <CopyDetails copy={verdict.copy} delivery={verdict.delivery} />
        </Part>
      )}
    </div>
  );
}
