import { expect, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../../src/mock-api/seed/seed-ids';
import { apiFromPage } from '../support/api';
import { changeStoreUnseen } from './create-session-mock';

type Row = Record<string, unknown>;

/** One flow as the store holds it: sessions from the VPC of a source to the VPC of the target. */
export interface StoredFlow {
  from: string;
  to: string;
  sessions: number;
  sources: number;
}

/**
 * The cn-north-4 flows computed straight from the mock's stored rows (not through the console):
 * per pair of source VPC and target VPC, the sessions and distinct source interfaces.
 */
export async function storedFlows(page: Page): Promise<StoredFlow[]> {
  const exported = await apiFromPage(page, 'GET', '/mock-admin/export');
  expect(exported.status).toBe(200);
  const data = (exported.body as { data: Record<string, Row[]> }).data;
  const mine = (rows: Row[] = []) => rows.filter((r) => r.project_id === CN_NORTH_4.project);
  const vpcName = new Map(mine(data.vpcs).map((v) => [v.id, v.name as string]));
  const subnetVpc = new Map(mine(data.subnets).map((s) => [s.id, s.vpc_id as string]));
  const portVpc = new Map(mine(data.ports).map((p) => [p.id, subnetVpc.get(p.network_id as string)]));
  const lbVpc = new Map(mine(data.loadBalancers).map((lb) => [lb.id, lb.vpc_id as string]));
  const flows = new Map<
    string,
    { from: string; to: string; sessions: Set<unknown>; sources: Set<unknown> }
  >();
  for (const s of mine(data.sessions)) {
    const target = s.traffic_mirror_target_id as string;
    const to =
      vpcName.get((s.traffic_mirror_target_type === 'elb' ? lbVpc : portVpc).get(target) ?? '') ?? '';
    for (const source of s.traffic_mirror_sources as string[]) {
      const from = vpcName.get(portVpc.get(source) ?? '') ?? '';
      const flow = flows.get(`${from}>${to}`) ?? { from, to, sessions: new Set(), sources: new Set() };
      flow.sessions.add(s.id);
      flow.sources.add(source);
      flows.set(`${from}>${to}`, flow);
    }
  }
  return [...flows.values()].map((f) => ({ ...f, sessions: f.sessions.size, sources: f.sources.size }));
}

const hex = (n: number) => n.toString(16).padStart(2, '0');

/**
 * Adds `count` VPCs `vpc-many-01`... to cn-north-4, each with a source and a target interface and
 * 1 to 3 sessions between them (VPC n has 1 + n % 3), unseen by the page.
 */
export async function addManyVpcs(page: Page, count: number): Promise<void> {
  await changeStoreUnseen(page, (data) => {
    const find = (table: string, id: string) => {
      const row = data[table]?.find((r) => r.id === id);
      if (!row) throw new Error(`The demo data has no ${table} ${id} to copy.`);
      return row;
    };
    const vpc = find('vpcs', CN_NORTH_4.vpcs.prod);
    const subnet = find('subnets', CN_NORTH_4.subnets.web);
    const server = find('servers', CN_NORTH_4.servers.webProd02);
    const port = find('ports', CN_NORTH_4.ports.webProd02);
    const session = find('sessions', CN_NORTH_4.sessions.figure1);
    for (let n = 1; n <= count; n++) {
      const id = (kind: number, k = 0) => `e2e00000-0000-4000-8000-00000${kind}${hex(k)}00${hex(n)}`;
      const name = `vpc-many-${String(n).padStart(2, '0')}`;
      data.vpcs!.push({ ...vpc, id: id(5), name, cidr: `10.${100 + n}.0.0/16` });
      data.subnets!.push({
        ...subnet,
        id: id(6),
        name: `${name}-subnet`,
        vpc_id: id(5),
        cidr: `10.${100 + n}.0.0/24`,
        gateway_ip: `10.${100 + n}.0.1`,
      });
      data.servers!.push({ ...server, id: id(7), name: `${name}-ecs` });
      for (const k of [1, 2]) {
        data.ports!.push({
          ...port,
          id: id(8, k),
          name: `${name}-eth${k}`,
          device_id: id(7),
          network_id: id(6),
          fixed_ips: [{ subnet_id: id(6), ip_address: `10.${100 + n}.0.${10 + k}` }],
          mac_address: `fa:16:3e:e5:${hex(k)}:${hex(n)}`,
        });
      }
      for (let k = 1; k <= 1 + (n % 3); k++) {
        data.sessions!.push({
          ...session,
          id: id(9, k),
          name: `${name}-session-${k}`,
          traffic_mirror_sources: [id(8, 1)],
          traffic_mirror_target_id: id(8, 2),
          traffic_mirror_target_type: 'eni',
          priority: k,
        });
      }
    }
  });
}
