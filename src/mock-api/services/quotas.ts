/** `GET /v1/{project_id}/quotas`: Traffic Mirroring quotas (where offered) and a few VPC ones. */
import { quotaResourcesFor } from '@/domain/model/quotas';
import { isTrafficMirroringRegion } from '@/domain/model/regions';
import type { QuotaResource } from '@/domain/model/types';
import { quotasOf, readSettings } from '../store/settings';
import type { ServiceContext } from './context';
import { loadProjectFilters } from './filter-assembly';
import { requireProject } from './projects';
import { indexedQuotaUsed } from './quota-usage';

/** VPC quotas shown beside the Traffic Mirroring ones (values of a default account). */
const VPC_QUOTAS = [
  { type: 'vpc', table: 'vpcs', quota: 5 },
  { type: 'subnet', table: 'subnets', quota: 100 },
  { type: 'securityGroup', table: 'securityGroups', quota: 100 },
  { type: 'securityGroupRule', table: 'securityGroupRules', quota: 5000 },
] as const;

/** The quota resources of a project: usage now and the value in force. */
export async function projectQuotas(ctx: ServiceContext, project_id: string): Promise<QuotaResource[]> {
  const project = await requireProject(ctx, project_id);
  const { db } = ctx;
  return db.transaction(
    'r',
    [
      db.meta,
      db.sessions,
      db.filters,
      db.rules,
      db.ports,
      db.loadBalancers,
      ...VPC_QUOTAS.map((q) => db.table(q.table)),
    ],
    async () => {
      const vpc = await Promise.all(
        VPC_QUOTAS.map(async ({ type, table, quota }) => ({
          type,
          used: await db.table(table).where('project_id').equals(project_id).count(),
          quota,
        })),
      );
      if (!isTrafficMirroringRegion(project.name)) return vpc;
      const quotas = quotasOf(await readSettings(db), project_id);
      const filters = await loadProjectFilters(db, project_id);
      const used = await indexedQuotaUsed(db, project_id, filters);
      return [...quotaResourcesFor(used, quotas), ...vpc];
    },
  );
}
