import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { makeInventory, makeSession, makeSnapshot } from './test-fixtures';
import { aclRuleName, aclRulePlace, deliveryRuleDescription, isDeliveryRuleFix } from './warning-fixes';
import { sessionWarnings, type NetworkAclRuleFix } from './warnings';

/** W2's fix for source p2 (as the warnings give it), to be inserted after another rule. */
function fix(insert_after_rule?: string): NetworkAclRuleFix {
  const warnings = sessionWarnings(makeSnapshot(), makeSession({ traffic_mirror_sources: ['p2'] }));
  const w2 = warnings.find((w) => w.fix?.kind === 'add-network-acl-rule')?.fix;
  if (w2?.kind !== 'add-network-acl-rule') throw new Error('no W2 fix');
  return { ...w2.rule, insert_after_rule };
}

describe('warning fixes', () => {
  it('W1 and W2 offer a rule to add; W3 and W4 do not', () => {
    // 1,480 bytes per packet: copies of full-size packets from p2 (MTU 1500) are cut (W3).
    const session = makeSession({ traffic_mirror_sources: ['p2'], packet_length: 1480, enabled: false });
    const warnings = sessionWarnings(makeSnapshot(), session);
    const offers = new Map(warnings.map((w) => [w.code, isDeliveryRuleFix(w.fix)]));
    expect(inEnglish([...offers].sort())).toEqual(
      inEnglish([
        ['W1', true],
        ['W2', true],
        ['W3', false],
        ['W4', false],
      ]),
    );
  });

  it.each([
    ['before the rule that blocks copies', 'acl-vxlan', 'Before rule "deny-all"'],
    ['first', undefined, 'Before rule "vxlan"'],
    ['after the last rule', 'acl-deny', 'After the last inbound rule'],
  ])('says where the ACL rule goes: %s', (_case, after, words) => {
    expect(inEnglish(aclRulePlace(makeInventory(), fix(after)))).toBe(inEnglish(words));
  });

  it('names and describes the rule by its source, within the API limits', () => {
    expect(inEnglish(deliveryRuleDescription('eni-<b>'))).toBe(
      inEnglish('Traffic Mirroring (VXLAN) from eni-b'),
    );
    expect(inEnglish(aclRuleName('x'.repeat(80)))).toHaveLength(64);
  });
});
