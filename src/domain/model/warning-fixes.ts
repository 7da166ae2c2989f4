/**
 * The rules W1 and W2 ask for, as the console adds them: the words that name and describe
 * them, and where W2's rule goes among the ACL's rules. The confirmation dialog shows these
 * and the API calls send them, so what is shown is what is added.
 */
import { message, type ResultMessage } from './message';
import type { Inventory } from './types';
import type { NetworkAclRuleFix, WarningFix } from './warnings';

/** A warning fix that adds a rule to the target's security group (W1) or network ACL (W2). */
export type DeliveryRuleFix = Extract<
  WarningFix,
  { kind: 'add-security-group-rule' | 'add-network-acl-rule' }
>;

/**
 * Whether a warning's fix is a rule the console can add.
 *
 * @example isDeliveryRuleFix({ kind: 'enable-session' }) // false
 */
export function isDeliveryRuleFix(fix: WarningFix | undefined): fix is DeliveryRuleFix {
  return fix?.kind === 'add-security-group-rule' || fix?.kind === 'add-network-acl-rule';
}

/**
 * The description of the rule that lets one source's copies in.
 *
 * @example deliveryRuleDescription('web-prod-02-eth0') // 'Traffic Mirroring (VXLAN) from web-prod-02-eth0'
 */
export function deliveryRuleDescription(sourceName: string): string {
  return `Traffic Mirroring (VXLAN) from ${sourceName}`.slice(0, 255).replace(/[<>]/g, '');
}

/**
 * The name of W2's ACL rule (ACL rules have names, at most 64 characters).
 *
 * @example aclRuleName('web-prod-02-eth0') // 'mirror-vxlan-web-prod-02-eth0'
 */
export function aclRuleName(sourceName: string): string {
  return `mirror-vxlan-${sourceName}`.slice(0, 64);
}

/**
 * Where W2's rule goes, in words: before the rule that blocks copies, first, or last.
 *
 * @example aclRulePlace(inventory, fix) // { id: 'fix.before', params: { rule: 'deny-all' } }
 */
export function aclRulePlace(inventory: Inventory, fix: NetworkAclRuleFix): ResultMessage {
  const rules = inventory.network_acls.find((a) => a.id === fix.firewall_id)?.ingress_rules ?? [];
  const at =
    fix.insert_after_rule === undefined ? 0 : rules.findIndex((r) => r.id === fix.insert_after_rule) + 1;
  const next = rules[at];
  if (next) return message('fix.before', { rule: next.name || next.id });
  return message(rules.length === 0 ? 'fix.onlyRule' : 'fix.afterLast');
}
