/**
 * Integrity of imported data: unique ids, rows of existing projects, and every inventory
 * reference the console follows (a port's subnet, ECS and security groups, a subnet's VPC, a
 * load balancer's VPC, VIP subnet and VIP port, ACL associations...) resolves to a row of the
 * same project. References of sessions and rules are checked with the constraints
 * (import-constraints.ts), by the domain's own C6 checks.
 */
import { DATA_TABLES, type DataTable } from '../store/rows';
import type { ImportIndex, RowOf } from './import-index';
import { rowProblem, type ImportProblem } from './import-problems';

type Ref = readonly [field: string, id: string];

interface Reference<T extends DataTable> {
  from: T;
  to: DataTable;
  what: string;
  refs: (row: RowOf<T>) => Ref[];
}

const reference = <T extends DataTable>(
  from: T,
  to: DataTable,
  what: string,
  refs: (row: RowOf<T>) => Ref[],
): Reference<DataTable> => ({ from, to, what, refs }) as unknown as Reference<DataTable>;

const when = (id: string, field: string): Ref[] => (id === '' ? [] : [[field, id]]);

/** Each reference between inventory rows: from which table, to which, through which fields. */
const REFERENCES: readonly Reference<DataTable>[] = [
  reference('subnets', 'vpcs', 'VPC', (s) => [['vpc_id', s.vpc_id]]),
  reference('peerings', 'vpcs', 'VPC', (p) => [
    ['request_vpc_info.vpc_id', p.request_vpc_info.vpc_id],
    ['accept_vpc_info.vpc_id', p.accept_vpc_info.vpc_id],
  ]),
  reference('attachments', 'routers', 'enterprise router', (a) => [['er_id', a.er_id]]),
  reference('attachments', 'vpcs', 'VPC', (a) => [['resource_id', a.resource_id]]),
  reference('ports', 'subnets', 'subnet', (p) =>
    p.fixed_ips.map((f, i) => [`fixed_ips.${i}.subnet_id`, f.subnet_id] as const),
  ),
  reference('ports', 'servers', 'ECS', (p) => when(p.device_id, 'device_id')),
  reference('ports', 'securityGroups', 'security group', (p) =>
    p.security_groups.map((g, i) => [`security_groups.${i}`, g] as const),
  ),
  reference('loadBalancers', 'vpcs', 'VPC', (l) => [['vpc_id', l.vpc_id]]),
  reference('loadBalancers', 'subnets', 'subnet', (l) => when(l.vip_subnet_cidr_id, 'vip_subnet_cidr_id')),
  reference('loadBalancers', 'ports', 'network interface', (l) => when(l.vip_port_id, 'vip_port_id')),
  reference('securityGroupRules', 'securityGroups', 'security group', (r) => [
    ['security_group_id', r.security_group_id],
  ]),
  reference('firewalls', 'subnets', 'subnet', (f) =>
    f.associations.map((a, i) => [`associations.${i}.virsubnet_id`, a.virsubnet_id] as const),
  ),
];

function duplicateIds(index: ImportIndex): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const table of DATA_TABLES) {
    const seen = new Set<string>();
    (index.data[table] as { id: string }[]).forEach((row, i) => {
      if (seen.has(row.id)) {
        problems.push(
          rowProblem(table, i, row, 'id', `the id ${row.id} is used twice. Give each row its own id.`),
        );
      }
      seen.add(row.id);
    });
  }
  return problems;
}

/**
 * Problems of references in an import: duplicate ids, rows of unknown projects, inventory rows
 * naming a row that is missing or belongs to another project.
 *
 * @example checkReferences(new ImportIndex({ ...data, subnets: [{ ...subnet, vpc_id: 'nope' }] }))
 * // [{ resource: 'subnets', field: 'data.subnets.0.vpc_id', message: 'Subnet "web" in cn-north-4: it names VPC nope, ...' }]
 */
export function checkReferences(index: ImportIndex): ImportProblem[] {
  const problems = duplicateIds(index);
  for (const table of DATA_TABLES) {
    if (table === 'projects') continue;
    (index.data[table] as { id: string; project_id: string }[]).forEach((row, i) => {
      if (!index.has('projects', row.project_id)) {
        const why = `there is no project ${row.project_id} in the file. Add the project or fix project_id.`;
        problems.push(rowProblem(table, i, row, 'project_id', why));
      }
    });
  }
  for (const { from, to, what, refs } of REFERENCES) {
    (index.data[from] as (RowOf<DataTable> & { project_id: string })[]).forEach((row, i) => {
      if (!index.has('projects', row.project_id)) return;
      const project = index.projectName(row.project_id);
      for (const [field, id] of refs(row)) {
        if (index.owned(to, row.project_id, id)) continue;
        const why = index.has(to, id)
          ? `it names ${what} ${id} of another project. A resource can only name resources of its own project.`
          : `it names ${what} ${id}, which is not in the file. Add it or fix ${field}.`;
        problems.push(rowProblem(from, i, row, field, why, project));
      }
    });
  }
  return problems;
}
