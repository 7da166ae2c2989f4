import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MirrorConfig } from '@/domain/model/types';
import type { PartDone, ToPart } from './part-protocol';

// The cut and the reading of the first part are not what is tested here: the part worker's life is.
vi.mock('@/domain/net/pcap-split', () => ({ findRecordStart: () => 0, TWO_WORKERS_FROM: 16 << 20 }));
vi.mock('@/domain/capture/capture-histograms', () => ({ mergeHistograms: (a: unknown) => a }));
vi.mock('./read-capture', async () => {
  const { PacketIndex } = await import('@/domain/capture/packet-index');
  return {
    newIndex: () => new PacketIndex(),
    readCapture: (_e: unknown, _i: unknown, source: { size: number }) => Promise.resolve(source.size),
    evaluatorFor: () => ({
      charts: { result: () => ({}) },
      evaluator: {
        finish: () => ({ aborted: false, error: null, outcomes: [] }),
        tallies: () => ({ decided: new Float64Array(2), skipped: new Float64Array(2) }),
      },
    }),
  };
});

const { prepareSplit, readSplit } = await import('./split-capture');

const DONE: PartDone = {
  type: 'done',
  decided: new Float64Array(2),
  skipped: new Float64Array(2),
  charts: {} as PartDone['charts'],
  index: { bases: [], counts: [], deltas: [], codes: [] },
  bytes: 1000,
  failed: false,
  aborted: false,
};

/** A part worker that answers its part when `answer` is called, and records whether it was ended. */
class FakePart {
  static last: FakePart | null = null;
  onmessage: ((event: { data: PartDone }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  job: ToPart | null = null;
  terminated = false;
  private readonly errorListeners: (() => void)[] = [];
  constructor() {
    FakePart.last = this;
  }
  addEventListener(type: string, listener: () => void): void {
    if (type === 'error') this.errorListeners.push(listener);
  }
  /** Fails as a worker whose script cannot be loaded does: before anyone gives it work. */
  failToLoad(): void {
    this.errorListeners.forEach((listener) => listener());
  }
  postMessage(message: ToPart): void {
    if (message.type === 'part') this.job = message;
  }
  answer(): void {
    this.onmessage?.({ data: DONE });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const job = {
  config: { filters: [], sessions: [] } as MirrorConfig,
  source: 'eni-1',
  addresses: ['10.0.0.3'],
};
const SIZE = (16 << 20) + 1024;
const bigFile = () => new Blob([new Uint8Array(SIZE)]);

describe('readSplit and its part worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakePart));
  afterEach(() => vi.unstubAllGlobals());

  // Chromium sometimes never finishes ending a worker ended right after the worker it started
  // (its file reader): its thread lingers and answers nothing. A part worker that has answered
  // is left to end with the capture worker, as the capture worker's own reader is.
  it('leaves a part worker that answered running, and uses its part', async () => {
    prepareSplit();
    const part = FakePart.last!;
    const reading = readSplit(job, bigFile(), { aborted: false }, () => undefined);
    await vi.waitFor(() => expect(part.job).not.toBeNull());
    part.answer();
    const read = await reading;
    // The first part ends at the cut, in the middle; the part read 1,000 bytes.
    expect(read?.bytes).toBe(Math.floor(SIZE / 2) + DONE.bytes);
    expect(read?.aborted).toBe(false);
    expect(part.terminated).toBe(false);
  });

  it('ends a part worker that has not answered when the run stops before its part is needed', async () => {
    prepareSplit();
    const part = FakePart.last!;
    const read = await readSplit(job, bigFile(), { aborted: true }, () => undefined);
    expect(read?.aborted).toBe(true);
    expect(part.terminated).toBe(true);
  });

  it('does not give a part to a part worker that failed before it, so that the caller reads the whole file', async () => {
    prepareSplit();
    const part = FakePart.last!;
    part.failToLoad();
    const read = await readSplit(job, bigFile(), { aborted: false }, () => undefined);
    expect(read).toBeNull();
    expect(part.job).toBeNull();
  });
});
