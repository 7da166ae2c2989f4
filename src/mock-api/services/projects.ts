/** Projects (one per region) and the region check of C7. */
import { checkRegion } from '@/domain/model/regions';
import { notFound, regionUnavailable } from '../http/api-error';
import type { ProjectRow } from '../store/rows';
import type { ServiceContext } from './context';

/** The project `id`, or TM.0004. */
export async function requireProject(ctx: ServiceContext, id: string): Promise<ProjectRow> {
  const project = await ctx.db.projects.get(id);
  if (!project) throw notFound(`No project has id ${id}. Pick a project from GET /v3/projects.`);
  return project;
}

/** The project `id` if its region offers Traffic Mirroring (C7); TM.0004 or TM.0007 otherwise. */
export async function requireMirroringProject(ctx: ServiceContext, id: string): Promise<ProjectRow> {
  const project = await requireProject(ctx, id);
  if (checkRegion(project.name).length > 0) throw regionUnavailable(project.name);
  return project;
}

/** Every project. */
export async function listProjects(ctx: ServiceContext): Promise<ProjectRow[]> {
  return ctx.db.projects.toArray();
}
