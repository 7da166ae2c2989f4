/**
 * Which region each of the account's projects is in, learnt from IAM (`GET /v3/projects`, signed)
 * and kept: a project's name is its region (`cn-north-4`, or `cn-north-4_sub` for a
 * sub-project). Read again when an unknown project is asked for, at most every 30 seconds.
 */
import type { CloudAnswer, CloudCaller } from './upstream';

/** How long an unknown project id waits before the list is read again. */
export const RELOAD_AFTER_MS = 30_000;

/** A region name safe to put into a host name. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The projects by id (their region) and the main project of each region. */
export interface AccountProjects {
  regionOf: ReadonlyMap<string, string>;
  projectOf: ReadonlyMap<string, string>;
}

/** The projects, or IAM's refusal to pass on to the page unchanged. */
export type ProjectsLoad = { ok: true; projects: AccountProjects } | { ok: false; answer: CloudAnswer };

/**
 * The region of a project named `name`, or undefined when the name is not one.
 *
 * @example regionOfProjectName('cn-north-4_dev') // 'cn-north-4'
 */
export function regionOfProjectName(name: string): string | undefined {
  const region = name.split('_')[0] ?? '';
  return REGION.test(region) ? region : undefined;
}

function parseProjects(body: Buffer): AccountProjects {
  const parsed = JSON.parse(body.toString('utf8')) as { projects?: { id?: unknown; name?: unknown }[] };
  const regionOf = new Map<string, string>();
  const projectOf = new Map<string, string>();
  for (const { id, name } of parsed.projects ?? []) {
    if (typeof id !== 'string' || typeof name !== 'string') continue;
    const region = regionOfProjectName(name);
    if (!region) continue;
    regionOf.set(id, region);
    if (name === region || !projectOf.has(region)) projectOf.set(region, id);
  }
  return { regionOf, projectOf };
}

/** The account's projects, read from IAM with `caller` and kept (`now` for tests). */
export function projectRegions(caller: CloudCaller, now: () => number = Date.now) {
  let known: { projects: AccountProjects; at: number } | undefined;
  let loading: Promise<ProjectsLoad> | undefined;
  const load = (): Promise<ProjectsLoad> => {
    loading ??= caller
      .call({
        service: 'iam',
        method: 'GET',
        pathAndQuery: '/v3/projects',
        headers: { accept: 'application/json' },
      })
      .then((answer): ProjectsLoad => {
        if (answer.status !== 200) return { ok: false, answer };
        known = { projects: parseProjects(answer.body), at: now() };
        return { ok: true, projects: known.projects };
      })
      .finally(() => (loading = undefined));
    return loading;
  };
  return {
    /** The projects; read again first when `projectId` is given and unknown (at most every 30 s). */
    async projects(projectId?: string): Promise<ProjectsLoad> {
      const stale =
        !known ||
        (projectId !== undefined &&
          !known.projects.regionOf.has(projectId) &&
          now() - known.at >= RELOAD_AFTER_MS);
      return stale || !known ? load() : { ok: true, projects: known.projects };
    },
  };
}
