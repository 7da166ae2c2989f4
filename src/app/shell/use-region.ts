import { useNavigate, useSearch } from '@tanstack/react-router';
import { setRequestRegion } from '@/api/client';
import { combineLoadState, type LoadState } from '@/api/load-state';
import { useProjects } from '@/api/projects';
import type { Project } from '@/domain/model/types';
import { chooseProject, rememberRegion } from './region-choice';

/**
 * The region list's state: loading, failed (`load` has the error and Retry) or ready; when
 * ready, `load.stale` tells that a refresh of the list failed (the list loaded before stays).
 */
export type RegionState =
  | { status: 'loading' | 'error'; load: LoadState }
  | {
      status: 'ready';
      load: LoadState;
      project: Project;
      projects: Project[];
      select: (region: string) => void;
    };

/**
 * The region the operator works in (`chooseProject`); a region chosen in the selector is put
 * in the URL, so links are shareable.
 */
export function useRegion(): RegionState {
  const projects = useProjects();
  const search = useSearch({ from: '__root__' });
  const navigate = useNavigate();
  const list = projects.data ?? [];
  const project = chooseProject(list, search.region);

  const load = combineLoadState([projects]);
  if (load.status === 'error') return { status: 'error', load };
  if (!project) return { status: 'loading', load };
  // Set while rendering, before the pages below make their first requests for this region.
  setRequestRegion(project.name);
  return {
    status: 'ready',
    load,
    project,
    projects: list,
    select: (region) => {
      rememberRegion(region);
      void navigate({ to: '.', search: (prev) => ({ ...prev, region }) });
    },
  };
}
