/**
 * The capture pipeline, fed in chunks: reads packets, decides each with the compiled shared
 * matcher, counts verdicts and writes the VXLAN copy of every mirrored packet (docs/behaviour.md,
 * "Which packets are copied" and "The copy on the wire"). Nothing is allocated per packet; a file read in chunks is held one window at a
 * time, and copies can be streamed out, so memory stays flat however long the capture. When only
 * counts, charts and the packet index are asked for, the common records of a classic pcap file
 * are read by the fast lane (`pcap-lane.ts`), the others by the general reader and decoder.
 */
import {
  compileConfig,
  createPacketFields,
  type CompiledConfig,
  type PacketFields,
} from '../matcher/compile-config';
import { decideWith } from '../matcher/decide-kernel';
import type { MirrorConfig } from '../model/types';
import { PacketDecoder } from '../net/packet-decode';
import { DECODE_OK, createDecodedPacket } from '../net/packet-fields';
import { VXLAN_OVERHEAD, capturedFrameLength, vxlanSourcePort, writeVxlanFrame } from '../net/packet-vxlan';
import type { CaptureError } from '../net/pcap-error';
import { openCapture } from '../net/pcap-open';
import type { PcapReader } from '../net/pcap-reader';
import { createCaptureRecord, type CaptureReader } from '../net/pcap-record';
import { PcapWriter } from '../net/pcap-writer';
import { addressSet, directionOf, type AddressSet } from './capture-direction';
import type { CaptureEvaluation, EvaluateCaptureOptions } from './capture-types';
import { OTHER_HOST, SKIP_REASONS, summarize } from './capture-summary';
import { PcapLane } from './pcap-lane';
import { planCopies, type CopyPlan } from './copy-plan';

/** Progress is reported (and Cancel looked at) every this many packets. */
const REPORT_EVERY = 1 << 16;
/** Copies are handed to `onCopies` in pieces of about this size. */
const COPIES_CHUNK = 1 << 20;
/** A record cut between two chunks is completed from this many bytes of the next chunk. */
const BRIDGE = 1 << 18;

/**
 * Evaluates a capture given chunk by chunk (`push`), then `finish` returns the counts, the
 * per-packet results and the copies (unless they were streamed to `options.onCopies`).
 * Why: a browser reads a big file as a stream; holding it whole is not needed.
 *
 * @example
 * const evaluator = new CaptureEvaluator(config, { source: 'port-1', addresses: ['192.168.0.27'] });
 * for await (const chunk of file.stream()) if (!evaluator.push(chunk)) break;
 * const { mirrored, by_reason } = evaluator.finish();
 */
export class CaptureEvaluator {
  private readonly compiled: CompiledConfig;
  private readonly plan: CopyPlan;
  private readonly addresses: AddressSet;
  private readonly fields: PacketFields;
  private readonly packet = createDecodedPacket();
  private readonly record = createCaptureRecord();
  private readonly writer: PcapWriter;
  private readonly decided: Float64Array;
  private readonly skipped = new Float64Array(SKIP_REASONS.length);
  private results: Int32Array;
  private total = 0;
  /** The reader's version last saved into `options.index`. */
  private version = -1;
  private readonly limit: number;
  private reader: CaptureReader | null = null;
  /** Reads the common records of the file itself, when it applies (see `pcap-lane.ts`). */
  private lane: PcapLane | null = null;
  private decoder: PacketDecoder | null = null;
  private error: CaptureError | null = null;
  private aborted = false;
  private done = false;
  /** Unread bytes carried to the next window: `carry[0, carried)`. */
  private carry = new Uint8Array(0);
  private carried = 0;

