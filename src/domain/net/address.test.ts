import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  describeCidrProblem,
  describeIpProblem,
  formatCidr,
  formatIp,
  maskWord,
  parseCidr,
  parseIp,
  type ParsedIp,
} from './address';
import { englishResultText } from '@/i18n/english-results';

/** A problem as the English console and the API say it. */
const cidrProblem = (text: string, family?: 4 | 6) => {
  const problem = describeCidrProblem(text, family);
  return problem && englishResultText(problem);
};
const ipProblem = (text: string) => {
  const problem = describeIpProblem(text);
  return problem && englishResultText(problem);
};

/** The words of an ipaddr.js address, for comparison with ours. */
function oracleWords(text: string): number[] {
  const bytes = ipaddr.parse(text).toByteArray();
  const words: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    words.push(((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0);
  }
  return words;
}

describe('parseIp', () => {
  it.each([
    ['0.0.0.0', 4, [0]],
    ['10.0.0.1', 4, [0x0a000001]],
    ['255.255.255.255', 4, [0xffffffff]],
    ['::', 6, [0, 0, 0, 0]],
    ['::1', 6, [0, 0, 0, 1]],
    ['1::', 6, [0x00010000, 0, 0, 0]],
    ['2001:DB8::0001', 6, [0x20010db8, 0, 0, 1]],
    ['1:2:3:4:5:6:7:8', 6, [0x10002, 0x30004, 0x50006, 0x70008]],
    ['1:2:3:4:5:6:7::', 6, [0x10002, 0x30004, 0x50006, 0x70000]],
    ['::ffff:1.2.3.4', 6, [0, 0, 0xffff, 0x01020304]],
    ['::1.2.3.4', 6, [0, 0, 0, 0x01020304]],
    ['1:2:3:4:5:6:1.2.3.4', 6, [0x10002, 0x30004, 0x50006, 0x01020304]],
    ['fe80::1:2.3.4.5', 6, [0xfe800000, 0, 1, 0x02030405]],
  ] as const)('%s', (text, family, words) => {
    expect(parseIp(text)).toEqual({ family, words });
  });

  it.each([
    '',
    ' 10.0.0.1',
    '10.0.0.1 ',
    '10.0.0.1\n',
    '010.0.0.1',
    '10.00.0.1',
    '10.1',
    '10.0.1',
    '10',
    '10.0.0.0.1',
    '256.0.0.1',
    '10.0.0.-1',
    '10.0.0.+1',
    '0x0a.0.0.1',
    '10..0.1',
    '1.2.3.4.',
    ':',
    ':::',
    '1:::2',
    '1::2::3',
    ':1::',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8::',
    '::1:2:3:4:5:6:7:8',
    '12345::',
    'g::1',
    'fe80::1%eth0',
    '::ffff:010.0.0.1',
    '::ffff:1.2.3',
    '1.2.3.4::',
    '::1.2.3.4:1',
    '1:2:3:4:5:6:7:1.2.3.4',
    '10.0.0.0/8',
    'localhost',
  ])('refuses %j', (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/8', '10.0.0.0/8', 8],
    ['10.0.0.1/8', '10.0.0.0/8', 8],
    ['172.16.0.255/24', '172.16.0.0/24', 24],
    ['10.0.0.3/32', '10.0.0.3/32', 32],
    ['1.2.3.4/0', '0.0.0.0/0', 0],
    ['2001:db8::1/32', '2001:db8::/32', 32],
    ['2001:DB8:1:2:3:4:5:6/128', '2001:db8:1:2:3:4:5:6/128', 128],
    ['ffff::/0', '::/0', 0],
    ['::ffff:10.1.2.3/120', '::ffff:10.1.2.0/120', 120],
    ['2001:db8:ffff:ffff::/33', '2001:db8:8000::/33', 33],
  ] as const)('%s is %s', (text, canonical, prefix) => {
    const cidr = parseCidr(text);
    expect(cidr?.prefix).toBe(prefix);
    expect(cidr && formatCidr(cidr)).toBe(canonical);
  });

  it.each([
    '10.0.0.0',
    '10.0.0.0/',
    '10.0.0.0/33',
    '::/129',
    '10.0.0.0/08',
    '10.0.0.0/-1',
    '10.0.0.0/8/8',
    '10.1/8',
    '010.0.0.0/8',
    '10.0.0.0 /8',
    '/8',
    '10.0.0.0/+8',
    '::/0128',
    'fe80::%1/64',
    '',
  ])('refuses %j', (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe('formatIp (RFC 5952)', () => {
  it.each([
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['ABCD::EF', 'abcd::ef'],
    ['::ffff:0102:0304', '::ffff:1.2.3.4'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['10.0.0.1', '10.0.0.1'],
  ])('%s -> %s', (text, canonical) => {
    const ip = parseIp(text);
    expect(ip && formatIp(ip)).toBe(canonical);
  });
});

describe('cidrContains and maskWord', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.0', false],
    ['0.0.0.0/0', '1.2.3.4', true],
    ['10.0.0.3/32', '10.0.0.3', true],
    ['10.0.0.3/32', '10.0.0.4', false],
    ['10.0.0.0/8', '::ffff:10.0.0.1', false],
    ['::/0', '10.0.0.1', false],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/33', '2001:db8:8000::1', false],
    ['::/0', 'ffff::', true],
  ] as const)('%s holds %s: %s', (cidr, ip, expected) => {
    expect(cidrContains(parseCidr(cidr)!, parseIp(ip)!)).toBe(expected);
  });

  it('masks word by word', () => {
    expect([maskWord(0, 0), maskWord(32, 0), maskWord(20, 0), maskWord(40, 1), maskWord(40, 2)]).toEqual([
      0, 0xffffffff, 0xfffff000, 0xff000000, 0,
    ]);
  });
});

describe('describeCidrProblem', () => {
  it.each([
    ['10.0.0.0/8', null],
    ['10.0.0.1/8', null],
    ['', null],
    ['010.0.0.0/8', 'Remove the leading zeros: write 10.0.0.0/8, not 010.0.0.0/8.'],
    ['10.1/8', 'Write the address in full: 10.1.0.0/8 is not accepted as 10.1/8.'],
    ['10.0.0.0/33', 'The prefix length must be 0-32 for IPv4.'],
    ['2001:db8::/129', 'The prefix length must be 0-128 for IPv6.'],
    ['10.0.0.0/08', 'Write the prefix length without leading zeros: /8, not /08.'],
    ['10.0.0.0', 'Add the prefix length: write 10.0.0.0/32 for this one address.'],
    ['2001:db8::1', 'Add the prefix length: write 2001:db8::1/128 for this one address.'],
    ['10.0.0.0 /8', 'Remove the spaces: write 10.0.0.0/8.'],
    ['256.0.0.0/8', 'Each number of an IPv4 address must be 0-255: 256 is too large.'],
    ['fe80::1%eth0/64', 'Remove the zone id (the part from %): a CIDR block has none.'],
    ['1::2::3/64', 'Use :: only once in an IPv6 address.'],
    ['12345::/16', 'Each group of an IPv6 address has at most 4 hexadecimal digits: 12345 is too long.'],
    ['::ffff:01.2.3.4/128', 'Remove the leading zeros: write 1.2.3.4, not 01.2.3.4.'],
    [
      '1:2:3/48',
      'Write an IPv6 address as 8 groups of hexadecimal digits, or fewer with :: once, such as 2001:db8::1.',
    ],
    ['10.0.0.0/8/8', 'Write one / followed by the prefix length, such as 10.0.0.0/24 or 2001:db8::/32.'],
    ['hello', 'Enter an IP address such as 10.0.0.1 or 2001:db8::1.'],
  ])('%j', (text, message) => {
    expect(cidrProblem(text)).toBe(message);
  });

  it('checks the family when one is expected', () => {
    expect(cidrProblem('10.0.0.0/8', 4)).toBeNull();
    expect(cidrProblem('2001:db8::/32', 4)).toBe(
      'Enter an IPv4 CIDR block here, such as 10.0.0.0/24: 2001:db8::/32 is IPv6.',
    );
    expect(cidrProblem('10.0.0.0/8', 6)).toBe(
      'Enter an IPv6 CIDR block here, such as 2001:db8::/32: 10.0.0.0/8 is IPv4.',
    );
  });

  it('describes bad addresses', () => {
    expect(ipProblem('10.0.0.1')).toBeNull();
    expect(ipProblem('10.1')).toBe('Write the address in full: 10.1.0.0 is not accepted as 10.1.');
    expect(ipProblem('')).toBe('Enter an IP address such as 10.0.0.1 or 2001:db8::1.');
  });
});

/* ------------------------------------------------------------------ properties, ipaddr.js as oracle */

const hexGroup = fc.integer({ min: 0, max: 0xffff });
const v4Words = fc.integer({ min: 0, max: 0xffffffff });
const v6Groups = fc.array(hexGroup, { minLength: 8, maxLength: 8 });

/** Many textual forms of the same IPv6 address: padding, case, `::` anywhere legal, mixed. */
const v6Text = fc
  .record({
    groups: v6Groups,
    pad: fc.boolean(),
    upper: fc.boolean(),
    gapStart: fc.integer({ min: 0, max: 8 }),
    gapLength: fc.integer({ min: 0, max: 8 }),
    mixed: fc.boolean(),
    zeroRun: fc.boolean(),
  })
  .map(({ groups, pad, upper, gapStart, gapLength, mixed, zeroRun }) => {
    const g = [...groups];
    const length = Math.min(gapLength, 8 - gapStart);
    if (zeroRun) g.fill(0, gapStart, gapStart + length);
    const hex = g.map((x) => x.toString(16).padStart(pad ? 4 : 1, '0'));
    const text = (parts: string[]): string => {
      if (length === 0 || g.slice(gapStart, gapStart + length).some((x) => x !== 0)) return parts.join(':');
      return `${parts.slice(0, gapStart).join(':')}::${parts.slice(gapStart + length).join(':')}`;
    };
    let out: string;
    if (mixed && (gapStart + length < 7 || length === 0)) {
      const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
      out = text([...hex.slice(0, 6), 'X']).replace('X', v4);
    } else out = text(hex);
    return upper ? out.toUpperCase() : out;
  })
  .filter((text) => !/^::\d+\.\d+\.\d+\.\d+$/.test(text)); // ipaddr.js reads ::a.b.c.d as ::ffff:a.b.c.d

const junkChar = fc.constantFrom(...'0123456789abcdefABCDEFg:./% -x'.split(''));
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: junkChar, maxLength: 45 }),
  fc.string({
    unit: fc.constantFrom('1', '0', '.', ':', '::', 'ff', '255', '/', '32', '010'),
    maxLength: 14,
  }),
);

