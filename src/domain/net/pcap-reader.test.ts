import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import { buildEthernet, buildIpv4 } from './packet-builder';
import { buildPcapFile, buildPcapngFile, type PcapngBlockSpec } from './pcap-builder';
import { openCapture } from './pcap-open';
import { createCaptureRecord, type CaptureRecord } from './pcap-record';

const frame = (n: number) =>
  buildEthernet(buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, payload: n }));

function readAll(bytes: Uint8Array) {
  const opened = openCapture(bytes);
  if ('error' in opened) return { records: [], error: opened.error, format: undefined };
  const records: CaptureRecord[] = [];
  const record = createCaptureRecord();
  while (opened.reader.next(record)) records.push({ ...record });
  return { records, error: opened.reader.error, format: opened.reader.format };
}

describe('classic pcap', () => {
  it.each([
    ['little-endian, microseconds', true, false, 123456, 123456000],
    ['big-endian, microseconds', false, false, 654321, 654321000],
    ['little-endian, nanoseconds', true, true, 123456789, 123456789],
    ['big-endian, nanoseconds', false, true, 999999999, 999999999],
  ])('reads %s', (_name, littleEndian, nanosecond, fraction, nanoseconds) => {
    const a = frame(10);
    const b = frame(30);
    const file = buildPcapFile(
      [
        { data: a, seconds: 1700000001, fraction },
        { data: b, seconds: 1700000002, originalLength: 1500 },
      ],
      { littleEndian, nanosecond },
    );
    const { records, error, format } = readAll(file);
    expect(error).toBeNull();
    expect(format).toBe('pcap');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      packet: 1,
      offset: 24,
      data: 40,
      capturedLength: a.length,
      linkType: 1,
      seconds: 1700000001,
      nanoseconds,
    });
    expect(records[1]).toMatchObject({
      packet: 2,
      offset: 40 + a.length,
      capturedLength: b.length,
      originalLength: 1500,
    });
    expect(file.subarray(records[1]!.data, records[1]!.data + b.length)).toEqual(b);
  });

  it('reads a zero-length record and goes on', () => {
    const { records, error } = readAll(
      buildPcapFile([{ data: new Uint8Array(0), originalLength: 60 }, { data: frame(1) }]),
    );
    expect(error).toBeNull();
    expect(records.map((r) => [r.capturedLength, r.originalLength])).toEqual([
      [0, 60],
      [frame(1).length, frame(1).length],
    ]);
  });

  it('reads a file with no packets', () => {
    expect(readAll(buildPcapFile([]))).toMatchObject({ records: [], error: null });
  });

  it('reports a record header cut off, with packet number and offset', () => {
    const file = buildPcapFile([{ data: frame(10) }, { data: frame(10) }]);
    const cut = file.subarray(0, file.length - frame(10).length - 6);
    const { records, error } = readAll(cut);
    expect(records).toHaveLength(1);
    expect(error).toMatchObject({ code: 'TRUNCATED_RECORD', packet: 2, offset: 40 + frame(10).length });
    expect(error && english(error.message)).toMatch(
      /^Packet 2: its 16-byte record header at byte \d+ is cut off after 10 bytes\./,
    );
  });

  it('reports packet data cut off', () => {
    const file = buildPcapFile([{ data: frame(10) }]);
    const { records, error } = readAll(file.subarray(0, file.length - 1));
    expect(records).toHaveLength(0);
    expect(error).toMatchObject({ code: 'TRUNCATED_RECORD', packet: 1, offset: 24 });
    expect(error && english(error.message)).toContain('file ends after');
  });

  it('reports a record claiming more than the snapshot length as corrupt', () => {
    const file = buildPcapFile([{ data: frame(10) }, { data: frame(10) }]);
    new DataView(file.buffer).setUint32(24 + 16 + frame(10).length + 8, 0x7fffffff, true);
    const { records, error } = readAll(file);
    expect(records).toHaveLength(1);
    expect(error).toMatchObject({ code: 'CORRUPT_RECORD', packet: 2 });
  });

  it('reports a file header cut off and a wrong version', () => {
    expect(readAll(buildPcapFile([]).subarray(0, 20)).error).toMatchObject({
      code: 'TRUNCATED_HEADER',
      packet: 0,
    });
    const file = buildPcapFile([]);
    file[4] = 3;
    expect(readAll(file).error).toMatchObject({ code: 'UNSUPPORTED_VERSION', offset: 4 });
  });
});

describe('files that are not captures', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'EMPTY_FILE', /empty \(0 bytes\)/],
    ['a text file', new TextEncoder().encode('hello, world'), 'NOT_A_CAPTURE', /neither pcap nor pcapng/],
    ['a gzip file', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]), 'NOT_A_CAPTURE', /gzip/],
    ['two bytes', new Uint8Array([0xd4, 0xc3]), 'NOT_A_CAPTURE', /only 2 bytes/],
    [
      'a pcapng header cut off',
      new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a, 28, 0]),
      'TRUNCATED_HEADER',
      /needs 28/,
    ],
  ])('reports %s', (_name, bytes, code, message) => {
    const { error } = readAll(bytes);
    expect(error?.code).toBe(code);
    expect(error && english(error.message)).toMatch(message);
  });
});

