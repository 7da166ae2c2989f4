import type { LoadBalancer, Port, TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';

/** One line of the sessions table: the session and the names it refers to, resolved once. */
export interface SessionRow {
  id: string;
  session: TrafficMirrorSession;
  filterName: string;
  /** The target's name; null while the network inventory is still loading. */
  targetName: string | null;
  /** Created time as shown (`11/26/2026, 15:22` in English, `2026/11/26 15:22` in Chinese; UTC). */
  created: string;
  /** Every shown value in lower case, joined: what the search box looks in. */
  haystack: string;
  /** Lower-case sort keys, worked out once rather than in every comparison. */
  nameKey: string;
  filterKey: string;
  targetKey: string;
}

/**
 * Rows already built, by session object: while a long list loads page by page, each update
 * reuses the rows of the sessions it had. Valid for one set of filter and target names and one
 * language: make a new one whenever any of them changes.
 */
export type SessionRowCache = WeakMap<TrafficMirrorSession, SessionRow>;

export type StatusFilter = 'all' | 'enabled' | 'disabled';
export type TargetTypeFilter = 'all' | 'eni' | 'elb';

/** The list's search and filters. */
export interface SessionListFilters {
  query: string;
  status: StatusFilter;
  targetType: TargetTypeFilter;
}

/** The sortable columns of the sessions table. */
export type SessionSortKey =
  'name' | 'status' | 'priority' | 'filter' | 'sources' | 'target' | 'vni' | 'packetLength' | 'created';

export interface SessionSort {
  key: SessionSortKey;
  descending: boolean;
}

/** The words a row is shown and searched in: the status words and the time format of the language. */
export interface SessionRowWords {
  enabled: string;
  disabled: string;
  time: (iso: string) => string;
}

/**
 * Joins sessions with the names of their filters and targets and prepares the search text (in
 * the words shown), so that a keystroke only has to scan strings.
 */
export function buildSessionRows(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
  targets: { ports: readonly Port[]; loadBalancers: readonly LoadBalancer[] } | undefined,
  words: SessionRowWords,
  cache: SessionRowCache = new WeakMap(),
): SessionRow[] {
  const filterNames = new Map(filters.map((f) => [f.id, f.name]));
  const targetNames = new Map<string, string>();
  for (const port of targets?.ports ?? []) targetNames.set(port.id, port.name);
  for (const lb of targets?.loadBalancers ?? []) targetNames.set(lb.id, lb.name);
  return sessions.map((session) => {
    const cached = cache.get(session);
    if (cached) return cached;
    const filterName = filterNames.get(session.traffic_mirror_filter_id) ?? session.traffic_mirror_filter_id;
    const targetName = targets
      ? (targetNames.get(session.traffic_mirror_target_id) ?? session.traffic_mirror_target_id)
      : null;
    const created = words.time(session.created_at);
    const haystack = [
      session.name,
      session.id,
      session.description,
      session.enabled ? words.enabled : words.disabled,
      session.priority,
      filterName,
      session.traffic_mirror_sources.length,
      targetName ?? '',
      session.traffic_mirror_target_type,
      session.virtual_network_id,
      session.packet_length,
      created,
    ]
      .join('\u0001')
      .toLowerCase();
    const row: SessionRow = {
      id: session.id,
      session,
      filterName,
      targetName,
      created,
      haystack,
      nameKey: session.name.toLowerCase(),
      filterKey: filterName.toLowerCase(),
      targetKey: (targetName ?? '').toLowerCase(),
    };
    cache.set(session, row);
    return row;
  });
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const comparators: Record<SessionSortKey, (a: SessionRow, b: SessionRow) => number> = {
  name: (a, b) => compareText(a.nameKey, b.nameKey),
  status: (a, b) => Number(b.session.enabled) - Number(a.session.enabled),
  priority: (a, b) => a.session.priority - b.session.priority,
  filter: (a, b) => compareText(a.filterKey, b.filterKey),
  sources: (a, b) => a.session.traffic_mirror_sources.length - b.session.traffic_mirror_sources.length,
  target: (a, b) => compareText(a.targetKey, b.targetKey),
  vni: (a, b) => a.session.virtual_network_id - b.session.virtual_network_id,
  packetLength: (a, b) => a.session.packet_length - b.session.packet_length,
  created: (a, b) => compareText(a.session.created_at, b.session.created_at),
};

/** Rows in the order of a column (ties keep a stable order by name, then id). */
export function sortSessionRows(rows: readonly SessionRow[], sort: SessionSort): SessionRow[] {
  const compare = comparators[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b) || comparators.name(a, b) || compareText(a.id, b.id));
}

/** The rows that match the search (every word, in any column) and the two filters. */
export function filterSessionRows(rows: readonly SessionRow[], filters: SessionListFilters): SessionRow[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  const { status, targetType } = filters;
  if (words.length === 0 && status === 'all' && targetType === 'all') return rows as SessionRow[];
  return rows.filter(
    (row) =>
      (status === 'all' || row.session.enabled === (status === 'enabled')) &&
      (targetType === 'all' || row.session.traffic_mirror_target_type === targetType) &&
      words.every((word) => row.haystack.includes(word)),
  );
}
