/**
 * Rules as packet sets and the choice of example packets: the protocol axis, packets without
 * ports, and the "nice" packet picked from a rule.
 */
import { describe, expect, it } from 'vitest';
import type { TrafficMirrorFilterRule } from '../model/types';
import { makeRule } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { contains, subtract } from './box-set';
import { examplePacket } from './example-packet';
import { protocolAxis, protocolOfAxis, ruleSpace, wordsToBigint } from './rule-space';
import { parseIp } from '../net/address';

const rule = (fields: Partial<TrafficMirrorFilterRule>) => makeRule({ id: 'r', ...fields });

function point(packet: { protocol: number; src: string; dst: string; sport?: number; dport?: number }) {
  const ip = (text: string) => wordsToBigint(parseIp(text)!.words);
  return [
    protocolAxis(packet.protocol),
    ip(packet.src),
    ip(packet.dst),
    BigInt(packet.sport ?? -1),
    BigInt(packet.dport ?? -1),
  ];
}

describe('protocolAxis', () => {
  it('is a one-to-one map of 0-255 with TCP and UDP first', () => {
    const places = Array.from({ length: 256 }, (_, p) => protocolAxis(p));
    expect(new Set(places).size).toBe(256);
    expect(places.every((place) => place >= 0n && place <= 255n)).toBe(true);
    expect([protocolAxis(6), protocolAxis(17)]).toEqual([0n, 1n]);
    expect(Array.from({ length: 256 }, (_, p) => protocolOfAxis(protocolAxis(p)))).toEqual(
      Array.from({ length: 256 }, (_, p) => p),
    );
  });
});

describe('ruleSpace', () => {
  it.each([
    ['ALL matches ICMP without ports', {}, { protocol: 1, src: '1.2.3.4', dst: '5.6.7.8' }, true],
    [
      'ALL matches TCP with ports',
      {},
      { protocol: 6, src: '1.2.3.4', dst: '5.6.7.8', sport: 1, dport: 0 },
      true,
    ],
    [
      'TCP 80-80 needs port 80',
      { protocol: 'TCP', destination_port_range: '80-80' },
      { protocol: 6, src: '1.2.3.4', dst: '5.6.7.8', dport: 80 },
      true,
    ],
    [
      'TCP 80-80 and a TCP packet without ports',
      { protocol: 'TCP', destination_port_range: '80-80' },
      { protocol: 6, src: '1.2.3.4', dst: '5.6.7.8' },
      false,
    ],
    [
      'TCP without ranges and a TCP packet without ports',
      { protocol: 'tcp' },
      { protocol: 6, src: '1.2.3.4', dst: '5.6.7.8' },
      true,
    ],
    [
      'ALL 80-80 (imported) and UDP to 80',
      { destination_port_range: '80-80' },
      { protocol: 17, src: '1.2.3.4', dst: '5.6.7.8', dport: 80 },
      true,
    ],
    [
      'a /25 holds its last address',
      { source_cidr_block: '10.0.0.0/25' },
      { protocol: 1, src: '10.0.0.127', dst: '5.6.7.8' },
      true,
    ],
    [
      'a /25 stops there',
      { source_cidr_block: '10.0.0.0/25' },
      { protocol: 1, src: '10.0.0.128', dst: '5.6.7.8' },
      false,
    ],
    [
      'host bits set mean the network',
      { destination_cidr_block: '10.0.0.1/8' },
      { protocol: 1, src: '1.2.3.4', dst: '10.9.9.9' },
      true,
    ],
  ])('%s', (_name, fields, packet, inside) => {
    expect(contains(ruleSpace(rule(fields)), 4, point(packet))).toBe(inside);
  });

  it('an IPv6 rule holds IPv6 packets only, with 128-bit blocks', () => {
    const space = ruleSpace(rule({ ethertype: 'IPv6', source_cidr_block: '2001:db8::/127' }));
    expect(contains(space, 6, point({ protocol: 58, src: '2001:db8::1', dst: '::' }))).toBe(true);
    expect(contains(space, 6, point({ protocol: 58, src: '2001:db8::2', dst: '::' }))).toBe(false);
    expect(contains(space, 4, point({ protocol: 58, src: '0.0.0.1', dst: '0.0.0.0' }))).toBe(false);
  });
});

describe('examplePacket', () => {
  const pick = (fields: Partial<TrafficMirrorFilterRule>, minus: Partial<TrafficMirrorFilterRule>[] = []) =>
    examplePacket(
      subtract(
        ruleSpace(rule(fields)),
        minus.flatMap((m) => ruleSpace(rule(m))),
      ),
      'egress',
      'eni-9',
    );
  const base = { source: 'eni-9', direction: 'egress', ethertype: 'IPv4' };

  it.each<
    [string, Partial<TrafficMirrorFilterRule>, Partial<TrafficMirrorFilterRule>[], Partial<MirrorPacket>]
  >([
    [
      'any packet: TCP, familiar addresses, ports 40000 and 80',
      {},
      [],
      {
        protocol: 'TCP',
        source_ip: '10.0.0.1',
        destination_ip: '10.0.0.2',
        source_port: 40000,
        destination_port: 80,
      },
    ],
    [
      'a first host of a block',
      { destination_cidr_block: '172.31.5.0/24' },
      [],
      { destination_ip: '172.31.5.1' },
    ],
    [
      'the start of a range not on a .0',
      { destination_cidr_block: '172.31.5.4/30' },
      [],
      { destination_ip: '172.31.5.4' },
    ],
    [
      'the lowest port of a range without 80',
      { protocol: 'UDP', destination_port_range: '1000-2000' },
      [],
      { protocol: 'UDP', destination_port: 1000 },
    ],
    [
      '443 when 80 is taken',
      { protocol: 'TCP' },
      [{ protocol: 'TCP', destination_port_range: '80-80' }],
      { protocol: 'TCP', destination_port: 443 },
    ],
    ['UDP when TCP is taken', {}, [{ protocol: 'TCP' }], { protocol: 'UDP' }],
    ['ICMP when TCP and UDP are taken', {}, [{ protocol: 'TCP' }, { protocol: 'UDP' }], { protocol: 'ICMP' }],
    [
      'a protocol number when the named ones are taken',
      { ethertype: 'IPv6' },
      ['TCP', 'UDP', 'ICMP', 'ICMPV6'].map((p) => ({ ethertype: 'IPv6' as const, protocol: p })),
      { ethertype: 'IPv6', protocol: 0, source_ip: '2001:db8::1' },
    ],
  ])('%s', (_name, fields, minus, expected) => {
    expect(pick(fields, minus)).toMatchObject({ ...base, ...expected });
  });

  it('an ICMP example carries no ports', () => {
    const packet = pick({}, [{ protocol: 'TCP' }, { protocol: 'UDP' }]);
    expect(Object.keys(packet ?? {})).not.toContain('source_port');
    expect(Object.keys(packet ?? {})).not.toContain('destination_port');
  });

  it('no packet from an empty set', () => {
    expect(pick({ protocol: 'TCP' }, [{}])).toBeNull();
  });
});
