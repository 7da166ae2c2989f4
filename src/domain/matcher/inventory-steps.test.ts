/** With an inventory: docs/behaviour.md, "Which packets are copied" step 1, the copy of section 6 and delivery (section 7). */
import { english, readable } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type {
  Inventory,
  MirrorConfig,
  NetworkAcl,
  NetworkAclRule,
  Port,
  SecurityGroupRule,
  TrafficMirrorSession,
} from '../model/types';
import { compileConfig } from './compile-config';
import { evaluatePacket } from './evaluate-packet';
import { makeFilter, makeRule, makeSession } from './fixtures';
import type { MirrorPacket } from './types';

const port = (id: string, ip: string, subnet: string, groups: string[], mtu = 1500): Port => ({
  id,
  name: id,
  device_id: `ecs-${id}`,
  device_owner: 'compute:az1',
  network_id: subnet,
  fixed_ips: [{ subnet_id: subnet, ip_address: ip }],
  security_groups: groups,
  mac_address: 'fa:16:3e:00:00:01',
  status: 'ACTIVE',
  mtu,
});

const sgRule = (id: string, group: string, fields: Partial<SecurityGroupRule>): SecurityGroupRule => ({
  id,
  security_group_id: group,
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: '',
  multiport: '',
  remote_ip_prefix: '',
  action: 'allow',
  priority: 1,
  description: '',
  ...fields,
});

const aclRule = (id: string, fields: Partial<NetworkAclRule>): NetworkAclRule => ({
  id,
  name: id,
  action: 'allow',
  protocol: 'any',
  ip_version: 4,
  source_ip_address: '',
  destination_ip_address: '',
  source_port: '',
  destination_port: '',
  enabled: true,
  ...fields,
});

const acl = (id: string, subnet: string, ingress: NetworkAclRule[]): NetworkAcl => ({
  id,
  name: id,
  admin_state_up: true,
  associations: [{ virsubnet_id: subnet }],
  ingress_rules: ingress,
  egress_rules: [],
});

function inventory(changes: Partial<Inventory> = {}): Inventory {
  return {
    vpcs: [{ id: 'vpc-1', name: 'vpc-1', cidr: '192.168.0.0/16', status: 'OK', description: '' }],
    subnets: [
      {
        id: 'subnet-src',
        name: 'src',
        cidr: '192.168.0.0/24',
        vpc_id: 'vpc-1',
        gateway_ip: '192.168.0.1',
        availability_zone: 'az1',
        ipv6_enable: false,
        cidr_v6: '',
      },
      {
        id: 'subnet-tgt',
        name: 'tgt',
        cidr: '10.10.0.0/24',
        vpc_id: 'vpc-1',
        gateway_ip: '10.10.0.1',
        availability_zone: 'az1',
        ipv6_enable: false,
        cidr_v6: '',
      },
    ],
    peerings: [],
    enterprise_router_attachments: [],
    servers: [],
    ports: [
      port('eni-b', '192.168.0.27', 'subnet-src', ['sg-src']),
      port('eni-t', '10.10.0.8', 'subnet-tgt', ['sg-tgt']),
    ],
    load_balancers: [
      {
        id: 'lb-1',
        name: 'lb-1',
        description: '',
        vip_address: '10.10.0.5',
        vip_subnet_cidr_id: 'subnet-tgt',
        vip_port_id: 'vip-1',
        vpc_id: 'vpc-1',
        provisioning_status: 'ACTIVE',
        guaranteed: true,
      },
    ],
    security_groups: [],
    security_group_rules: [
      sgRule('sg-src-web', 'sg-src', { protocol: 'tcp', multiport: '80' }),
      sgRule('sg-tgt-vxlan', 'sg-tgt', {
        protocol: 'udp',
        multiport: '4789',
        remote_ip_prefix: '192.168.0.27/32',
      }),
    ],
    network_acls: [
      acl('acl-src', 'subnet-src', [
        aclRule('deny-test-net', { action: 'deny', source_ip_address: '203.0.113.0/24' }),
        aclRule('allow-all', {}),
      ]),
    ],
    ...changes,
  };
}

function config(inv: Inventory, session: Partial<TrafficMirrorSession> = {}): MirrorConfig {
  return {
    sessions: [
      makeSession({
        id: 's1',
        traffic_mirror_sources: ['eni-b', 'eni-unknown'],
        traffic_mirror_target_id: 'eni-t',
        virtual_network_id: 7,
        ...session,
      }),
    ],
    filters: [
      makeFilter('filter-1', [
        makeRule({ id: 'in', direction: 'ingress' }),
        makeRule({ id: 'out', direction: 'egress' }),
      ]),
    ],
    inventory: inv,
  };
}

