/**
 * The mock's inventory answers checked against the official Huawei Cloud SDK models (VPC v2/v3,
 * ECS, IAM): each answer's item carries every field of the real model, under the real name,
 * except the ones listed in NOT_SERVED with the reason; and every field the mock adds beyond the
 * real model is a documented extension (EXTENSIONS). `Object.keys(new Model())` lists a model's
 * JSON field names, since the SDK's constructors assign every field.
 */
import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as vpcV2 from '@huaweicloud/huaweicloud-sdk-vpc/v2/public-api';
import * as vpcV3 from '@huaweicloud/huaweicloud-sdk-vpc/v3/public-api';
import * as ecs from '@huaweicloud/huaweicloud-sdk-ecs/v2/public-api';
import * as iam from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

const P = N4.project;
type Model = new () => object;

interface Case {
  what: string;
  path: string;
  key: string;
  model: Model;
  /** Real fields the mock does not serve, with the reason. */
  notServed?: Record<string, string>;
}

/** Fields the mock adds beyond the real model, each documented in docs/api.md. */
const EXTENSIONS: Record<string, string[]> = {
  ports: ['mtu'],
};

const CASES: Case[] = [
  { what: 'projects', path: '/v3/projects', key: 'projects', model: iam.ProjectResult },
  { what: 'vpcs', path: `/v1/${P}/vpcs`, key: 'vpcs', model: vpcV2.Vpc },
  { what: 'subnets', path: `/v1/${P}/subnets`, key: 'subnets', model: vpcV2.Subnet },
  { what: 'ports', path: `/v1/${P}/ports`, key: 'ports', model: vpcV2.Port },
  { what: 'peerings', path: '/v2.0/vpc/peerings', key: 'peerings', model: vpcV2.VpcPeering },
  {
    what: 'servers',
    path: `/v1/${P}/cloudservers/detail`,
    key: 'servers',
    model: ecs.ServerDetail,
    notServed: Object.fromEntries(
      [
        'addresses',
        'security_groups',
        'image',
        'hostId',
        'auto_terminate_time',
        'config_drive',
        'os-extended-volumes:volumes_attached',
        'OS-EXT-STS:task_state',
        'OS-SRV-USG:launched_at',
        'OS-SRV-USG:terminated_at',
        'OS-EXT-SRV-ATTR:host',
        'OS-EXT-SRV-ATTR:instance_name',
        'OS-EXT-SRV-ATTR:hypervisor_hostname',
        'OS-EXT-SRV-ATTR:hostname',
        'OS-EXT-SRV-ATTR:launch_index',
        'OS-EXT-SRV-ATTR:kernel_id',
        'OS-EXT-SRV-ATTR:ramdisk_id',
        'OS-EXT-SRV-ATTR:root_device_name',
      ].map((field) => [field, 'not read by the console: addresses and security groups come from the ports']),
    ),
  },
  {
    what: 'security groups',
    path: `/v3/${P}/vpc/security-groups`,
    key: 'security_groups',
    model: vpcV3.SecurityGroup,
  },
  {
    what: 'security group rules',
    path: `/v3/${P}/vpc/security-group-rules`,
    key: 'security_group_rules',
    model: vpcV3.SecurityGroupRule,
  },
  {
    what: 'network ACLs (list)',
    path: `/v3/${P}/vpc/firewalls`,
    key: 'firewalls',
    model: vpcV3.ListFirewallDetail,
  },
];

async function firstItem(path: string, key: string): Promise<Record<string, unknown>> {
  const answer = await t.call('GET', path);
  expect(answer.status).toBe(200);
  const items = answer.body[key] as Record<string, unknown>[];
  expect(items.length).toBeGreaterThan(0);
  return items[0] as Record<string, unknown>;
}

describe('inventory answers have the real models’ fields', () => {
  it.each(CASES)('$what', async ({ what, path, key, model, notServed = {} }) => {
    const item = await firstItem(path, key);
    const real = Object.keys(new model());
    const missing = real.filter((field) => !(field in item) && !(field in notServed));
    const extra = Object.keys(item).filter(
      (field) => !real.includes(field) && !(EXTENSIONS[what] ?? []).includes(field),
    );
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
