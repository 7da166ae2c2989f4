import { describe, expect, it } from 'vitest';
import type { ResultMessageId } from '@/domain/model/message';
import { describeCidrProblem, describeIpProblem, type IpFamily } from '@/domain/net/address';
import { describePortRangeProblem } from '@/domain/net/port-range';
import { resultText } from '../../result-text';
import { translatorFor } from '../../testing';
import { modelMessages } from './model-en';

/**
 * Every kind of address, CIDR block and port range problem, from what a person types: the
 * domain's descriptor, said in English (as the API says it) and in Chinese with no English word.
 */
const CASES: [input: string, check: 'ip' | 'cidr' | 'cidr4' | 'cidr6' | 'ports', id: ResultMessageId][] = [
  ['', 'ip', 'net.ip.enter'],
  ['10.0.0.1 ', 'ip', 'net.ip.spaces'],
  ['fe80::1%eth0', 'ip', 'net.ip.zone'],
  ['10.0.0.256', 'ip', 'net.v4.tooLarge'],
  ['10.0.0.01', 'ip', 'net.v4.leadingZeros'],
  ['10.1', 'ip', 'net.v4.notFull'],
  ['1.2.3.4.5', 'ip', 'net.v4.parts'],
  ['::ffff:1.2.a.4', 'ip', 'net.v4.invalid'],
  ['1::2::3', 'ip', 'net.v6.gapTwice'],
  ['fe80::g', 'ip', 'net.v6.chars'],
  ['12345::1', 'ip', 'net.v6.groupLong'],
  ['1:2:3', 'ip', 'net.v6.form'],
  ['10.0.0.0 /8', 'cidr', 'net.spaces.write'],
  ['2001:db8::/32', 'cidr4', 'net.cidr.family'],
  ['10.0.0.0/8', 'cidr6', 'net.cidr.family'],
  ['10.0.0.0 /x', 'cidr', 'net.cidr.spaces'],
  ['fe80::1%eth0/64', 'cidr', 'net.cidr.zone'],
  ['10.0.0.0/8/8', 'cidr', 'net.cidr.slash'],
  ['10.0.0.1', 'cidr', 'net.cidr.addPrefix'],
  ['a.b/8', 'cidr', 'net.cidr.enter'],
  ['10.0.0.0/08', 'cidr', 'net.cidr.prefixZeros'],
  ['10.0.0.0/33', 'cidr', 'net.cidr.prefixRange'],
  ['80 - x', 'ports', 'net.ports.spaces'],
  ['80 - 81', 'ports', 'net.spaces.write'],
  ['70000', 'ports', 'net.ports.outOfRange'],
  ['80', 'ports', 'net.ports.single'],
  ['1-2-3', 'ports', 'net.ports.form'],
  ['-80', 'ports', 'net.ports.endEmpty'],
  ['80-x', 'ports', 'net.ports.endNotNumber'],
  ['080-81', 'ports', 'net.ports.endZeros'],
  ['0-80', 'ports', 'net.ports.endRange'],
  ['81-80', 'ports', 'net.ports.order'],
];

const FAMILY: Record<string, IpFamily | undefined> = { cidr4: 4, cidr6: 6 };

function problemOf(input: string, check: (typeof CASES)[number][1]) {
  if (check === 'ip') return describeIpProblem(input);
  if (check === 'ports') return describePortRangeProblem(input);
  return describeCidrProblem(input, FAMILY[check]);
}

/** Latin words of two or more letters, other than the names of things (IPv4, CIDR, VNI...). */
const ENGLISH = /\b(?!(?:IPv[46]|CIDR|IP|eth0|db8|fe80|ffff)\b)[A-Za-z]{2,}\b/g;

describe('address and port range problems', () => {
  it.each(CASES)('%j (%s) is %s, said in both languages', (input, check, id) => {
    const problem = problemOf(input, check);
    expect(problem?.id).toBe(id);
    const english = resultText(translatorFor('en'), problem!);
    const chinese = resultText(translatorFor('zh-CN'), problem!);
    expect(english).toMatch(/^[A-Z0-9:].*\.$/);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).toMatch(/。$/);
    expect(chinese.replace(/\S*[0-9:/.%-]\S*/g, '').match(ENGLISH)).toBeNull();
  });

  it('covers every kind of problem', () => {
    const net = Object.keys(modelMessages).filter((id) => id.startsWith('results.net.'));
    expect(new Set(CASES.map(([, , id]) => `results.${id}`))).toEqual(new Set(net));
  });
});
