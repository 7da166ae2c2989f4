import type { CDPSession, Page } from '@playwright/test';

/**
 * Calls the DevTools protocol method `method` in every worker of the browser (nested ones
 * too), through the browser's own session, and returns the answers. Why: a worker's heap is
 * read, or its garbage collected, from the test without any code in the page.
 */
export async function callInWorkers(page: Page, method: string): Promise<unknown[]> {
  const browser = page.context().browser();
  if (!browser) return [];
  const session: CDPSession = await browser.newBrowserCDPSession();
  const answers: unknown[] = [];
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const attached = await session
        .send('Target.attachToTarget', { targetId: target.targetId, flatten: false })
        .catch(() => null); // a worker that ended meanwhile
      if (!attached) continue;
      const { sessionId } = attached as { sessionId: string };
      answers.push(await callIn(session, sessionId, method));
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
    return answers;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The id of the last message sent to a target. */
let lastId = 0;

/**
 * The answer of `method` (with `params`) in the target attached as `sessionId` (unflattened:
 * by message), or null when the target ends first.
 */
export function callIn(
  session: CDPSession,
  sessionId: string,
  method: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const id = ++lastId;
  return new Promise<unknown>((resolve) => {
    const done = (answer: unknown) => {
      session.off('Target.receivedMessageFromTarget', listener);
      session.off('Target.detachedFromTarget', detached);
      resolve(answer);
    };
    const listener = (event: { sessionId: string; message: string }) => {
      const answer = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (event.sessionId === sessionId && answer.id === id) done(answer.result ?? null);
    };
    const detached = (event: { sessionId: string }) => {
      if (event.sessionId === sessionId) done(null);
    };
    session.on('Target.receivedMessageFromTarget', listener);
    session.on('Target.detachedFromTarget', detached);
    void session
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch(() => done(null));
  });
}
