/**
 * Create and update bodies of `traffic_mirror_session` (docs/behaviour.md, "Resources and their fields"). The same schemas
 * check the console's form (react-hook-form + zodResolver) and the mock API's request body
 * (the object inside the `traffic_mirror_session` wrapper).
 */
import { z } from 'zod';
import { booleanSchema, descriptionSchema, idSchema, integerSchema, nameSchema } from './fields';
import type { MergeResult } from './fields';
import { encodeMessage, message } from './message';
import type { TrafficMirrorSession } from './types';

export const SESSION_PRIORITY_MIN = 1;
export const SESSION_PRIORITY_MAX = 32766;
export const VNI_MAX = 16777215;
export const PACKET_LENGTH_MAX = 1460;
export const DEFAULT_VNI = 1;
export const DEFAULT_PACKET_LENGTH = 96;

/** Every message of the session's fields, as the form and the API's details give them. */
export const SESSION_MESSAGES = {
  filter: message('session.filter'),
  sources: message('session.sources'),
  source: message('session.source'),
  target: message('session.target'),
  targetType: message('session.targetType'),
  priority: message('session.priority', { min: SESSION_PRIORITY_MIN, max: SESSION_PRIORITY_MAX }),
  vni: message('session.vni', { max: VNI_MAX }),
  packetLength: message('session.packetLength', { max: PACKET_LENGTH_MAX }),
  enabled: message('session.enabled'),
  type: message('session.type'),
} as const;

const targetTypeSchema = z.enum(['eni', 'elb'], { error: encodeMessage(SESSION_MESSAGES.targetType) });
const sessionTypeSchema = z.literal('eni', { error: encodeMessage(SESSION_MESSAGES.type) });
const prioritySchema = integerSchema(SESSION_PRIORITY_MIN, SESSION_PRIORITY_MAX, SESSION_MESSAGES.priority);
const vniSchema = integerSchema(0, VNI_MAX, SESSION_MESSAGES.vni, true);
const packetLengthSchema = integerSchema(1, PACKET_LENGTH_MAX, SESSION_MESSAGES.packetLength, true);
const enabledSchema = booleanSchema(SESSION_MESSAGES.enabled);
const sourcesSchema = z
  .array(idSchema(SESSION_MESSAGES.source), { error: encodeMessage(SESSION_MESSAGES.sources) })
  .min(1, { error: encodeMessage(SESSION_MESSAGES.sources) });

/**
 * Body of `POST traffic-mirror-sessions`. `virtual_network_id` and `packet_length` may be
 * numbers or decimal strings, `enabled` a boolean or `"true"`/`"false"`; the output always has
 * numbers and booleans, with the defaults (VNI 1, packet length 96, enabled, type `eni`).
 * The number of sources is limited by the adjustable quota, checked with the constraints
 * (TM.0005), not here; so are duplicate sources (C6, TM.0006).
 */
export const sessionCreateSchema = z.object({
  name: nameSchema,
  description: descriptionSchema.default(''),
  traffic_mirror_filter_id: idSchema(SESSION_MESSAGES.filter),
  traffic_mirror_sources: sourcesSchema,
  traffic_mirror_target_id: idSchema(SESSION_MESSAGES.target),
  traffic_mirror_target_type: targetTypeSchema,
  priority: prioritySchema,
  virtual_network_id: vniSchema.default(DEFAULT_VNI),
  packet_length: packetLengthSchema.default(DEFAULT_PACKET_LENGTH),
  enabled: enabledSchema.default(true),
  type: sessionTypeSchema.default('eni'),
});
export type SessionCreate = z.infer<typeof sessionCreateSchema>;
export type SessionCreateInput = z.input<typeof sessionCreateSchema>;

/**
 * Body of `PUT traffic-mirror-sessions/{id}`: every field optional, absent = unchanged, no
 * defaults. Sources change only through add-sources / remove-sources, and the type is always
 * `eni`: both are accepted here only when equal to the current value (so a client may send the
 * whole session back), which {@link mergeSessionUpdate} checks.
 */
export const sessionUpdateSchema = z.object({
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  traffic_mirror_filter_id: idSchema(SESSION_MESSAGES.filter).optional(),
  traffic_mirror_target_id: idSchema(SESSION_MESSAGES.target).optional(),
  traffic_mirror_target_type: targetTypeSchema.optional(),
  priority: prioritySchema.optional(),
  virtual_network_id: vniSchema.optional(),
  packet_length: packetLengthSchema.optional(),
  enabled: enabledSchema.optional(),
  type: sessionTypeSchema.optional(),
  traffic_mirror_sources: z.array(z.string(), { error: encodeMessage(SESSION_MESSAGES.source) }).optional(),
});
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;
export type SessionUpdateInput = z.input<typeof sessionUpdateSchema>;

/** Body of add-sources / remove-sources: `{ traffic_mirror_sources: [...] }`, at least one id. */
export const sessionSourcesSchema = z.object({ traffic_mirror_sources: sourcesSchema });
export type SessionSources = z.infer<typeof sessionSourcesSchema>;

/**
 * Applies a parsed update to a session and returns the merged session, or the problems when
 * the update tries to change the sources (use add-sources / remove-sources) or the type.
 * Timestamps are left to the caller. Why: constraints (C2-C4, quotas) are checked on the
 * merged result, not on the patch.
 *
 * @example mergeSessionUpdate(session, { priority: 5 }) // { ok: true, value: { ...session, priority: 5 } }
 */
export function mergeSessionUpdate(
  existing: TrafficMirrorSession,
  patch: SessionUpdate,
): MergeResult<TrafficMirrorSession> {
  const { traffic_mirror_sources: sources, type: _type, ...changes } = patch;
  if (sources !== undefined && !sameSet(sources, existing.traffic_mirror_sources)) {
    const problem = { field: 'traffic_mirror_sources', message: message('session.sourcesByUpdate') };
    return { ok: false, problems: [problem] };
  }
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return { ok: true, value: { ...existing, ...defined } };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
