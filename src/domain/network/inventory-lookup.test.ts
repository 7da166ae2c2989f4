import { describe, expect, it } from 'vitest';
import { makeInventory, makePort } from '../model/test-fixtures';
import {
  findPort,
  isC7tPort,
  portIpv4,
  portIpv6,
  portSubnet,
  portVpcId,
  serverOfPort,
  targetEndpoint,
  vpcLabel,
} from './inventory-lookup';

const inventory = makeInventory();

describe('ports', () => {
  it('finds a port, its server, subnet and VPC', () => {
    const port = findPort(inventory, 'pb')!;
    expect(serverOfPort(inventory, port)?.id).toBe('srv-b');
    expect(portSubnet(inventory, port)?.id).toBe('sub-b');
    expect(portVpcId(inventory, port)).toBe('vpc-b');
    expect(findPort(inventory, 'nope')).toBeUndefined();
  });

  it('finds a port by the ids the real API gives: its network, or its IPv4 subnet', () => {
    const real = makeInventory();
    real.subnets = real.subnets.map((s) => ({ ...s, neutron_subnet_id: `ipv4-${s.id}` }));
    const byNetwork = {
      ...findPort(real, 'pb')!,
      fixed_ips: [{ subnet_id: 'ipv4-sub-b', ip_address: '10.1.0.5' }],
    };
    expect(portSubnet(real, byNetwork)?.id).toBe('sub-b');
    const byFixedIp = { ...byNetwork, network_id: '' };
    expect(portSubnet(real, byFixedIp)?.id).toBe('sub-b');
    expect(portSubnet(real, { ...byFixedIp, fixed_ips: [] })).toBeUndefined();
  });

  it.each([
    ['p1', true],
    ['p2', true],
    ['p-s6', false],
    ['p-loose', false],
    ['nope', false],
  ])('isC7tPort(%s) = %s', (id, expected) => {
    expect(isC7tPort(inventory, id)).toBe(expected);
  });

  it('picks the first address of each family', () => {
    const port = makePort('x', '', [
      ['sub-a', '2001:db8::5'],
      ['sub-a', '192.168.0.5'],
      ['sub-a', '192.168.0.6'],
    ]);
    expect(portIpv4(port)).toBe('192.168.0.5');
    expect(portIpv6(port)).toBe('2001:db8::5');
    expect(portIpv6(findPort(inventory, 'p1')!)).toBeUndefined();
  });

  it('has no subnet or VPC when its subnet is unknown', () => {
    const port = makePort('x', '', [['sub-zz', '10.0.0.1']]);
    expect(portSubnet(inventory, port)).toBeUndefined();
    expect(portVpcId(inventory, port)).toBeUndefined();
  });
});

describe('targetEndpoint', () => {
  it('describes an ENI target', () => {
    expect(targetEndpoint(inventory, 'eni', 'pt')).toMatchObject({
      type: 'eni',
      name: 'eni-pt',
      address: '10.10.0.8',
      vpc_id: 'vpc-a',
      subnet_id: 'sub-t',
      security_group_ids: ['sg-target'],
    });
  });

  it('describes a load balancer target by its VIP, without security groups', () => {
    expect(targetEndpoint(inventory, 'elb', 'lb-1')).toMatchObject({
      type: 'elb',
      address: '10.10.0.5',
      vpc_id: 'vpc-a',
      subnet_id: 'sub-t',
      security_group_ids: [],
    });
  });

  it.each([
    ['eni', 'lb-1'],
    ['elb', 'pt'],
  ] as const)('is undefined for a missing %s %s', (type, id) => {
    expect(targetEndpoint(inventory, type, id)).toBeUndefined();
  });
});

describe('vpcLabel', () => {
  const named = { ...inventory, vpcs: inventory.vpcs.map((v) => ({ ...v, name: `net ${v.id}` })) };
  it.each([
    ['a VPC with a name, by its name', named, 'vpc-a', 'VPC "net vpc-a"'],
    ['a VPC the inventory does not know, by its id', named, 'vpc-zz', 'VPC vpc-zz'],
    [
      'a VPC whose name is empty, by its id',
      { ...named, vpcs: [{ ...named.vpcs[0]!, name: '' }] },
      'vpc-a',
      'VPC vpc-a',
    ],
  ])('names %s', (_case, inv, id, expected) => {
    expect(vpcLabel(inv, id)).toBe(expected);
  });
});
