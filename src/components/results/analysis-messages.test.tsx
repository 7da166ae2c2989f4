// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_MESSAGE_IDS, type AnalysisMessageId } from '@/domain/analysis/messages';
import { analyzeFilterDirection } from '@/domain/analysis';
import { describeConditionFailure } from '@/domain/matcher/conditions';
import type { TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import { I18nProvider } from '@/i18n';
import { analysisMessages } from '@/i18n/messages/results/analysis-en';
import { allMessagesOf, translatorFor } from '@/i18n/testing';
import { resultText, type ResultValue as ResultParam } from '@/i18n/result-text';
import { useResultText } from './use-result-text';

/**
 * Every message the analysis, the matcher and the capture readers produce renders in both
 * languages (docs/architecture.md, "Languages"): the domain's ids and the catalog's keys are
 * the same, every id is produced by the domain, and no Chinese message keeps English words.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const catalogMatchesIds: Same<keyof typeof analysisMessages, `results.${AnalysisMessageId}`> = true;

const english = allMessagesOf('en') as Record<string, string>;
const en = translatorFor('en');
const zh = translatorFor('zh-CN');

/** Sample values for a message's arguments: a number for plurals, an option for selects. */
function samples(elements: MessageFormatElement[], found: Record<string, ResultParam> = {}) {
  for (const e of elements) {
    if (e.type === TYPE.argument) found[e.value] ??= '10.0.0.1';
    if (e.type === TYPE.number || e.type === TYPE.plural) found[e.value] = 2;
    if (e.type === TYPE.select)
      found[e.value] ??= Object.keys(e.options).find((key) => key !== 'other') ?? 'other';
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const option of Object.values(e.options)) samples(option.value, found);
  }
  return found;
}

/** Words that stay as they are in Chinese: protocol, format and tool names. */
const KEPT = /\b(TCP|UDP|ICMP|VXLAN|ACL|CIDR|MTU|pcap|pcapng|tcpdump|Wireshark|editcap|gzip|zip)\b/g;

describe('analysis messages in both languages', () => {
  it('the catalog has exactly the domain ids', () => {
    expect(catalogMatchesIds).toBe(true);
    expect(Object.keys(analysisMessages).sort()).toEqual(
      ANALYSIS_MESSAGE_IDS.map((id) => `results.${id}`).sort(),
    );
  });

  it('every id is produced by the domain', () => {
    const root = join(import.meta.dirname, '../../domain');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return files(path);
        return name.endsWith('.ts') && !name.includes('.test.') ? [path] : [];
      });
    // The id list itself aside: the code after it.
    const code = files(root)
      .map((file) => {
        const text = readFileSync(file, 'utf8');
        return file.endsWith('/messages.ts') ? text.split('] as const;').at(-1)! : text;
      })
      .join('\n');
    const unused = ANALYSIS_MESSAGE_IDS.filter(
      (id) =>
        !code.includes(`'${id}'`) &&
        !(id.startsWith('capture.advice.') && code.includes('capture.advice.${')),
    );
    expect(unused).toEqual([]);
  });

  it.each(ANALYSIS_MESSAGE_IDS)('%s renders in English and Chinese', (id) => {
    const params = samples(parse(english[`results.${id}`]!));
    const inEnglish = resultText(en, { id, params });
    const inChinese = resultText(zh, { id, params });
    expect(inEnglish.trim()).not.toBe('');
    expect(inChinese.trim()).not.toBe('');
    expect(`${inEnglish}\n${inChinese}`).not.toMatch(/[{}]/);
    expect(
      inChinese
        .replace(/IPv\d*/g, '')
        .replace(KEPT, '')
        .match(/[A-Za-z]{2,}/g) ?? [],
    ).toEqual([]);
  });
});

const rule = (priority: number, fields: Partial<TrafficMirrorFilterRule>): TrafficMirrorFilterRule =>
  ({
    id: `r${priority}`,
    direction: 'ingress',
    action: 'accept',
    ethertype: 'IPv4',
    protocol: 'TCP',
    source_cidr_block: '10.0.0.0/24',
    destination_cidr_block: '',
    source_port_range: '',
    destination_port_range: '',
    priority,
    description: '',
    tenant_id: 't',
    traffic_mirror_filter_id: 'f',
    created_at: '',
    updated_at: '',
    ...fields,
  }) as TrafficMirrorFilterRule;

describe('nested messages and lists', () => {
  const filter = {
    id: 'f',
    name: 'web',
    ingress_rules: [
      rule(1, { action: 'reject', source_cidr_block: '10.0.0.0/16' }),
      rule(2, {}),
      rule(3, {}),
    ],
    egress_rules: [],
  } as unknown as TrafficMirrorFilter;
  const findings = analyzeFilterDirection(filter, 'ingress').findings;

  it('a finding names its rules in each language', () => {
    expect(resultText(en, findings[0]!.message)).toBe(
      'Rule 2 (accept TCP from 10.0.0.0/24) never decides: rule 1 (reject TCP from 10.0.0.0/16) covers all its packets, and it rejects them. Move rule 2 above rule 1 or narrow rule 1.',
    );
    expect(resultText(zh, findings[0]!.message)).toBe(
      '规则 2（接受 TCP，源 10.0.0.0/24）从不生效：规则 1（拒绝 TCP，源 10.0.0.0/16）覆盖了它的全部报文，并且拒绝这些报文。请将规则 2 移到规则 1 之前，或缩小规则 1 的范围。',
    );
  });

  it('lists are joined as each language joins them', () => {
    const d = {
      id: 'finding.copiesNothing.deadAccepts',
      params: {
        filter: 'web',
        way: { id: 'direction.word', params: { direction: 'ingress' } },
        priorities: [2, 3, 4],
        count: 3,
      },
    };
    expect(resultText(en, d)).toContain('its accept rules 2, 3 and 4 never decide');
    expect(resultText(zh, d)).toContain('其接受规则 2、3和4 从不生效');
  });

  it('a trace step renders in the page language', () => {
    const failure = describeConditionFailure({
      field: 'destination_port_range',
      rule_value: '80-80',
      packet_value: '443',
    });
    function Step() {
      return <p>{useResultText()(failure)}</p>;
    }
    render(
      <I18nProvider initial="zh-CN">
        <Step />
      </I18nProvider>,
    );
    expect(screen.getByText('目的端口范围：报文的 443 不在 80-80 内。')).toBeTruthy();
  });
});
