import type { TrafficMirrorSession } from '@/domain/model/types';

/** How a resource takes part in mirroring: sessions it is a source of, and a target of. */
export interface MirrorUsage {
  sourceOf: TrafficMirrorSession[];
  targetOf: TrafficMirrorSession[];
}

/** Indexes sessions by the resources they use, so a table row finds its sessions at once. */
export function indexMirrorUsage(sessions: readonly TrafficMirrorSession[]): Map<string, MirrorUsage> {
  const usage = new Map<string, MirrorUsage>();
  const entry = (id: string) => {
    let found = usage.get(id);
    if (!found) usage.set(id, (found = { sourceOf: [], targetOf: [] }));
    return found;
  };
  for (const session of sessions) {
    for (const source of session.traffic_mirror_sources) entry(source).sourceOf.push(session);
    entry(session.traffic_mirror_target_id).targetOf.push(session);
  }
  return usage;
}
