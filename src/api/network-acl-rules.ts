import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NetworkAcl, NetworkAclRule } from '@/domain/model/types';
import type { NetworkAclRuleFix } from '@/domain/model/warnings';
import { apiRequest } from './client';
import { inventoryKeys } from './inventory';
import { useCurrentProject } from './project-context';

/** What the insert call takes: the ACL, the rule, where it goes, and its name and description. */
export interface InsertNetworkAclRuleBody extends NetworkAclRuleFix {
  name: string;
  description: string;
}

/**
 * Inserts an inbound network ACL rule where the fix says (`PUT .../firewalls/{id}/insert-rules`,
 * after `insert_after_rule`, or first), e.g. the UDP 4789 rule a mirror target's subnet needs
 * (W2), and refreshes the inventory so the warning goes away. Answers the ACL as it now is.
 */
export function useInsertNetworkAclRule() {
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ firewall_id, insert_after_rule, rule, name, description }: InsertNetworkAclRuleBody) => {
      const inserted: Omit<NetworkAclRule, 'id'> & { description: string } = {
        ...rule,
        name,
        description,
        enabled: true,
      };
      return apiRequest<{ firewall: NetworkAcl }>(
        `/v3/${projectId}/vpc/firewalls/${firewall_id}/insert-rules`,
        {
          method: 'PUT',
          body: {
            firewall: { ingress_rules: [inserted], ...(insert_after_rule ? { insert_after_rule } : {}) },
          },
        },
      ).then((r) => r.firewall);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inventoryKeys.all(projectId) }),
  });
}
