import { queryOptions, useQuery } from '@tanstack/react-query';
import { QUOTA_DEFINITIONS, resolveQuotas, type QuotaKey, type QuotaValues } from '@/domain/model/quotas';
import type { QuotaResource } from '@/domain/model/types';
import { apiRequest } from './client';
import { useCurrentProject } from './project-context';

/** Query keys for quotas (invalidated by every create and delete). */
export const quotaKeys = {
  all: (projectId: string) => ['quotas', projectId] as const,
};

export const quotasQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: quotaKeys.all(projectId),
    queryFn: ({ signal }) =>
      apiRequest<{ quotas: { resources: QuotaResource[] } }>(`/v1/${projectId}/quotas`, { signal }).then(
        (r) => r.quotas.resources,
      ),
  });

/** The region's quotas: for each `type`, the value in force and how much is used. */
export function useQuotas() {
  return useQuery(quotasQueryOptions(useCurrentProject().id));
}

/**
 * The quota values in force as the domain's checks take them (`Snapshot.quotas`): the
 * defaults of Table 4 with what the API reports applied.
 */
export function quotaValuesOf(reported: readonly QuotaResource[]): QuotaValues {
  const overrides: Partial<Record<QuotaKey, number>> = {};
  for (const definition of QUOTA_DEFINITIONS) {
    const resource = reported.find((r) => r.type === definition.type);
    if (resource) overrides[definition.key] = resource.quota;
  }
  return resolveQuotas(overrides);
}
