import type { Page } from '@playwright/test';

/**
 * A worker that reads the file it is sent as the capture's file reader does (a byte stream
 * into an 8 MiB buffer, again and again) and does nothing with the bytes; it answers the ms taken.
 */
const READER = `
onmessage = async ({ data: file }) => {
  const started = performance.now();
  const stream = file.stream();
  self.held = stream; // held, as the capture's reader holds it: see file-reader-worker.ts
  const reader = stream.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(8 << 20);
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(buffer));
    if (done) break;
    buffer = value.buffer;
  }
  postMessage({ ms: performance.now() - started });
};`;

/**
 * The best of `runs` times, in ms, that a worker of the page takes to read the file chosen in
 * the page's file input with no evaluation at all. Why: what reading alone costs in this
 * browser on this machine is the floor under the Capture tab's time.
 */
export async function fileReadAlone(page: Page, runs: number): Promise<number> {
  return page.evaluate(
    async ({ source, runs }) => {
      const file = document.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
      if (!file) throw new Error('no file chosen');
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      let best = Infinity;
      for (let run = 0; run < runs; run++) {
        const worker = new Worker(url);
        const ms = await new Promise<number>((resolve) => {
          worker.onmessage = (event: MessageEvent<{ ms: number }>) => resolve(event.data.ms);
          worker.postMessage(file);
        });
        worker.terminate();
        best = Math.min(best, ms);
      }
      URL.revokeObjectURL(url);
      return best;
    },
    { source: READER, runs },
  );
}
