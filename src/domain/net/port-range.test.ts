import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePortRangeProblem, formatPortRange, parsePortRange, portInRange } from './port-range';
import { englishResultText } from '@/i18n/english-results';

/** A problem as the English console and the API say it. */
const problemOf = (text: string) => {
  const problem = describePortRangeProblem(text);
  return problem && englishResultText(problem);
};

describe('parsePortRange', () => {
  it.each([
    ['80-80', { from: 80, to: 80 }],
    ['10000-10001', { from: 10000, to: 10001 }],
    ['1-65535', { from: 1, to: 65535 }],
  ])('%s', (text, range) => {
    expect(parsePortRange(text)).toEqual(range);
  });

  it.each([
    '',
    '80',
    '0-80',
    '80-65536',
    '81-80',
    '080-80',
    '80-080',
    ' 80-80',
    '80 - 80',
    '80-',
    '-80',
    '+80-90',
    '1-2-3',
    'a-b',
    '1.5-2',
    '99999-99999',
  ])('refuses %j', (text) => {
    expect(parsePortRange(text)).toBeNull();
  });
});

describe('describePortRangeProblem', () => {
  it.each([
    ['', null],
    ['80-80', null],
    ['80', 'Write a single port as a range: 80-80.'],
    ['0', 'Ports are 1-65535: 0 is out of range.'],
    ['080', 'Write a single port as a range: 80-80.'],
    ['81-80', 'The first port must not be greater than the last: write 80-81.'],
    ['0-80', 'Ports are 1-65535: the first port 0 is out of range.'],
    ['80-70000', 'Ports are 1-65535: the last port 70000 is out of range.'],
    ['080-80', 'Remove the leading zeros from the first port: write 80.'],
    ['80 - 81', 'Remove the spaces: write 80-81.'],
    ['80-', 'Enter the last port.'],
    ['x-80', 'The first port must be a whole number 1-65535: x is not.'],
    ['1-2-3', 'Write the range as from-to with two ports 1-65535, such as 10000-10001.'],
  ])('%j', (text, message) => {
    expect(problemOf(text)).toBe(message);
  });
});

describe('properties', () => {
  it('format then parse round-trips, and membership is inclusive', () => {
    const port = fc.integer({ min: 1, max: 65535 });
    fc.assert(
      fc.property(port, port, port, (a, b, p) => {
        const range = { from: Math.min(a, b), to: Math.max(a, b) };
        expect(parsePortRange(formatPortRange(range))).toEqual(range);
        expect(portInRange(range, p)).toBe(p >= range.from && p <= range.to);
        expect(portInRange(range, range.from) && portInRange(range, range.to)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('junk never throws; a refused text always gets a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789- x'.split('')) })),
        (text) => {
          const range = parsePortRange(text);
          const problem = problemOf(text);
          if (range) expect(problem).toBeNull();
          else if (text !== '') expect(problem).toEqual(expect.any(String));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
