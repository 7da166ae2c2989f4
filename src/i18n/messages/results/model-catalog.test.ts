import { describe, expect, it } from 'vitest';
import {
  encodeMessage,
  decodeMessage,
  type ResultMessage,
  type ResultMessageId,
  type ResultMessageParams,
} from '@/domain/model/message';
import { encodeResult, resultText } from '../../result-text';
import { translatorFor } from '../../testing';
import type { modelMessages } from './model-en';

/**
 * Every message the domain model can produce has its words in both languages, and nothing
 * else is in the model's catalog: the domain's id union and the catalog's keys are the same.
 */
type CatalogIds = Exclude<keyof typeof modelMessages, `results.apiError.${string}`>;
type Missing = Exclude<`results.${ResultMessageId}`, CatalogIds>;
type Extra = Exclude<CatalogIds, `results.${ResultMessageId}`>;
const exact: [Missing, Extra] extends [never, never] ? true : { missing: Missing; extra: Extra } = true;

const quoted = { id: 'label.quoted', params: { name: 'web-01' } } as const satisfies ResultMessage;
const label = { id: 'quota.sessions_per_source' } as const satisfies ResultMessage;

/** One sample of each message, its parameters as the domain gives them (checked against the id). */
const SAMPLES: { [K in ResultMessageId]: ResultMessageParams[K] } = {
  plain: { text: 'as it is' },
  'kind.source.eni': {},
  'kind.target.eni': {},
  'kind.target.elb': {},
  'kind.loadBalancerNote': {},
  sentences: { first: label, next: label },
  'label.quoted': { name: 'web-01' },
  'label.loadBalancer': { name: quoted },
  'label.vpc': { name: 'vpc-1' },
  'warningTitle.W1': {},
  'warningTitle.W2': {},
  'warningTitle.W3': {},
  'warningTitle.W4': {},
  warningLabel: { code: 'W1', title: { id: 'warningTitle.W1' } },
  'w1.head': { target: 'ids', source: quoted, ip: '10.0.0.1', port: 4789 },
  'w1.noGroup': { head: label },
  'w1.denied': { head: label, rule: 'r-1' },
  'w1.addRule': { head: label, ip: '10.0.0.1', port: 4789 },
  'w2.ruleDenies': { acl: 'acl', source: quoted, ip: '10.0.0.1', rule: 'deny', port: 4789 },
  'w2.noRuleAllows': { acl: 'acl', source: 'port-1', ip: '10.0.0.1', port: 4789 },
  'w3.cut': {
    whole: 'no',
    kept: 1460,
    inner: 1514,
    outer: 1510,
    overhead: 50,
    over: 60,
    assumed: 'yes',
    mtu: 1450,
    cut: 60,
    copied: 1400,
  },
  'w3.head': { source: quoted, length: 1460, mtu: 1450, cut: label },
  'w3.noLength': { head: label },
  'w3.setLength': { head: label, limit: 1414 },
  'w4.disabled': {},
  'w4.noRule': { filter: 'f', direction: 'egress' },
  'fix.before': { rule: 'deny-all' },
  'fix.onlyRule': {},
  'fix.afterLast': {},
  'quota.sources_per_session': {},
  'quota.sessions_per_source': {},
  'quota.targets_per_session': {},
  'quota.sessions_per_eni_target': {},
  'quota.sessions_per_elb_target': {},
  'quota.filters_per_session': {},
  'quota.sessions_per_filter': {},
  'quota.ingress_rules_per_filter': {},
  'quota.egress_rules_per_filter': {},
  'quota.sessions_per_region': {},
  'quota.sourcesPerSession': { label, value: 10, used: 10, count: 11 },
  'quota.sessionsPerSource': { label, value: 3, used: 3, source: quoted },
  'quota.sessionsPerTarget': { label, value: 10, used: 1, target: quoted },
  'quota.sessionsPerRegion': { label, value: 20000, used: 20000 },
  'quota.sessionsPerFilter': { label, value: 1000, used: 1000 },
  'quota.rulesPerFilter': { label, value: 10, used: 10, direction: 'ingress' },
  'quota.unknown': { key: 'x' },
  'quota.fixed': { label, value: 3 },
  'quota.enterValue': { floor: 10, max: 1000 },
  'quota.enterValueInUse': { floor: 12, max: 1000, label, used: 12 },
  'source.missing': { id: 'port-x' },
  'source.notC7t': { source: quoted, server: 'db', flavor: 's6.large.2' },
  'source.notOnEcs': { source: 'port-x' },
  'source.isThisTarget': { source: quoted },
  'source.isTargetOf': { source: quoted, session: 's' },
  'source.priorityTaken': { session: 's', source: quoted, priority: 1, next: 2 },
  'source.unreachable': {
    source: quoted,
    sourceVpc: { id: 'label.vpc', params: { name: quoted } },
    target: { id: 'label.loadBalancer', params: { name: 'lb-1' } },
    targetVpc: { id: 'label.vpc', params: { name: 'vpc-2' } },
  },
  'source.alreadyInSession': { source: quoted },
  'source.listedTwice': { source: quoted },
  'source.notInSession': { source: 'port-x' },
  'target.missing': { kind: 'elb', id: 'lb-x' },
  'target.isThisSource': { target: quoted },
  'target.isSourceOf': { target: quoted, session: 's' },
  'filter.missing': { id: 'f-x' },
  'filter.inUse': { count: 5, names: ['"s1"', '"s2"', '"s3"', { id: 'label.more', params: { count: 2 } }] },
  'label.more': { count: 2 },
  'rule.priorityTaken': { direction: 'egress', priority: 1, next: 'none' },
  'region.unavailable': { region: 'cn-southwest-2', example: 'cn-north-4' },
  'eligibility.notEligible': { reasons: [{ id: 'eligibility.source.C1' }, { id: 'eligibility.source.C4' }] },
  'eligibility.source.C1': {},
  'eligibility.source.C2': {},
  'eligibility.source.C3': {},
  'eligibility.source.C4': {},
  'eligibility.source.C6': {},
  'eligibility.source.QUOTA': {},
  'eligibility.target.C2': {},
  'eligibility.target.C3': {},
  'eligibility.target.C6': {},
  'eligibility.target.QUOTA': {},
  'eligibility.otherRule': { code: 'C7' },
  'rule.sentence': {
    action: 'reject',
    match: {
      id: 'rule.match',
      params: {
        what: { id: 'rule.what', params: { protocol: 'TCP', ethertype: 'IPv4' } },
        source: {
          id: 'rule.end',
          params: { side: 'source', cidr: '10.0.0.0/8', ports: { id: 'rule.anyPort' } },
        },
        destination: {
          id: 'rule.endAny',
          params: { side: 'destination', ports: { id: 'rule.port', params: { port: 80 } } },
        },
      },
    },
  },
  'rule.match': { what: label, source: label, destination: label },
  'rule.what': { protocol: 'UDP', ethertype: 'IPv6' },
  'rule.whatAll': { ethertype: 'IPv4' },
  'rule.end': { side: 'destination', cidr: '10.0.0.0/8', ports: '' },
  'rule.endAny': { side: 'source', ports: '' },
  'rule.anyPort': {},
  'rule.port': { port: 80 },
  'rule.portPair': { from: 80, to: 81 },
  'rule.ports': { range: '80-90' },
  'field.nameEmpty': {},
  'field.nameChars': { chars: ['" "', '"!"'] },
  'field.nameLength': { max: 64, length: 65 },
  'field.descriptionChars': {},
  'field.descriptionLength': { max: 255, length: 256 },
  'field.descriptionType': {},
  'session.filter': {},
  'session.sources': {},
  'session.source': {},
  'session.target': {},
  'session.targetType': {},
  'session.priority': { min: 1, max: 32766 },
  'session.vni': { max: 16777215 },
  'session.packetLength': { max: 1460 },
  'session.enabled': {},
  'session.type': {},
  'session.sourcesByUpdate': {},
  'filter.type': {},
  'ruleField.filter': {},
  'ruleField.direction': {},
  'ruleField.protocol': {},
  'ruleField.ethertype': {},
  'ruleField.action': {},
  'ruleField.priority': { max: 65535 },
  'ruleField.cidr': {},
  'ruleField.ports': {},
  'ruleField.moveFilter': {},
  'ruleField.moveDirection': {},
  'coherence.icmpV4': {},
  'coherence.icmpV6': {},
  'coherence.ports': { side: 'source' },
  'coherence.family': { side: 'destination', ethertype: 'IPv6', cidr: '10.0.0.0/8', family: 4 },
  'fault.latency': { max: 60000 },
  'fault.failureRate': {},
  'fault.failurePath': {},
  'fault.failurePathLength': { max: 200 },
  'fault.failurePathStart': {},
  'fault.unknown': {},
  'fault.latencyOrder': { min: 500 },
  'net.ip.enter': {},
  'net.ip.spaces': {},
  'net.ip.zone': {},
  'net.v4.tooLarge': { number: '256' },
  'net.v4.leadingZeros': { fixed: '10.0.0.0/8', typed: '010.0.0.0/8' },
  'net.v4.notFull': { full: '10.1.0.0', typed: '10.1' },
  'net.v4.parts': {},
  'net.v4.invalid': { address: '1.2.3' },
  'net.v6.gapTwice': {},
  'net.v6.chars': {},
  'net.v6.groupLong': { group: '12345' },
  'net.v6.form': {},
  'net.spaces.write': { text: '10.0.0.0/8' },
  'net.cidr.family': { family: 6, cidr: '10.0.0.0/8', actual: 4 },
  'net.cidr.spaces': {},
  'net.cidr.zone': {},
  'net.cidr.slash': {},
  'net.cidr.addPrefix': { cidr: '10.0.0.1/32' },
  'net.cidr.enter': {},
  'net.cidr.prefixZeros': { fixed: '8', typed: '08' },
  'net.cidr.prefixRange': { max: '32', family: 4 },
  'net.ports.spaces': {},
  'net.ports.outOfRange': { text: '70000' },
  'net.ports.single': { range: '80-80' },
  'net.ports.form': {},
  'net.ports.endEmpty': { end: 'first' },
  'net.ports.endNotNumber': { end: 'last', text: 'x' },
  'net.ports.endZeros': { end: 'first', port: '80' },
  'net.ports.endRange': { end: 'last', text: '0' },
  'net.ports.order': { range: '80-90' },
};

