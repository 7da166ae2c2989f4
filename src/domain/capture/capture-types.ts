/**
 * Options and result of running a capture through the mirror configuration.
 */
import type { Outcome } from '../matcher/types';
import type { DecodedPacket } from '../net/packet-fields';
import type { CaptureError } from '../net/pcap-error';
import type { CaptureRecord } from '../net/pcap-record';
import type { CaptureCounts } from './capture-summary';
import type { HistogramTally } from './capture-histograms';
import type { PacketIndex } from './packet-index';

export interface EvaluateCaptureOptions {
  /** The ENI id the capture was taken on. */
  source: string;
  /** The ENI's IP addresses: packets to them are ingress, from them egress, others skipped. */
  addresses: string[];
  /** Called every 65,536 packets and at the end with bytes read and the file's size (when known). */
  onProgress?: (done: number, total?: number) => void;
  /**
   * Looked at with each progress report: when `aborted` is true, reading stops and the result
   * covers the packets read so far. Set it from `onProgress`, or back it with shared memory.
   */
  signal?: { aborted: boolean };
  /** Size of the whole file in bytes, when it is given in chunks (for progress and sizing). */
  size?: number;
  /**
   * Receives the copies file piece by piece (about 1 MiB each, the pcap header first) instead
   * of `copies` holding it; each piece is valid only during the call. For very long captures.
   */
  onCopies?: (piece: Uint8Array) => void;
  /**
   * Called for every packet once its result is known (an index into `outcomes`, or -(k + 1)
   * for skip reason SKIP_REASONS[k]), with the reader's record and the decoded packet, whose
   * fields hold when the packet decoded (a result >= 0, or SKIPPED_OTHER_HOST). Both objects
   * are reused: read them during the call. For a table that lists each packet.
   */
  onPacket?: (record: CaptureRecord, packet: DecodedPacket, result: number) => void;
  /**
   * Tallies the charts' data as packets are read (time, copies, sizes against the MTU).
   * Why here rather than in `onPacket`: called from the loop itself, it costs a few
   * nanoseconds a packet instead of a callback's tens.
   */
  charts?: HistogramTally;
  /**
   * Receives each packet's file offset and result instead of `results` (left empty): 8 bytes
   * a packet, for a table that re-reads the rows in view from the file.
   */
  index?: PacketIndex;
  /** Reads at most this many packets (those of a run that was cancelled), then stops. */
  limit?: number;
  /** False: count only, write no copies (`copies` is then an empty pcap). Default true. */
  copies?: boolean;
  /**
   * False: read every record through the general reader and decoder, never the fast lane
   * (`pcap-lane.ts`). Why: tests check that both give the same results. Default true.
   */
  fastLane?: boolean;
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
