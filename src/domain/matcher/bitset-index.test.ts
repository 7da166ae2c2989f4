import { describe, expect, it } from 'vitest';
import { addressKey, BitsetBuilder, ruleIntervals } from './bitset-index';
import { compileRule } from './compiled-rules';
import { makeRule } from './fixtures';

describe('bit-vector index', () => {
  it('address keys keep unsigned order as signed int32', () => {
    const words = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
    const keys = words.map(addressKey);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect([keys[0], keys[5]]).toEqual([-0x80000000, 0x7fffffff]);
  });

  it('reads a rule as one interval per dimension', () => {
    const rule = compileRule(
      makeRule({
        id: 'r',
        protocol: 'TCP',
        source_cidr_block: '10.0.0.0/8',
        destination_port_range: '80-90',
      }),
    )!;
    expect(ruleIntervals(rule)).toEqual([
      [-1, 65535],
      [80, 90],
      [addressKey(0x0a000000), addressKey(0x0affffff)],
      [-0x80000000, 0x7fffffff],
    ]);
    const v6 = compileRule(
      makeRule({ id: 'r6', ethertype: 'IPv6', destination_cidr_block: '2001:db8:8000::/33' }),
    )!;
    expect(ruleIntervals(v6).slice(6)).toEqual([
      [addressKey(0x20010db8), addressKey(0x20010db8)],
      [addressKey(0x80000000), addressKey(0xffffffff)],
      [-0x80000000, 0x7fffffff],
      [-0x80000000, 0x7fffffff],
    ]);
  });

  it('keeps only the dimensions some rule restricts, most intervals first, with merged intervals', () => {
    const rules = [
      makeRule({ id: 'a', protocol: 'TCP', destination_port_range: '80-80' }),
      makeRule({
        id: 'b',
        protocol: 'TCP',
        destination_port_range: '80-443',
        destination_cidr_block: '10.0.0.0/8',
      }),
    ].map((r) => compileRule(r)!);
    const builder = new BitsetBuilder();
    expect(builder.addList(rules)).toEqual([0, 6]);
    // Source ports are any in both rules: left out. Destination port: below 80, 80, 81-443,
    // above; destination address: below, 10/8, above.
    expect(builder.dims).toEqual([1, 0, 4, 6, 4, 3]);
    expect(builder.bounds).toEqual([
      -0x80000000,
      80,
      81,
      444,
      -0x80000000,
      addressKey(0x0a000000),
      addressKey(0x0b000000),
    ]);
    expect(builder.masks).toEqual([0, 3, 2, 0, 1, 3, 1]);
  });
});
