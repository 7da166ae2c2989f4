import { expect, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../../src/mock-api/seed/seed-ids';
import { apiFromPage } from '../support/api';

/** The cn-north-4 project's path prefix for Traffic Mirroring calls. */
export const VPC = `/v3/${CN_NORTH_4.project}/vpc`;
const SESSIONS = `${VPC}/traffic-mirror-sessions`;
const FILTERS = `${VPC}/traffic-mirror-filters`;

/** Creates a cn-north-4 session through the API (setting the scene for a test). */
export async function createSessionThroughApi(
  page: Page,
  session: { name: string; sources: string[]; target: string; targetType: 'eni' | 'elb'; priority: number },
): Promise<void> {
  const answer = await apiFromPage(page, 'POST', SESSIONS, {
    traffic_mirror_session: {
      name: session.name,
      traffic_mirror_filter_id: CN_NORTH_4.filters.web,
      traffic_mirror_sources: session.sources,
      traffic_mirror_target_id: session.target,
      traffic_mirror_target_type: session.targetType,
      priority: session.priority,
    },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

/** The fields of a session the tests compare. */
export interface SessionOnServer {
  id: string;
  name: string;
  description: string;
  priority: number;
  virtual_network_id: number;
  packet_length: number;
  enabled: boolean;
  traffic_mirror_filter_id: string;
  traffic_mirror_sources: string[];
  traffic_mirror_target_id: string;
  traffic_mirror_target_type: string;
}

/** The cn-north-4 sessions with this name, as the API holds them. */
export async function sessionsNamed(page: Page, name: string): Promise<SessionOnServer[]> {
  const answer = await apiFromPage(page, 'GET', `${SESSIONS}?name=${encodeURIComponent(name)}`);
  expect(answer.status).toBe(200);
  return (answer.body as { traffic_mirror_sessions: SessionOnServer[] }).traffic_mirror_sessions;
}

/** The fields of a filter and its rules the tests compare. */
export interface FilterOnServer {
  id: string;
  name: string;
  ingress_rules: { protocol: string; destination_port_range: string; action: string; priority: number }[];
  egress_rules: { protocol: string; action: string; priority: number }[];
}

/** The cn-north-4 filters with this name. */
export async function filtersNamed(page: Page, name: string): Promise<FilterOnServer[]> {
  const answer = await apiFromPage(page, 'GET', `${FILTERS}?name=${encodeURIComponent(name)}`);
  expect(answer.status).toBe(200);
  return (answer.body as { traffic_mirror_filters: FilterOnServer[] }).traffic_mirror_filters;
}

/**
 * Adds `count` ECSs of flavor c7t, one interface each (`extra-c7t-N-eth0` in subnet-web),
 * by exporting the store and importing it back with them.
 */
export async function addC7tInterfaces(page: Page, count: number): Promise<string[]> {
  const exported = await apiFromPage(page, 'GET', '/mock-admin/export');
  expect(exported.status).toBe(200);
  const store = exported.body as {
    data: { servers: Record<string, unknown>[]; ports: Record<string, unknown>[] };
  };
  const server = store.data.servers.find((s) => s.id === CN_NORTH_4.servers.webProd02);
  const port = store.data.ports.find((p) => p.id === CN_NORTH_4.ports.webProd02);
  if (!server || !port) throw new Error('The demo data has no web-prod-02 to copy.');
  const names: string[] = [];
  for (let n = 1; n <= count; n++) {
    const hex = n.toString(16).padStart(2, '0');
    const serverId = `e2e00000-0000-4000-8000-0000000001${hex}`;
    const name = `extra-c7t-${n}-eth0`;
    names.push(name);
    store.data.servers.push({ ...server, id: serverId, name: `extra-c7t-${n}` });
    store.data.ports.push({
      ...port,
      id: `e2e00000-0000-4000-8000-0000000002${hex}`,
      name,
      device_id: serverId,
      fixed_ips: [{ subnet_id: CN_NORTH_4.subnets.web, ip_address: `10.0.0.${100 + n}` }],
      mac_address: `fa:16:3e:e2:e0:${hex}`,
      mtu: 1400,
    });
  }
  const imported = await apiFromPage(page, 'POST', '/mock-admin/import', store);
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  return names;
}

/** The exported store's data, as `changeStoreUnseen` hands it to be changed. */
export type StoreRows = Record<string, Record<string, unknown>[]>;

/**
 * Changes the store as another browser would, unseen by this page: exports it, lets `change`
 * edit its rows, and imports it back. The page then hears only "everything changed" and must
 * read its lists again (slowly or not at all, when the API is slowed or failing), instead of a
 * notice carrying the changed item itself.
 */
export async function changeStoreUnseen(page: Page, change: (data: StoreRows) => void): Promise<void> {
  const exported = await apiFromPage(page, 'GET', '/mock-admin/export');
  expect(exported.status).toBe(200);
  const store = exported.body as { data: StoreRows };
  change(store.data);
  const imported = await apiFromPage(page, 'POST', '/mock-admin/import', store);
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
}

/** Adds a session unseen by this page (see {@link changeStoreUnseen}), a copy of Figure 1's (its filter unless given). */
export async function addSessionUnseen(
  page: Page,
  session: {
    name: string;
    source: string;
    target: string;
    targetType: 'eni' | 'elb';
    priority: number;
    filter?: string;
  },
): Promise<void> {
  await changeStoreUnseen(page, (data) => {
    const template = data.sessions?.find((s) => s.id === CN_NORTH_4.sessions.figure1);
    if (!template) throw new Error('The demo data has no Figure 1 session to copy.');
    data.sessions?.push({
      ...template,
      id: 'e2e00000-0000-4000-8000-000000000301',
      name: session.name,
      traffic_mirror_sources: [session.source],
      traffic_mirror_target_id: session.target,
      traffic_mirror_target_type: session.targetType,
      priority: session.priority,
      ...(session.filter ? { traffic_mirror_filter_id: session.filter } : {}),
    });
  });
}
