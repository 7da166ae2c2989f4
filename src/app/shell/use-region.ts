import { useNavigate, useSearch } from '@tanstack/react-router';
import { setRequestRegion } from '@/api/client';
import { combineLoadState, type LoadState } from '@/api/load-state';
import { useProjects } from '@/api/projects';
import type { Project } from '@/domain/model/types';

const STORAGE_KEY = 'tm-console.region';
export const DEFAULT_REGION = 'cn-north-4';

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

function rememberedRegion(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The region the operator works in: the `region` search parameter (a region chosen in the
 * selector is put in the URL, so links are shareable), else the last one chosen, else the
 * default; an unknown region falls back to the default.
 */
export function useRegion(): RegionState {
  const projects = useProjects();
  const search = useSearch({ strict: false }) as { region?: string };
  const navigate = useNavigate();
  const list = projects.data ?? [];
  const wanted = search.region ?? rememberedRegion() ?? DEFAULT_REGION;
  const project =
    list.find((p) => p.name === wanted) ?? list.find((p) => p.name === DEFAULT_REGION) ?? list[0];

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
      try {
        localStorage.setItem(STORAGE_KEY, region);
      } catch {
        /* private mode: the URL still carries the region */
      }
      void navigate({ to: '.', search: (prev) => ({ ...prev, region }) });
    },
  };
}
