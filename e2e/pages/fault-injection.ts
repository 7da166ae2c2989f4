import { expect, type Page } from '@playwright/test';
import { apiFromPage } from '../support/api';

/**
 * Patterns of the API paths each data source of a page reads or writes (`*` any characters), for
 * the mock's `failure_path`: one source can fail while the others answer. A pattern names a path,
 * not a method: `session` fails the reads of one session and its updates alike.
 */
export const SOURCE_PATHS = {
  sessions: '/v3/*/vpc/traffic-mirror-sessions',
  session: '/v3/*/vpc/traffic-mirror-sessions/*',
  filters: '/v3/*/vpc/traffic-mirror-filters',
  filter: '/v3/*/vpc/traffic-mirror-filters/*',
  rules: '/v3/*/vpc/traffic-mirror-filter-rules',
  quotas: '/v1/*/quotas',
  interfaces: '/v1/*/ports',
  loadBalancers: '/v3/*/elb/loadbalancers',
  routers: '/v3/*/enterprise-router/*',
  regions: '/v3/projects',
} as const;

export type SourceName = keyof typeof SOURCE_PATHS;

/**
 * Turns the mock's fault injection on through its administration API: every call to the
 * given source fails with 503 TM.0503 (every cloud call when no source is given).
 */
export async function failSource(page: Page, source?: SourceName): Promise<void> {
  const settings = { failure_rate: 1, failure_path: source ? SOURCE_PATHS[source] : '' };
  expect((await apiFromPage(page, 'PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}

/**
 * Every cloud call waits `ms` before the mock reads or writes anything (0 turns it off): a
 * change made by another client reaches the console only after a refresh that takes this long.
 */
export async function delayApi(page: Page, ms: number): Promise<void> {
  const settings = { latency_min_ms: ms, latency_max_ms: ms };
  expect((await apiFromPage(page, 'PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}

/** Turns fault injection off: every call answers again. */
export async function healApi(page: Page): Promise<void> {
  const settings = { failure_rate: 0, failure_path: '' };
  expect((await apiFromPage(page, 'PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}
