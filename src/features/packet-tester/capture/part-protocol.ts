/**
 * Messages between the capture worker and the worker that reads the second part of a big
 * pcap file at the same time (see split-capture.ts).
 */
import type { CaptureHistograms } from '@/domain/capture/capture-histograms';
import type { PacketIndexParts } from '@/domain/capture/packet-index';
import type { MirrorConfig } from '@/domain/model/types';

/** Read `file` (the file from a record start on) as a pcap with the file's `header`. */
export interface PartJob {
  type: 'part';
  file: Blob;
  header: Uint8Array;
  config: MirrorConfig;
  source: string;
  addresses: string[];
}

export type ToPart = PartJob | { type: 'cancel' };

/** The part read: raw tallies, charts, its packet index (offsets counted from the header's start), bytes read. */
export interface PartDone {
  type: 'done';
  decided: Float64Array;
  skipped: Float64Array;
  charts: CaptureHistograms | null;
  index: PacketIndexParts;
  bytes: number;
  /** Not read to its end (a damaged record, a failure): the capture worker then reads the whole file itself. */
  failed: boolean;
  aborted: boolean;
}

export type FromPart = { type: 'progress'; done: number; packets: number } | PartDone;
