import { describe, expect, it } from 'vitest';
import type { Port } from '../model/types';
import { packetAddressProblem, portAddresses } from './packet-address';

const port = (addresses: string[]): Port => ({
  id: 'port-1',
  name: 'web-prod-02-eth0',
  device_id: 'ecs-1',
  device_owner: 'compute:az1',
  network_id: 'net-1',
  fixed_ips: addresses.map((ip_address) => ({ subnet_id: 'subnet-1', ip_address })),
  security_groups: [],
  mac_address: 'fa:16:3e:00:00:01',
  status: 'ACTIVE',
  mtu: 1500,
});

const web02 = port(['10.0.0.4', '2407:C080:802:BE7::4']);

describe('packetAddressProblem', () => {
  it.each([
    ['inbound to its address', 'ingress', '10.0.0.1', '10.0.0.4', null],
    [
      'inbound to its IPv6 address, spelt otherwise',
      'ingress',
      '2001:db8::1',
      '2407:c080:802:be7:0::4',
      null,
    ],
    ['outbound from its address', 'egress', '10.0.0.4', '8.8.8.8', null],
    [
      'inbound to another host',
      'ingress',
      '10.0.0.1',
      '10.0.0.3',
      'This inbound packet is addressed to 10.0.0.3, which is not an address of web-prod-02-eth0: an inbound packet on an interface is addressed to it. Use its address 10.0.0.4 as the destination.',
    ],
    [
      'outbound from another host',
      'egress',
      '10.0.0.3',
      '10.0.0.4',
      'This outbound packet comes from 10.0.0.3, which is not an address of web-prod-02-eth0: an outbound packet on an interface comes from it. Use its address 10.0.0.4 as the source.',
    ],
    [
      'inbound IPv6 to another host',
      'ingress',
      '2001:db8::1',
      '2001:db8::2',
      'This inbound packet is addressed to 2001:db8::2, which is not an address of web-prod-02-eth0: an inbound packet on an interface is addressed to it. Use its address 2407:c080:802:be7::4 as the destination.',
    ],
    ['an address that does not parse (the form says so)', 'ingress', '10.0.0.1', 'nope', null],
  ] as const)('%s', (_name, direction, source_ip, destination_ip, expected) => {
    expect(packetAddressProblem(web02, { direction, source_ip, destination_ip })).toBe(expected);
  });

  it('says when the interface has no address of the packet family', () => {
    const problem = packetAddressProblem(port(['10.0.0.4']), {
      direction: 'ingress',
      source_ip: '2001:db8::1',
      destination_ip: '2001:db8::2',
    });
    expect(problem).toContain('It has no IPv6 address: test a packet of its address 10.0.0.4.');
  });

  it('lists the addresses in canonical spelling', () => {
    expect(portAddresses(web02)).toEqual(['10.0.0.4', '2407:c080:802:be7::4']);
  });
});
