/** Fault injection for the demo: a random latency and a share of 503 TM.0503 answers. */
import type { FaultSettings } from '@/domain/model/fault-settings';
import { injectedFault } from '../http/api-error';

const SPECIAL = /[.+?^${}()|[\]\\]/g;

/**
 * Whether an API path is one the failures apply to: the pattern must match the whole path,
 * `*` standing for any characters (`*-sessions` matches `/v3/p1/vpc/traffic-mirror-sessions`,
 * not `.../traffic-mirror-sessions/s1`); an empty pattern matches every path. Lets a demo or a
 * test fail one data source at a time.
 */
export function failurePathMatches(pattern: string, path: string): boolean {
  if (pattern === '') return true;
  const source = pattern
    .split('*')
    .map((part) => part.replace(SPECIAL, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Waits a random time in the configured latency range, then fails with TM.0503 with the
 * configured probability when the path matches the configured pattern. Runs before a
 * request touches the store, so a failed request changes nothing.
 */
export async function injectFaults(
  settings: FaultSettings,
  path: string,
  random: () => number,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const low = Math.min(settings.latency_min_ms, settings.latency_max_ms);
  const high = Math.max(settings.latency_min_ms, settings.latency_max_ms);
  const delay = low + Math.round(random() * (high - low));
  if (delay > 0) await sleep(delay);
  if (!failurePathMatches(settings.failure_path, path)) return;
  if (settings.failure_rate > 0 && random() < settings.failure_rate) throw injectedFault();
}
