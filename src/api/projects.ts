import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '@/domain/model/types';
import { apiRequest } from './client';

/** Query keys for projects; one project per region. */
export const projectKeys = {
  all: ['projects'] as const,
};

export function projectsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.all,
    queryFn: ({ signal }) => apiRequest<{ projects: Project[] }>('/v3/projects', { signal }).then((r) => r.projects),
    staleTime: 5 * 60_000,
  });
}

/** Every project (region) of the account, for the region selector. */
export function useProjects() {
  return useQuery(projectsQueryOptions());
}
