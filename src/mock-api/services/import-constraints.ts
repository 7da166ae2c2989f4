/**
 * C1-C7 and the quotas in force on an import, by the domain's own checks: each session is
 * checked as if it were created beside every other session of its project
 * (`validateSessionCreate`), each rule as if created beside the other rules of its filter
 * (`validateRuleCreate`). A session's snapshot holds only what its checks read, so that
 * 20,000 sessions are checked in linear time: the sessions sharing a source with it or
 * naming one of its interfaces as the other end (C2, C4, sessions per source), those of its
 * target or filter only when these are over their quota (the checks only count them), its
 * ports, servers, subnets, load balancer and the project's peerings and router attachments.
 */
import { validateRuleCreate } from '@/domain/model/filter-constraints';
import type { QuotaValues } from '@/domain/model/quotas';
import { checkRegion } from '@/domain/model/regions';
import { checkSessionsPerRegion } from '@/domain/model/session-checks';
import { validateSessionCreate } from '@/domain/model/session-constraints';
import type { Inventory } from '@/domain/model/types';
import type { Snapshot, Violation } from '@/domain/model/violations';
import { englishResultText } from '@/i18n/english-results';
import { EMPTY_INVENTORY } from '@/domain/network/inventory-lookup';
import type { FilterRow, RuleRow, SessionRow } from '../store/rows';
import { quotasOf, type MockSettings } from '../store/settings';
import { withRules } from './filter-assembly';
import { Groups, keyOf, type ImportIndex } from './import-index';
import { PROBLEM_LIMIT, rowProblem, type ImportProblem } from './import-problems';

type Mirroring = 'sessions' | 'filters' | 'rules';
type Quotas = (project_id: string) => QuotaValues;

interface Found {
  problems: ImportProblem[];
  /** False when the checks stopped at {@link PROBLEM_LIMIT}. */
  complete: boolean;
}

class Collector {
  readonly problems: ImportProblem[] = [];
  constructor(private readonly index: ImportIndex) {}

  get full(): boolean {
    return this.problems.length >= PROBLEM_LIMIT;
  }

  add(
    table: Mirroring,
    i: number,
    row: SessionRow | RuleRow | FilterRow,
    violations: readonly Violation[],
  ): void {
    const project = this.index.projectName(row.project_id);
    for (const v of violations) {
      for (const field of v.fields ?? ['']) {
        this.problems.push(rowProblem(table, i, row, field, englishResultText(v.message), project));
      }
    }
  }
}

const ENDLESS = Number.POSITIVE_INFINITY;
const TARGET_QUOTA = { eni: 'sessions_per_eni_target', elb: 'sessions_per_elb_target' } as const;

function sessionGroups(sessions: readonly SessionRow[]) {
  const bySource = new Groups<SessionRow>();
  const byTarget = new Groups<SessionRow>();
  const byFilter = new Groups<SessionRow>();
  const byProject = new Groups<SessionRow>();
  for (const s of sessions) {
    for (const source of new Set(s.traffic_mirror_sources)) bySource.add(keyOf(s.project_id, source), s);
    byTarget.add(keyOf(s.project_id, s.traffic_mirror_target_type, s.traffic_mirror_target_id), s);
    byFilter.add(keyOf(s.project_id, s.traffic_mirror_filter_id), s);
    byProject.add(s.project_id, s);
  }
  return { bySource, byTarget, byFilter, byProject };
}

/** The part of its project's network a session's checks read. */
function networkOf(index: ImportIndex, s: SessionRow, base: Inventory): Inventory {
  const p = s.project_id;
  const ports: Inventory['ports'] = [];
  const servers: Inventory['servers'] = [];
  const subnets: Inventory['subnets'] = [];
  const addPort = (id: string) => {
    const port = index.owned('ports', p, id);
    if (!port) return;
    ports.push(port);
    const server = index.owned('servers', p, port.device_id);
    if (server) servers.push(server);
    for (const fixed of port.fixed_ips) {
      const subnet = index.owned('subnets', p, fixed.subnet_id);
      if (subnet) subnets.push(subnet);
    }
  };
  s.traffic_mirror_sources.forEach(addPort);
  const lbs: Inventory['load_balancers'] = [];
  if (s.traffic_mirror_target_type === 'eni') addPort(s.traffic_mirror_target_id);
  else {
    const lb = index.owned('loadBalancers', p, s.traffic_mirror_target_id);
    if (lb) lbs.push(lb);
  }
  return { ...base, ports, servers, subnets, load_balancers: lbs };
}

type SessionGroups = ReturnType<typeof sessionGroups>;

/**
 * The other sessions of its project that a session's checks must see: those sharing a source
 * or naming one of its interfaces as the other end, and those of its target and filter only
 * when these are over their quota (below it, the checks find nothing in them).
 */
