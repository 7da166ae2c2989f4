import { queryOptions, useQuery } from '@tanstack/react-query';
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