describe('pcapng', () => {
  const a = frame(1);
  const b = frame(7);

  it.each([true, false])(
    'reads interfaces, resolutions and packet blocks (little-endian %s)',
    (littleEndian) => {
      const blocks: PcapngBlockSpec[] = [
        { type: 'interface', linkType: 1, snaplen: 65535 },
        { type: 'unknown', code: 0x80000001, length: 10 },
        { type: 'interface', linkType: 113, tsresol: 9 },
        { type: 'interface', linkType: 276, tsresol: 0x80 | 20, tsoffset: 100 },
        { type: 'enhanced', interfaceId: 0, timestamp: 1700000000123456n, data: a, originalLength: 2000 },
        { type: 'enhanced', interfaceId: 1, timestamp: 1700000000987654321n, data: b },
        { type: 'enhanced', interfaceId: 2, timestamp: (5n << 20n) + 524288n, data: a },
        { type: 'obsolete', interfaceId: 1, timestamp: 3000000001n, data: b },
        { type: 'unknown', code: 5, length: 40 },
        { type: 'simple', data: a },
      ];
      const { records, error, format } = readAll(buildPcapngFile(blocks, { littleEndian }));
      expect(error).toBeNull();
      expect(format).toBe('pcapng');
      expect(records.map((r) => [r.packet, r.linkType, r.capturedLength, r.seconds, r.nanoseconds])).toEqual([
        [1, 1, a.length, 1700000000, 123456000],
        [2, 113, b.length, 1700000000, 987654321],
        [3, 276, a.length, 105, 500000000],
        [4, 113, b.length, 3, 1],
        [5, 1, a.length, 0, 0],
      ]);
      expect(records[0]?.originalLength).toBe(2000);
    },
  );

  it('restarts interfaces at a new section, which may change byte order', () => {
    const first = buildPcapngFile([
      { type: 'interface', linkType: 1 },
      { type: 'enhanced', data: a },
    ]);
    const second = buildPcapngFile(
      [
        { type: 'interface', linkType: 101 },
        { type: 'enhanced', data: b },
      ],
      {
        littleEndian: false,
      },
    );
    const file = new Uint8Array([...first, ...second]);
    const { records, error } = readAll(file);
    expect(error).toBeNull();
    expect(records.map((r) => r.linkType)).toEqual([1, 101]);
  });

  it('cuts a simple packet block to the interface snapshot length', () => {
    const file = buildPcapngFile([
      { type: 'interface', linkType: 1, snaplen: 20 },
      { type: 'simple', data: b },
    ]);
    expect(readAll(file).records[0]).toMatchObject({ capturedLength: 20, originalLength: b.length });
  });

  it.each([
    ['a block cut off', (f: Uint8Array) => f.subarray(0, f.length - 8), 'TRUNCATED_RECORD', 2],
    ['a block header cut off', (f: Uint8Array) => f.subarray(0, 28 + 20 + 8), 'TRUNCATED_RECORD', 1],
    [
      'a length that is not a multiple of 4',
      (f: Uint8Array) => poke(f, 28 + 20 + 4, 33),
      'CORRUPT_RECORD',
      1,
    ],
    ['a trailing length that differs', (f: Uint8Array) => poke(f, f.length - 4, 8), 'CORRUPT_RECORD', 2],
    ['an unknown interface', (f: Uint8Array) => poke(f, 28 + 20 + 8, 7), 'CORRUPT_RECORD', 1],
    [
      'a captured length beyond the block',
      (f: Uint8Array) => poke(f, 28 + 20 + 20, 5000),
      'CORRUPT_RECORD',
      1,
    ],
  ])('reports %s', (_name, damage, code, packet) => {
    const file = buildPcapngFile([
      { type: 'interface', linkType: 1 },
      { type: 'enhanced', data: a },
      { type: 'enhanced', data: b },
    ]);
    const { error } = readAll(damage(file));
    expect(error).toMatchObject({ code, packet });
    expect(error && english(error.message)).toMatch(/byte \d+/);
  });

  it('reports a section of another major version and one without byte-order magic', () => {
    const file = buildPcapngFile([]);
    file[12] = 2;
    expect(readAll(file).error?.code).toBe('UNSUPPORTED_VERSION');
    const other = buildPcapngFile([]);
    other[8] = 0;
    expect(readAll(other).error?.code).toBe('CORRUPT_RECORD');
  });
});

function poke(file: Uint8Array, at: number, value: number): Uint8Array {
  const copy = file.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}
