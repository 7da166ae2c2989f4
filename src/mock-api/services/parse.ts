/** Checking a body against a domain schema: TM.0002 with one detail per offending field. */
import { z } from 'zod';
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

/** A text field where `null` means `""` (the real API sends either); `message` if it is neither. */
export const nullableText = (message: string) =>
  z.union([z.string(), z.null()], { error: message }).transform((v) => v ?? '');

/** Security group and network ACL port lists: what to write, and that only tcp and udp take ports. */
export const PORT_LIST_MESSAGES = {
  type: 'Enter ports such as 4789, 80,443 or 1000-2000.',
  range: 'Enter ports from 1 to 65535 such as 4789, 80,443 or 1000-2000.',
  protocol: 'Ports apply only to tcp and udp. Clear the ports, or choose tcp or udp.',
} as const;
