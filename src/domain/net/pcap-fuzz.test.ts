import { english } from '@/components/results/test-english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCooked, buildEthernet, buildIpv4, buildIpv6 } from './packet-builder';
import { PacketDecoder } from './packet-decode';
import { createDecodedPacket } from './packet-fields';
import { buildPcapFile, buildPcapngFile } from './pcap-builder';
import { openCapture } from './pcap-open';
import { createCaptureRecord } from './pcap-record';

const frames = [
  buildEthernet(
    buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6, srcPort: 1, dstPort: 2, optionsLength: 8 }),
    { vlans: [{ id: 1 }] },
  ),
  buildEthernet(
    buildIpv6({
      src: '::1',
      dst: '::2',
      protocol: 17,
      srcPort: 1,
      dstPort: 2,
      extensions: [0, 43, 44, 51, 60],
    }),
  ),
  buildCooked(buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 1 }), 1),
];
const valid = [
  buildPcapFile(frames.map((data) => ({ data }))),
  buildPcapFile(
    frames.map((data) => ({ data })),
    { littleEndian: false, nanosecond: true, linkType: 113 },
  ),
  buildPcapngFile([
    { type: 'interface', linkType: 1, tsresol: 9 },
    { type: 'interface', linkType: 113 },
    ...frames.map((data, i) => ({ type: 'enhanced' as const, interfaceId: i % 2, data })),
    { type: 'simple', data: frames[0]! },
    { type: 'obsolete', data: frames[1]! },
  ]),
];

/** Reads and decodes everything; any exception fails the property. */
function readEverything(bytes: Uint8Array): number {
  const opened = openCapture(bytes);
  if ('error' in opened) return -1;
  const decoder = new PacketDecoder(bytes);
  const record = createCaptureRecord();
  const packet = createDecodedPacket();
  let n = 0;
  while (opened.reader.next(record)) {
    decoder.decode(record, packet);
    expect(record.data + record.capturedLength).toBeLessThanOrEqual(bytes.length);
    n++;
  }
  if (opened.reader.error) expect(english(opened.reader.error.message)).toMatch(/byte \d+/);
  return n;
}

describe('damaged captures never throw', () => {
  it('reads files with random bytes changed, cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 12 }),
        fc.nat(),
        (file, changes, cut) => {
          const bytes = file.slice(0, file.length - (cut % 64));
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          readEverything(bytes);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reads random bytes behind a real magic number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.uint8Array({ maxLength: 300 }), (file, tail) => {
        readEverything(Uint8Array.from([...file.subarray(0, 28), ...tail]));
      }),
      { numRuns: 500 },
    );
  });
});
