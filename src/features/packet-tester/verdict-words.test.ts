import { describe, expect, it } from 'vitest';
import { makeRule, makeSession } from '@/domain/matcher/fixtures';
import type { MirrorPacket, SessionTrace, Verdict, VerdictReason } from '@/domain/matcher/types';
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import { translatorFor } from '@/i18n/testing';
import { resultText } from '@/i18n/result-text';
import type { ConfigNames } from './config-names';
import { compareVerdicts } from './verdict-comparison';
import { reasonWord, VERDICT_REASONS, verdictWords } from './verdict-words';

const english = translatorFor('en').t;
const chinese = translatorFor('zh-CN').t;
const englishText = (d: Parameters<typeof resultText>[1] & object) => resultText(translatorFor('en'), d);
const chineseText = (d: Parameters<typeof resultText>[1] & object) => resultText(translatorFor('zh-CN'), d);

const session = makeSession({ id: 's-web', name: 'web', traffic_mirror_sources: ['eni-1'] });
const rule = makeRule({ id: 'r-1', priority: 1, action: 'accept' });
const names: ConfigNames = {
  session: (id) => (id === session.id ? session : undefined),
  filter: () => undefined,
  rule: (id) => (id === rule.id ? rule : undefined),
  port: () => undefined,
  targetName: () => 'lb-collector',
};
const packet: MirrorPacket = {
  source: 'eth0',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'TCP',
  source_ip: '172.16.0.5',
  destination_ip: '10.0.0.3',
  source_port: 10000,
  destination_port: 80,
  length: 64,
};
const step: SessionTrace = {
  session_id: session.id,
  session_name: session.name,
  priority: 1,
  filter_id: 'filter-1',
  skipped: null,
  filter_missing: false,
  rules: [],
  decided: false,
};

function verdict(reason: VerdictReason, extra: Partial<Verdict> = {}): Verdict {
  const decided = reason === 'ACCEPTED' || reason === 'REJECTED';
  return {
    mirrored: reason === 'ACCEPTED',
    reason,
    session_id: decided ? session.id : null,
    rule_id: decided ? rule.id : null,
    target_id: reason === 'ACCEPTED' ? 'lb-1' : null,
    target_type: reason === 'ACCEPTED' ? 'elb' : null,
    trace: [],
    ...extra,
  };
}

const lost = verdict('ACCEPTED', {
  delivery: { delivered: false, dropped_by: 'security_group', note: { id: 'delivery.noSourceAddress' } },
});
/** English words left after the names and codes a sentence may carry. */
const englishIn = (text: string) =>
  text.replace(/lb-collector|eth0|web|ACL|IPv4|VXLAN/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('a verdict in words', () => {
  it.each([
    [
      'copied',
      verdict('ACCEPTED'),
      'Copied',
      'The packet is copied to load balancer lb-collector by session web: its inbound rule 1 (accept) is the first rule that matches.',
    ],
    [
      'no match in one session',
      verdict('NO_MATCH', { trace: [step] }),
      'Not copied: no rule matches',
      'No inbound rule of its one enabled session',
    ],
    [
      'no match in two sessions',
      verdict('NO_MATCH', { trace: [step, step] }),
      'Not copied: no rule matches',
      'of its 2 enabled sessions',
    ],
    [
      'copied but lost',
      lost,
      'Copied, but the copy does not reach the target',
      'The copy is dropped on the way: The source has no IPv4 address to send VXLAN copies from.',
    ],
  ])('says %s in English', (_, tested, headline, sentence) => {
    const words = verdictWords(tested, packet, names, english, englishText);
    expect(words.headline).toBe(headline);
    expect(words.sentence).toContain(sentence);
  });

  it.each([...VERDICT_REASONS.map((reason) => verdict(reason)), lost])(
    'says $reason in Chinese with no English word',
    (tested) => {
      const words = verdictWords(tested, packet, names, chinese, chineseText);
      expect([words.headline, englishIn(words.headline), englishIn(words.sentence)]).toEqual([
        words.headline,
        [],
        [],
      ]);
      expect(words.headline).not.toBe(verdictWords(tested, packet, names, english, englishText).headline);
    },
  );

  it('has short words for every verdict and skip reason in both languages, and keeps an unknown code', () => {
    for (const reason of [...VERDICT_REASONS, ...SKIP_REASONS]) {
      expect(reasonWord(reason, english)).not.toBe(reason);
      expect(englishIn(reasonWord(reason, chinese))).toEqual([]);
    }
    expect(reasonWord('SOMETHING_NEW', chinese)).toBe('SOMETHING_NEW');
  });

  it('compares two verdicts in one sentence in either language', () => {
    const saved = verdict('ACCEPTED');
    const edited = verdict('NO_MATCH', { trace: [step] });
    expect(compareVerdicts(saved, edited, names, names, english).sentence).toBe(
      'The edit changes the verdict: Copied (inbound rule 1 (accept) of session web) → No rule matches.',
    );
    expect(compareVerdicts(saved, edited, names, names, chinese).sentence).toBe(
      '此修改改变了判定结果：已镜像（镜像会话 web 的入方向规则 1（接受）） → 无匹配规则。',
    );
  });
});
