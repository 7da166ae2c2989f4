import { analyzeFilterDirection, analyzeSource, examplePacketForSession } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';
import type { MirrorConfig, TrafficMirrorSession } from '@/domain/model/types';

/** One line of a session's analysis: what is found, and a packet to try in the tester. */
export interface SessionFindingLine {
  key: string;
  badge: string;
  tone: 'warning' | 'info' | 'success';
  message: string;
  packet: MirrorPacket | null;
  /** Tells the tester link apart from the others, such as "web-prod-01-eth0". */
  context: string;
}

/**
 * What the analysis finds for one session, exactly: per source, whether higher-priority
 * sessions decide all its packets (it never receives) and overlaps with the other sessions
 * of the source; directions its filter copies nothing in; and per source a packet it copies.
 */
export function sessionFindings(
  config: MirrorConfig,
  session: TrafficMirrorSession,
  nameOf: (portId: string) => string,
): SessionFindingLine[] {
  const lines: SessionFindingLine[] = [];
  const filter = config.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  for (const direction of ['ingress', 'egress'] as const) {
    const analysis = filter && analyzeFilterDirection(filter, direction);
    const finding = analysis?.findings.find((f) => f.kind === 'direction-copies-nothing');
    if (finding) {
      const context = `${direction === 'ingress' ? 'inbound' : 'outbound'} direction`;
      lines.push({
        key: `nothing-${direction}`,
        badge: 'Copies nothing',
        tone: 'warning',
        message: finding.message,
        packet: null,
        context,
      });
    }
  }
  if (!session.enabled) return lines;
  for (const source of session.traffic_mirror_sources) {
    const { findings } = analyzeSource(config, source);
    for (const finding of findings) {
      if (finding.kind === 'session-never-receives' && finding.sessionId === session.id) {
        const key = `never-${source}-${finding.direction}`;
        lines.push({
          key,
          badge: 'Never receives',
          tone: 'warning',
          message: finding.message,
          packet: null,
          context: nameOf(source),
        });
      }
      if (
        finding.kind === 'priority-overlap' &&
        (finding.higherSessionId === session.id || finding.lowerSessionId === session.id)
      ) {
        const key = `overlap-${source}-${finding.direction}-${finding.higherSessionId}-${finding.lowerSessionId}`;
        const context = `overlap on ${nameOf(source)}, ${finding.direction === 'ingress' ? 'inbound' : 'outbound'}`;
        lines.push({
          key,
          badge: 'Overlap',
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
            badge: 'Copies',
            tone: 'success',
            message: `This session copies packets from ${nameOf(source)}, such as this one.`,
            packet: example.packet,
            context: `copied from ${nameOf(source)}`,
          }
        : {
            key: `copies-${source}`,
            badge: 'Copies nothing',
            tone: 'warning',
            message: example.message,
            packet: null,
            context: nameOf(source),
          },
    );
  }
  return lines;
}
