/**
 * Paging a Traffic Mirroring table through its `[project_id+created_at+id]` index, so that a
 * page of a 20,000-session region reads only that page (and the filters scan the index).
 */
import type { Table } from 'dexie';
import { rowMatches, toPage, unknownMarker, type ListQuery, type Page } from './paging';

interface OrderedRow {
  id: string;
  project_id: string;
  created_at: string;
}

/** A page of `project_id`'s rows in `created_at`, `id` order, after `query.marker`. */
export async function pageByIndex<R extends OrderedRow>(
  table: Table<R, string>,
  project_id: string,
  query: ListQuery,
): Promise<Page<R>> {
  // `[p]` sorts before every `[p, created_at, id]`, and `[p, []]` after (arrays follow strings).
  let lower: unknown[] = [project_id];
  let includeLower = true;
  if (query.marker !== undefined) {
    const marker = await table.get(query.marker);
    if (!marker || marker.project_id !== project_id) throw unknownMarker();
    lower = [project_id, marker.created_at, marker.id];
    includeLower = false;
  }
  let range = table.where('[project_id+created_at+id]').between(lower, [project_id, []], includeLower, true);
  // Without filters the page is one bounded getAll; with them the cursor stops at limit + 1.
  if (query.filters.size > 0) range = range.filter((row) => rowMatches(row, query.filters));
  const rows = await range.limit(query.limit + 1).toArray();
  return toPage(rows, query.limit);
}
