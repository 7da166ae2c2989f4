import { useMemo } from 'react';
import { packetTesterFields, packetText, sessionFindingsIn } from '@/domain/analysis';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { FindingList } from '@/components/ui/finding-list';
import { useWizard } from './wizard-context';
import type { WizardValues } from './wizard-values';

/** The id the session being created goes by in the analysis; no saved session has it. */
export const DRAFT_SESSION_ID = 'draft-session';

/** The session the wizard would create, as the analysis reads it; null while incomplete. */
export function draftSession(values: WizardValues): TrafficMirrorSession | null {
  if (!values.traffic_mirror_filter_id || values.traffic_mirror_sources.length === 0) return null;
  if (!Number.isInteger(values.priority)) return null;
  return {
    id: DRAFT_SESSION_ID,
    project_id: '',
    name: values.name.trim() || 'new session',
    description: values.description,
    traffic_mirror_filter_id: values.traffic_mirror_filter_id,
    traffic_mirror_sources: values.traffic_mirror_sources,
    traffic_mirror_target_id: values.traffic_mirror_target_id,
    traffic_mirror_target_type: values.traffic_mirror_target_type,
    priority: values.priority,
    virtual_network_id: typeof values.virtual_network_id === 'number' ? values.virtual_network_id : 0,
    packet_length: typeof values.packet_length === 'number' ? values.packet_length : 0,
    enabled: values.enabled,
    type: 'eni',
    created_at: '',
    updated_at: '',
  };
}

/**
 * The review step's analysis of the session before it exists: added to the region's
 * sessions, does it receive anything from each source, which sessions it overlaps with, and
 * which directions its filter copies nothing in. Example packets open in the packet tester,
 * which tests them against the saved sessions.
 */
export function DraftAnalysis({ values }: { values: WizardValues }) {
  const { snapshot } = useWizard();
  const lines = useMemo(() => {
    const draft = draftSession(values);
    return draft && sessionFindingsIn(snapshot, draft);
  }, [values, snapshot]);
  if (!lines) return null;
  return (
    <section aria-labelledby="draft-analysis-title" className="rounded border border-slate-200 bg-white">
      <div className="border-b border-slate-200 px-4 py-2">
        <h3 id="draft-analysis-title" className="text-sm font-semibold text-slate-800">
          Traffic analysis
        </h3>
        <p className="text-xs text-slate-600">
          What this session will receive beside the region&apos;s other sessions, found exactly from the rules
          and priorities. The packet tester tests example packets against the saved sessions.
        </p>
      </div>
      <div className="px-4">
        <FindingList
          items={lines.map((line) => ({
            ...line,
            // The draft is not saved yet: the tester tests against the saved sessions.
            example: line.packet && {
              text: packetText(line.packet),
              to: '/packet-tester',
              search: packetTesterFields(line.packet),
              label: 'Test this packet',
              context: line.context,
            },
          }))}
        />
      </div>
    </section>
  );
}
