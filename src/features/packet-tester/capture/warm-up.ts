/**
 * Runs a small made-up capture through the evaluator while the worker waits for its run, so
 * that the browser has compiled the hot code (reading, decoding, deciding) to machine code
 * before the user's file arrives. A worker serves one run and is then replaced by a new one,
 * which would otherwise read the first megabytes of every file with cold code.
 *
 * The first round reads the capture the way a run reads its file: streamed by a file reader
 * worker, its slices transferred back and forth. Why: the first streamed read of a worker's
 * life invalidates assumptions the browser compiled its typed-array code under (V8 names a
 * changed protector; detaching a buffer alone did not do it), and all that code was thrown
 * away and compiled again during the run. Measured in V8's per-worker logs and Chromium traces:
 * when the warm-up read only from memory, a 1M-packet run lost its compiled code about 20 ms
 * in, and the compiler threads took 150-300 ms of CPU during the run; now 30 ms.
 */
import { CaptureEvaluator } from '@/domain/capture/capture-evaluator';
import { copyLimitsOf, HistogramTally } from '@/domain/capture/capture-histograms';
import { PacketIndex } from '@/domain/capture/packet-index';
import { generateCapture } from '@/domain/capture/synthetic-capture';
import { makeFilter, makeRule, makeSession } from '@/domain/matcher/fixtures';
import type { MirrorConfig } from '@/domain/model/types';

const ME = '10.0.0.5';
const ME6 = '2001:db8::5';
/** Packets per round, and rounds: enough for the optimizing compiler, a few ms each. */
const PACKETS = 20_000;
export const WARM_ROUNDS = 8;

/** Rules of every kind a list is decided by: scanned (few rules) and indexed (8 or more). */
function warmConfig(): MirrorConfig {
  const ports = ['80-80', '443-443', '22-22', '53-53', '8080-8080', '3306-3306', '9000-9000', '1-1024'];
  const rules = [
    ...ports.map((range, i) =>
      makeRule({ id: `in-${i}`, priority: i + 1, protocol: 'TCP', destination_port_range: range }),
    ),
    makeRule({ id: 'in-icmp', priority: 20, protocol: 'ICMP', source_cidr_block: '10.0.0.0/8' }),
    makeRule({ id: 'in-six', priority: 21, ethertype: 'IPv6', destination_cidr_block: '2001:db8::/32' }),
    makeRule({
      id: 'out-dns',
      direction: 'egress',
      protocol: 'UDP',
      action: 'reject',
      destination_port_range: '53-53',
    }),
    makeRule({ id: 'out-all', direction: 'egress', priority: 2 }),
  ];
  return {
    filters: [makeFilter('filter-1', rules)],
    sessions: [makeSession({ id: 'warm', traffic_mirror_sources: ['eni-warm'] })],
  };
}

/**
 * Evaluates a made-up capture a few times, yielding between rounds; stops as soon as
 * `busy()` says a real run has come. With `stream` (a run's way of reading a file), the
 * capture is first read through it once. Returns the rounds done from memory.
 */
export async function warmUp(
  busy: () => boolean,
  stream?: (file: Blob) => AsyncGenerator<Uint8Array>,
): Promise<number> {
  const config = warmConfig();
  const bytes = generateCapture({ packets: PACKETS, ipv4: ME, ipv6: ME6, small: true });
  const slice = bytes.length >> 2;
  if (stream && !busy()) {
    const evaluator = evaluatorOf(config, bytes.length);
    try {
      for await (const part of stream(new Blob([new Uint8Array(bytes)]))) {
        if (busy()) break;
        evaluator.push(part);
      }
    } catch {
      // A reader that cannot start fails the run too, which names it; warming goes on from memory.
    }
    evaluator.finish();
  }
  let round = 0;
  for (; round < WARM_ROUNDS && !busy(); round++) {
    const evaluator = evaluatorOf(config, bytes.length);
    for (let at = 0; at < bytes.length; at += slice) evaluator.push(bytes.subarray(at, at + slice));
    evaluator.finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return round;
}

function evaluatorOf(config: MirrorConfig, size: number): CaptureEvaluator {
  return new CaptureEvaluator(config, {
    source: 'eni-warm',
    addresses: [ME, ME6],
    size,
    signal: { aborted: false },
    index: new PacketIndex(),
    copies: false,
    // The charts are tallied as in a real run, so the compiled loop is the one a run needs.
    charts: new HistogramTally(copyLimitsOf(config, 'eni-warm')),
  });
}
