import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCreateSchema, filterUpdateSchema } from './filter-schema';
import { ruleCoherenceProblems } from './rule-coherence';
import { mergeRuleUpdate, ruleCreateSchema, ruleUpdateSchema } from './rule-schema';
import {
  mergeSessionUpdate,
  sessionCreateSchema,
  sessionSourcesSchema,
  sessionUpdateSchema,
} from './session-schema';
import { makeRule, makeSession } from './test-fixtures';

const schemas = {
  sessionCreateSchema,
  sessionUpdateSchema,
  sessionSourcesSchema,
  filterCreateSchema,
  filterUpdateSchema,
  ruleCreateSchema,
  ruleUpdateSchema,
};

/** Objects with the real field names and random values, so that field rules are reached. */
const fieldValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'TCP',
    'icmpv6',
    'IPv6',
    'ipv4',
    'accept',
    'ingress',
    'eni',
    'elb',
    'true',
    '10.0.0.1/8',
    '2001:db8::/32',
    '80-80',
    '96',
    'p1',
  ),
  fc.integer({ min: -2, max: 70000 }),
);
const fieldNames = [
  'name',
  'description',
  'traffic_mirror_filter_id',
  'traffic_mirror_sources',
  'traffic_mirror_target_id',
  'traffic_mirror_target_type',
  'priority',
  'virtual_network_id',
  'packet_length',
  'enabled',
  'type',
  'direction',
  'protocol',
  'ethertype',
  'action',
  'source_cidr_block',
  'destination_cidr_block',
  'source_port_range',
  'destination_port_range',
];
const bodyLike = fc.dictionary(fc.constantFrom(...fieldNames), fieldValue);

/** Bodies close to valid ones, so that create schemas succeed often enough to matter. */
const numberish = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min, max }).map(String));
const sessionish = fc.record(
  {
    name: fc.constantFrom('web', '镜像-1', 'a.b_c'),
    description: fc.constantFrom('', 'copies', null),
    traffic_mirror_filter_id: fc.constant('f-1'),
    traffic_mirror_sources: fc.array(fc.constantFrom('p1', 'p2'), { minLength: 1, maxLength: 3 }),
    traffic_mirror_target_id: fc.constant('pt'),
    traffic_mirror_target_type: fc.constantFrom('eni', 'elb'),
    priority: fc.integer({ min: 0, max: 32767 }),
    virtual_network_id: numberish(0, 16777215),
    packet_length: numberish(1, 1460),
    enabled: fc.constantFrom(true, false, 'true', 'FALSE'),
  },
  {
    requiredKeys: [
      'name',
      'traffic_mirror_filter_id',
      'traffic_mirror_sources',
      'traffic_mirror_target_id',
      'traffic_mirror_target_type',
      'priority',
    ],
  },
);
const ruleish = fc.record(
  {
    traffic_mirror_filter_id: fc.constant('f-1'),
    direction: fc.constantFrom('ingress', 'egress'),
    protocol: fc.constantFrom('TCP', 'udp', 'Icmp', 'ICMPV6', 'all'),
    ethertype: fc.constantFrom('IPv4', 'ipv6'),
    action: fc.constantFrom('accept', 'reject'),
    priority: fc.integer({ min: 1, max: 65535 }),
    source_cidr_block: fc.constantFrom('', '10.0.0.1/8', '2001:db8::1/32', null),
    destination_cidr_block: fc.constantFrom('', '0.0.0.0/0', '::/0'),
    source_port_range: fc.constantFrom('', '80-80', '1-65535'),
    destination_port_range: fc.constantFrom('', '10000-10001'),
  },
  { requiredKeys: ['traffic_mirror_filter_id', 'direction', 'protocol', 'ethertype', 'action', 'priority'] },
);
const anyBody = fc.oneof(bodyLike, sessionish, ruleish);

describe.each(Object.entries(schemas))('%s', (_name, schema) => {
  it('never throws on any JSON value and reports every failure with a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), bodyLike), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) expect(result.error.issues.every((i) => i.message.length > 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts its own output unchanged', () => {
    fc.assert(
      fc.property(anyBody, (input) => {
        const first = schema.safeParse(input);
        if (first.success) expect(schema.parse(first.data)).toEqual(first.data);
      }),
      { numRuns: 400 },
    );
  });
});

describe('rules', () => {
  it('every accepted rule is coherent', () => {
    fc.assert(
      fc.property(anyBody, (input) => {
        const result = ruleCreateSchema.safeParse(input);
        if (result.success) expect(ruleCoherenceProblems(result.data)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a successful merge is always coherent, and never moves the rule', () => {
    const rule = makeRule({ protocol: 'tcp', source_port_range: '80-80', source_cidr_block: '10.0.0.0/8' });
    fc.assert(
      fc.property(anyBody, (input) => {
        const patch = ruleUpdateSchema.safeParse(input);
        if (!patch.success) return;
        const merged = mergeRuleUpdate(rule, patch.data);
        if (!merged.ok) return;
        expect(ruleCoherenceProblems(merged.value)).toEqual([]);
        expect([merged.value.traffic_mirror_filter_id, merged.value.direction]).toEqual(['f-1', 'ingress']);
      }),
      { numRuns: 400 },
    );
  });
});

describe('session updates and wrapped bodies', () => {
  it('a successful merge keeps the sources, type and id', () => {
    const session = makeSession();
    fc.assert(
      fc.property(anyBody, (input) => {
        const patch = sessionUpdateSchema.safeParse(input);
        if (!patch.success) return;
        const merged = mergeSessionUpdate(session, patch.data);
        if (merged.ok)
          expect([merged.value.traffic_mirror_sources, merged.value.type, merged.value.id]).toEqual([
            ['p1'],
            'eni',
            's-1',
          ]);
      }),
      { numRuns: 400 },
    );
  });
});
