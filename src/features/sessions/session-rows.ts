import type { LoadBalancer, Port, TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';

/** One line of the sessions table: the session and the names it refers to, resolved once. */
export interface SessionRow {
  id: string;
  session: TrafficMirrorSession;
  filterName: string;
  targetName: string;
  /** Created time as shown (`2026-11-26 15:22`, UTC). */
  created: string;
  /** Every shown value in lower case, joined: what the search box looks in. */
  haystack: string;
}

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

/** `2026-11-26T15:22:31Z` as `2026-11-26 15:22`. */
export function shortTime(iso: string): string {
  return iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso;
}

/**
 * Joins sessions with the names of their filters and targets and prepares the search text,
 * so that a keystroke only has to scan strings.
 */
export function buildSessionRows(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
  ports: readonly Port[],
  loadBalancers: readonly LoadBalancer[],
): SessionRow[] {
  const filterNames = new Map(filters.map((f) => [f.id, f.name]));
  const targetNames = new Map<string, string>();
  for (const port of ports) targetNames.set(port.id, port.name);
  for (const lb of loadBalancers) targetNames.set(lb.id, lb.name);
  return sessions.map((session) => {
    const filterName = filterNames.get(session.traffic_mirror_filter_id) ?? session.traffic_mirror_filter_id;
    const targetName = targetNames.get(session.traffic_mirror_target_id) ?? session.traffic_mirror_target_id;
    const created = shortTime(session.created_at);
    const haystack = [
      session.name,
      session.id,
      session.description,
      session.enabled ? 'enabled' : 'disabled',
      session.priority,
      filterName,
      session.traffic_mirror_sources.length,
      targetName,
      session.traffic_mirror_target_type,
      session.virtual_network_id,
      session.packet_length,
      created,
    ]
      .join('\u0001')
      .toLowerCase();
    return { id: session.id, session, filterName, targetName, created, haystack };
  });
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const comparators: Record<SessionSortKey, (a: SessionRow, b: SessionRow) => number> = {
  name: (a, b) => compareText(a.session.name.toLowerCase(), b.session.name.toLowerCase()),
  status: (a, b) => Number(b.session.enabled) - Number(a.session.enabled),
  priority: (a, b) => a.session.priority - b.session.priority,
  filter: (a, b) => compareText(a.filterName.toLowerCase(), b.filterName.toLowerCase()),
  sources: (a, b) => a.session.traffic_mirror_sources.length - b.session.traffic_mirror_sources.length,
  target: (a, b) => compareText(a.targetName.toLowerCase(), b.targetName.toLowerCase()),
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