function othersOf(groups: SessionGroups, s: SessionRow, limits: QuotaValues): SessionRow[] {
  const { bySource, byTarget, byFilter } = groups;
  const p = s.project_id;
  const related = new Set<SessionRow>();
  const addAll = (list: readonly SessionRow[]) => list.forEach((other) => related.add(other));
  if (s.traffic_mirror_target_type === 'eni') addAll(bySource.get(keyOf(p, s.traffic_mirror_target_id)));
  for (const source of s.traffic_mirror_sources) {
    addAll(bySource.get(keyOf(p, source)));
    addAll(byTarget.get(keyOf(p, 'eni', source)));
  }
  const sameTarget = byTarget.get(keyOf(p, s.traffic_mirror_target_type, s.traffic_mirror_target_id));
  if (sameTarget.length > limits[TARGET_QUOTA[s.traffic_mirror_target_type]]) addAll(sameTarget);
  const sameFilter = byFilter.get(keyOf(p, s.traffic_mirror_filter_id));
  if (sameFilter.length > limits.sessions_per_filter) addAll(sameFilter);
  related.delete(s);
  return [...related];
}

function checkSessions(index: ImportIndex, quotas: Quotas, out: Collector): void {
  const groups = sessionGroups(index.data.sessions);
  const peerings = new Groups<Inventory['peerings'][number]>();
  const attachments = new Groups<Inventory['enterprise_router_attachments'][number]>();
  for (const row of index.data.peerings) peerings.add(row.project_id, row);
  for (const row of index.data.attachments) attachments.add(row.project_id, row);
  const projects = new Map<string, { network: Inventory; quotas: QuotaValues }>();
  const projectOf = (p: string) => {
    const known = projects.get(p);
    if (known) return known;
    const network = {
      ...EMPTY_INVENTORY,
      peerings: peerings.get(p),
      enterprise_router_attachments: attachments.get(p),
    };
    const found = { network, quotas: { ...quotas(p), sessions_per_region: ENDLESS } };
    projects.set(p, found);
    return found;
  };
  const filters = new Map(withRules(index.data.filters, []).map((f) => [f.id, f]));
  const crowded = new Map<string, Violation | null>();
  const seen = new Map<string, number>();
  index.data.sessions.forEach((s, i) => {
    if (out.full || !index.has('projects', s.project_id)) return;
    const p = s.project_id;
    const limits = quotas(p);
    const filter =
      index.owned('filters', p, s.traffic_mirror_filter_id) && filters.get(s.traffic_mirror_filter_id);
    const project = projectOf(p);
    const snapshot: Snapshot = {
      sessions: othersOf(groups, s, limits),
      filters: filter ? [filter] : [],
      inventory: networkOf(index, s, project.network),
      quotas: project.quotas,
    };
    const violations = validateSessionCreate(snapshot, s);
    const before = seen.get(p) ?? 0;
    seen.set(p, before + 1);
    if (before >= limits.sessions_per_region) {
      if (!crowded.has(p)) {
        const first = groups.byProject.get(p).slice(0, limits.sessions_per_region);
        crowded.set(p, checkSessionsPerRegion({ ...snapshot, sessions: first, quotas: limits }));
      }
      const region = crowded.get(p);
      if (region) violations.push(region);
    }
    out.add('sessions', i, s, violations);
  });
}

function checkRules(index: ImportIndex, quotas: Quotas, out: Collector): void {
  const byFilter = new Groups<RuleRow>();
  for (const rule of index.data.rules)
    byFilter.add(keyOf(rule.project_id, rule.traffic_mirror_filter_id), rule);
  index.data.rules.forEach((rule, i) => {
    if (out.full || !index.has('projects', rule.project_id)) return;
    const p = rule.project_id;
    const filter = index.owned('filters', p, rule.traffic_mirror_filter_id);
    const others = byFilter.get(keyOf(p, rule.traffic_mirror_filter_id)).filter((r) => r !== rule);
    const snapshot: Snapshot = {
      sessions: [],
      filters: filter ? withRules([filter], others) : [],
      inventory: EMPTY_INVENTORY,
      quotas: quotas(p),
    };
    out.add('rules', i, rule, validateRuleCreate(snapshot, rule));
  });
}

function checkRegions(index: ImportIndex, out: Collector): void {
  for (const table of ['sessions', 'filters', 'rules'] as const) {
    index.data[table].forEach((row, i) => {
      if (out.full || !index.has('projects', row.project_id)) return;
      out.add(table, i, row, checkRegion(index.projectName(row.project_id)));
    });
  }
}

/**
 * Problems of C1-C7 and the quotas in force (`settings`: the file's, else the store's) in an
 * import whose references were indexed; at most {@link PROBLEM_LIMIT}. Rows of a project that
 * is not in the file are left to the reference check, which names that problem once.
 *
 * @example checkConstraints(index, settings).problems[0]?.message
 * // 'Mirror session "web" in cn-north-4: "eni-db" cannot be a mirror source: its ECS "db" is s7.large.2. ...'
 */
export function checkConstraints(index: ImportIndex, settings: MockSettings): Found {
  const out = new Collector(index);
  const resolved = new Map<string, QuotaValues>();
  const quotas: Quotas = (project_id) => {
    const known = resolved.get(project_id);
    if (known) return known;
    const values = quotasOf(settings, project_id);
    resolved.set(project_id, values);
    return values;
  };
  checkRegions(index, out);
  checkSessions(index, quotas, out);
  checkRules(index, quotas, out);
  return { problems: out.problems.slice(0, PROBLEM_LIMIT), complete: !out.full };
}