  constructor(
    config: MirrorConfig,
    private readonly options: EvaluateCaptureOptions,
  ) {
    this.compiled = compileConfig(config);
    this.limit = options.limit ?? Infinity;
    const outcomes = this.compiled.outcomes;
    this.plan = planCopies(config, options.source, options.addresses, outcomes);
    this.addresses = addressSet(options.addresses);
    this.fields = createPacketFields();
    this.fields.sourceIndex = this.compiled.sourceIndexOf(options.source);
    // The decoder writes addresses straight into the matcher's fields: no copy per packet.
    this.packet.src = this.fields.src;
    this.packet.dst = this.fields.dst;
    this.decided = new Float64Array(outcomes.length);
    const size = options.size ?? 0;
    // With an index, the results go there; `results` stays empty.
    this.results = new Int32Array(options.index ? 0 : Math.max(1024, size >>> 7));
    // Memory is mapped as it is first written, so reserving the capture's size costs little
    // and spares the copying of a growing buffer.
    const capacity = options.copies === false ? 64 : options.onCopies ? COPIES_CHUNK * 2 : size + (1 << 16);
    this.writer = new PcapWriter({ capacity });
    if (options.copies === false) this.plan.templates.fill(null);
  }

  /**
   * Reads the next chunk of the file (`last` when it is the final one). The chunk is not kept
   * beyond the call. Returns false once reading has ended: error, abort or end of file.
   */
  push(chunk: Uint8Array, last = false): boolean {
    if (this.done) return false;
    const reader = this.reader;
    if (reader && this.carried > 0 && chunk.length > BRIDGE) {
      // The record cut at the end of the last chunk is read from its bytes and the chunk's
      // first bytes only; the rest of the chunk is then read where it is, not copied.
      const carried = this.carried;
      if (!this.read(reader, this.join(chunk.subarray(0, BRIDGE)), false)) return false;
      const from = reader.pending - carried;
      if (from < 0) return this.read(reader, this.join(chunk.subarray(BRIDGE)), last);
      this.carried = 0;
      return this.read(reader, chunk.subarray(from), last);
    }
    const window = this.carried === 0 ? chunk : this.join(chunk);
    if (reader) return this.read(reader, window, last);
    if (window.length < 28 && !last) return this.keep(window, 0);
    const opened = openCapture(window, last, this.options.size);
    if ('error' in opened) return this.stop(opened.error);
    this.reader = opened.reader;
    this.decoder = new PacketDecoder(window);
    this.lane = this.laneFor(opened.reader);
    return this.read(opened.reader, window, last, true);
  }

  /** Reads the packets of `window`, which starts where the reader stopped. */
  private read(reader: CaptureReader, window: Uint8Array, last: boolean, opened = false): boolean {
    if (!opened) {
      reader.setWindow(window, last);
      this.decoder?.setWindow(window);
    }
    this.run(window, reader);
    if (this.total >= this.limit) return this.stop(null);
    if (reader.waiting && !this.aborted) return this.keep(window, reader.pending);
    return this.stop(reader.error);
  }

  /** Ends reading (an unfinished last record is reported as cut off) and returns the result. */
  finish(): CaptureEvaluation {
    if (!this.done) this.push(new Uint8Array(0), true);
    const size = this.options.size ?? this.reader?.position ?? 0;
    this.options.onProgress?.(this.aborted ? (this.reader?.position ?? 0) : size, size);
    const sink = this.options.onCopies;
    const rest = sink ? this.writer.drain() : null;
    if (sink && rest && rest.length > 0) sink(rest);
    const copies = sink ? new Uint8Array(0) : this.writer.finish();
    return {
      ...summarize(this.decided, this.skipped, this.compiled.outcomes),
      copies,
      results: this.results.slice(0, this.options.index ? 0 : this.total),
      outcomes: this.compiled.outcomes,
      format: this.reader?.format ?? null,
      error: this.error,
      aborted: this.aborted,
    };
  }

  /**
   * The raw tallies: packets per outcome index and per skip reason. Why: the counts of two
   * parts of a file read by two workers are added up before they are summarized.
   */
  tallies(): { decided: Float64Array; skipped: Float64Array } {
    return { decided: this.decided.slice(), skipped: this.skipped.slice() };
  }

  /**
   * The fast lane for `reader`, when nothing but the counts, the charts and the packet index is
   * asked for: the lane writes no copies and calls no `onPacket`.
   */
  private laneFor(reader: CaptureReader): PcapLane | null {
    const { index, charts, onPacket, fastLane } = this.options;
    if (fastLane === false || !index || onPacket || !PcapLane.applies(reader)) return null;
    if (this.plan.templates.some((template) => template !== null)) return null;
    const targets = { decided: this.decided, skipped: this.skipped, index, charts };
    return new PcapLane(this.compiled, this.fields, this.addresses, targets);
  }

