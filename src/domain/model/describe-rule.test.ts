import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { describeRule, describeRuleMatch, displayCidr } from './describe-rule';
import { makeRule } from './test-fixtures';

describe('describeRule', () => {
  it.each([
    [
      {
        protocol: 'TCP',
        source_cidr_block: '172.16.0.0/24',
        source_port_range: '10000-10001',
        destination_cidr_block: '10.0.0.3/32',
        destination_port_range: '80-80',
      },
      'Mirror TCP (IPv4) packets from source 172.16.0.0/24 over port 10000 or 10001 to destination 10.0.0.3/32 over port 80.',
    ],
    [
      {
        protocol: 'All',
        action: 'reject' as const,
        source_cidr_block: '192.168.0.0/24',
        destination_cidr_block: '10.2.0.0/24',
      },
      'Do not mirror IPv4 packets from source 192.168.0.0/24 over any port to destination 10.2.0.0/24 over any port.',
    ],
    [
      { protocol: 'udp', destination_port_range: '1000-2000' },
      'Mirror UDP (IPv4) packets from any source over any port to any destination over ports 1000-2000.',
    ],
    [
      { protocol: 'icmp', source_cidr_block: '10.0.0.1/8' },
      'Mirror ICMP (IPv4) packets from source 10.0.0.0/8 to any destination.',
    ],
    [
      { protocol: 'icmpv6', ethertype: 'IPv6' as const, destination_cidr_block: '2001:DB8:0:0::/64' },
      'Mirror ICMPV6 (IPv6) packets from any source to destination 2001:db8::/64.',
    ],
  ])('%j', (extra, sentence) => {
    expect(inEnglish(describeRule(makeRule(extra)))).toBe(inEnglish(sentence));
  });

  it('describes the match without the action', () => {
    expect(inEnglish(describeRuleMatch(makeRule({ protocol: 'ALL' })))).toBe(
      inEnglish('IPv4 packets from any source over any port to any destination over any port'),
    );
  });
});

describe('displayCidr', () => {
  it.each([
    ['10.0.0.1/8', '10.0.0.0/8'],
    ['2001:0DB8::1/32', '2001:db8::/32'],
    ['', ''],
    ['junk', 'junk'],
  ])('%s -> %s', (text, shown) => {
    expect(inEnglish(displayCidr(text))).toBe(inEnglish(shown));
  });
});
