import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecurityGroupRule } from '@/domain/model/types';
import { apiRequest } from './client';
import { inventoryKeys } from './inventory';
import { useCurrentProject } from './project-context';

/** What the create call takes: the rule without the ids the server assigns. */
export type CreateSecurityGroupRuleBody = Omit<SecurityGroupRule, 'id'>;

/**
 * Adds a security-group rule, e.g. the inbound UDP 4789 rule a mirror target needs (W1),
 * and refreshes the inventory so the warning goes away.
 */
export function useCreateSecurityGroupRule() {
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSecurityGroupRuleBody) =>
      apiRequest<{ security_group_rule: SecurityGroupRule }>(`/v3/${projectId}/vpc/security-group-rules`, {
        method: 'POST',
        body: { security_group_rule: body },
      }).then((r) => r.security_group_rule),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inventoryKeys.all(projectId) }),
  });
}