const web: MirrorPacket = {
  source: 'eni-b',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'TCP',
  source_ip: '10.2.0.5',
  destination_ip: '192.168.0.27',
  source_port: 50000,
  destination_port: 80,
};

/** evaluatePacket, checked against the compiled evaluate (same fields but the trace). */
function evaluateBoth(cfg: MirrorConfig, p: MirrorPacket) {
  const verdict = evaluatePacket(cfg, p);
  const { trace: _trace, ...core } = verdict;
  expect(compileConfig(cfg).evaluate(p)).toEqual(core);
  return verdict;
}

describe('step 1: inbound packets the source does not receive are not copied', () => {
  it.each<[string, Partial<MirrorPacket>, string, string | null]>([
    ['allowed by the security group', {}, 'ACCEPTED', null],
    [
      'no security group rule allows port 22',
      { destination_port: 22 },
      'DROPPED_BY_SECURITY_GROUP',
      'security_group',
    ],
    [
      'a reply passes the stateful security group',
      { destination_port: 22, is_reply: true },
      'ACCEPTED',
      null,
    ],
    [
      'the ACL denies the source network',
      { source_ip: '203.0.113.9' },
      'DROPPED_BY_NETWORK_ACL',
      'network_acl',
    ],
    [
      'a reply does not pass the stateless ACL',
      { source_ip: '203.0.113.9', is_reply: true },
      'DROPPED_BY_NETWORK_ACL',
      'network_acl',
    ],
    [
      'outbound is copied whatever the groups say',
      { direction: 'egress', destination_port: 22, source_ip: '192.168.0.27', destination_ip: '203.0.113.9' },
      'ACCEPTED',
      null,
    ],
  ])('%s', (_name, change, reason, droppedBy) => {
    const verdict = evaluateBoth(config(inventory()), { ...web, ...change });
    expect(verdict.reason).toBe(reason);
    expect(verdict.admission?.dropped_by).toBe(droppedBy);
    if (droppedBy) expect(verdict).toMatchObject({ mirrored: false, trace: [], copy: null, delivery: null });
  });

  it('names the deciding rules', () => {
    const inv = inventory();
    const dropped = evaluateBoth(config(inv), { ...web, source_ip: '203.0.113.9' });
    expect(dropped.admission?.network_acl_rule?.id).toBe('deny-test-net');
    const reply = evaluateBoth(config(inv), { ...web, destination_port: 22, is_reply: true });
    expect(reply.admission).toMatchObject({
      checked: true,
      allowed: true,
      reply_passed_security_group: true,
    });
    expect(evaluateBoth(config(inv), { ...web, direction: 'egress' }).admission?.checked).toBe(false);
  });

  it('a source missing from the inventory is not filtered', () => {
    const verdict = evaluateBoth(config(inventory()), { ...web, source: 'eni-unknown' });
    expect(verdict.reason).toBe('ACCEPTED');
    expect(verdict.admission?.checked).toBe(false);
    expect(verdict.copy?.outer_source_ip).toBeNull();
    expect(readable(verdict.delivery)).toMatchObject({
      delivered: false,
      note: 'The source has no IPv4 address to send VXLAN copies from.',
    });
  });
});

