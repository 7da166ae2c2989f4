import { describe, expect, it } from 'vitest';
import { englishResultText } from '@/i18n/english-results';
import { RULE_PRIORITY_MAX, ruleCreateSchema } from '@/domain/model/rule-schema';
import type { TrafficMirrorFilterRule } from '@/domain/model/types';
import { makeFilter, makeRule } from '@/domain/matcher/fixtures';
import { translatorFor } from '@/i18n/testing';
import {
  actionOptions,
  cidrHint,
  newRuleValues,
  previewSentence,
  protocolOptions,
  RULE_FIELDS,
  ruleFormStart,
  ruleValuesOf,
} from './rule-form-model';

const saved: TrafficMirrorFilterRule = {
  id: 'r1',
  project_id: 'p',
  traffic_mirror_filter_id: 'f1',
  direction: 'ingress',
  priority: 7,
  action: 'reject',
  protocol: 'udp',
  ethertype: 'IPv4',
  source_cidr_block: '10.0.0.0/8',
  source_port_range: '',
  destination_cidr_block: '',
  destination_port_range: '53-53',
  description: 'dns',
  created_at: '',
  updated_at: '',
};

describe('the rule form model', () => {
  it('starts a new rule as one the API accepts: accept every IPv4 packet at the given priority', () => {
    const values = newRuleValues(3);
    expect(values).toMatchObject({ priority: 3, action: 'accept', protocol: 'ALL', ethertype: 'IPv4' });
    const parsed = ruleCreateSchema.safeParse({
      ...values,
      traffic_mirror_filter_id: 'f1',
      direction: 'egress',
    });
    expect(parsed.success).toBe(true);
    expect(englishResultText(previewSentence(values))).toBe(
      'Mirror IPv4 packets from any source over any port to any destination over any port.',
    );
  });

  it('edits a saved rule with every field, the protocol as the choices name it', () => {
    const values = ruleValuesOf(saved);
    expect(Object.keys(values).sort()).toEqual([...RULE_FIELDS].sort());
    expect(values).toMatchObject({
      priority: 7,
      action: 'reject',
      protocol: 'UDP',
      destination_port_range: '53-53',
    });
  });

  it.each([
    ['the next free priority of the direction', makeFilter('f1', [makeRule({ id: 'a', priority: 1 })]), 2],
    ['priority 1 in an unknown filter, for the filter check to explain', undefined, 1],
    [
      'priority 1 in a full filter, for the priority check to explain',
      makeFilter(
        'f1',
        Array.from({ length: RULE_PRIORITY_MAX }, (_, i) => makeRule({ id: `r${i}`, priority: i + 1 })),
      ),
      1,
    ],
  ])('starts a new rule of a filter at %s', (_, filter, priority) => {
    expect(ruleFormStart('f1', filter, 'ingress')).toEqual({
      traffic_mirror_filter_id: 'f1',
      direction: 'ingress',
      ...newRuleValues(priority),
    });
  });

  it('starts an edited rule with its own values', () => {
    expect(ruleFormStart('f1', undefined, 'ingress', { ...saved, traffic_mirror_filter_id: 'f1' })).toEqual({
      traffic_mirror_filter_id: 'f1',
      direction: 'ingress',
      ...ruleValuesOf(saved),
    });
  });

  it.each([
    ['', 'Such as 10.0.0.0/24; empty for any address.', '例如 10.0.0.0/24；留空表示任意地址。'],
    ['10.0.0.0/8', 'Such as 10.0.0.0/24; empty for any address.', '例如 10.0.0.0/24；留空表示任意地址。'],
    ['10.0.0.1/8', 'Means 10.0.0.0/8.', '即 10.0.0.0/8。'],
  ])('hints under a CIDR field %j: %s', (value, english, chinese) => {
    expect(cidrHint(translatorFor('en').t, value)).toBe(english);
    expect(cidrHint(translatorFor('zh-CN').t, value)).toBe(chinese);
  });

  it('names the choices in the language, protocols by their API names except ALL', () => {
    const zh = translatorFor('zh-CN').t;
    expect(actionOptions(zh).map((o) => o.label)).toEqual(['接受：镜像', '拒绝：不镜像']);
    expect(protocolOptions(zh).map((o) => o.label)).toEqual(['TCP', 'UDP', 'ICMP', 'ICMPV6', '全部']);
    expect(protocolOptions(translatorFor('en').t).map((o) => o.value)).toContain('ALL');
  });
});
