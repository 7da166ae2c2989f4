/**
 * Runs a whole capture held in memory through the shared matcher (docs/behaviour.md, "Which packets are copied" to "The copy on the wire").
 */
import type { MirrorConfig } from '../model/types';
import { CaptureEvaluator } from './capture-evaluator';
import type { CaptureEvaluation, EvaluateCaptureOptions } from './capture-types';

export { SKIP_REASONS } from './capture-summary';
export type { CaptureEvaluation, EvaluateCaptureOptions } from './capture-types';

/**
 * Evaluates every packet of a pcap/pcapng capture taken on ENI `options.source` against the
 * mirror configuration with the compiled shared matcher, and builds the capture of the VXLAN
 * copies the cloud would send. `by_reason` counts every packet by verdict reason or skip
 * reason; `by_session` counts the copies made per session id; `by_rule` the packets each rule
 * decided (accept or reject); `results` holds each packet's outcome for a table. A damaged
 * or cut-short file gives the counts of the packets before the problem and `error`.
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
  const evaluator = new CaptureEvaluator(config, { ...options, size: options.size ?? bytes.length });
  evaluator.push(bytes, true);
  return evaluator.finish();
}

/**
 * The same as `evaluateCapture` for a file read in chunks (a worker passing `file.stream()`,
 * Node passing a file stream): only one chunk and the unfinished record before it are held,
 * so files larger than memory can be evaluated. Stops reading at an error or an abort.
 * Why: big captures should not have to be loaded whole.
 *
 * @example
 * const result = await evaluateCaptureChunks(file.stream(), config, { source: 'port-1', addresses: ['192.168.0.27'], size: file.size });
 */
export async function evaluateCaptureChunks(
  chunks: AsyncIterable<Uint8Array>,
  config: MirrorConfig,
  options: EvaluateCaptureOptions,
): Promise<CaptureEvaluation> {
  const evaluator = new CaptureEvaluator(config, options);
  for await (const chunk of chunks) {
    if (!evaluator.push(chunk)) break;
  }
  return evaluator.finish();
}
