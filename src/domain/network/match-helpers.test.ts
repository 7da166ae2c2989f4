import { describe, expect, it } from 'vitest';
import { parsePortList, portListMatches, prefixMatches, protocolMatches } from './match-helpers';

describe('protocolMatches', () => {
  it.each([
    ['', 6, true],
    ['any', 58, true],
    ['ANY', 1, true],
    ['tcp', 6, true],
    ['TCP', 17, false],
    ['udp', 17, true],
    ['icmp', 1, true],
    ['icmpv6', 58, true],
    ['icmp', 58, false],
    ['6', 6, true],
    ['17', 6, false],
    ['gre', 47, false],
    ['1000', 232, false],
  ])('%j covers %d: %s', (rule, packet, expected) => {
    expect(protocolMatches(rule, packet)).toBe(expected);
  });
});

describe('parsePortList', () => {
  it.each([
    ['', []],
    ['4789', [{ from: 4789, to: 4789 }]],
    [
      '80,443',
      [
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ],
    ],
    ['1000-2000', [{ from: 1000, to: 2000 }]],
    [
      '22,8000-8080',
      [
        { from: 22, to: 22 },
        { from: 8000, to: 8080 },
      ],
    ],
    ['0', null],
    ['80,', null],
    ['2000-1000', null],
    ['http', null],
    ['65536', null],
  ])('%j -> %j', (text, ranges) => {
    expect(parsePortList(text)).toEqual(ranges);
  });
});

describe('portListMatches', () => {
  it.each([
    ['', undefined, true],
    ['', 80, true],
    ['80', undefined, false],
    ['80,443', 443, true],
    ['80,443', 444, false],
    ['1000-2000', 1000, true],
    ['1000-2000', 2000, true],
    ['1000-2000', 2001, false],
    ['junk', 80, false],
  ])('%j covers %s: %s', (list, port, expected) => {
    expect(portListMatches(list, port)).toBe(expected);
  });
});

describe('prefixMatches', () => {
  it.each([
    ['', '10.0.0.1', true],
    ['', '2001:db8::1', true],
    ['10.0.0.0/8', '10.255.0.1', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['10.0.0.1/8', '10.9.9.9', true],
    ['192.168.0.27', '192.168.0.27', true],
    ['192.168.0.27', '192.168.0.28', false],
    ['2001:db8::/32', '2001:db8:1::1', true],
    ['2001:db8::/32', '10.0.0.1', false],
    ['0.0.0.0/0', '2001:db8::1', false],
    ['junk', '10.0.0.1', false],
    ['10.0.0.0/8', 'junk', false],
  ])('%j covers %s: %s', (prefix, address, expected) => {
    expect(prefixMatches(prefix, address)).toBe(expected);
  });
});
