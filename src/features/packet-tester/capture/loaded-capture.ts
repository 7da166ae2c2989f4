/**
 * A capture the worker has read: its packet index (8 bytes a packet) and its bytes, from
 * which the rows in view are decoded again on request, for every packet or those of one
 * verdict or skip reason.
 */
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import type { PacketIndex } from '@/domain/capture/packet-index';
import type { PacketRowReader } from '@/domain/capture/packet-rows';
import { type PacketRow } from '@/domain/capture/packet-rows';
import { reasonOf } from './capture-rows';
import type { ByteSource } from './capture-source';
import type { CompactOutcome } from './capture-protocol';

/** Rows whose bytes are this close in the file are read with one slice. */
const GAP = 64 << 10;
const MAX_RUN = 4 << 20;

/**
 * Serves rows of a capture read by the worker. Why: the page shows a window of a table of
 * millions of packets and must not hold them.
 */
export class LoadedCapture {
  private view: { reason: string; packets: Uint32Array } | null = null;

  constructor(
    readonly index: PacketIndex,
    readonly source: ByteSource,
    private readonly rows: PacketRowReader,
    private readonly outcomes: readonly CompactOutcome[],
    private readonly counts: Record<string, number>,
  ) {}

  /** Packet numbers of rows [from, to) of the table showing `reason`. */
  packetsOf(reason: string, from: number, to: number): number[] {
    if (reason === 'all') {
      const end = Math.min(to, this.index.count);
      return Array.from({ length: Math.max(0, end - from) }, (_, k) => from + k);
    }
    if (this.view?.reason !== reason) this.view = { reason, packets: this.select(reason) };
    return [...this.view.packets.subarray(from, to)];
  }

  /** Rows [from, to) of the table showing `reason`, decoded from the file. */
  async read(reason: string, from: number, to: number): Promise<PacketRow[]> {
    const packets = this.packetsOf(reason, from, to);
    const rows: PacketRow[] = [];
    let k = 0;
    while (k < packets.length) {
      // One slice for the packets that lie close together.
      const [start] = this.rows.rangeOf(packets[k]!);
      let end = this.rows.rangeOf(packets[k]!)[1];
      let last = k;
      while (last + 1 < packets.length) {
        const [nextFrom, nextTo] = this.rows.rangeOf(packets[last + 1]!);
        if (nextFrom - end > GAP || nextTo - start > MAX_RUN) break;
        end = nextTo;
        last++;
      }
      const bytes = await this.source.read(start, end);
      for (; k <= last; k++) {
        const [at, until] = this.rows.rangeOf(packets[k]!);
        rows.push(this.rows.decode(packets[k]!, bytes.subarray(at - start, until - start)));
      }
    }
    return rows;
  }

  private select(reason: string): Uint32Array {
    const shift = SKIP_REASONS.length;
    const wanted = new Uint8Array(shift + this.outcomes.length);
    for (let code = -shift; code < this.outcomes.length; code++) {
      wanted[shift + code] = reasonOf(code, this.outcomes) === reason ? 1 : 0;
    }
    return this.index.select(wanted, shift, this.counts[reason] ?? 0);
  }
}
