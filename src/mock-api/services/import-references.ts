/** Integrity of imported data: unique ids, and every reference names an existing row. */
import type { ErrorDetail } from '../http/api-error';
import { DATA_TABLES, type StoreData } from '../store/rows';

/**
 * Problems of references in `data`: duplicate ids, rows of unknown projects, sessions naming
 * a missing filter, source or target, rules naming a missing filter, subnets a missing VPC.
 *
 * @example checkReferences({ ...data, rules: [{ ...rule, traffic_mirror_filter_id: 'nope' }] })
 * // [{ field: 'data.rules.0.traffic_mirror_filter_id', message: 'No filter nope in project ...' }]
 */
export function checkReferences(data: StoreData): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  for (const name of DATA_TABLES) {
    const seen = new Set<string>();
    (data[name] as { id: string }[]).forEach((row, index) => {
      if (seen.has(row.id))
        details.push({ field: `data.${name}.${index}.id`, message: `Id ${row.id} is used twice.` });
      seen.add(row.id);
    });
  }
  const projects = ids(data.projects);
  for (const name of DATA_TABLES) {
    if (name === 'projects') continue;
    (data[name] as { project_id: string }[]).forEach((row, index) => {
      if (!projects.has(row.project_id)) {
        details.push({ field: `data.${name}.${index}.project_id`, message: `No project ${row.project_id}.` });
      }
    });
  }
  const filterProject = new Map(data.filters.map((f) => [f.id, f.project_id]));
  const ports = ids(data.ports);
  const lbs = ids(data.loadBalancers);
  const vpcs = ids(data.vpcs);
  data.sessions.forEach((s, index) => {
    const at = `data.sessions.${index}`;
    if (filterProject.get(s.traffic_mirror_filter_id) !== s.project_id) {
      details.push({
        field: `${at}.traffic_mirror_filter_id`,
        message: `No filter ${s.traffic_mirror_filter_id} in project ${s.project_id}.`,
      });
    }
    s.traffic_mirror_sources.forEach((source, i) => {
      if (!ports.has(source))
        details.push({ field: `${at}.traffic_mirror_sources.${i}`, message: `No port ${source}.` });
    });
    const targets = s.traffic_mirror_target_type === 'eni' ? ports : lbs;
    if (!targets.has(s.traffic_mirror_target_id)) {
      details.push({
        field: `${at}.traffic_mirror_target_id`,
        message: `No ${s.traffic_mirror_target_type} target ${s.traffic_mirror_target_id}.`,
      });
    }
  });
  data.rules.forEach((r, index) => {
    if (filterProject.get(r.traffic_mirror_filter_id) !== r.project_id) {
      details.push({
        field: `data.rules.${index}.traffic_mirror_filter_id`,
        message: `No filter ${r.traffic_mirror_filter_id} in project ${r.project_id}.`,
      });
    }
  });
  data.subnets.forEach((s, index) => {
    if (!vpcs.has(s.vpc_id))
      details.push({ field: `data.subnets.${index}.vpc_id`, message: `No VPC ${s.vpc_id}.` });
  });
  return details;
}
