import type { CDPSession, Page } from '@playwright/test';
import { callIn } from './workers';

/** A sampled CPU profile, as the DevTools protocol gives it. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a thread spent its time during a profile: ms busy, and the functions it ran most. */
export interface ThreadTime {
  thread: string;
  busyMs: number;
  top: { name: string; ms: number }[];
}

/** Samples every 100 microseconds: a run of a few hundred milliseconds gets thousands. */
const SAMPLING_US = 100;

/** Busy time and the `count` busiest functions (by self time) of `profile`. */
function timeOf(thread: string, profile: CpuProfile, count: number): ThreadTime {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, at) => {
    const frame = byNode.get(id);
    const name = frame?.functionName || '(anonymous)';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
  });
  self.delete('(idle)');
  const busyMs = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms }));
  return { thread, busyMs, top };
}

/**
 * Starts sampling the CPU of the page's main thread and of every worker alive now; the
 * returned function stops and tells where each thread spent its time. Why: a benchmark that
 * misses its goal shows which thread, and which code in it, the time went to.
 */
export async function profileThreads(page: Page): Promise<(count: number) => Promise<ThreadTime[]>> {
  const browser = page.context().browser();
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('Profiler.enable');
  await pageSession.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await pageSession.send('Profiler.start');
  const session: CDPSession | null = browser ? await browser.newBrowserCDPSession() : null;
  const workers: { title: string; sessionId: string }[] = [];
  if (session) {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; title: string }[];
    };
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const attached = (await session
        .send('Target.attachToTarget', { targetId: target.targetId, flatten: false })
        .catch(() => null)) as { sessionId: string } | null;
      if (!attached) continue;
      await callIn(session, attached.sessionId, 'Profiler.enable');
      await callIn(session, attached.sessionId, 'Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await callIn(session, attached.sessionId, 'Profiler.start');
      workers.push({ title: target.title, sessionId: attached.sessionId });
    }
  }
  return async (count) => {
    const times: ThreadTime[] = [];
    const { profile } = await pageSession.send('Profiler.stop');
    times.push(timeOf('page', profile as CpuProfile, count));
    await pageSession.detach();
    for (const { title, sessionId } of workers) {
      const answer = (await callIn(session!, sessionId, 'Profiler.stop')) as { profile: CpuProfile } | null;
      if (answer) times.push(timeOf(title, answer.profile, count));
    }
    await session?.detach().catch(() => undefined);
    return times;
  };
}
