import { useMemo } from 'react';
import { packetTesterFields, packetText, sessionFindingsIn } from '@/domain/analysis';
import { draftLinkOf, draftSessionOf } from '@/domain/model/draft-session';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { FindingList } from '@/components/ui/finding-list';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** The session the wizard would create, as the analysis reads it; null while incomplete. */
export function draftSession(values: WizardValues): TrafficMirrorSession | null {
  if (!values.traffic_mirror_filter_id || values.traffic_mirror_sources.length === 0) return null;
  if (!Number.isInteger(values.priority)) return null;
  return draftSessionOf({
    name: values.name,
    priority: values.priority,
    traffic_mirror_filter_id: values.traffic_mirror_filter_id,
    traffic_mirror_sources: values.traffic_mirror_sources,
    traffic_mirror_target_type: values.traffic_mirror_target_type,
    traffic_mirror_target_id: values.traffic_mirror_target_id,
    virtual_network_id: typeof values.virtual_network_id === 'number' ? values.virtual_network_id : 0,
    packet_length: typeof values.packet_length === 'number' ? values.packet_length : 0,
    enabled: values.enabled,
  });
}

/**
 * The review step's analysis of the session before it exists: added to the region's
 * sessions, does it receive anything from each source, which sessions it overlaps with, and
 * which directions its filter copies nothing in. Example packets open in the packet tester,
 * which tests them against the saved sessions and the draft together.
 */
export function DraftAnalysis({ values }: { values: WizardValues }) {
  const { t } = useT();
  const { snapshot } = useWizard();
  const draft = useMemo(() => draftSession(values), [values]);
  const lines = useMemo(() => draft && sessionFindingsIn(snapshot, draft), [draft, snapshot]);
  const text = useResultText();
  if (!draft || !lines) return null;
  return (
    <section aria-labelledby="draft-analysis-title" className="rounded border border-slate-200 bg-white">
      <div className="border-b border-slate-200 px-4 py-2">
        <h3 id="draft-analysis-title" className="text-sm font-semibold text-slate-800">
          {t('wizard.analysis.title')}
        </h3>
        <p className="text-xs text-slate-600">{t('wizard.analysis.body')}</p>
      </div>
      <div className="px-4">
        <FindingList
          items={lines.map((line) => ({
            ...line,
            badge: text(line.badge),
            message: text(line.message),
            // The draft is not saved yet: the link carries it, and the tester adds it to the sessions.
            example: line.packet && {
              text: packetText(line.packet),
              to: '/packet-tester',
              search: { ...packetTesterFields(line.packet), draft: draftLinkOf(draft) },
              label: t('wizard.analysis.test'),
              context: text(line.context),
            },
          }))}
        />
      </div>
    </section>
  );
}
