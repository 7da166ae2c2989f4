/** The mock administration: demo reset, large data set, settings, quotas, export/import. */
import { faultSettingsPatchSchema, faultSettingsSchema } from '@/domain/model/fault-settings';
import { toFieldDetails } from '@/domain/model/field-details';
import { raiseQuota } from '@/domain/model/quota-raise';
import { QUOTA_DEFINITIONS, type QuotaValues } from '@/domain/model/quotas';
import { invalidFields } from '../http/api-error';
import type { JsonObject } from '../http/body';
import { demoData } from '../seed/demo-data';
import { largeData, largeIdPrefix } from '../seed/large-data';
import { SEED_PROJECTS } from '../seed/seed-ids';
import type { SeedKind } from '../seed/ids';
import { mirroringRowsOf } from '../store/db';
import { DATA_TABLES, type DataTable } from '../store/rows';
import {
  DEFAULT_SETTINGS,
  quotasOf,
  readSettings,
  writeSettings,
  type MockSettings,
} from '../store/settings';
import { countRows, replaceStoreData } from '../store/store-data';
import type { ServiceContext } from './context';
import { loadProjectFilters } from './filter-assembly';
import { trackLargeData } from './large-data-progress';
import { requireProject } from './projects';
import { indexedQuotaUsed } from './quota-usage';

/** Replaces all data with the demo data; keeps the fault settings, drops raised quotas. */
export async function resetToDemo(ctx: ServiceContext): Promise<Record<string, number>> {
  const data = demoData();
  const settings = await readSettings(ctx.db);
  await replaceStoreData(ctx.db, data, { ...settings, quota_overrides: {} });
  return countRows(data);
}

/** Seeds the demo data when the store has no project yet (first start). */
export async function ensureSeeded(ctx: ServiceContext): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [...DATA_TABLES.map((name) => db.table(name)), db.meta], async () => {
    if ((await db.projects.count()) > 0) return;
    await replaceStoreData(db, demoData());
  });
}

/** Rows per bulk write of the large data set: small enough for a smooth progress bar. */
const LARGE_DATA_SLICE = 2000;

const LARGE_KINDS: Partial<Record<DataTable, SeedKind>> = {
  sessions: 'session',
  filters: 'filter',
  rules: 'rule',
  vpcs: 'vpc',
  subnets: 'subnet',
  servers: 'server',
  ports: 'port',
  loadBalancers: 'loadBalancer',
  securityGroups: 'securityGroup',
  securityGroupRules: 'securityGroupRule',
};

/**
 * Loads the large data set into a project (default cn-north-4), in one transaction: the
 * project's mirror sessions, filters and rules are replaced by the 20,000 sessions of the set,
 * and a previous copy of the set (in any project) is removed first.
 */
export async function loadLargeDataSet(ctx: ServiceContext, body: JsonObject) {
  if (body.project_id !== undefined && typeof body.project_id !== 'string') {
    throw invalidFields([
      { field: 'project_id', message: 'Give the project id as text, or leave it out for cn-north-4.' },
    ]);
  }
  const project_id = body.project_id ?? SEED_PROJECTS.cnNorth4;
  await requireProject(ctx, project_id);
  const started = performance.now();
  const data = largeData(project_id);
  const { db } = ctx;
  const tables = Object.keys(LARGE_KINDS) as DataTable[];
  trackLargeData.start(tables.reduce((sum, name) => sum + (data[name] as unknown[]).length, 0));
  try {
    await db.transaction('rw', [...tables.map((name) => db.table(name)), db.meta], async () => {
      for (const name of tables) {
        const kind = LARGE_KINDS[name];
        if (kind) await db.table(name).where('id').startsWith(largeIdPrefix(kind)).delete();
      }
      await mirroringRowsOf(db.sessions, project_id).delete();
      await mirroringRowsOf(db.filters, project_id).delete();
      await mirroringRowsOf(db.rules, project_id).delete();
      for (const name of tables) {
        const rows = data[name] as unknown[];
        for (let from = 0; from < rows.length; from += LARGE_DATA_SLICE) {
          const slice = rows.slice(from, from + LARGE_DATA_SLICE);
          await db.table(name).bulkAdd(slice);
          trackLargeData.wrote(slice.length);
        }
      }
    });
  } catch (error) {
    trackLargeData.fail();
    throw error;
  }
  trackLargeData.finish();
  return { project_id, loaded: countRows(data), elapsed_ms: Math.round(performance.now() - started) };
}

/**
 * Changes the fault settings (latency range, failure rate and paths): each field given follows
 * the domain's rules, and the settings it makes keep the longest latency at least the shortest.
 */
export async function updateSettings(ctx: ServiceContext, body: JsonObject): Promise<MockSettings> {
  const parsed = faultSettingsPatchSchema.safeParse(body);
  if (!parsed.success) throw invalidFields(toFieldDetails(parsed.error, 'settings'));
  const { db } = ctx;
  return db.transaction('rw', db.meta, async () => {
    const current = await readSettings(db);
    const patch = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    const next: MockSettings = { ...current, ...patch };
    const checked = faultSettingsSchema.safeParse(next);
    if (!checked.success) throw invalidFields(toFieldDetails(checked.error, 'settings'));
    await writeSettings(db, next);
    return next;
  });
}

/** Restores the default settings. */
export async function resetSettings(ctx: ServiceContext): Promise<MockSettings> {
  await writeSettings(ctx.db, structuredClone(DEFAULT_SETTINGS));
  return structuredClone(DEFAULT_SETTINGS);
}

/** The quotas in force in a project. */
export async function projectQuotaValues(ctx: ServiceContext, project_id: string): Promise<QuotaValues> {
  await requireProject(ctx, project_id);
  return quotasOf(await readSettings(ctx.db), project_id);
}

/**
 * Sets adjustable quotas of a project (`{"sources_per_session": 20}`), as Settings does: each
 * from its default, or its usage when higher, to the limit (domain `raiseQuota`).
 */
export async function raiseQuotas(
  ctx: ServiceContext,
  project_id: string,
  body: JsonObject,
): Promise<QuotaValues> {
  await requireProject(ctx, project_id);
  const { db } = ctx;
  const tables = [db.meta, db.sessions, db.filters, db.rules, db.ports, db.loadBalancers];
  return db.transaction('rw', tables, async () => {
    const settings = await readSettings(db);
    const used = await indexedQuotaUsed(db, project_id, await loadProjectFilters(db, project_id));
    let quotas = quotasOf(settings, project_id);
    const details = [];
    for (const [key, value] of Object.entries(body)) {
      const result = raiseQuota(quotas, key, value, used);
      if (result.ok) quotas = result.quotas;
      else details.push({ field: `quotas.${key}`, message: result.message });
    }
    if (details.length > 0) throw invalidFields(details);
    const changed = Object.fromEntries(
      QUOTA_DEFINITIONS.filter((d) => quotas[d.key] !== d.value).map((d) => [d.key, quotas[d.key]]),
    );
    await writeSettings(db, {
      ...settings,
      quota_overrides: { ...settings.quota_overrides, [project_id]: changed },
    });
    return quotas;
  });
}
