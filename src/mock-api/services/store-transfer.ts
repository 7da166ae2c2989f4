/**
 * Export and import of the whole store as JSON. An import is checked completely before
 * anything is written (shapes, the domain's field rules, unique ids, references); a refused
 * import answers TM.0001/TM.0002 with the reasons and changes nothing.
 */
import type { z } from 'zod';
import { filterCreateSchema } from '@/domain/model/filter-schema';
import { ruleCreateSchema } from '@/domain/model/rule-schema';
import { sessionUpdateSchema } from '@/domain/model/session-schema';
import { badBody, invalidFields, type ErrorDetail } from '../http/api-error';
import { isJsonObject } from '../http/body';
import { DATA_TABLES, emptyStoreData, type StoreData } from '../store/rows';
import { mockSettingsSchema, readSettings, type MockSettings } from '../store/settings';
import { readStoreData } from '../store/store-data';
import type { ServiceContext } from './context';
import { ROW_SCHEMAS } from './import-schemas';
import { checkReferences } from './import-references';

/** `format` of an export file. */
export const EXPORT_FORMAT = 'traffic-mirror-console-mock-store';
/** Version of the export format; imports of other versions are refused. */
export const EXPORT_VERSION = 1;
const MAX_DETAILS = 20;

/** An export file. */
export interface StoreExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported_at: string;
  settings: MockSettings;
  data: StoreData;
}

/** The whole store and the settings, read in one transaction. */
export async function exportStore(ctx: ServiceContext): Promise<StoreExport> {
  const data = await readStoreData(ctx.db);
  const settings = await readSettings(ctx.db);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported_at: ctx.now(), settings, data };
}

const DOMAIN_CHECKS: Partial<Record<keyof StoreData, z.ZodType>> = {
  sessions: sessionUpdateSchema,
  filters: filterCreateSchema,
  rules: ruleCreateSchema,
};

function issuesOf(error: z.ZodError, prefix: string): ErrorDetail[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/**
 * The data and settings of an export file, or TM.0001 (not an export) / TM.0002 (invalid
 * rows, named `data.sessions.3.priority`) with at most 20 details.
 */
export function parseStoreExport(body: unknown): { data: StoreData; settings: MockSettings | undefined } {
  if (!isJsonObject(body) || body.format !== EXPORT_FORMAT) {
    throw badBody(`This is not an export of the mock store: "format" must be "${EXPORT_FORMAT}".`, 'format');
  }
  if (body.version !== EXPORT_VERSION) {
    throw invalidFields([
      { field: 'version', message: `Only version ${EXPORT_VERSION} exports can be imported.` },
    ]);
  }
  if (!isJsonObject(body.data)) throw badBody('The export has no "data" object.', 'data');
  const details: ErrorDetail[] = [];
  const data = emptyStoreData() as unknown as Record<string, unknown[]>;
  for (const name of DATA_TABLES) {
    const rows = body.data[name];
    if (!Array.isArray(rows)) {
      details.push({ field: `data.${name}`, message: 'Give a list of rows (it may be empty).' });
      continue;
    }
    const schema = ROW_SCHEMAS[name] as z.ZodType;
    const domain = DOMAIN_CHECKS[name];
    rows.forEach((row, index) => {
      const prefix = `data.${name}.${index}`;
      const parsed = schema.safeParse(row);
      if (!parsed.success) return void details.push(...issuesOf(parsed.error, prefix));
      const checked = domain?.safeParse(row);
      if (checked && !checked.success) details.push(...issuesOf(checked.error, prefix));
      data[name]?.push(parsed.data);
    });
  }
  let settings: MockSettings | undefined;
  if (body.settings !== undefined) {
    const parsed = mockSettingsSchema.safeParse(body.settings);
    if (parsed.success) settings = parsed.data;
    else details.push(...issuesOf(parsed.error, 'settings'));
  }
  if (details.length === 0) details.push(...checkReferences(data as unknown as StoreData));
  if (details.length > 0) {
    const shown = details.slice(0, MAX_DETAILS);
    const more =
      details.length > MAX_DETAILS ? ` (${details.length - MAX_DETAILS} more problems not listed)` : '';
    throw invalidFields(
      shown,
      `The import was refused and nothing was changed: ${shown[0]?.field}: ${shown[0]?.message}${more}`,
    );
  }
  return { data: data as unknown as StoreData, settings };
}
