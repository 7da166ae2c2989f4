import {
  useQueries,
  useQuery,
  useQueryClient,
  type FetchQueryOptions,
  type QueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { QuotaValues } from '@/domain/model/quotas';
import type {
  Inventory,
  LoadBalancer,
  Port,
  QuotaResource,
  TrafficMirrorFilter,
  TrafficMirrorSession,
} from '@/domain/model/types';
import { filterQueryOptions, filtersQueryOptions } from './filters';
import { inventoryPartOptions } from './inventory';
import { combineLoadState, type LoadSource, type LoadState } from './load-state';
import { quotaValuesOf, quotasQueryOptions } from './quotas';
import { sessionQueryOptions, sessionsQueryOptions, sessionsSoFarQueryOptions } from './sessions';

/** What a page reads of its region; each source is loaded once and shared through the cache. */
export interface RegionDataNeeds {
  /** Every session; `as-they-load` shows a long list page by page (`sessionsComplete`). */
  sessions?: boolean | 'as-they-load';
  filters?: boolean;
  /** The whole network inventory, or only the `targets` (interfaces, load balancers) to name them. */
  inventory?: boolean | 'targets';
  quotas?: boolean;
  /** One session, by id. */
  session?: string;
  /** One filter, by id. */
  filter?: string;
}

/** The region's data as loaded so far (a field is undefined until its sources have arrived). */
export interface RegionData {
  sessions?: TrafficMirrorSession[];
  filters?: TrafficMirrorFilter[];
  inventory?: Inventory;
  /** What target ids are named with: the interfaces and load balancers. */
  targets?: { ports: Port[]; loadBalancers: LoadBalancer[] };
  quotas?: QuotaResource[];
  /** The quotas as the domain's checks take them. */
  quotaValues?: QuotaValues;
  session?: TrafficMirrorSession;
  filter?: TrafficMirrorFilter;
}

type InventoryPart = keyof Inventory;
type SourceName = 'sessions' | 'filters' | 'quotas' | 'session' | 'filter' | InventoryPart;

/** The combined data, its state (pending, error with Retry, stale) and each source's error. */
export interface RegionDataResult extends LoadState {
  data: RegionData;
  /** The error of each source that failed, by name (`session` for a detail's 404, say). */
  errors: Partial<Record<SourceName, Error>>;
  /** False while an `as-they-load` sessions list is still arriving. */
  sessionsComplete: boolean;
}

const INVENTORY_PARTS = Object.keys(inventoryPartOptions) as InventoryPart[];
const TARGET_PARTS: InventoryPart[] = ['ports', 'load_balancers'];

interface Source {
  name: SourceName;
  options: UseQueryOptions<unknown, Error>;
  secondary?: boolean;
}

function sourcesFor(projectId: string, needs: RegionDataNeeds) {
  const sources: Source[] = [];
  const add = (name: SourceName, options: unknown, secondary?: boolean) =>
    sources.push({ name, options: options as UseQueryOptions<unknown, Error>, secondary });
  if (needs.sessions) add('sessions', sessionsQueryOptions(projectId));
  if (needs.filters) add('filters', filtersQueryOptions(projectId));
  if (needs.quotas) add('quotas', quotasQueryOptions(projectId));
  if (needs.session !== undefined) add('session', sessionQueryOptions(projectId, needs.session));
  if (needs.filter !== undefined) add('filter', filterQueryOptions(projectId, needs.filter));
  const parts = needs.inventory === 'targets' ? TARGET_PARTS : needs.inventory ? INVENTORY_PARTS : [];
  // Target names come second: a list is usable without them.
  for (const part of parts) add(part, inventoryPartOptions[part](projectId), needs.inventory === 'targets');
  return sources;
}

/**
 * Starts loading what a page will read, before it renders: route loaders call it on
 * navigation and when a link is hovered or focused (preload on intent), so the data and the
 * page's code load side by side. It never throws: a failure is shown by the page, with Retry.
 */
export function prefetchRegionData(
  queryClient: QueryClient,
  projectId: string,
  needs: RegionDataNeeds,
): void {
  const listLoaded = queryClient.getQueryData(sessionsQueryOptions(projectId).queryKey) !== undefined;
  const waitForList = needs.sessions === 'as-they-load' && !listLoaded;
  for (const source of sourcesFor(projectId, needs)) {
    if (waitForList && INVENTORY_PARTS.includes(source.name as InventoryPart)) continue;
    void queryClient.prefetchQuery(source.options as FetchQueryOptions<unknown, Error>);
  }
}

/**
 * Everything a page reads of a region (sessions, filters, inventory, quotas, one session or
 * filter) as ONE state: pending until every needed source has loaded, an error (with
 * `retryFailed`, which loads again exactly the sources in error) when one failed before it
 * ever loaded, and, when a refresh fails, the data already loaded with `stale` saying so.
 * The inventory of an `as-they-load` list waits for the list to be complete.
 */
export function useRegionData(projectId: string, needs: RegionDataNeeds): RegionDataResult {
  const queryClient = useQueryClient();
  const soFar = useQuery({ ...sessionsSoFarQueryOptions(projectId), enabled: false });
  const sources = sourcesFor(projectId, needs);
  const listLoaded = queryClient.getQueryData(sessionsQueryOptions(projectId).queryKey) !== undefined;
  const waitForList = needs.sessions === 'as-they-load' && !listLoaded;
  const results = useQueries({
    queries: sources.map((s) => ({
      ...s.options,
      enabled: !(waitForList && INVENTORY_PARTS.includes(s.name as InventoryPart)),
    })),
  });
  const named = new Map(sources.map((s, i) => [s.name, results[i]] as const));
  const d = (name: SourceName) => named.get(name)?.data;
  const list = d('sessions') as TrafficMirrorSession[] | undefined;
  const sessions = list ?? (needs.sessions === 'as-they-load' ? soFar.data : undefined);
  const data = useRegionDataObject(
    sessions,
    d('filters'),
    d('quotas'),
    d('session'),
    d('filter'),
    INVENTORY_PARTS.map(d) as Inventory[InventoryPart][],
  );
  const state = combineLoadState(
    sources.map((s, i) => {
      const r = results[i]!;
      const shown = s.name === 'sessions' ? sessions : r.data;
      return { ...pick(r), data: shown, secondary: s.secondary };
    }),
  );
  const errors: RegionDataResult['errors'] = {};
  for (const [name, r] of named) if (r?.error) errors[name] = r.error;
  return {
    ...state,
    data,
    errors,
    sessionsComplete: needs.sessions !== 'as-they-load' || list !== undefined,
  };
}

const pick = ({ data, error, dataUpdatedAt, isFetching, refetch }: LoadSource) => ({
  data,
  error,
  dataUpdatedAt,
  isFetching,
  refetch,
});

/** The data as one object whose fields keep their identity while their sources do not change. */
function useRegionDataObject(
  sessions: TrafficMirrorSession[] | undefined,
  filters: unknown,
  quotas: unknown,
  session: unknown,
  filter: unknown,
  parts: Inventory[InventoryPart][],
): RegionData {
  const [vpcs, subnets, peerings, servers, ports, lbs, groups, groupRules, acls, attachments] = parts;
  const inventory = useMemo(
    () =>
      parts.every((p) => p !== undefined)
        ? (Object.fromEntries(INVENTORY_PARTS.map((name, i) => [name, parts[i]])) as unknown as Inventory)
        : undefined,
    [vpcs, subnets, peerings, servers, ports, lbs, groups, groupRules, acls, attachments],
  );
  const targets = useMemo(
    () => (ports && lbs ? { ports: ports as Port[], loadBalancers: lbs as LoadBalancer[] } : undefined),
    [ports, lbs],
  );
  const quotaValues = useMemo(
    () => (quotas ? quotaValuesOf(quotas as QuotaResource[]) : undefined),
    [quotas],
  );
  return useMemo(
    () => ({
      sessions,
      filters: filters as TrafficMirrorFilter[] | undefined,
      inventory,
      targets,
      quotas: quotas as QuotaResource[] | undefined,
      quotaValues,
      session: session as TrafficMirrorSession | undefined,
      filter: filter as TrafficMirrorFilter | undefined,
    }),
    [sessions, filters, inventory, targets, quotas, quotaValues, session, filter],
  );
}
