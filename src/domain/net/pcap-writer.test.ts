import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import { openCapture } from './pcap-open';
import { createCaptureRecord } from './pcap-record';
import { PcapWriter } from './pcap-writer';

describe('PcapWriter', () => {
  it('grows its buffer and writes records the reader reads back', () => {
    const writer = new PcapWriter({ capacity: 64, linkType: 1, snaplen: 2000 });
    for (let i = 0; i < 1000; i++) {
      const at = writer.reserve(1700000000 + i, i, i % 300, 1500);
      writer.bytes.fill(i & 255, at, at + (i % 300));
    }
    const file = writer.finish();
    expect(file.length).toBe(writer.length);
    expect(writer.count).toBe(1000);
    const opened = openCapture(file);
    if ('error' in opened) throw new Error(english(opened.error.message));
    const record = createCaptureRecord();
    let n = 0;
    while (opened.reader.next(record)) {
      expect(record).toMatchObject({
        capturedLength: n % 300,
        originalLength: 1500,
        seconds: 1700000000 + n,
        nanoseconds: n * 1000,
      });
      if (record.capturedLength > 0) expect(file[record.data + record.capturedLength - 1]).toBe(n & 255);
      n++;
    }
    expect(opened.reader.error).toBeNull();
    expect(n).toBe(1000);
  });

  it('writes an empty capture as a bare 24-byte header', () => {
    const file = new PcapWriter().finish();
    expect(file.length).toBe(24);
    expect(new DataView(file.buffer).getUint32(20, true)).toBe(1);
  });
});