/** Words of English sentences: what must not be left in a Chinese message. */
const ENGLISH_WORD =
  /(?<![\w/.-])(the|a|an|is|are|of|to|from|and|or|not|no|this|that|with|for|rule|session|filter|source|target|copies|enter|choose|quota|port|ports|packets?|mirror|inbound|outbound|any|over)(?![\w/.-])/i;

describe('the domain model messages', () => {
  it('cover exactly the domain ids (checked by the type too)', () => {
    expect(exact).toBe(true);
  });

  it.each(Object.entries(SAMPLES) as [ResultMessageId, object][])(
    '%s says something in English and in Chinese, with every parameter filled in',
    (id, params) => {
      const descriptor = { id, params } as ResultMessage;
      const english = resultText(translatorFor('en'), descriptor);
      const chinese = resultText(translatorFor('zh-CN'), descriptor);
      for (const text of [english, chinese]) {
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/\[object Object\]|undefined/);
      }
      if (id !== 'plain') expect([id, chinese.match(ENGLISH_WORD)?.[0]]).toEqual([id, undefined]);
    },
  );

  it('renders a descriptor carried in a form error string, and leaves other text as it is', () => {
    const text = '{"$result":{"id":"session.priority","params":{"min":1,"max":32766}}}';
    expect(resultText(translatorFor('en'), text)).toBe('Enter a priority from 1 to 32766.');
    expect(resultText(translatorFor('zh-CN'), text)).toBe('请输入 1 到 32766 之间的优先级。');
    expect(resultText(translatorFor('zh-CN'), 'The API said so.')).toBe('The API said so.');
  });

  it('reads form error strings in the format the domain writes them, both ways', () => {
    const descriptor = { id: 'w4.noRule', params: { filter: 'f', direction: 'egress' } } as const;
    expect(resultText(translatorFor('zh-CN'), encodeMessage(descriptor))).toBe(
      '镜像筛选条件“f”没有出方向规则，因此不会镜像出方向流量。请添加出方向规则以镜像该流量。',
    );
    expect(decodeMessage(encodeResult(descriptor))).toEqual(descriptor);
  });

  it('joins lists the way each language does', () => {
    const inUse = { id: 'filter.inUse', params: SAMPLES['filter.inUse'] } as const;
    expect(resultText(translatorFor('en'), inUse)).toBe(
      'This filter is used by sessions "s1", "s2", "s3" and 2 more. Delete those sessions or give them another filter first.',
    );
    expect(resultText(translatorFor('zh-CN'), inUse)).toContain('"s1"、"s2"、"s3"');
  });
});
