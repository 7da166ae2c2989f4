import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import { apiRequest, listAll } from './client';
import { useCurrentProject } from './project-context';
import { quotaKeys } from './quotas';

const filtersPath = (projectId: string) => `/v3/${projectId}/vpc/traffic-mirror-filters`;
const rulesPath = (projectId: string) => `/v3/${projectId}/vpc/traffic-mirror-filter-rules`;
type WrappedFilter = { traffic_mirror_filter: TrafficMirrorFilter };
type WrappedRule = { traffic_mirror_filter_rule: TrafficMirrorFilterRule };

/** Query keys for mirror filters (rules live inside their filter's answer). */
export const filterKeys = {
  all: (projectId: string) => ['traffic-mirror-filters', projectId] as const,
  list: (projectId: string) => [...filterKeys.all(projectId), 'list'] as const,
  detail: (projectId: string, id: string) => [...filterKeys.all(projectId), 'detail', id] as const,
};

export const filtersQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: filterKeys.list(projectId),
    queryFn: ({ signal }) =>
      listAll<TrafficMirrorFilter>(filtersPath(projectId), 'traffic_mirror_filters', {}, signal),
  });

export const filterQueryOptions = (projectId: string, id: string) =>
  queryOptions({
    queryKey: filterKeys.detail(projectId, id),
    queryFn: ({ signal }) =>
      apiRequest<WrappedFilter>(`${filtersPath(projectId)}/${id}`, { signal }).then(
        (r) => r.traffic_mirror_filter,
      ),
  });

export type CreateFilterBody = Pick<TrafficMirrorFilter, 'name'> &
  Partial<Pick<TrafficMirrorFilter, 'description'>>;
export type CreateRuleBody = Pick<
  TrafficMirrorFilterRule,
  'traffic_mirror_filter_id' | 'direction' | 'protocol' | 'ethertype' | 'action' | 'priority'
> &
  Partial<
    Pick<
      TrafficMirrorFilterRule,
      | 'source_cidr_block'
      | 'destination_cidr_block'
      | 'source_port_range'
      | 'destination_port_range'
      | 'description'
    >
  >;
export type UpdateRuleBody = Partial<Omit<CreateRuleBody, 'traffic_mirror_filter_id' | 'direction'>>;

function useInvalidateFilters() {
  const queryClient = useQueryClient();
  const projectId = useCurrentProject().id;
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: filterKeys.all(projectId) }),
      queryClient.invalidateQueries({ queryKey: quotaKeys.all(projectId) }),
    ]);
}

export function useCreateFilter() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: (body: CreateFilterBody) =>
      apiRequest<WrappedFilter>(filtersPath(projectId), {
        method: 'POST',
        body: { traffic_mirror_filter: body },
      }).then((r) => r.traffic_mirror_filter),
    onSettled: invalidate,
  });
}

export function useUpdateFilter() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<CreateFilterBody> }) =>
      apiRequest<WrappedFilter>(`${filtersPath(projectId)}/${id}`, {
        method: 'PUT',
        body: { traffic_mirror_filter: body },
      }).then((r) => r.traffic_mirror_filter),
    onSettled: invalidate,
  });
}

export function useDeleteFilter() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${filtersPath(projectId)}/${id}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}

/** Creates one rule; the API is called directly (not a hook) when a new filter gets many rules. */
export function createRule(projectId: string, body: CreateRuleBody): Promise<TrafficMirrorFilterRule> {
  return apiRequest<WrappedRule>(rulesPath(projectId), {
    method: 'POST',
    body: { traffic_mirror_filter_rule: body },
  }).then((r) => r.traffic_mirror_filter_rule);
}

export function useCreateRule() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: (body: CreateRuleBody) => createRule(projectId, body),
    onSettled: invalidate,
  });
}

export function useUpdateRule() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateRuleBody }) =>
      apiRequest<WrappedRule>(`${rulesPath(projectId)}/${id}`, {
        method: 'PUT',
        body: { traffic_mirror_filter_rule: body },
      }).then((r) => r.traffic_mirror_filter_rule),
    onSettled: invalidate,
  });
}

export function useDeleteRule() {
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateFilters();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${rulesPath(projectId)}/${id}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}
