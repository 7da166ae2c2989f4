/**
 * The VXLAN copies of a capture, written while the file is read again in chunks: the pieces
 * are gathered into a Blob (which the browser keeps out of the page's heap) as they come, so
 * no copy of the whole file of copies is ever held in the worker's memory.
 */
import { CaptureEvaluator } from '@/domain/capture/capture-evaluator';
import type { CaptureJob } from './capture-protocol';
import { chunksOf, type ByteSource } from './capture-source';

/** Pieces are folded into the Blob every 8 MiB. */
const FOLD = 8 << 20;

/**
 * Reads the first `packets` packets of `source` again with the job's configuration and
 * returns their copies as a pcap Blob.
 * Why: the copies of a gigabyte capture may be hundreds of megabytes.
 */
export async function exportCopies(job: CaptureJob, source: ByteSource, packets: number): Promise<Blob> {
  let blob = new Blob([]);
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let held = 0;
  const fold = () => {
    blob = new Blob([blob, ...parts], { type: 'application/vnd.tcpdump.pcap' });
    parts = [];
    held = 0;
  };
  const evaluator = new CaptureEvaluator(job.config, {
    source: job.source,
    addresses: job.addresses,
    size: source.size,
    limit: packets,
    onCopies: (piece) => {
      parts.push(piece.slice());
      held += piece.length;
      if (held >= FOLD) fold();
    },
  });
  for await (const chunk of chunksOf(source)) if (!evaluator.push(chunk)) break;
  evaluator.finish();
  fold();
  return blob;
}