describe('properties (ipaddr.js as oracle)', () => {
  it('IPv4 dotted quads parse as ipaddr.js parses them', () => {
    fc.assert(
      fc.property(v4Words, (w) => {
        const text = `${w >>> 24}.${(w >>> 16) & 255}.${(w >>> 8) & 255}.${w & 255}`;
        expect(parseIp(text)).toEqual({ family: 4, words: oracleWords(text) });
        expect(formatIp(parseIp(text)!)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('dotted numbers are accepted exactly when 0-255 without leading zeros, as ipaddr.js reads them', () => {
    const part = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map(String),
      fc.constantFrom('00', '01', '007', '0255'),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('.');
        const strict = parts.length === 4 && parts.every((p) => String(Number(p)) === p && Number(p) <= 255);
        expect(parseIp(text) !== null).toBe(strict);
        if (strict) expect(parseIp(text)!.words).toEqual(oracleWords(text));
        else expect(ipProblem(text)).toEqual(expect.any(String));
      }),
      { numRuns: 1000 },
    );
  });

  it('IPv6 in many textual forms parses as ipaddr.js parses it, and formats as RFC 5952', () => {
    fc.assert(
      fc.property(v6Text, (text) => {
        expect(ipaddr.IPv6.isValid(text)).toBe(true);
        const ours = parseIp(text);
        expect(ours).toEqual({ family: 6, words: oracleWords(text) });
        const canonical = formatIp(ours!);
        if (!canonical.startsWith('::ffff:')) {
          expect(canonical).toBe(ipaddr.IPv6.parse(text).toRFC5952String());
        }
        expect(parseIp(canonical)).toEqual(ours);
      }),
      { numRuns: 1500 },
    );
  });

  it('junk never throws, and whatever is accepted ipaddr.js reads the same way', () => {
    fc.assert(
      fc.property(junk, (text) => {
        const ip = parseIp(text);
        const cidr = parseCidr(text);
        expect(typeof (cidrProblem(text) ?? '')).toBe('string');
        expect(typeof (ipProblem(text) ?? '')).toBe('string');
        if (ip) {
          expect(ip.family === 4 ? ipaddr.IPv4.isValidFourPartDecimal(text) : ipaddr.IPv6.isValid(text)).toBe(
            true,
          );
          if (!/^::\d/.test(text) || text.includes(':', 2)) expect(ip.words).toEqual(oracleWords(text));
        }
        if (cidr) {
          expect(describeCidrProblem(text)).toBeNull();
          const [address] = ipaddr.parseCIDR(text);
          expect(address.kind()).toBe(cidr.family === 4 ? 'ipv4' : 'ipv6');
        } else if (text !== '') {
          expect(cidrProblem(text)).toEqual(expect.any(String));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('format then parse gives the same CIDR, host bits cleared', () => {
    const cidrArb = fc.oneof(
      fc.record({
        family: fc.constant(4 as const),
        words: fc.tuple(v4Words),
        prefix: fc.integer({ min: 0, max: 32 }),
      }),
      fc.record({
        family: fc.constant(6 as const),
        words: fc.tuple(v4Words, v4Words, v4Words, v4Words),
        prefix: fc.integer({ min: 0, max: 128 }),
      }),
    );
    fc.assert(
      fc.property(cidrArb, ({ family, words, prefix }) => {
        const text = `${formatIp({ family, words })}/${prefix}`;
        const cidr = parseCidr(text)!;
        expect(cidr.words).toEqual(words.map((w, i) => (w & maskWord(prefix, i)) >>> 0));
        expect(parseCidr(formatCidr(cidr))).toEqual(cidr);
        const oracle = ipaddr.parseCIDR(text);
        const network = (family === 4 ? ipaddr.IPv4 : ipaddr.IPv6).networkAddressFromCIDR(text);
        expect(oracleWords(network.toString())).toEqual(cidr.words);
        expect(oracle[1]).toBe(prefix);
      }),
      { numRuns: 1000 },
    );
  });

  it('cidrContains agrees with ipaddr.js match', () => {
    const near = (base: readonly number[]) =>
      fc.tuple(
        ...base.map((w) =>
          fc.oneof(fc.constant(w), fc.constant((w ^ 1) >>> 0), v4Words, fc.constant((w ^ 0x80000000) >>> 0)),
        ),
      );
    const arb = fc.oneof(
      fc
        .tuple(v4Words, fc.integer({ min: 0, max: 32 }))
        .chain(([w, prefix]) => fc.tuple(fc.constant({ family: 4 as const, words: [w], prefix }), near([w]))),
      fc
        .tuple(fc.tuple(v4Words, v4Words, v4Words, v4Words), fc.integer({ min: 0, max: 128 }))
        .chain(([words, prefix]) =>
          fc.tuple(fc.constant({ family: 6 as const, words, prefix }), near(words)),
        ),
    );
    fc.assert(
      fc.property(arb, ([c, ipWords]) => {
        const cidr = parseCidr(`${formatIp(c)}/${c.prefix}`)!;
        const ip: ParsedIp = { family: c.family, words: ipWords };
        const oracleIp = ipaddr.parse(formatIp(ip));
        const oracleCidr = ipaddr.parseCIDR(formatCidr(cidr));
        expect(cidrContains(cidr, ip)).toBe(oracleIp.match(oracleCidr));
      }),
      { numRuns: 1500 },
    );
  });
});
