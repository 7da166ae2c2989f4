import { queryOptions } from '@tanstack/react-query';
import type {
  EnterpriseRouter,
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
import { apiRequest, listAll } from './client';
import { listByLastId, listByNextLink, listByPageNumber } from './list-styles';

/** Query keys for the network inventory of a project. */
export const inventoryKeys = {
  all: (projectId: string) => ['inventory', projectId] as const,
  list: (projectId: string, kind: string) => [...inventoryKeys.all(projectId), kind] as const,
};

/** How a list is read to its end: each service pages its own way (list-styles.ts). */
type ReadList<T> = (path: string, key: string, signal: AbortSignal) => Promise<T[]>;

const byPageInfo = <T>(path: string, key: string, signal: AbortSignal) => listAll<T>(path, key, {}, signal);

function listOptions<T>(
  projectId: string,
  kind: string,
  path: string,
  key: string,
  read: ReadList<T> = byPageInfo,
) {
  return queryOptions({
    queryKey: inventoryKeys.list(projectId, kind),
    queryFn: ({ signal }) => read(path, key, signal),
    staleTime: 60_000,
  });
}

export const portsQueryOptions = (projectId: string) =>
  listOptions<Port>(projectId, 'ports', `/v1/${projectId}/ports`, 'ports', listByLastId);
export const serversQueryOptions = (projectId: string) =>
  listOptions<Server>(
    projectId,
    'servers',
    `/v1/${projectId}/cloudservers/detail`,
    'servers',
    listByPageNumber,
  );
export const vpcsQueryOptions = (projectId: string) =>
  listOptions<Vpc>(projectId, 'vpcs', `/v1/${projectId}/vpcs`, 'vpcs', listByLastId);
export const subnetsQueryOptions = (projectId: string) =>
  listOptions<Subnet>(projectId, 'subnets', `/v1/${projectId}/subnets`, 'subnets', listByLastId);
export const peeringsQueryOptions = (projectId: string) =>
  listOptions<VpcPeering>(projectId, 'peerings', `/v2.0/vpc/peerings`, 'peerings', listByNextLink);
export const loadBalancersQueryOptions = (projectId: string) =>
  listOptions<LoadBalancer>(
    projectId,
    'load-balancers',
    `/v3/${projectId}/elb/loadbalancers`,
    'loadbalancers',
  );
export const securityGroupsQueryOptions = (projectId: string) =>
  listOptions<SecurityGroup>(
    projectId,
    'security-groups',
    `/v3/${projectId}/vpc/security-groups`,
    'security_groups',
  );
export const securityGroupRulesQueryOptions = (projectId: string) =>
  listOptions<SecurityGroupRule>(
    projectId,
    'security-group-rules',
    `/v3/${projectId}/vpc/security-group-rules`,
    'security_group_rules',
  );
/**
 * Every network ACL with its rules. The list leaves the rules out (as the real API does), so
 * each ACL is read again on its own (`GET .../firewalls/{id}`).
 */
export const networkAclsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: inventoryKeys.list(projectId, 'network-acls'),
    queryFn: async ({ signal }) => {
      const path = `/v3/${projectId}/vpc/firewalls`;
      const listed = await listAll<{ id: string }>(path, 'firewalls', {}, signal);
      return Promise.all(
        listed.map((acl) =>
          apiRequest<{ firewall: NetworkAcl }>(`${path}/${acl.id}`, { signal }).then((r) => r.firewall),
        ),
      );
    },
    staleTime: 60_000,
  });

/** The attachments of every enterprise router of the project (C3: VPCs joined by a router). */
export const routerAttachmentsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: inventoryKeys.list(projectId, 'enterprise-router-attachments'),
    queryFn: async ({ signal }) => {
      const base = `/v3/${projectId}/enterprise-router`;
      const routers = await listAll<EnterpriseRouter>(`${base}/instances`, 'instances', {}, signal);
      const lists = await Promise.all(
        routers.map((r) =>
          listAll<EnterpriseRouterAttachment>(`${base}/${r.id}/attachments`, 'attachments', {}, signal),
        ),
      );
      return lists.flat();
    },
    staleTime: 60_000,
  });

/** The query of each part of the inventory, by its name in the domain's `Inventory`. */
export const inventoryPartOptions = {
  vpcs: vpcsQueryOptions,
  subnets: subnetsQueryOptions,
  peerings: peeringsQueryOptions,
  servers: serversQueryOptions,
  ports: portsQueryOptions,
  load_balancers: loadBalancersQueryOptions,
  security_groups: securityGroupsQueryOptions,
  security_group_rules: securityGroupRulesQueryOptions,
  network_acls: networkAclsQueryOptions,
  enterprise_router_attachments: routerAttachmentsQueryOptions,
} satisfies Record<keyof Inventory, (projectId: string) => unknown>;
