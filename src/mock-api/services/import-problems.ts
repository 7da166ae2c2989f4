/**
 * How a refused import names what is wrong: one problem per offending field of a row (its
 * table, id, dotted path in the file and why), and the one TM.0002 answer that lists the
 * first of them.
 */
import { invalidFields, type ApiError, type ErrorDetail } from '../http/api-error';
import type { DataTable } from '../store/rows';

/** One offending field of an import file. */
export type ImportProblem = ErrorDetail & { resource: DataTable; id: string };

/** How many problems a refusal lists in `details`. */
export const LISTED_PROBLEMS = 20;

/** The checks stop after this many problems: enough to fix a file, cheap on a broken one. */
export const PROBLEM_LIMIT = 500;

const RESOURCE_NAMES: Record<DataTable, string> = {
  projects: 'Project',
  sessions: 'Mirror session',
  filters: 'Mirror filter',
  rules: 'Filter rule',
  vpcs: 'VPC',
  subnets: 'Subnet',
  peerings: 'VPC peering',
  routers: 'Enterprise router',
  attachments: 'Enterprise router attachment',
  servers: 'ECS',
  ports: 'Network interface',
  loadBalancers: 'Load balancer',
  securityGroups: 'Security group',
  securityGroupRules: 'Security group rule',
  firewalls: 'Network ACL',
};

/** A row as far as problems name it. */
export interface NamedRow {
  id: string;
  name?: string;
  project_id?: string;
}

/**
 * The problem of `field` (a dotted path inside the row, `''` for the whole row) of row
 * `index` of `table`, the message starting with the row's kind, name or id, and project.
 *
 * @example rowProblem('sessions', 3, session, 'priority', 'Choose another priority.', 'cn-north-4')
 * // { resource: 'sessions', id: session.id, field: 'data.sessions.3.priority', message: 'Mirror session "web" in cn-north-4: Choose another priority.' }
 */
export function rowProblem(
  table: DataTable,
  index: number,
  row: NamedRow,
  field: string,
  why: string,
  projectName?: string,
): ImportProblem {
  const label = row.name ? `"${row.name}"` : row.id;
  const where = projectName ? ` in ${projectName}` : '';
  return {
    resource: table,
    id: row.id,
    field: [`data.${table}.${index}`, field].filter((part) => part !== '').join('.'),
    message: `${RESOURCE_NAMES[table]} ${label}${where}: ${why}`,
  };
}

/**
 * TM.0002 for a refused import (row problems, and file problems such as a missing table): the
 * first {@link LISTED_PROBLEMS} problems as `details`; the message gives the one problem, or
 * how many there are and how many are listed (`complete` false: the checks stopped at
 * {@link PROBLEM_LIMIT}, so there may be more).
 *
 * @example importRefused(problems, true).message
 * // 'The import was refused and nothing was changed: the file has 57 problems; the first 20 are listed.'
 */
export function importRefused(problems: readonly ErrorDetail[], complete: boolean): ApiError {
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const count = `${complete ? '' : 'at least '}${problems.length}`;
  const what =
    problems.length === 1 && complete
      ? (problems[0]?.message ?? '')
      : listed.length === problems.length && complete
        ? `the file has ${count} problems, all listed.`
        : `the file has ${count} problems; the first ${listed.length} are listed.`;
  return invalidFields(listed, `The import was refused and nothing was changed: ${what}`);
}
