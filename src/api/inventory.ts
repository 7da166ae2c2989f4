import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  EnterpriseRouterAttachment,
  Inventory,
  LoadBalancer,
  NetworkAcl,
  Port,
  SecurityGroup,
  SecurityGroupRule,
  Server,
  Subnet,
  Vpc,
  VpcPeering,
} from '@/domain/model/types';
import { listAll } from './client';
import { useCurrentProject } from './project-context';

/** Query keys for the network inventory of a project. */
export const inventoryKeys = {
  all: (projectId: string) => ['inventory', projectId] as const,
  list: (projectId: string, kind: string) => [...inventoryKeys.all(projectId), kind] as const,
};

function listOptions<T>(projectId: string, kind: string, path: string, key: string) {
  return queryOptions({
    queryKey: inventoryKeys.list(projectId, kind),
    queryFn: ({ signal }) => listAll<T>(path, key, {}, signal),
    staleTime: 60_000,
  });
}

export const portsQueryOptions = (projectId: string) =>
  listOptions<Port>(projectId, 'ports', `/v1/${projectId}/ports`, 'ports');
export const serversQueryOptions = (projectId: string) =>
  listOptions<Server>(projectId, 'servers', `/v1/${projectId}/cloudservers/detail`, 'servers');
export const vpcsQueryOptions = (projectId: string) => listOptions<Vpc>(projectId, 'vpcs', `/v1/${projectId}/vpcs`, 'vpcs');
export const subnetsQueryOptions = (projectId: string) =>
  listOptions<Subnet>(projectId, 'subnets', `/v1/${projectId}/subnets`, 'subnets');
export const peeringsQueryOptions = (projectId: string) =>
  listOptions<VpcPeering>(projectId, 'peerings', `/v2.0/vpc/peerings`, 'peerings');
export const loadBalancersQueryOptions = (projectId: string) =>
  listOptions<LoadBalancer>(projectId, 'load-balancers', `/v3/${projectId}/elb/loadbalancers`, 'loadbalancers');
export const securityGroupsQueryOptions = (projectId: string) =>
  listOptions<SecurityGroup>(projectId, 'security-groups', `/v3/${projectId}/vpc/security-groups`, 'security_groups');
export const securityGroupRulesQueryOptions = (projectId: string) =>
  listOptions<SecurityGroupRule>(
    projectId,
    'security-group-rules',
    `/v3/${projectId}/vpc/security-group-rules`,
    'security_group_rules',
  );
export const networkAclsQueryOptions = (projectId: string) =>
  listOptions<NetworkAcl>(projectId, 'network-acls', `/v3/${projectId}/vpc/firewalls`, 'firewalls');

export function usePorts() {
  return useQuery(portsQueryOptions(useCurrentProject().id));
}
export function useServers() {
  return useQuery(serversQueryOptions(useCurrentProject().id));
}
export function useVpcs() {
  return useQuery(vpcsQueryOptions(useCurrentProject().id));
}
export function useSubnets() {
  return useQuery(subnetsQueryOptions(useCurrentProject().id));
}
export function useLoadBalancers() {
  return useQuery(loadBalancersQueryOptions(useCurrentProject().id));
}

/** The whole inventory as one snapshot (for constraints, warnings and the matcher). */
export function useInventory(): { data: Inventory | undefined; isPending: boolean; error: Error | null } {
  const projectId = useCurrentProject().id;
  const parts = {
    vpcs: useQuery(vpcsQueryOptions(projectId)),
    subnets: useQuery(subnetsQueryOptions(projectId)),
    peerings: useQuery(peeringsQueryOptions(projectId)),
    servers: useQuery(serversQueryOptions(projectId)),
    ports: useQuery(portsQueryOptions(projectId)),
    load_balancers: useQuery(loadBalancersQueryOptions(projectId)),
    security_groups: useQuery(securityGroupsQueryOptions(projectId)),
    security_group_rules: useQuery(securityGroupRulesQueryOptions(projectId)),
    network_acls: useQuery(networkAclsQueryOptions(projectId)),
  };
  const all = Object.values(parts);
  const error = all.find((q) => q.error)?.error ?? null;
  if (all.some((q) => q.data === undefined)) return { data: undefined, isPending: !error, error };
  const attachments: EnterpriseRouterAttachment[] = [];
  return {
    isPending: false,
    error,
    data: {
      vpcs: parts.vpcs.data!,
      subnets: parts.subnets.data!,
      peerings: parts.peerings.data!,
      enterprise_router_attachments: attachments,
      servers: parts.servers.data!,
      ports: parts.ports.data!,
      load_balancers: parts.load_balancers.data!,
      security_groups: parts.security_groups.data!,
      security_group_rules: parts.security_group_rules.data!,
      network_acls: parts.network_acls.data!,
    },
  };
}