  private run(bytes: Uint8Array, reader: CaptureReader): void {
    const { record, packet, fields, compiled, writer, decided, addresses } = this;
    const decoder = this.decoder!;
    const { templates, limits } = this.plan;
    const sink = this.options.onCopies;
    const onPacket = this.options.onPacket;
    const charts = this.options.charts;
    const index = this.options.index;
    const limit = this.limit;
    const lane = this.lane;
    while (this.total < limit) {
      // The lane reads up to the next progress report; the first record always comes through
      // `next`, which saves the reader's state in the index.
      if (lane !== null && this.version === reader.version) {
        const max = Math.min(limit - this.total, REPORT_EVERY - (this.total & (REPORT_EVERY - 1)));
        const read = lane.read(reader as PcapReader, max);
        if (read > 0) {
          this.total += read;
          if ((this.total & (REPORT_EVERY - 1)) === 0 && this.checkpoint(reader.position)) return;
          if (read === max) continue;
        }
      }
      if (!reader.next(record)) break;
      if (index) {
        if (reader.version !== this.version) {
          this.version = reader.version;
          index.setState(reader.saveState());
        }
      } else if (this.total === this.results.length) this.growResults();
      const status = decoder.decode(record, packet);
      let result: number = -status;
      if (status === DECODE_OK) {
        const direction = directionOf(packet, addresses);
        if (direction < 0) result = -OTHER_HOST;
        else {
          fields.direction = direction as 0 | 1;
          fields.ethertype = packet.ethertype as 4 | 6;
          fields.protocol = packet.protocol;
          fields.srcPort = packet.srcPort;
          fields.dstPort = packet.dstPort;
          fields.length = packet.ipLength;
          result = decideWith(compiled.tables, fields);
          decided[result]!++;
          const template = templates[result];
          if (template) {
            const available = capturedFrameLength(packet);
            const limit = limits[result]!;
            const inner = available < limit ? available : limit;
            const at = writer.reserve(
              record.seconds,
              Math.floor(record.nanoseconds / 1000),
              VXLAN_OVERHEAD + inner,
            );
            writeVxlanFrame(writer.bytes, at, template, bytes, packet, inner, vxlanSourcePort(packet));
            if (sink && writer.length >= COPIES_CHUNK) sink(writer.drain());
          }
        }
      }
      if (result < 0) this.skipped[-result - 1]!++;
      charts?.add(record.seconds, record.nanoseconds, result, result >= 0 ? capturedFrameLength(packet) : 0);
      onPacket?.(record, packet, result);
      if (index) index.add(record.offset, result);
      else this.results[this.total] = result;
      this.total++;
      if ((this.total & (REPORT_EVERY - 1)) === 0 && this.checkpoint(reader.position)) return;
    }
  }

  /** Reports progress; true when the caller asked to stop. */
  private checkpoint(done: number): boolean {
    this.options.onProgress?.(done, this.options.size);
    this.aborted = this.options.signal?.aborted === true;
    return this.aborted;
  }

  private growResults(): void {
    const grown = new Int32Array(this.results.length * 2);
    grown.set(this.results);
    this.results = grown;
  }

  /** The carried bytes followed by `chunk`, in the reused carry buffer. */
  private join(chunk: Uint8Array): Uint8Array {
    const need = this.carried + chunk.length;
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carried));
      this.carry = grown;
    }
    this.carry.set(chunk, this.carried);
    this.carried = 0;
    return this.carry.subarray(0, need);
  }

  /** Keeps `window[from..]` for the next push. */
  private keep(window: Uint8Array, from: number): true {
    const rest = window.length - from;
    if (window.buffer === this.carry.buffer) this.carry.copyWithin(0, from, window.length);
    else {
      if (rest > this.carry.length) this.carry = new Uint8Array(Math.max(rest, 1 << 16));
      this.carry.set(window.subarray(from));
    }
    this.carried = rest;
    return true;
  }

  private stop(error: CaptureError | null): false {
    this.error = error;
    this.done = true;
    return false;
  }
}
