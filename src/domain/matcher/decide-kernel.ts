/**
 * The hot path of the compiled matcher: from a numeric packet to an outcome index, without
 * allocating. Lists of up to 32 rules are decided through their bit-vector index (a few
 * binary searches), longer ones by scanning their rows in order.
 */
import { KEY_COUNT } from './bitset-index';
import { PROTOCOL_CLASSES, protocolClass, ROW_V4, ROW_V6 } from './compiled-rules';
import {
  OUTCOME_NO_ENABLED_SESSION,
  OUTCOME_NO_MATCH,
  OUTCOME_NOT_A_SOURCE,
  type PacketFields,
} from './packet-fields';

/** Everything `decide` reads; built by `compileConfig`. */
export interface MatcherTables {
  sourceCount: number;
  /** Per source: 1 when every session listing it is disabled. */
  allDisabled: Uint8Array;
  /** Per source and direction: the group of lists of its enabled sessions. */
  sourceGroup: Int32Array;
  /** Per list (group x ethertype x protocol class): row start and end in t4 / t6. */
  listRows: Int32Array;
  /** Per list: start and end of its dimensions in `dims`; start -1 to scan the rows. */
  listDims: Int32Array;
  /** Per dimension: key slot (see `KEY_COUNT`), offset and length in `bounds` / `masks`. */
  dims: Int32Array;
  bounds: Int32Array;
  masks: Int32Array;
  t4: Int32Array;
  t6: Int32Array;
}

/** The rule bit set of the elementary interval holding `key` in one dimension. */
function lookup(bounds: Int32Array, masks: Int32Array, offset: number, length: number, key: number): number {
  let lo = offset;
  let hi = offset + length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return masks[lo]!;
}

function scan4(t4: Int32Array, start: number, end: number, f: PacketFields): number {
  const sp = f.srcPort;
  const dp = f.dstPort;
  const a = f.src[0]! | 0;
  const b = f.dst[0]! | 0;
  for (let o = start; o < end; o += ROW_V4) {
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

function scan6(t6: Int32Array, start: number, end: number, f: PacketFields): number {
  const { srcPort: sp, dstPort: dp, src, dst } = f;
  for (let o = start; o < end; o += ROW_V6) {
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

/** Scratch for one decision's keys. Decisions never nest, so one per thread is enough. */
const keys = new Int32Array(KEY_COUNT);

/**
 * docs/behaviour.md, "Which packets are copied" steps 2-6 for one numeric packet over compiled
 * tables: an outcome index. One function for every configuration: a loop that calls it keeps
 * its compiled code from one capture to the next, where a function made per configuration
 * would be a new call target each time, and the loop's code thrown away and compiled again.
 *
 * @example decideWith(tables, fields) // OUTCOME_NO_MATCH (2) when no rule holds
 */
export function decideWith(tables: MatcherTables, f: PacketFields): number {
  const s = f.sourceIndex;
  if (s < 0 || s >= tables.sourceCount) return OUTCOME_NOT_A_SOURCE;
  if (tables.allDisabled[s] === 1) return OUTCOME_NO_ENABLED_SESSION;
  const six = f.ethertype === 6 ? 1 : 0;
  const list =
    ((tables.sourceGroup[s * 2 + f.direction]! * 2 + six) * PROTOCOL_CLASSES + protocolClass(f.protocol)) | 0;
  const { listRows, listDims, t4, t6 } = tables;
  const start = listRows[list * 2]!;
  const end = listRows[list * 2 + 1]!;
  if (start === end) return OUTCOME_NO_MATCH;
  let d = listDims[list * 2]!;
  const sp = f.srcPort;
  const dp = f.dstPort;
  // The index assumes ports of -1 (none) to 65535; anything else is checked row by row.
  if (d < 0 || sp < -1 || sp > 65535 || dp < -1 || dp > 65535) {
    return six === 0 ? scan4(t4, start, end, f) : scan6(t6, start, end, f);
  }
  const row = six === 0 ? ROW_V4 : ROW_V6;
  const count = (end - start) / row;
  let m = count === 32 ? -1 : (1 << count) - 1;
  keys[0] = sp;
  keys[1] = dp;
  const { src, dst } = f;
  keys[2] = src[0]! ^ 0x80000000;
  keys[6] = dst[0]! ^ 0x80000000;
  if (six === 1) {
    keys[3] = src[1]! ^ 0x80000000;
    keys[4] = src[2]! ^ 0x80000000;
    keys[5] = src[3]! ^ 0x80000000;
    keys[7] = dst[1]! ^ 0x80000000;
    keys[8] = dst[2]! ^ 0x80000000;
    keys[9] = dst[3]! ^ 0x80000000;
  }
  const { dims, bounds, masks } = tables;
  const dEnd = listDims[list * 2 + 1]!;
  for (; d < dEnd && m !== 0; d += 3) m &= lookup(bounds, masks, dims[d + 1]!, dims[d + 2]!, keys[dims[d]!]!);
  if (m === 0) return OUTCOME_NO_MATCH;
  const rule = 31 - Math.clz32(m & -m);
  return six === 0 ? t4[start + rule * ROW_V4 + ROW_V4 - 1]! : t6[start + rule * ROW_V6 + ROW_V6 - 1]!;
}
