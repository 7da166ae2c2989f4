/** Fault injection for the demo: a random latency and a share of 503 TM.0503 answers. */
import { injectedFault } from '../http/api-error';
import type { MockSettings } from '../store/settings';

/**
 * Waits a random time in the configured latency range, then fails with TM.0503 with the
 * configured probability. Runs before a request touches the store, so a failed request
 * changes nothing.
 */
export async function injectFaults(
  settings: Pick<MockSettings, 'latency_min_ms' | 'latency_max_ms' | 'failure_rate'>,
  random: () => number,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const low = Math.min(settings.latency_min_ms, settings.latency_max_ms);
  const high = Math.max(settings.latency_min_ms, settings.latency_max_ms);
  const delay = low + Math.round(random() * (high - low));
  if (delay > 0) await sleep(delay);
  if (settings.failure_rate > 0 && random() < settings.failure_rate) throw injectedFault();
}
