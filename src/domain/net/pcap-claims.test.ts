import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import { evaluateCaptureChunks } from '../capture/evaluate-capture';
import { buildEthernet, buildIpv4 } from './packet-builder';
import { buildPcapFile, buildPcapngFile } from './pcap-builder';
import { openCapture } from './pcap-open';
import { createCaptureRecord, MAX_BLOCK } from './pcap-record';

const frame = buildEthernet(buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, payload: 20 }));
const pcap = (snaplen = 65535) => buildPcapFile([{ data: frame }, { data: frame }], { snaplen });
const pcapng = () =>
  buildPcapngFile([
    { type: 'interface', linkType: 1 },
    { type: 'enhanced', data: frame },
    { type: 'enhanced', data: frame },
  ]);
/** Offset of the second packet's record (pcap) or block (pcapng). */
const second = (file: Uint8Array, format: 'pcap' | 'pcapng') =>
  format === 'pcap' ? 24 + 16 + frame.length : file.length - (32 + ((frame.length + 3) & ~3));

/** Claims `value` at the length field of the second packet: incl_len (pcap) or block length (pcapng). */
function claiming(format: 'pcap' | 'pcapng', value: number, snaplen?: number): Uint8Array {
  const file = format === 'pcap' ? pcap(snaplen) : pcapng();
  new DataView(file.buffer).setUint32(second(file, format) + (format === 'pcap' ? 8 : 4), value, true);
  return file;
}

describe('a record or block claiming more than it can have', () => {
  it.each([
    [
      'pcap: incl_len over 256 MiB',
      'pcap',
      0x20000000,
      0xffffffff,
      'CORRUPT_RECORD',
      /claims 536870912 captured bytes, more than the snapshot length 268435456/,
    ],
    [
      'pcap: incl_len beyond the end of the file',
      'pcap',
      200_000,
      undefined,
      'TRUNCATED_RECORD',
      /has 200000 bytes but the file ends after \d+/,
    ],
    [
      'pcapng: block length of 4 GB',
      'pcapng',
      0xfffffffc,
      undefined,
      'CORRUPT_RECORD',
      /claims 4294967292 bytes, more than any block may have/,
    ],
    [
      'pcapng: block length beyond the end of the file',
      'pcapng',
      1 << 20,
      undefined,
      'TRUNCATED_RECORD',
      /claims 1048576 bytes but the file ends after \d+/,
    ],
  ] as const)(
    '%s is refused at once, with its offset and what to do',
    (_name, format, value, snaplen, code, words) => {
      const file = claiming(format, value, snaplen);
      const at = second(file, format);
      // Only the first window of the file is given, as when it is read in chunks.
      const opened = openCapture(file.subarray(0, at + 32), false, file.length);
      if ('error' in opened) throw new Error(english(opened.error.message));
      const record = createCaptureRecord();
      let packets = 0;
      while (opened.reader.next(record)) packets++;
      expect(packets).toBe(1);
      expect(opened.reader.waiting).toBe(false);
      expect(opened.reader.error).toMatchObject({ code, packet: 2, offset: at });
      expect(opened.reader.error ? english(opened.reader.error.message) : undefined).toMatch(words);
      expect(opened.reader.error ? english(opened.reader.error.message) : undefined).toContain(
        `at byte ${at}`,
      );
      expect(opened.reader.error ? english(opened.reader.error.message) : undefined).toMatch(
        /the packets before it were read\.$/,
      );
    },
  );

  it('waits for the rest of a block that fits in the file', () => {
    const file = pcapng();
    const opened = openCapture(file.subarray(0, file.length - 8), false, file.length);
    if ('error' in opened) throw new Error(english(opened.error.message));
    const record = createCaptureRecord();
    while (opened.reader.next(record));
    expect(opened.reader).toMatchObject({ waiting: true, error: null });
  });

  it('stops reading a file in chunks at a 4 GB block instead of holding the rest of the file', async () => {
    const file = claiming('pcapng', 0xfffffffc);
    const big = new Uint8Array(file.length + (10 * MAX_BLOCK) / 1024);
    big.set(file);
    let pulled = 0;
    async function* chunks() {
      for (let at = 0; at < big.length; at += 4096) {
        pulled++;
        yield big.subarray(at, at + 4096);
      }
    }
    const result = await evaluateCaptureChunks(
      chunks(),
      { sessions: [], filters: [] },
      {
        source: 'port-1',
        addresses: ['10.0.0.2'],
        size: big.length,
      },
    );
    expect(result.total).toBe(1);
    expect(result.error?.code).toBe('CORRUPT_RECORD');
    expect(pulled).toBe(1);
  });
});
