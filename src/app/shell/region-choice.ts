import type { Project } from '@/domain/model/types';

const STORAGE_KEY = 'tm-console.region';
export const DEFAULT_REGION = 'cn-north-4';

/** The region chosen last in the selector, if the browser remembers one. */
function rememberedRegion(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the region chosen in the selector (private mode: the URL still carries it). */
export function rememberRegion(region: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, region);
  } catch {
    /* private mode: the URL still carries the region */
  }
}

/**
 * The project the console works in, one rule for the shell and the route loaders: the
 * `region` search parameter, else the region chosen last, else the default; an unknown region
 * falls back to the default, then to the first project.
 *
 * @example chooseProject(projects, undefined)?.name // 'cn-north-4' (nothing chosen yet)
 */
export function chooseProject(
  projects: readonly Project[],
  searchRegion: string | undefined,
): Project | undefined {
  const wanted = searchRegion ?? rememberedRegion() ?? DEFAULT_REGION;
  return (
    projects.find((p) => p.name === wanted) ?? projects.find((p) => p.name === DEFAULT_REGION) ?? projects[0]
  );
}
