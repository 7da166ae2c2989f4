import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Project } from '@/domain/model/types';
import { ApiError, apiRequest, rememberProjectRegions } from './client';

/** Query keys for projects; one project per region. */
export const projectKeys = {
  all: ['projects'] as const,
  /** Whether Traffic Mirroring is offered in the project's region. */
  mirroringAvailable: (projectId: string) =>
    [...projectKeys.all, projectId, 'traffic-mirroring-available'] as const,
};

export function projectsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.all,
    queryFn: ({ signal }) =>
      apiRequest<{ projects: Project[] }>('/v3/projects', { signal }).then((r) => {
        rememberProjectRegions(r.projects);
        return r.projects;
      }),
    staleTime: 5 * 60_000,
  });
}

/** Every project (region) of the account, for the region selector. */
export function useProjects() {
  return useQuery(projectsQueryOptions());
}

/**
 * Whether Traffic Mirroring is offered in a project's region (C7): the service answers
 * TM.0007 where it is not. Asked with the cheapest call there is, a one-item list.
 */
export function trafficMirroringAvailableQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: projectKeys.mirroringAvailable(projectId),
    queryFn: ({ signal }) =>
      apiRequest(`/v3/${projectId}/vpc/traffic-mirror-sessions`, { query: { limit: 1 }, signal }).then(
        () => true,
        (error: unknown) => {
          if (error instanceof ApiError && error.code === 'TM.0007') return false;
          throw error;
        },
      ),
    staleTime: Infinity,
  });
}

/** For every project, whether Traffic Mirroring is offered there (undefined while asking). */
export function useTrafficMirroringAvailability(projects: readonly Project[]) {
  return useQueries({
    queries: projects.map((p) => trafficMirroringAvailableQueryOptions(p.id)),
    combine: (results) => new Map(projects.map((p, i) => [p.id, results[i]?.data] as const)),
  });
}
