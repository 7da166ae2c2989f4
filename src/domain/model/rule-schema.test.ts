import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf } from './field-details';
import { mergeRuleUpdate, ruleCreateSchema, ruleUpdateSchema } from './rule-schema';
import { makeRule } from './test-fixtures';

const valid = {
  traffic_mirror_filter_id: 'f-1',
  direction: 'ingress',
  protocol: 'TCP',
  ethertype: 'IPv4',
  action: 'accept',
  priority: 1,
};

function problems(extra: Record<string, unknown>) {
  const result = ruleCreateSchema.safeParse({ ...valid, ...extra });
  return result.success ? [] : fieldProblemsOf(result.error);
}

describe('ruleCreateSchema fields', () => {
  it('fills unset CIDRs, ports and description with ""', () => {
    expect(inEnglish(ruleCreateSchema.parse(valid))).toEqual(
      inEnglish({
        ...valid,
        source_cidr_block: '',
        destination_cidr_block: '',
        source_port_range: '',
        destination_port_range: '',
        description: '',
      }),
    );
  });

  it.each([
    [{ protocol: 'tcp' }, { protocol: 'tcp' }],
    [{ protocol: 'Udp' }, { protocol: 'Udp' }],
    [{ protocol: 'all' }, { protocol: 'all' }],
    [{ protocol: 'icmp' }, { protocol: 'icmp' }],
    [
      { protocol: 'IcmpV6', ethertype: 'ipv6' },
      { protocol: 'IcmpV6', ethertype: 'IPv6' },
    ],
    [{ ethertype: 'ipv4' }, { ethertype: 'IPv4' }],
    [{ ethertype: 'IPV6' }, { ethertype: 'IPv6' }],
    [{ action: 'reject' }, { action: 'reject' }],
    [{ direction: 'egress' }, { direction: 'egress' }],
    [{ priority: 65535 }, { priority: 65535 }],
    [{ source_cidr_block: '10.0.0.1/8' }, { source_cidr_block: '10.0.0.1/8' }],
    [{ destination_cidr_block: '10.0.0.3/32' }, { destination_cidr_block: '10.0.0.3/32' }],
    [{ source_cidr_block: null }, { source_cidr_block: '' }],
    [
      { source_port_range: '10000-10001', destination_port_range: '80-80' },
      { destination_port_range: '80-80' },
    ],
    [{ source_port_range: '1-65535' }, { source_port_range: '1-65535' }],
  ])('accepts %j as %j', (extra, expected) => {
    expect(inEnglish(ruleCreateSchema.parse({ ...valid, ...extra }))).toMatchObject(inEnglish(expected));
  });

  it.each([
    [{ traffic_mirror_filter_id: '' }, 'traffic_mirror_filter_id', 'Choose the mirror filter of this rule.'],
    [{ direction: 'inbound' }, 'direction', 'Choose a direction: ingress (inbound) or egress (outbound).'],
    [{ direction: 'INGRESS' }, 'direction', 'Choose a direction: ingress (inbound) or egress (outbound).'],
    [{ protocol: 'SCTP' }, 'protocol', 'Choose a protocol: TCP, UDP, ICMP, ICMPV6 or ALL.'],
    [{ protocol: '' }, 'protocol', 'Choose a protocol: TCP, UDP, ICMP, ICMPV6 or ALL.'],
    [{ protocol: 6 }, 'protocol', 'Choose a protocol: TCP, UDP, ICMP, ICMPV6 or ALL.'],
    [{ ethertype: 'IPv5' }, 'ethertype', 'Choose a type: IPv4 or IPv6.'],
    [{ ethertype: undefined }, 'ethertype', 'Choose a type: IPv4 or IPv6.'],
    [{ action: 'Accept' }, 'action', 'Choose an action: accept (copy) or reject (do not copy).'],
    [{ action: 'allow' }, 'action', 'Choose an action: accept (copy) or reject (do not copy).'],
    [{ priority: 0 }, 'priority', 'Enter a rule priority from 1 to 65535.'],
    [{ priority: 65536 }, 'priority', 'Enter a rule priority from 1 to 65535.'],
    [{ priority: '3' }, 'priority', 'Enter a rule priority from 1 to 65535.'],
    [
      { source_cidr_block: '010.0.0.0/8' },
      'source_cidr_block',
      'Remove the leading zeros: write 10.0.0.0/8, not 010.0.0.0/8.',
    ],
    [
      { source_cidr_block: '10.1/8' },
      'source_cidr_block',
      'Write the address in full: 10.1.0.0/8 is not accepted as 10.1/8.',
    ],
    [
      { destination_cidr_block: '10.0.0.0/33' },
      'destination_cidr_block',
      'The prefix length must be 0-32 for IPv4.',
    ],
    [
      { destination_cidr_block: 'junk' },
      'destination_cidr_block',
      'Enter an IP address such as 10.0.0.1 or 2001:db8::1.',
    ],
    [
      { source_cidr_block: 8 },
      'source_cidr_block',
      'Enter a CIDR block such as 10.0.0.0/24 as text, or leave it empty for any address.',
    ],
    [{ source_port_range: '80' }, 'source_port_range', 'Write a single port as a range: 80-80.'],
    [
      { destination_port_range: '0-80' },
      'destination_port_range',
      'Ports are 1-65535: the first port 0 is out of range.',
    ],
    [
      { destination_port_range: '90-80' },
      'destination_port_range',
      'The first port must not be greater than the last: write 80-90.',
    ],
    [
      { destination_port_range: '1-65536' },
      'destination_port_range',
      'Ports are 1-65535: the last port 65536 is out of range.',
    ],
    [
      { destination_port_range: 80 },
      'destination_port_range',
      'Enter a port range such as 80-80 as text, or leave it empty for any port.',
    ],
    [{ description: '<x>' }, 'description', 'Remove < and > from the description.'],
  ])('refuses %j on %s', (extra, field, message) => {
    expect(inEnglish(problems(extra))).toEqual(inEnglish([{ field, message }]));
  });
});

