/**
 * What the results table shows of each packet, kept as typed arrays (about 30 bytes a
 * packet) filled by the worker as it reads, and turned into text only for rows in view.
 */
import { formatIp } from '@/domain/net/address';
import type { DecodedPacket } from '@/domain/net/packet-fields';

/** Per packet, in file order: what the results table shows, one typed array per field. */
export interface PacketColumns {
  count: number;
  /** 0 inbound, 1 outbound, -1 neither (not the interface's, or not decoded). */
  direction: Int8Array;
  /** 4 or 6; 0 when the packet is not IP or could not be decoded. */
  family: Uint8Array;
  /** IP protocol number, -1 when unknown. */
  protocol: Int16Array;
  /** Ports, -1 when the packet has none. */
  srcPort: Int32Array;
  dstPort: Int32Array;
  /** IP packet length, and frame length on the wire. */
  ipLength: Uint32Array;
  frameLength: Uint32Array;
  /** IPv4: source and destination; IPv6: the index of the packet's 8 words in `v6`, twice. */
  v4: Uint32Array;
  /** IPv6 source and destination, 8 words per IPv6 packet. */
  v6: Uint32Array;
}

const grow = <T extends Int8Array | Uint8Array | Int16Array | Int32Array | Uint32Array>(
  array: T,
  size: number,
): T => {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
};

/**
 * Collects the columns packet by packet, growing by doubling.
 *
 * @example const columns = new ColumnsBuilder(1024); columns.add(packet, 1500, 0); columns.finish().count // 1
 */
export class ColumnsBuilder {
  private c: PacketColumns;
  private v6Count = 0;

  constructor(capacity: number) {
    const n = Math.max(64, capacity);
    this.c = {
      count: 0,
      direction: new Int8Array(n),
      family: new Uint8Array(n),
      protocol: new Int16Array(n),
      srcPort: new Int32Array(n),
      dstPort: new Int32Array(n),
      ipLength: new Uint32Array(n),
      frameLength: new Uint32Array(n),
      v4: new Uint32Array(2 * n),
      v6: new Uint32Array(64),
    };
  }

  get count(): number {
    return this.c.count;
  }

  /** Adds one packet; `decoded` false when its fields are not to be trusted. */
  add(packet: DecodedPacket, frameLength: number, direction: number, decoded: boolean): void {
    if (this.c.count === this.c.direction.length) this.resize(this.c.count * 2);
    const c = this.c;
    const i = c.count;
    c.direction[i] = direction;
    c.frameLength[i] = frameLength;
    if (!decoded || (packet.ethertype !== 4 && packet.ethertype !== 6)) {
      c.family[i] = 0;
      c.protocol[i] = -1;
      c.count++;
      return;
    }
    c.family[i] = packet.ethertype;
    c.protocol[i] = packet.protocol;
    c.srcPort[i] = packet.srcPort;
    c.dstPort[i] = packet.dstPort;
    c.ipLength[i] = packet.ipLength;
    if (packet.ethertype === 4) {
      c.v4[2 * i] = packet.src[0]!;
      c.v4[2 * i + 1] = packet.dst[0]!;
    } else {
      if ((this.v6Count + 1) * 8 > c.v6.length) c.v6 = grow(c.v6, c.v6.length * 2);
      c.v6.set(packet.src, this.v6Count * 8);
      c.v6.set(packet.dst, this.v6Count * 8 + 4);
      c.v4[2 * i] = c.v4[2 * i + 1] = this.v6Count++;
    }
    c.count++;
  }

  /** The columns cut to the packets added, each in its own buffer (to be transferred). */
  finish(): PacketColumns {
    const c = this.c;
    const n = c.count;
    return {
      count: n,
      direction: c.direction.slice(0, n),
      family: c.family.slice(0, n),
      protocol: c.protocol.slice(0, n),
      srcPort: c.srcPort.slice(0, n),
      dstPort: c.dstPort.slice(0, n),
      ipLength: c.ipLength.slice(0, n),
      frameLength: c.frameLength.slice(0, n),
      v4: c.v4.slice(0, 2 * n),
      v6: c.v6.slice(0, this.v6Count * 8),
    };
  }

  private resize(size: number): void {
    const c = this.c;
    this.c = {
      ...c,
      direction: grow(c.direction, size),
      family: grow(c.family, size),
      protocol: grow(c.protocol, size),
      srcPort: grow(c.srcPort, size),
      dstPort: grow(c.dstPort, size),
      ipLength: grow(c.ipLength, size),
      frameLength: grow(c.frameLength, size),
      v4: grow(c.v4, size * 2),
    };
  }
}

/** The buffers of the columns, to hand over without copying. */
export function columnBuffers(c: PacketColumns): ArrayBuffer[] {
  return [c.direction, c.family, c.protocol, c.srcPort, c.dstPort, c.ipLength, c.frameLength, c.v4, c.v6].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

const NAMES: Record<number, string> = { 6: 'TCP', 17: 'UDP', 1: 'ICMP', 58: 'ICMPv6' };

/** A protocol number as the tester writes it. */
export function protocolName(protocol: number): string {
  return NAMES[protocol] ?? `protocol ${protocol}`;
}

/** The source and destination address of packet `i`. */
export function packetAddresses(c: PacketColumns, i: number): [string, string] | null {
  const family = c.family[i];
  if (family === 4) {
    return [
      formatIp({ family: 4, words: [c.v4[2 * i]!] }),
      formatIp({ family: 4, words: [c.v4[2 * i + 1]!] }),
    ];
  }
  if (family !== 6) return null;
  const at = c.v4[2 * i]! * 8;
  return [
    formatIp({ family: 6, words: [...c.v6.subarray(at, at + 4)] }),
    formatIp({ family: 6, words: [...c.v6.subarray(at + 4, at + 8)] }),
  ];
}

/**
 * Packet `i` in one line: protocol, addresses and ports, IP length.
 *
 * @example packetSummary(columns, 0) // 'TCP 172.16.0.5:10000 → 10.0.0.3:80 · 64 B'
 */
export function packetSummary(c: PacketColumns, i: number): string {
  const addresses = packetAddresses(c, i);
  if (!addresses) return `Not an IP packet · ${c.frameLength[i]} B frame`;
  const end = (ip: string, port: number) =>
    port < 0 ? ip : c.family[i] === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
  const from = end(addresses[0], c.srcPort[i]!);
  const to = end(addresses[1], c.dstPort[i]!);
  return `${protocolName(c.protocol[i]!)} ${from} → ${to} · ${c.ipLength[i]} B`;
}
