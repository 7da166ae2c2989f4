import { describe, expect, it } from 'vitest';
import { hasPorts, protocolNameOf, protocolNumberOf, protocolText, transportHeaderLength } from './protocols';

describe('protocols', () => {
  it.each([
    ['TCP', 6, true, 20],
    ['UDP', 17, true, 8],
    ['ICMP', 1, false, 8],
    ['ICMPV6', 58, false, 8],
  ] as const)('%s is number %d (ports: %s, header %d bytes)', (name, number, ports, header) => {
    expect(protocolNumberOf(name)).toBe(number);
    expect(protocolNumberOf(name.toLowerCase())).toBe(number);
    expect(protocolNameOf(number)).toBe(name);
    expect(hasPorts(number)).toBe(ports);
    expect(transportHeaderLength(number)).toBe(header);
  });

  it.each(['', 'ALL', 'any', 'gre', '6', 'constructor', 'toString'])('%j is no protocol name', (text) => {
    expect(protocolNumberOf(text)).toBeUndefined();
  });

  it.each([0, 47, 50, 255, -1])('%d has no name, no ports and no header of ours', (number) => {
    expect(protocolNameOf(number)).toBeUndefined();
    expect(hasPorts(number)).toBe(false);
    expect(transportHeaderLength(number)).toBe(0);
  });
});

describe('protocolText', () => {
  it.each([
    [6, 'TCP'],
    [58, 'ICMPV6'],
    [47, 'protocol 47'],
  ])('%i is written %s', (protocol, text) => {
    expect(protocolText(protocol)).toBe(text);
  });
});
