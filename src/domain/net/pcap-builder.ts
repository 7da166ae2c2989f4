/**
 * Builds whole capture files in memory, in every variant the readers accept: classic pcap in
 * either byte order with micro- or nanosecond timestamps, and pcapng with several interfaces,
 * timestamp resolutions, enhanced/simple/obsolete packet blocks and unknown blocks. Used by
 * tests and the benchmark.
 */

export interface PcapRecordSpec {
  data: Uint8Array;
  seconds?: number;
  /** Microseconds, or nanoseconds in a nanosecond file. */
  fraction?: number;
  originalLength?: number;
}

/**
 * A classic pcap file.
 *
 * @example buildPcapFile([{ data: frame }], { littleEndian: false, nanosecond: true })
 */
export function buildPcapFile(
  records: PcapRecordSpec[],
  options: { littleEndian?: boolean; nanosecond?: boolean; linkType?: number; snaplen?: number } = {},
): Uint8Array {
  const le = options.littleEndian ?? true;
  const size = records.reduce((total, r) => total + 16 + r.data.length, 24);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, options.nanosecond ? 0xa1b23c4d : 0xa1b2c3d4, le);
  view.setUint16(4, 2, le);
  view.setUint16(6, 4, le);
  view.setUint32(16, options.snaplen ?? 65535, le);
  view.setUint32(20, options.linkType ?? 1, le);
  let p = 24;
  for (const r of records) {
    view.setUint32(p, r.seconds ?? 1700000000, le);
    view.setUint32(p + 4, r.fraction ?? 0, le);
    view.setUint32(p + 8, r.data.length, le);
    view.setUint32(p + 12, r.originalLength ?? r.data.length, le);
    bytes.set(r.data, p + 16);
    p += 16 + r.data.length;
  }
  return bytes;
}

export type PcapngBlockSpec =
  | { type: 'section' }
  | { type: 'interface'; linkType: number; snaplen?: number; tsresol?: number; tsoffset?: number }
  | { type: 'enhanced'; interfaceId?: number; timestamp?: bigint; data: Uint8Array; originalLength?: number }
  | { type: 'obsolete'; interfaceId?: number; timestamp?: bigint; data: Uint8Array }
  | { type: 'simple'; data: Uint8Array; originalLength?: number }
  | { type: 'unknown'; code: number; length: number };

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function body(block: PcapngBlockSpec, le: boolean): { code: number; bytes: Uint8Array } {
  const make = (n: number) => {
    const bytes = new Uint8Array(n);
    return { bytes, view: new DataView(bytes.buffer) };
  };
  switch (block.type) {
    case 'section': {
      const { bytes, view } = make(16);
      view.setUint32(0, 0x1a2b3c4d, le);
      view.setUint16(4, 1, le);
      view.setInt32(8, -1, le);
      view.setInt32(12, -1, le);
      return { code: 0x0a0d0d0a, bytes };
    }
    case 'interface': {
      const options = (block.tsresol === undefined ? 0 : 8) + (block.tsoffset === undefined ? 0 : 12);
      const { bytes, view } = make(8 + options + (options ? 4 : 0));
      view.setUint16(0, block.linkType, le);
      view.setUint32(4, block.snaplen ?? 0, le);
      let p = 8;
      if (block.tsresol !== undefined) {
        view.setUint16(p, 9, le);
        view.setUint16(p + 2, 1, le);
        bytes[p + 4] = block.tsresol;
        p += 8;
      }
      if (block.tsoffset !== undefined) {
        view.setUint16(p, 14, le);
        view.setUint16(p + 2, 8, le);
        view.setBigInt64(p + 4, BigInt(block.tsoffset), le);
      }
      return { code: 1, bytes };
    }
    case 'enhanced':
    case 'obsolete': {
      const { bytes, view } = make(20 + pad4(block.data.length));
      if (block.type === 'enhanced') view.setUint32(0, block.interfaceId ?? 0, le);
      else view.setUint16(0, block.interfaceId ?? 0, le);
      const ts = block.timestamp ?? 1700000000000000n;
      view.setUint32(4, Number(ts >> 32n), le);
      view.setUint32(8, Number(ts & 0xffffffffn), le);
      view.setUint32(12, block.data.length, le);
      const original = block.type === 'enhanced' ? block.originalLength : undefined;
      view.setUint32(16, original ?? block.data.length, le);
      bytes.set(block.data, 20);
      return { code: block.type === 'enhanced' ? 6 : 2, bytes };
    }
    case 'simple': {
      const { bytes, view } = make(4 + pad4(block.data.length));
      view.setUint32(0, block.originalLength ?? block.data.length, le);
      bytes.set(block.data, 4);
      return { code: 3, bytes };
    }
    case 'unknown':
      return { code: block.code, bytes: new Uint8Array(pad4(block.length)) };
  }
}

/**
 * A pcapng file from a list of blocks; a section header is added in front when the list
 * does not start with one.
 *
 * @example buildPcapngFile([{ type: 'interface', linkType: 1, tsresol: 9 }, { type: 'enhanced', data: frame }])
 */
export function buildPcapngFile(
  blocks: PcapngBlockSpec[],
  options: { littleEndian?: boolean } = {},
): Uint8Array {
  const le = options.littleEndian ?? true;
  const all: PcapngBlockSpec[] = blocks[0]?.type === 'section' ? blocks : [{ type: 'section' }, ...blocks];
  const parts = all.map((block) => body(block, le));
  const size = parts.reduce((total, part) => total + 12 + part.bytes.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let p = 0;
  for (const part of parts) {
    const length = 12 + part.bytes.length;
    view.setUint32(p, part.code, le);
    view.setUint32(p + 4, length, le);
    bytes.set(part.bytes, p + 8);
    view.setUint32(p + length - 4, length, le);
    p += length;
  }
  return bytes;
}
