/** Checking a body against a domain schema: TM.0002 with one detail per offending field. */
import type { z } from 'zod';
import { toFieldDetails } from '@/domain/model/field-details';
import { invalidFields } from '../http/api-error';
import type { JsonObject } from '../http/body';

/**
 * The parsed body, or TM.0002 naming each field (`traffic_mirror_session.priority`).
 *
 * @example parseFields(filterCreateSchema, { name: 'f' }, 'traffic_mirror_filter') // { name: 'f', description: '', type: 'eni' }
 */
export function parseFields<S extends z.ZodType>(schema: S, body: JsonObject, wrapper: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw invalidFields(toFieldDetails(result.error, wrapper));
  return result.data;
}
