/** Reading request bodies: JSON only, and the resource wrapper object of docs/api.md. */
import { badBody } from './api-error';

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the body as JSON; an empty or malformed body is TM.0001 (`optional`: empty is `{}`). */
export async function readJson(request: Request, optional = false): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') {
    if (optional) return {};
    throw badBody('The request has no body. Send a JSON object.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badBody('The body is not valid JSON. Send a JSON object.');
  }
}

/**
 * The object under `wrapper` in a JSON body, e.g. `{"traffic_mirror_session": {...}}`;
 * anything else is TM.0001.
 *
 * @example await readWrapped(request, 'traffic_mirror_filter') // { name: 'f1' }
 */
export async function readWrapped(request: Request, wrapper: string): Promise<JsonObject> {
  const body = await readJson(request);
  if (!isJsonObject(body)) throw badBody(`The body must be a JSON object with a "${wrapper}" object.`);
  const inner = body[wrapper];
  if (!isJsonObject(inner)) {
    throw badBody(`The body must have a "${wrapper}" object.`, wrapper);
  }
  return inner;
}
