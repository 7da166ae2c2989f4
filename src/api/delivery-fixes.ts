import { aclRuleName, deliveryRuleDescription, type DeliveryRuleFix } from '@/domain/model/warning-fixes';
import { useInsertNetworkAclRule } from './network-acl-rules';
import { useCreateSecurityGroupRule } from './security-group-rules';

/**
 * Adds the rule a W1 or W2 fix asks for: the security group rule, or the network ACL rule
 * inserted before the rule that blocks copies, each named after the source it lets in. The
 * answer settles when the rule is added (and the inventory is being refreshed).
 */
export function useApplyDeliveryFix(): (fix: DeliveryRuleFix, sourceName: string) => Promise<unknown> {
  const addGroupRule = useCreateSecurityGroupRule();
  const insertAclRule = useInsertNetworkAclRule();
  return (fix, sourceName) => {
    const description = deliveryRuleDescription(sourceName);
    return fix.kind === 'add-security-group-rule'
      ? addGroupRule.mutateAsync({ ...fix.rule, description })
      : insertAclRule.mutateAsync({ ...fix.rule, name: aclRuleName(sourceName), description });
  };
}
