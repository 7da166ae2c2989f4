/**
 * Export and import of the whole store as JSON. An import is checked completely before
 * anything is written, and accepted only when the API could have produced it (shapes, the
 * domain's field rules, unique ids, references inside each project, C1-C7, quotas); a
 * refused import answers TM.0001/TM.0002 with the reasons and changes nothing.
 */
import { englishResultText } from '@/i18n/english-results';
import type { z } from 'zod';
import { filterCreateSchema } from '@/domain/model/filter-schema';
import { ruleCreateSchema } from '@/domain/model/rule-schema';
import { sessionUpdateSchema } from '@/domain/model/session-schema';
import { badBody, invalidFields, type ErrorDetail } from '../http/api-error';
import { isJsonObject, type JsonObject } from '../http/body';
import { DATA_TABLES, emptyStoreData, type DataTable, type StoreData } from '../store/rows';
import { mockSettingsSchema, readSettings, type MockSettings } from '../store/settings';
import { readStoreData } from '../store/store-data';
import type { ServiceContext } from './context';
import { ROW_SCHEMAS } from './import-schemas';
import { checkConstraints } from './import-constraints';
import { ImportIndex } from './import-index';
import { importRefused } from './import-problems';
import { checkReferences } from './import-references';

/** `format` of an export file. */
export const EXPORT_FORMAT = 'traffic-mirror-console-mock-store';
/** Version of the export format; imports of other versions are refused. */
export const EXPORT_VERSION = 1;

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

function rowIssues(table: DataTable, index: number, row: unknown, error: z.ZodError): ErrorDetail[] {
  const id = isJsonObject(row) && typeof row.id === 'string' ? row.id : undefined;
  return issuesOf(error, `data.${table}.${index}`).map((d) => (id ? { ...d, resource: table, id } : d));
}

function issuesOf(error: z.ZodError, prefix: string): ErrorDetail[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: englishResultText(issue.message),
  }));
}

/** The rows of the file's tables, and the problems of their shapes and field rules. */
function readRows(body: JsonObject & { data: JsonObject }): { data: StoreData; details: ErrorDetail[] } {
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
      const parsed = schema.safeParse(row);
      if (!parsed.success) return void details.push(...rowIssues(name, index, row, parsed.error));
      const checked = domain?.safeParse(row);
      if (checked && !checked.success) details.push(...rowIssues(name, index, row, checked.error));
      data[name]?.push(parsed.data);
    });
  }
  return { data: data as unknown as StoreData, details };
}

/**
 * The data and settings of an export file when the API could have produced it, else
 * TM.0001 (not an export) or TM.0002 naming the first 20 problems (`data.sessions.3.priority`,
 * with the row's table and id): shapes and the domain's field rules, unique ids, references
 * inside each project, C1-C7, and the quotas in force (the file's settings, else `current`).
 * Checks only; the caller writes in one transaction, so a refusal changes nothing.
 */
export function parseStoreExport(
  body: unknown,
  current: MockSettings,
): { data: StoreData; settings: MockSettings | undefined } {
  if (!isJsonObject(body) || body.format !== EXPORT_FORMAT) {
    throw badBody(`This is not an export of the mock store: "format" must be "${EXPORT_FORMAT}".`, 'format');
  }
  if (body.version !== EXPORT_VERSION) {
    throw invalidFields([
      { field: 'version', message: `Only version ${EXPORT_VERSION} exports can be imported.` },
    ]);
  }
  if (!isJsonObject(body.data)) throw badBody('The export has no "data" object.', 'data');
  const { data, details } = readRows({ ...body, data: body.data });
  let settings: MockSettings | undefined;
  if (body.settings !== undefined) {
    const parsed = mockSettingsSchema.safeParse(body.settings);
    if (parsed.success) settings = parsed.data;
    else details.push(...issuesOf(parsed.error, 'settings'));
  }
  if (details.length > 0) throw importRefused(details, true);
  const index = new ImportIndex(data);
  const references = checkReferences(index);
  const constraints = checkConstraints(index, settings ?? current);
  const problems = [...references, ...constraints.problems];
  if (problems.length > 0) throw importRefused(problems, constraints.complete);
  return { data, settings };
}