describe('ruleCreateSchema coherence', () => {
  it.each([
    [{ protocol: 'icmp', ethertype: 'IPv4' }],
    [{ protocol: 'ICMPV6', ethertype: 'IPv6' }],
    [{ protocol: 'ALL', ethertype: 'IPv6', source_cidr_block: '2001:db8::/32' }],
    [{ protocol: 'udp', source_port_range: '53-53', destination_cidr_block: '10.0.0.0/8' }],
    [{ ethertype: 'IPv6', destination_cidr_block: '::/0' }],
  ])('accepts %j', (extra) => {
    expect(inEnglish(problems(extra))).toEqual(inEnglish([]));
  });

  it.each([
    [
      { protocol: 'icmp', ethertype: 'ipv6' },
      'protocol',
      'ICMP rules must use IPv4. Choose IPv4, or use ICMPV6 for IPv6.',
    ],
    [
      { protocol: 'icmpv6', ethertype: 'IPv4' },
      'protocol',
      'ICMPV6 rules must use IPv6. Choose IPv6, or use ICMP for IPv4.',
    ],
    [
      { protocol: 'ALL', source_port_range: '80-80' },
      'source_port_range',
      'Port ranges apply only to TCP and UDP. Clear the source port range, or choose TCP or UDP.',
    ],
    [
      { protocol: 'ICMP', destination_port_range: '1-2' },
      'destination_port_range',
      'Port ranges apply only to TCP and UDP. Clear the destination port range, or choose TCP or UDP.',
    ],
    [
      { source_cidr_block: '2001:db8::/32' },
      'source_cidr_block',
      'This rule is IPv4 but the source 2001:db8::/32 is IPv6. Enter an IPv4 CIDR block, or choose IPv6.',
    ],
    [
      { ethertype: 'IPv6', destination_cidr_block: '10.0.0.0/8' },
      'destination_cidr_block',
      'This rule is IPv6 but the destination 10.0.0.0/8 is IPv4. Enter an IPv6 CIDR block, or choose IPv4.',
    ],
  ])('refuses %j on %s', (extra, field, message) => {
    expect(inEnglish(problems(extra))).toEqual(inEnglish([{ field, message }]));
  });

  it('reports several coherence problems together', () => {
    const found = problems({
      protocol: 'icmp',
      ethertype: 'IPv6',
      source_port_range: '1-2',
      source_cidr_block: '10.0.0.0/8',
    });
    expect(inEnglish(found.map((p) => p.field))).toEqual(
      inEnglish(['protocol', 'source_port_range', 'source_cidr_block']),
    );
  });
});

describe('ruleUpdateSchema and mergeRuleUpdate', () => {
  const rule = makeRule({
    protocol: 'tcp',
    source_cidr_block: '10.0.0.0/8',
    destination_port_range: '80-80',
  });

  it('parses a partial body without defaults', () => {
    expect(inEnglish(ruleUpdateSchema.parse({ ethertype: 'ipv6' }))).toEqual(
      inEnglish({ ethertype: 'IPv6' }),
    );
    expect(inEnglish(ruleUpdateSchema.safeParse({ priority: 0 }).success)).toBe(false);
  });

  it('merges a coherent patch', () => {
    expect(inEnglish(mergeRuleUpdate(rule, { priority: 9, action: 'reject' }))).toEqual(
      inEnglish({
        ok: true,
        value: { ...rule, priority: 9, action: 'reject' },
      }),
    );
  });

  it('accepts the current filter and direction back', () => {
    const result = mergeRuleUpdate(rule, { traffic_mirror_filter_id: 'f-1', direction: 'ingress' });
    expect(inEnglish(result)).toEqual(inEnglish({ ok: true, value: rule }));
  });

  it.each([
    [
      { traffic_mirror_filter_id: 'f-2' },
      'traffic_mirror_filter_id',
      'A rule cannot move to another filter. Delete it and create it in the other filter.',
    ],
    [
      { direction: 'egress' as const },
      'direction',
      'The direction of a rule cannot change. Delete it and create it in the other direction.',
    ],
  ])('refuses %j', (patch, field, message) => {
    expect(inEnglish(mergeRuleUpdate(rule, patch))).toEqual(
      inEnglish({ ok: false, problems: [{ field, message }] }),
    );
  });

  it('checks coherence on the merged rule', () => {
    const result = mergeRuleUpdate(rule, { ethertype: 'IPv6' });
    expect(inEnglish(result.ok)).toBe(false);
    expect(inEnglish(!result.ok && result.problems.map((p) => p.field))).toEqual(
      inEnglish(['source_cidr_block']),
    );
    const ports = mergeRuleUpdate(rule, { protocol: 'ALL' });
    expect(inEnglish(!ports.ok && ports.problems.map((p) => p.field))).toEqual(
      inEnglish(['destination_port_range']),
    );
    expect(inEnglish(mergeRuleUpdate(rule, { protocol: 'ALL', destination_port_range: '' }).ok)).toBe(true);
  });
});
