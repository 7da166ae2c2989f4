/**
 * The source analysis against the shared matcher, on random sessions sharing eni-1: sessions
 * said never to receive a packet never decide one, example packets are copied by their
 * session, and priority overlaps are exactly the packets whose verdict a swap would change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MirrorConfig, TrafficMirrorSession } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { sessionsOfSource } from '../matcher/session-order';
import type { MirrorPacket, Verdict } from '../matcher/types';
import { packetText } from './describe';
import { examplePacketForSession } from './examples';
import { analyzeSource } from './source-analysis';
import type { SourceAnalysis } from './types';
import { packetsArb, sourceConfigArb } from './test-arbitraries';

/** Thousands of cases against the matcher: allow for a busy machine. */
const PROPERTY_TIMEOUT = 120_000;

const outcome = (v: Verdict) => `${v.reason}:${v.target_type}:${v.target_id}`;

/** The verdict of `session` alone (enabled), or null when none of its rules holds. */
function alone(config: MirrorConfig, session: TrafficMirrorSession, packet: MirrorPacket): string | null {
  const v = evaluatePacket({ ...config, sessions: [{ ...session, enabled: true }] }, packet);
  return v.session_id ? outcome(v) : null;
}

/** Findings checked on their own example packets and on random packets. */
function findingProblems(config: MirrorConfig, analysis: SourceAnalysis, packets: MirrorPacket[]): string[] {
  const out: string[] = [];
  const ordered = sessionsOfSource(config.sessions, 'eni-1').filter((s) => s.enabled);
  const verdicts = packets.map((p) => ({ p, v: evaluatePacket(config, p) }));
  for (const f of analysis.findings) {
    if (f.kind === 'session-never-receives') {
      const hit = verdicts.find(({ p, v }) => p.direction === f.direction && v.session_id === f.sessionId);
      if (hit) out.push(`${f.sessionId} never receives, yet decides ${packetText(hit.p)}`);
      continue;
    }
    const v = evaluatePacket(config, f.example);
    const lower = ordered.find((s) => s.id === f.lowerSessionId)!;
    const other = alone(config, lower, f.example);
    if (v.session_id !== f.higherSessionId || other === null || other === outcome(v)) {
      out.push(`overlap ${f.higherSessionId}/${f.lowerSessionId}: ${packetText(f.example)} does not differ`);
    }
  }
  for (const r of analysis.reach) {
    const mine = verdicts.filter(({ p, v }) => p.direction === r.direction && v.session_id === r.sessionId);
    if (!r.receives && mine.length > 0) out.push(`${r.sessionId} receives nothing, yet decides a packet`);
    if (r.copyExample) {
      const v = evaluatePacket(config, r.copyExample);
      if (v.reason !== 'ACCEPTED' || v.session_id !== r.sessionId)
        out.push(`${r.sessionId} copy example not copied by it`);
    } else if (mine.some(({ v }) => v.reason === 'ACCEPTED'))
      out.push(`${r.sessionId} copies a packet, no example`);
  }
  // Completeness: a packet that a lower session would decide differently is reported.
  for (const { p, v } of verdicts) {
    const index = ordered.findIndex((s) => s.id === v.session_id);
    for (const lower of index < 0 ? [] : ordered.slice(index + 1)) {
      const other = alone(config, lower, p);
      if (other === null || other === outcome(v)) continue;
      const reported = analysis.findings.some(
        (f) =>
          f.kind === 'priority-overlap' &&
          f.direction === p.direction &&
          f.higherSessionId === v.session_id &&
          f.lowerSessionId === lower.id,
      );
      if (!reported) out.push(`overlap ${v.session_id}/${lower.id} not reported: ${packetText(p)}`);
    }
  }
  return out;
}

describe('analyzeSource agrees with evaluatePacket', () => {
  it(
    'never-receives, reach, copy examples and priority overlaps',
    () => {
      fc.assert(
        fc.property(sourceConfigArb, packetsArb, fc.nat(), (config, packets, pick) => {
          const analysis = analyzeSource(config, 'eni-1');
          const ordered = sessionsOfSource(config.sessions, 'eni-1').filter((s) => s.enabled);
          expect(analysis.sessionIds).toEqual(ordered.map((s) => s.id));
          const found = findingProblems(config, analysis, packets);
          // One session's example packet through the public entry point.
          const session = config.sessions[pick % config.sessions.length]!;
          const example = examplePacketForSession(config, session.id, 'eni-1');
          const copiedBy = (p: MirrorPacket) => {
            const v = evaluatePacket(config, p);
            return v.reason === 'ACCEPTED' && v.session_id === session.id;
          };
          if (example.found ? !copiedBy(example.packet) : packets.some(copiedBy)) {
            found.push(
              `examplePacketForSession(${session.id}) is wrong: ${example.found ? 'not copied' : example.reason}`,
            );
          }
          expect(found).toEqual([]);
        }),
        { numRuns: 800 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
