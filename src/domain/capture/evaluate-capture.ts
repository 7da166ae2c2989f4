/**
 * Runs a whole capture through the shared matcher: reads it packet by packet, decides each
 * packet with the compiled configuration, counts the verdicts and writes the VXLAN copy of
 * every mirrored packet into a new pcap (SPEC sections 5 and 6). Nothing is allocated per
 * packet, so a million-packet capture runs in constant memory besides its outputs.
 */
import { compileConfig, createPacketFields } from '../matcher/compile-config';
import type { Outcome } from '../matcher/types';
import type { MirrorConfig } from '../model/types';
import { PacketDecoder } from '../net/packet-decode';
import { DECODE_OK, createDecodedPacket } from '../net/packet-fields';
import { VXLAN_OVERHEAD, capturedFrameLength, vxlanSourcePort, writeVxlanFrame } from '../net/packet-vxlan';
import type { CaptureError } from '../net/pcap-error';
import { openCapture } from '../net/pcap-open';
import { createCaptureRecord } from '../net/pcap-record';
import { PcapWriter } from '../net/pcap-writer';
import { addressSet, directionOf } from './capture-direction';
import { planCopies } from './copy-plan';
import { SKIP_REASONS, summarize, type CaptureCounts } from './capture-summary';

export { SKIP_REASONS };

/** Result code (negated) of a packet neither to nor from the interface; 1-4 are DECODE_ statuses. */
const OTHER_HOST = 5;

export interface EvaluateCaptureOptions {
  /** The ENI id the capture was taken on. */
  source: string;
  /** The ENI's IP addresses: packets to them are ingress, from them egress. */
  addresses: string[];
  /** Called every 65,536 packets and at the end with bytes read and the file's size. */
  onProgress?: (done: number, total?: number) => void;
  /** Looked at with each progress report; when set, reading stops and the partial result returns. */
  signal?: { aborted: boolean };
}

export interface CaptureEvaluation extends CaptureCounts {
  /** The VXLAN copies as a classic pcap (Ethernet), one record per mirrored packet. */
  copies: Uint8Array;
  /** Per packet in file order: an index into `outcomes`, or -(k + 1) for skip reason SKIP_REASONS[k]. */
  results: Int32Array;
  outcomes: readonly Outcome[];
  format: 'pcap' | 'pcapng' | null;
  /** Why reading stopped before the end of the file (the counts cover the packets before). */
  error: CaptureError | null;
  aborted: boolean;
}

/**
 * Evaluates every packet of a pcap/pcapng capture taken on ENI `options.source` against the
 * mirror configuration, and builds the capture of the copies the cloud would send.
 * `by_reason` counts every packet by verdict reason or skip reason; `by_session` counts the
 * copies made per session id; `by_rule` the packets each rule decided (accept or reject).
 * Why: users check a filter against real traffic, and open the copies in Wireshark.
 *
 * @example
 * const result = evaluateCapture(bytes, config, { source: 'port-1', addresses: ['192.168.0.27'] });
 * // { total: 1200, mirrored: 310, skipped: 4, by_reason: { ACCEPTED: 310, NO_MATCH: 886, SKIPPED_NOT_IP: 4 }, ... }
 */
export function evaluateCapture(
  bytes: Uint8Array,
  config: MirrorConfig,
  options: EvaluateCaptureOptions,
): CaptureEvaluation {
  const compiled = compileConfig(config);
  const outcomes = compiled.outcomes;
  const opened = openCapture(bytes);
  const writer = new PcapWriter({ capacity: 1 << 16 });
  if ('error' in opened) {
    const counts = summarize(
      new Float64Array(outcomes.length),
      new Float64Array(SKIP_REASONS.length),
      outcomes,
    );
    return {
      ...counts,
      copies: writer.finish(),
      results: new Int32Array(0),
      outcomes,
      format: null,
      error: opened.error,
      aborted: false,
    };
  }
  const reader = opened.reader;
  const plan = planCopies(config, options.source, options.addresses, outcomes);
  const templates = plan.templates;
  const limits = plan.limits;
  const addresses = addressSet(options.addresses);
  const decoder = new PacketDecoder(bytes);
  const record = createCaptureRecord();
  const packet = createDecodedPacket();
  const fields = createPacketFields();
  fields.sourceIndex = compiled.sourceIndexOf(options.source);
  const decided = new Float64Array(outcomes.length);
  const skipped = new Float64Array(SKIP_REASONS.length);
  let results = new Int32Array(Math.max(1024, bytes.length >>> 7));
  let total = 0;
  let aborted = false;

  while (reader.next(record)) {
    if (total === results.length) {
      const grown = new Int32Array(results.length * 2);
      grown.set(results);
      results = grown;
    }
    const status = decoder.decode(record, packet);
    let result: number = -status;
    if (status === DECODE_OK) {
      const direction = directionOf(packet, addresses);
      if (direction < 0) result = -OTHER_HOST;
      else {
        fields.direction = direction as 0 | 1;
        fields.ethertype = packet.ethertype as 4 | 6;
        fields.protocol = packet.protocol;
        fields.src.set(packet.src);
        fields.dst.set(packet.dst);
        fields.srcPort = packet.srcPort;
        fields.dstPort = packet.dstPort;
        fields.length = packet.ipLength;
        result = compiled.decide(fields);
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
        }
      }
    }
    if (result < 0) skipped[-result - 1]!++;
    results[total++] = result;
    if ((total & 0xffff) === 0 && checkpoint(options, reader.position, bytes.length)) {
      aborted = true;
      break;
    }
  }
  options.onProgress?.(aborted ? reader.position : bytes.length, bytes.length);
  return {
    ...summarize(decided, skipped, outcomes),
    copies: writer.finish(),
    results: results.slice(0, total),
    outcomes,
    format: reader.format,
    error: reader.error,
    aborted,
  };
}

/** Reports progress; true when the caller asked to stop. */
function checkpoint(options: EvaluateCaptureOptions, done: number, size: number): boolean {
  options.onProgress?.(done, size);
  return options.signal?.aborted === true;
}
