/**
 * The matcher compiled for batches (captures, benchmarks): the same decisions as
 * `evaluatePacket`, with numbers instead of strings in the hot path.
 *
 * `decide` covers docs/behaviour.md, "Which packets are copied" steps 2-6 (sessions and rules). It does not apply step 1
 * (security groups and network ACLs): that needs the inventory and address text, and a
 * capture taken on an interface holds only packets that reached it anyway. `evaluate` covers
 * everything `evaluatePacket` does except the trace.
 */
import type { MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { viewPacket, type PacketView } from './conditions';
import { BitsetBuilder, MAX_BITSET_RULES } from './bitset-index';
import { compileRule, PROTOCOL_CLASSES, ROW_V4, ROW_V6, RowTable, type NumericRule } from './compiled-rules';
import { decideWith, type MatcherTables } from './decide-kernel';
import { completeVerdict } from './evaluate-packet';
import { decided, matchSessions, undecided } from './match-sessions';
import { compareEvaluationOrder, filtersById, rulesOfDirection } from './session-order';
import { createPacketFields, type PacketFields } from './packet-fields';
import type { MirrorPacket, Outcome, VerdictCore } from './types';

export {
  createPacketFields,
  OUTCOME_NO_ENABLED_SESSION,
  OUTCOME_NO_MATCH,
  OUTCOME_NOT_A_SOURCE,
  type PacketFields,
} from './packet-fields';

/** Below this many rules a list is scanned: a few row checks cost less than the searches. */
const MIN_INDEXED_RULES = 8;

export interface CompileOptions {
  /**
   * `auto` (default): lists of 8 to 32 rules go through a bit-vector index, the others are
   * scanned row by row; `index`: every list of up to 32 rules is indexed; `scan`: every
   * list is scanned. The verdicts are the same; `index` and `scan` exist for tests and
   * measurements.
   */
  strategy?: 'auto' | 'index' | 'scan';
}

export interface CompiledConfig {
  /** What each index returned by `decide` means. */
  readonly outcomes: readonly Outcome[];
  /** The ENIs that are sources, by index. */
  readonly sources: readonly string[];
  sourceIndexOf(eniId: string): number;
  /** Steps 2-6 for one packet: an index into `outcomes`. Allocation-free. */
  decide(fields: PacketFields): number;
  /**
   * The tables `decide` reads. Why: a loop over millions of packets calls `decideWith(tables,
   * fields)` itself, one function for every configuration, so that its compiled code is kept
   * from one capture to the next.
   */
  readonly tables: MatcherTables;
  /** Fills `fields` from a packet; false when it cannot be (address not of its ethertype). */
  readPacket(packet: MirrorPacket, fields: PacketFields): boolean;
  /** Same verdict fields as `evaluatePacket` (admission, copy and delivery too), no trace. */
  evaluate(packet: MirrorPacket): VerdictCore;
}

/**
 * Compiles a configuration for fast evaluation. Why: a capture holds millions of packets.
 * Per source, direction, ethertype and protocol class, the rules of all enabled sessions
 * that could match are laid out in evaluation order as one flat list of Int32 rows (port
 * bounds, address masks and networks); a list of 8 to 32 rules is also indexed as bit
 * vectors, so deciding takes a few binary searches instead of checking every row.
 *
 * @example
 * const compiled = compileConfig(config);
 * const fields = createPacketFields();
 * compiled.readPacket(packet, fields);
 * compiled.outcomes[compiled.decide(fields)]?.reason // 'ACCEPTED', as evaluatePacket(config, packet).reason
 */
export function compileConfig(config: MirrorConfig, options: CompileOptions = {}): CompiledConfig {
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
  const listRows: number[] = [];
  const listDims: number[] = [];
  const bitsets = new BitsetBuilder();
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
    const group = listDims.length / (4 * PROTOCOL_CLASSES);
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
        const listed: NumericRule[] = [];
        for (const { session, rule, compiled } of rules) {
          if (compiled?.family !== family || !compiled.classes.includes(cls)) continue;
          table.push(compiled.cells, outcomeOf(session, rule));
          listed.push(compiled);
        }
        listRows.push(start, table.length);
        const strategy = options.strategy ?? 'auto';
        const indexed =
          strategy !== 'scan' &&
          listed.length <= MAX_BITSET_RULES &&
          (strategy === 'index' || listed.length >= MIN_INDEXED_RULES);
        listDims.push(...(indexed ? bitsets.addList(listed) : [-1, -1]));
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

  const matcherTables: MatcherTables = {
    sourceCount: sources.length,
    allDisabled,
    sourceGroup,
    listRows: Int32Array.from(listRows),
    listDims: Int32Array.from(listDims),
    dims: Int32Array.from(bitsets.dims),
    bounds: Int32Array.from(bitsets.bounds),
    masks: Int32Array.from(bitsets.masks),
    t4: tables[4].finish(),
    t6: tables[6].finish(),
  };
  const decide = (f: PacketFields) => decideWith(matcherTables, f);

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
    tables: matcherTables,
    readPacket: (packet, fields) => readView(viewPacket(packet), fields),
    evaluate(packet) {
      const view = viewPacket(packet);
      return completeVerdict(config.inventory, view, () => ({ outcome: decideView(view), extra: null })).core;
    },
  };
}
