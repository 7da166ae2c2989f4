/**
 * Mock administration (ours, not part of the cloud API). No fault injection applies here, so
 * a demo set to fail every call can always be repaired. JSON bodies are unwrapped except
 * where shown.
 *
 * | call | answer |
 * |---|---|
 * | `GET /mock-admin/settings` | 200 `{settings: {latency_min_ms, latency_max_ms, failure_rate, failure_path, quota_overrides}}` |
 * | `PUT /mock-admin/settings` body `{settings: {latency_min_ms?, latency_max_ms?, failure_rate?, failure_path?}}` (`failure_path`: only matching API paths fail, `*` any characters, empty all) | 200 `{settings}`; 400 TM.0002 (`settings.<field>`) |
 * | `DELETE /mock-admin/settings` | 200 `{settings}` back to the defaults (80-250 ms, no failures, default quotas) |
 * | `POST /mock-admin/reset` | 200 `{counts}`: the demo data again (fault settings kept, raised quotas dropped) |
 * | `GET /mock-admin/export` | 200 the whole store `{format, version, exported_at, settings, data}` |
 * | `POST /mock-admin/import` body = an export | 200 `{counts}`; 400 TM.0001 (not an export) / TM.0002 when the API could not have produced it (field rules, references outside their project, C1-C7, quotas in force), `details` naming the first 20 problems (`resource`, `id`, `field`, `message`); nothing changed |
 * | `POST /mock-admin/large-data-set` body `{project_id?}` (optional, default cn-north-4) | 200 `{project_id, loaded, elapsed_ms}` |
 * | `GET /mock-admin/large-data-set` | 200 `{progress: {state: idle/loading/done, written, total}}` (rows, in this tab) |
 * | `GET /mock-admin/projects/{project_id}/quotas` | 200 `{quotas: {sources_per_session: 10, ...}}` |
 * | `PUT /mock-admin/projects/{project_id}/quotas` body `{quotas: {sources_per_session: 20}}` | 200 `{quotas}`; 400 TM.0002 (fixed quota, below its default or its usage, above 1000) |
 */
import { badBody } from '../http/api-error';
import { isJsonObject, readJson, readWrapped } from '../http/body';
import { ok } from '../http/responses';
import type { Route } from '../http/router';
import {
  loadLargeDataSet,
  projectQuotaValues,
  raiseQuotas,
  resetSettings,
  resetToDemo,
  updateSettings,
} from '../services/admin';
import type { ServiceContext } from '../services/context';
import { largeDataProgress } from '../services/large-data-progress';
import { exportStore, parseStoreExport } from '../services/store-transfer';
import { readSettings } from '../store/settings';
import { countRows, replaceStoreData } from '../store/store-data';

const ALL = 'all';

/** Routes of `/mock-admin/`. */
export function adminRoutes(ctx: ServiceContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/mock-admin/settings',
      handler: async () => ok({ settings: await readSettings(ctx.db) }),
    },
    {
      // Fault settings change no data: no change notice, so pages refetch on their own
      // schedule (or on Retry), never all at once because the demo's faults were changed.
      method: 'PUT',
      pattern: '/mock-admin/settings',
      handler: async ({ request }) =>
        ok({ settings: await updateSettings(ctx, await readWrapped(request, 'settings')) }),
    },
    {
      method: 'DELETE',
      pattern: '/mock-admin/settings',
      resource: 'settings',
      handler: async () => ok({ settings: await resetSettings(ctx) }),
    },
    {
      method: 'POST',
      pattern: '/mock-admin/reset',
      resource: ALL,
      handler: async () => ok({ counts: await resetToDemo(ctx) }),
    },
    { method: 'GET', pattern: '/mock-admin/export', handler: async () => ok(await exportStore(ctx)) },
    {
      method: 'POST',
      pattern: '/mock-admin/import',
      resource: ALL,
      handler: async ({ request }) => {
        const { data, settings } = parseStoreExport(await readJson(request), await readSettings(ctx.db));
        await replaceStoreData(ctx.db, data, settings);
        return ok({ counts: countRows(data) });
      },
    },
    {
      method: 'POST',
      pattern: '/mock-admin/large-data-set',
      resource: ALL,
      handler: async ({ request }) => {
        const body = await readJson(request, true);
        if (!isJsonObject(body))
          throw badBody('Send a JSON object such as {"project_id": "..."}, or no body.');
        return ok(await loadLargeDataSet(ctx, body));
      },
    },
    {
      method: 'GET',
      pattern: '/mock-admin/large-data-set',
      handler: async () => ok({ progress: largeDataProgress() }),
    },
    {
      method: 'GET',
      pattern: '/mock-admin/projects/:project_id/quotas',
      handler: async ({ params }) => ok({ quotas: await projectQuotaValues(ctx, params.project_id ?? '') }),
    },
    {
      method: 'PUT',
      pattern: '/mock-admin/projects/:project_id/quotas',
      resource: 'quotas',
      handler: async ({ params, request }) =>
        ok({ quotas: await raiseQuotas(ctx, params.project_id ?? '', await readWrapped(request, 'quotas')) }),
    },
  ];
}
