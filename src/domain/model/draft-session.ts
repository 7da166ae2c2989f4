/**
 * The session the create wizard is about to create, as it travels to the packet tester: the
 * tester tests a packet against the region's sessions and this draft together, so that the
 * review step's example packets get the verdict the review promises.
 */
import { z } from 'zod';
import type { MirrorConfig, TrafficMirrorSession } from './types';

/** The id the session being created goes by; no saved session has it. */
export const DRAFT_SESSION_ID = 'draft-session';

/** The fields of a draft session that decide verdicts, as a link carries them. */
export const draftSessionLinkSchema = z.object({
  name: z.string(),
  priority: z.number().int(),
  traffic_mirror_filter_id: z.string().min(1),
  traffic_mirror_sources: z.array(z.string()).min(1),
  traffic_mirror_target_type: z.enum(['eni', 'elb']),
  traffic_mirror_target_id: z.string(),
  virtual_network_id: z.number(),
  packet_length: z.number(),
  enabled: z.boolean(),
});

/** A draft session in a link. */
export type DraftSessionLink = z.infer<typeof draftSessionLinkSchema>;

/**
 * The session a draft link describes, with the id {@link DRAFT_SESSION_ID}.
 *
 * @example draftSessionOf(link).id // 'draft-session'
 */
export function draftSessionOf(link: DraftSessionLink): TrafficMirrorSession {
  return {
    ...link,
    id: DRAFT_SESSION_ID,
    project_id: '',
    name: link.name.trim() || 'new session',
    description: '',
    type: 'eni',
    created_at: '',
    updated_at: '',
  };
}

/**
 * The link fields of a draft session (what decides verdicts, nothing else).
 *
 * @example draftLinkOf(draftSessionOf(link)) // link, with the name trimmed
 */
export function draftLinkOf(session: TrafficMirrorSession): DraftSessionLink {
  const { name, priority, traffic_mirror_filter_id, traffic_mirror_sources, enabled } = session;
  const { traffic_mirror_target_type, traffic_mirror_target_id, virtual_network_id, packet_length } = session;
  return {
    name,
    priority,
    traffic_mirror_filter_id,
    traffic_mirror_sources,
    traffic_mirror_target_type,
    traffic_mirror_target_id,
    virtual_network_id,
    packet_length,
    enabled,
  };
}

/**
 * The configuration with a session not yet created added to its sessions (unless a session
 * with its id is already there), so that verdicts and analysis include it.
 *
 * @example withDraftSession(config, draft).sessions.length // config.sessions.length + 1
 */
export function withDraftSession<C extends MirrorConfig>(
  config: C,
  session: TrafficMirrorSession | undefined,
): C {
  if (!session || config.sessions.some((s) => s.id === session.id)) return config;
  return { ...config, sessions: [...config.sessions, session] };
}
