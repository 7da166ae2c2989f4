/** A session's analysis as lines a page can show: the findings of the filter and source analyses. */
import type { MirrorPacket } from '../matcher/types';
import type { MirrorConfig, TrafficMirrorSession } from '../model/types';
import type { Snapshot } from '../model/violations';
import { DIRECTIONS } from '../model/direction-words';
import { withDraftSession } from '../model/draft-session';
import { findPort } from '../network/inventory-lookup';
import { examplePacketForSession } from './examples';
import { analyzeFilterDirection } from './filter-analysis';
import { analyzeSource } from './source-analysis';
import { ruleTrafficFindings } from './traffic-findings';
import { directionWord, message, type AnalysisMessage } from './messages';
import { TRAFFIC_FINDING_BADGE } from './traffic-messages';

/** One line of a session's analysis: what is found, and a packet to try in the packet tester. */
export interface SessionFindingLine {
  key: string;
  badge: AnalysisMessage;
  tone: 'warning' | 'info' | 'success';
  message: AnalysisMessage;
  packet: MirrorPacket | null;
  /** Tells the tester link apart from the others, such as "web-prod-01-eth0". */
  context: AnalysisMessage;
}

const TONE_ORDER: Record<SessionFindingLine['tone'], number> = { warning: 0, info: 1, success: 2 };

/**
 * What the analysis finds for one session, exactly: per source, whether higher-priority
 * sessions decide all its packets (it never receives) and overlaps with the other sessions
 * of the source; directions its filter copies nothing in; rules of its filter that match only
 * packets its sources never carry or drop before mirroring; and per source a packet it copies
 * (one the source really carries, so that the packet tester says it is copied).
 * Warnings come first, then overlaps, then the packets it copies.
 * Shown on the session page and, for the session not yet created, on the wizard's review
 * step (`sessionFindingsIn` adds the draft to the sessions). A disabled session gets only the filter
 * findings: it receives nothing until it is enabled.
 *
 * @example sessionFindings(config, session, (id) => portNames[id] ?? id)[0]?.badge // { id: 'badge.copies' }
 */
export function sessionFindings(
  config: MirrorConfig,
  session: TrafficMirrorSession,
  nameOf: (portId: string) => string,
): SessionFindingLine[] {
  const lines: SessionFindingLine[] = [];
  const filter = config.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  for (const direction of DIRECTIONS) {
    const analysis = filter && analyzeFilterDirection(filter, direction);
    const finding = analysis?.findings.find((f) => f.kind === 'direction-copies-nothing');
    if (finding) {
      const context = message('context.direction', { way: directionWord(direction) });
      lines.push({
        key: `nothing-${direction}`,
        badge: message('badge.copiesNothing'),
        tone: 'warning',
        message: finding.message,
        packet: null,
        context,
      });
    }
  }
  for (const finding of filter ? ruleTrafficFindings(config, filter) : []) {
    const priority = filter!.ingress_rules
      .concat(filter!.egress_rules)
      .find((r) => r.id === finding.ruleId)?.priority;
    lines.push({
      key: `${finding.kind}-${finding.ruleId}`,
      badge: TRAFFIC_FINDING_BADGE[finding.kind],
      tone: 'warning',
      message: finding.message,
      packet: null,
      context: message('context.rule', { way: directionWord(finding.direction), priority: priority ?? '' }),
    });
  }
  if (!session.enabled) return lines;
  for (const source of session.traffic_mirror_sources) {
    const { findings } = analyzeSource(config, source);
    for (const finding of findings) {
      if (finding.kind === 'session-never-receives' && finding.sessionId === session.id) {
        const key = `never-${source}-${finding.direction}`;
        lines.push({
          key,
          badge: message('badge.neverReceives'),
          tone: 'warning',
          message: finding.message,
          packet: null,
          context: message('context.source', { source: nameOf(source) }),
        });
      }
      if (
        finding.kind === 'priority-overlap' &&
        (finding.higherSessionId === session.id || finding.lowerSessionId === session.id)
      ) {
        const key = `overlap-${source}-${finding.direction}-${finding.higherSessionId}-${finding.lowerSessionId}`;
        const context = message('context.overlap', {
          source: nameOf(source),
          way: directionWord(finding.direction),
        });
        lines.push({
          key,
          badge: message('badge.overlap'),
          tone: 'info',
          message: finding.message,
          packet: finding.example,
          context,
        });
      }
    }
    const example = examplePacketForSession(config, session.id, source);
    lines.push(
      example.found
        ? {
            key: `copies-${source}`,
            badge: message('badge.copies'),
            tone: 'success',
            message: message('line.copies', { source: nameOf(source) }),
            packet: example.packet,
            context: message('context.copiedFrom', { source: nameOf(source) }),
          }
        : {
            key: `copies-${source}`,
            badge: message('badge.copiesNothing'),
            tone: 'warning',
            message: example.message,
            packet: null,
            context: message('context.source', { source: nameOf(source) }),
          },
    );
  }
  // What needs fixing first, then what depends on priority, then what is copied.
  return lines.sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone]);
}

/**
 * {@link sessionFindings} for a session of a region's snapshot, or one about to join it (a
 * session whose id the snapshot does not hold is added to its sessions), with interfaces
 * named as the inventory names them.
 */
export function sessionFindingsIn(snapshot: Snapshot, session: TrafficMirrorSession): SessionFindingLine[] {
  const config = withDraftSession<MirrorConfig>(
    { sessions: [...snapshot.sessions], filters: [...snapshot.filters], inventory: snapshot.inventory },
    session,
  );
  return sessionFindings(config, session, (id) => findPort(snapshot.inventory, id)?.name ?? id);
}

/**
 * The packet tester's address fields for a packet: the interface, the direction and every
 * field, ports only for TCP and UDP (the tester refuses ports on other protocols), so that
 * a link opens the tester with the packet already tested.
 *
 * @example packetTesterFields(packet).destination_port // 443
 */
export function packetTesterFields(packet: MirrorPacket) {
  const ports = packet.protocol === 'TCP' || packet.protocol === 'UDP';
  return {
    source: packet.source === '' ? undefined : packet.source,
    direction: packet.direction,
    ethertype: packet.ethertype,
    protocol: packet.protocol,
    source_ip: packet.source_ip,
    destination_ip: packet.destination_ip,
    source_port: ports ? packet.source_port : undefined,
    destination_port: ports ? packet.destination_port : undefined,
  };
}