describe('the copy (docs/behaviour.md, "The copy on the wire")', () => {
  it('carries the VNI, the outer addresses and the VXLAN port; a short packet fits whole', () => {
    expect(evaluateBoth(config(inventory()), web).copy).toEqual({
      vni: 7,
      outer_source_ip: '192.168.0.27',
      outer_destination_ip: '10.10.0.8',
      udp_destination_port: 4789,
      outer_ethernet_bytes: 14,
      outer_ipv4_bytes: 20,
      udp_bytes: 8,
      vxlan_bytes: 8,
      inner_frame_bytes: 78,
      packet_length: 96,
      source_mtu: 1500,
      mtu_assumed: false,
      kept_bytes: 78,
      copied_bytes: 78,
      outer_ip_bytes: 114,
      frame_bytes: 128,
      truncated: false,
      truncated_by: null,
      mtu_cut_bytes: 0,
    });
  });

  it.each([
    ['a full-size packet is cut to packet_length', 1500, 96, 1500, 1514, 96, 'packet_length'],
    ['exactly packet_length is not truncated', 82, 96, 1500, 96, 96, null],
    ['one byte over', 83, 96, 1500, 97, 96, 'packet_length'],
    ['the outer packet must fit the MTU', 1500, 1460, 1200, 1514, 1164, 'mtu'],
    ['a large packet_length fits a 1500 MTU', 1500, 1460, 1500, 1514, 1460, 'packet_length'],
  ] as const)('%s', (_name, length, packetLength, mtu, inner, copied, by) => {
    const inv = inventory();
    inv.ports[0] = { ...inv.ports[0]!, mtu };
    const copy = evaluateBoth(config(inv, { packet_length: packetLength }), { ...web, length }).copy;
    expect(copy).toMatchObject({
      inner_frame_bytes: inner,
      copied_bytes: copied,
      truncated_by: by,
      truncated: by !== null,
    });
    expect(copy?.outer_ip_bytes).toBe(36 + copied);
    expect(copy?.outer_ip_bytes).toBeLessThanOrEqual(mtu);
  });

  it('is absent when the packet is not copied, and without inventory', () => {
    const inv = inventory();
    const cfg = config(inv);
    cfg.filters = [makeFilter('filter-1', [makeRule({ id: 'in', action: 'reject' })])];
    expect(evaluateBoth(cfg, web)).toMatchObject({ reason: 'REJECTED', copy: null, delivery: null });
    const bare = evaluateBoth({ ...config(inv), inventory: undefined }, web);
    expect(bare.reason).toBe('ACCEPTED');
    expect('copy' in bare || 'admission' in bare || 'delivery' in bare).toBe(false);
  });
});

describe('delivery to the target (docs/behaviour.md, "Delivery to the target")', () => {
  it('reaches a target whose security group allows UDP 4789 from the source', () => {
    expect(evaluateBoth(config(inventory()), web).delivery).toMatchObject({
      delivered: true,
      dropped_by: null,
      security_group_rule: { id: 'sg-tgt-vxlan' },
    });
  });

  it('is dropped when the target security group lacks the rule, naming it', () => {
    const inv = inventory();
    inv.security_group_rules = inv.security_group_rules.filter((r) => r.id !== 'sg-tgt-vxlan');
    expect(readable(evaluateBoth(config(inv), web).delivery)).toEqual({
      delivered: false,
      dropped_by: 'security_group',
      note:
        "The target's security group drops the copy (it has no inbound rule allowing UDP 4789 from 192.168.0.27): " +
        'add an inbound rule Allow, IPv4, UDP: 4789, source 192.168.0.27/32, with a higher priority than any rule that denies it.',
    });
  });

  it("is dropped by the target subnet's network ACL", () => {
    const inv = inventory();
    inv.network_acls.push(acl('acl-tgt', 'subnet-tgt', [aclRule('tcp-only', { protocol: 'tcp' })]));
    const delivery = evaluateBoth(config(inv), web).delivery;
    expect(delivery).toMatchObject({ delivered: false, dropped_by: 'network_acl' });
    expect(delivery && english(delivery.note)).toContain(
      'add an inbound rule Allow, IPv4, UDP, source 192.168.0.27/32, destination port 4789',
    );
    inv.network_acls[1]!.ingress_rules.unshift(
      aclRule('vxlan', { protocol: 'udp', source_ip_address: '192.168.0.27/32', destination_port: '4789' }),
    );
    expect(readable(evaluateBoth(config(inv), web).delivery)).toMatchObject({
      delivered: true,
      network_acl_rule: { id: 'vxlan' },
    });
  });

  it('a load balancer target gets copies on its VIP; only its subnet ACL applies', () => {
    const verdict = evaluateBoth(
      config(inventory(), { traffic_mirror_target_id: 'lb-1', traffic_mirror_target_type: 'elb' }),
      web,
    );
    expect(verdict).toMatchObject({
      target_id: 'lb-1',
      target_type: 'elb',
      copy: { outer_destination_ip: '10.10.0.5' },
      delivery: { delivered: true },
    });
  });

  it('a target missing from the inventory cannot be reached', () => {
    const verdict = evaluateBoth(config(inventory(), { traffic_mirror_target_id: 'eni-gone' }), web);
    expect(verdict.copy?.outer_destination_ip).toBeNull();
    expect(readable(verdict.delivery)).toEqual({
      delivered: false,
      dropped_by: null,
      note: 'The target eni-gone is not in the inventory.',
    });
  });
});
