/**
 * Create and update bodies of `traffic_mirror_filter` (docs/behaviour.md, "Resources and their fields"): a name, a
 * description and the type `eni`. Rules are separate resources (rule-schema.ts).
 */
import { z } from 'zod';
import { descriptionSchema, nameSchema } from './fields';
import { encodeMessage, message } from './message';

/** Body of `POST traffic-mirror-filters`; description defaults to `""`, type to `eni`. */
export const filterCreateSchema = z.object({
  name: nameSchema,
  description: descriptionSchema.default(''),
  type: z.literal('eni', { error: encodeMessage(message('filter.type')) }).default('eni'),
});
export type FilterCreate = z.infer<typeof filterCreateSchema>;
export type FilterCreateInput = z.input<typeof filterCreateSchema>;

/** Body of `PUT traffic-mirror-filters/{id}`: name and description, both optional. */
export const filterUpdateSchema = z.object({
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
});
export type FilterUpdate = z.infer<typeof filterUpdateSchema>;
export type FilterUpdateInput = z.input<typeof filterUpdateSchema>;
