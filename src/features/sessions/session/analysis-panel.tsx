import { useMemo } from 'react';
import { packetTesterFields, packetText, sessionFindingsIn } from '@/domain/analysis';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { FindingList } from '@/components/ui/finding-list';
import { useResultText } from '@/components/results/use-result-text';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';

/**
 * What the session really receives from each of its sources, exactly: sources on which
 * higher-priority sessions decide all its packets, overlaps with the other sessions of a
 * source, directions that copy nothing, and example packets that open in the packet tester.
 */
export function SessionAnalysisPanel({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const { t } = useT();
  const lines = useMemo(() => sessionFindingsIn(snapshot, session), [session, snapshot]);
  const text = useResultText();
  return (
    <Panel title={t('sessions.analysis.title')}>
      {lines.length === 0 ? (
        <p className="text-sm text-slate-600">{t('sessions.analysis.noSource')}</p>
      ) : (
        <FindingList
          items={lines.map((line) => ({
            ...line,
            badge: text(line.badge),
            message: text(line.message),
            example: line.packet && {
              text: packetText(line.packet),
              to: '/packet-tester',
              // The tester names the session the packet came from.
              search: { ...packetTesterFields(line.packet), session: session.id },
              label: t('sessions.analysis.testPacket'),
              context: text(line.context),
            },
          }))}
        />
      )}
    </Panel>
  );
}
