/**
 * The matcher compiled for batches (captures, benchmarks): the same decisions as
 * `evaluatePacket`, with numbers instead of strings in the hot path.
 *
 * `decide` covers SPEC section 5 steps 2-6 (sessions and rules). It does not apply step 1
 * (security groups and network ACLs): that needs the inventory and address text, and a
 * capture taken on an interface holds only packets that reached it anyway. `evaluate` covers
 * everything `evaluatePacket` does except the trace.
 */
import type { MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { viewPacket, type PacketView } from './conditions';
import {
  compileRule,
  protocolClass,
  PROTOCOL_CLASSES,
  ROW_V4,
  ROW_V6,
  RowTable,
  type NumericRule,
} from './compiled-rules';
import { completeVerdict } from './evaluate-packet';
import { decided, matchSessions, undecided } from './match-sessions';
import { compareEvaluationOrder, filtersById, rulesOfDirection } from './session-order';
import {
  createPacketFields,
  OUTCOME_NO_ENABLED_SESSION,
  OUTCOME_NO_MATCH,
  OUTCOME_NOT_A_SOURCE,
  type PacketFields,
} from './packet-fields';
import type { MirrorPacket, Outcome, VerdictCore } from './types';

export {
  createPacketFields,
  OUTCOME_NO_ENABLED_SESSION,
  OUTCOME_NO_MATCH,
  OUTCOME_NOT_A_SOURCE,
  type PacketFields,
} from './packet-fields';

export interface CompiledConfig {
  /** What each index returned by `decide` means. */
  readonly outcomes: readonly Outcome[];
  /** The ENIs that are sources, by index. */
  readonly sources: readonly string[];
  sourceIndexOf(eniId: string): number;
  /** Steps 2-6 for one packet: an index into `outcomes`. Allocation-free. */
  decide(fields: PacketFields): number;
  /** Fills `fields` from a packet; false when it cannot be (address not of its ethertype). */
  readPacket(packet: MirrorPacket, fields: PacketFields): boolean;
  /** Same verdict fields as `evaluatePacket` (admission, copy and delivery too), no trace. */
  evaluate(packet: MirrorPacket): VerdictCore;
}

/**
 * Compiles a configuration for fast evaluation. Why: a capture holds millions of packets;
 * per packet only numbers are compared, over the rules that can match its ethertype and
 * protocol, with every session of its source laid out in order in one flat list.
 *
 * @example
 * const compiled = compileConfig(config);
 * const fields = createPacketFields();
 * compiled.readPacket(packet, fields);
 * compiled.outcomes[compiled.decide(fields)]?.reason // 'ACCEPTED', as evaluatePacket(config, packet).reason
 */
export function compileConfig(config: MirrorConfig): CompiledConfig {
  const filters = filtersById(config.filters);
  const outcomes: Outcome[] = [
    undecided('NOT_A_SOURCE'),
    undecided('NO_ENABLED_SESSION'),
    undecided('NO_MATCH'),
  ];
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const listings: TrafficMirrorSession[][] = [];
  for (const session of config.sessions) {
    for (const eni of new Set(session.traffic_mirror_sources)) {
      let index = sourceIndex.get(eni);
      if (index === undefined) {
        index = sources.push(eni) - 1;
        sourceIndex.set(eni, index);
        listings.push([]);
      }
      listings[index]!.push(session);
    }
  }

  const ordinal = new Map(config.sessions.map((s, i) => [s, i]));
  const numeric = new Map<TrafficMirrorFilterRule, NumericRule | null>();
  const outcomeIndex = new Map<TrafficMirrorFilterRule, Map<TrafficMirrorSession, number>>();
  const tables = { 4: new RowTable(ROW_V4), 6: new RowTable(ROW_V6) };
  const bounds: number[] = [];
  const groups = new Map<string, number>();

  const outcomeOf = (session: TrafficMirrorSession, rule: TrafficMirrorFilterRule) => {
    let bySession = outcomeIndex.get(rule);
    if (!bySession) outcomeIndex.set(rule, (bySession = new Map()));
    let index = bySession.get(session);
    if (index === undefined) {
      index = outcomes.push(decided(session, rule)) - 1;
      bySession.set(session, index);
    }
    return index;
  };

  /** Lists for one direction of one sequence of enabled sessions: 2 ethertypes x 5 classes. */
  const buildGroup = (sessions: TrafficMirrorSession[], direction: 0 | 1): number => {
    const group = bounds.length / (4 * PROTOCOL_CLASSES);
    const rules = sessions.flatMap((session) => {
      const filter = filters.get(session.traffic_mirror_filter_id);
      if (!filter) return [];
      return rulesOfDirection(filter, direction === 0 ? 'ingress' : 'egress').map((rule) => {
        if (!numeric.has(rule)) numeric.set(rule, compileRule(rule));
        return { session, rule, compiled: numeric.get(rule) ?? null };
      });
    });
    for (const family of [4, 6] as const) {
      for (let cls = 0; cls < PROTOCOL_CLASSES; cls++) {
        const table = tables[family];
        const start = table.length;
        for (const { session, rule, compiled } of rules) {
          if (compiled?.family !== family || !compiled.classes.includes(cls)) continue;
          table.push(compiled.cells, outcomeOf(session, rule));
        }
        bounds.push(start, table.length);
      }
    }
    return group;
  };

  const allDisabled = new Uint8Array(sources.length);
  const sourceGroup = new Int32Array(sources.length * 2);
  listings.forEach((listing, i) => {
    const enabled = listing.filter((s) => s.enabled).sort(compareEvaluationOrder);
    allDisabled[i] = enabled.length === 0 ? 1 : 0;
    for (const direction of [0, 1] as const) {
      const key = `${direction}:${enabled.map((s) => ordinal.get(s)).join(',')}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = buildGroup(enabled, direction);
        groups.set(key, group);
      }
      sourceGroup[i * 2 + direction] = group;
    }
  });

  const t4 = tables[4].finish();
  const t6 = tables[6].finish();
  const listBounds = Int32Array.from(bounds);
  const sourceCount = sources.length;

  function decide(f: PacketFields): number {
    const s = f.sourceIndex;
    if (s < 0 || s >= sourceCount) return OUTCOME_NOT_A_SOURCE;
    if (allDisabled[s] === 1) return OUTCOME_NO_ENABLED_SESSION;
    const six = f.ethertype === 6 ? 1 : 0;
    const list =
      (((sourceGroup[s * 2 + f.direction]! * 2 + six) * PROTOCOL_CLASSES + protocolClass(f.protocol)) * 2) |
      0;
    let o = listBounds[list]!;
    const end = listBounds[list + 1]!;
    const sp = f.srcPort;
    const dp = f.dstPort;
    if (six === 0) {
      const a = f.src[0]! | 0;
      const b = f.dst[0]! | 0;
      for (; o < end; o += ROW_V4) {
        if (
          sp >= t4[o]! &&
          sp <= t4[o + 1]! &&
          dp >= t4[o + 2]! &&
          dp <= t4[o + 3]! &&
          (a & t4[o + 4]!) === t4[o + 5]! &&
          (b & t4[o + 6]!) === t4[o + 7]!
        ) {
          return t4[o + 8]!;
        }
      }
      return OUTCOME_NO_MATCH;
    }
    const src = f.src;
    const dst = f.dst;
    for (; o < end; o += ROW_V6) {
      if (
        sp >= t6[o]! &&
        sp <= t6[o + 1]! &&
        dp >= t6[o + 2]! &&
        dp <= t6[o + 3]! &&
        (src[0]! & t6[o + 4]!) === t6[o + 8]! &&
        (src[1]! & t6[o + 5]!) === t6[o + 9]! &&
        (src[2]! & t6[o + 6]!) === t6[o + 10]! &&
        (src[3]! & t6[o + 7]!) === t6[o + 11]! &&
        (dst[0]! & t6[o + 12]!) === t6[o + 16]! &&
        (dst[1]! & t6[o + 13]!) === t6[o + 17]! &&
        (dst[2]! & t6[o + 14]!) === t6[o + 18]! &&
        (dst[3]! & t6[o + 15]!) === t6[o + 19]!
      ) {
        return t6[o + 20]!;
      }
    }
    return OUTCOME_NO_MATCH;
  }

  function readView(view: PacketView, f: PacketFields): boolean {
    const family = view.ethertype === 'ipv4' ? 4 : view.ethertype === 'ipv6' ? 6 : 0;
    if (family === 0 || view.source?.family !== family || view.destination?.family !== family) return false;
    f.sourceIndex = sourceIndex.get(view.raw.source) ?? -1;
    f.direction = view.raw.direction === 'ingress' ? 0 : 1;
    f.ethertype = family;
    f.protocol = view.protocol;
    f.src.set(view.source.words);
    f.dst.set(view.destination.words);
    f.srcPort = view.sourcePort;
    f.dstPort = view.destinationPort;
    f.length = view.raw.length ?? 0;
    return true;
  }

  const scratch = createPacketFields();
  const decideView = (view: PacketView): Outcome => {
    if (readView(view, scratch)) return outcomes[decide(scratch)]!;
    return matchSessions(config.sessions, filters, view).outcome;
  };

  return {
    outcomes,
    sources,
    sourceIndexOf: (eniId) => sourceIndex.get(eniId) ?? -1,
    decide,
    readPacket: (packet, fields) => readView(viewPacket(packet), fields),
    evaluate(packet) {
      const view = viewPacket(packet);
      return completeVerdict(config.inventory, view, () => ({ outcome: decideView(view), extra: null })).core;
    },
  };
}
