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
import { ParamCreater as vpcV2Requests } from '@huaweicloud/huaweicloud-sdk-vpc/v2/VpcClient';
import { ParamCreater as vpcV3Requests } from '@huaweicloud/huaweicloud-sdk-vpc/v3/VpcClient';
import { ParamCreater as ecsRequests } from '@huaweicloud/huaweicloud-sdk-ecs/v2/EcsClient';
import { ParamCreater as iamRequests } from '@huaweicloud/huaweicloud-sdk-iam/v3/IamClient';
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

/** The method and path the official SDK sends for each call the console makes. */
const SDK_CALLS: [string, { method: string; url: string }, string][] = [
  ['IAM KeystoneListProjects', iamRequests().keystoneListProjects({} as never), '/v3/projects'],
  ['VPC v2 ListVpcs', vpcV2Requests().listVpcs({} as never), `/v1/${P}/vpcs`],
  ['VPC v2 ListSubnets', vpcV2Requests().listSubnets({} as never), `/v1/${P}/subnets`],
  ['VPC v2 ListPorts', vpcV2Requests().listPorts({} as never), `/v1/${P}/ports`],
  ['VPC v2 ListVpcPeerings', vpcV2Requests().listVpcPeerings({} as never), '/v2.0/vpc/peerings'],
  ['VPC v2 ShowQuota', vpcV2Requests().showQuota({} as never), `/v1/${P}/quotas`],
  ['ECS ListServersDetails', ecsRequests().listServersDetails({} as never), `/v1/${P}/cloudservers/detail`],
  [
    'VPC v3 ListSecurityGroups',
    vpcV3Requests().listSecurityGroups({} as never),
    `/v3/${P}/vpc/security-groups`,
  ],
  [
    'VPC v3 ListSecurityGroupRules',
    vpcV3Requests().listSecurityGroupRules({} as never),
    `/v3/${P}/vpc/security-group-rules`,
  ],
  [
    'VPC v3 CreateSecurityGroupRule',
    vpcV3Requests().createSecurityGroupRule({ body: {} } as never),
    `/v3/${P}/vpc/security-group-rules`,
  ],
  ['VPC v3 ListFirewall', vpcV3Requests().listFirewall({} as never), `/v3/${P}/vpc/firewalls`],
  [
    'VPC v3 ShowFirewall',
    vpcV3Requests().showFirewall({ firewall_id: 'x' } as never),
    `/v3/${P}/vpc/firewalls/x`,
  ],
];

describe('the console calls the paths the official SDKs call', () => {
  it.each(SDK_CALLS)('%s', (_name, request, ours) => {
    const sdkPath = request.url.replace('{project_id}', P).replace('{firewall_id}', 'x');
    expect(sdkPath).toBe(ours);
  });
});

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
