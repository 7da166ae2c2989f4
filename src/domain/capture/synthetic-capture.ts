/**
 * A made-up but plausible capture of one interface: IPv4 and IPv6, TCP, UDP, ICMP and
 * ICMPv6, both directions, some traffic of other hosts, some IPv4 later fragments and ARP.
 * Deterministic for a seed. Used by the benchmark and for demo captures.
 */
import { parseIp } from '../net/address';
import { hasPorts, PROTOCOL_NUMBERS, transportHeaderLength } from '../net/protocols';

export interface SyntheticCaptureOptions {
  packets: number;
  /** The interface's IPv4 and IPv6 addresses. */
  ipv4: string;
  ipv6: string;
  seed?: number;
  /**
   * Payloads of 0-39 bytes only (about 96 bytes a record), like a capture cut to a short
   * snapshot length; otherwise mostly small with some full-size packets (about 200 bytes).
   */
  small?: boolean;
}

const { TCP, UDP, ICMP, ICMPV6 } = PROTOCOL_NUMBERS;
const SERVICES = [22, 53, 80, 443, 3306, 8080, 9000];

/** xorshift32: small, fast, deterministic. */
function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function words(text: string, family: 4 | 6): readonly number[] {
  const ip = parseIp(text);
  if (!ip || ip.family !== family) throw new Error(`Not an IPv${family} address: ${text}`);
  return ip.words;
}

/**
 * Generates a classic pcap (Ethernet) of `packets` packets seen on an interface with the
 * given addresses: about 48% to it, 48% from it, 4% between other hosts (ARP included).
 * Why: a benchmark and a demo need a big, varied, reproducible capture without shipping one.
 *
 * @example generateCapture({ packets: 1000, ipv4: '192.168.0.27', ipv6: '2001:db8::1b' }).length // ~160 kB
 */
export function generateCapture(options: SyntheticCaptureOptions): Uint8Array {
  const rnd = random(options.seed ?? 0x5eed);
  const me4 = words(options.ipv4, 4)[0] ?? 0;
  const me6 = words(options.ipv6, 6);
  let bytes = new Uint8Array(Math.max(1024, options.packets * 200));
  let view = new DataView(bytes.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, 65535, true);
  view.setUint32(20, 1, true);
  let p = 24;
  const peer4 = () => {
    const r = rnd();
    const net = r < 0.5 ? 0x0a000000 : r < 0.75 ? 0xac100000 : 0xcb007100;
    return (net | Math.floor(rnd() * (r < 0.75 ? 65536 : 256))) >>> 0;
  };
  for (let n = 0; n < options.packets; n++) {
    const r = rnd();
    const size =
      options.small || r < 0.5
        ? Math.floor(rnd() * 40)
        : r < 0.95
          ? 40 + Math.floor(rnd() * 260)
          : 300 + Math.floor(rnd() * 1100);
    if (p + 16 + 14 + 60 + size > bytes.length) {
      const grown = new Uint8Array(bytes.length * 2);
      grown.set(bytes);
      bytes = grown;
      view = new DataView(bytes.buffer);
    }
    const at = p + 16;
    const six = rnd() < 0.3;
    const way = rnd();
    const other = way >= 0.96;
    const ingress = way < 0.48;
    const kind = rnd();
    const protocol = kind < 0.52 ? TCP : kind < 0.88 ? UDP : six ? ICMPV6 : ICMP;
    bytes.fill(0, at, at + 14 + 60);
    view.setUint32(at, 0x02000000);
    view.setUint16(at + 4, 0x0002);
    view.setUint32(at + 6, 0x02000000);
    view.setUint16(at + 10, 0x0001);
    let l4 = 0;
    let transport = true;
    if (other && rnd() < 0.3) {
      view.setUint16(at + 12, 0x0806);
      l4 = at + 14;
      transport = false;
    } else if (!six) {
      view.setUint16(at + 12, 0x0800);
      const ip = at + 14;
      const a = other ? peer4() : me4;
      const b = peer4();
      const later = protocol === UDP && rnd() < 0.05;
      bytes[ip] = 0x45;
      bytes[ip + 8] = 64;
      bytes[ip + 9] = protocol;
      view.setUint16(ip + 6, later ? 185 : 0);
      view.setUint32(ip + 12, ingress ? b : a);
      view.setUint32(ip + 16, ingress ? a : b);
      l4 = ip + 20;
      transport = !later; // a later fragment carries no UDP header
    } else {
      view.setUint16(at + 12, 0x86dd);
      const ip = at + 14;
      bytes[ip] = 0x60;
      bytes[ip + 6] = protocol;
      bytes[ip + 7] = 64;
      const peer = [0x20010db8, (rnd() < 0.5 ? 1 : 2) << 16, 0, Math.floor(rnd() * 4294967296)];
      const mine = other ? [0xfd000000, 0, 0, 1] : me6;
      for (let i = 0; i < 4; i++) {
        view.setUint32(ip + (ingress ? 24 : 8) + 4 * i, mine[i] ?? 0);
        view.setUint32(ip + (ingress ? 8 : 24) + 4 * i, peer[i] ?? 0);
      }
      l4 = ip + 40;
    }
    const service = SERVICES[Math.floor(rnd() * SERVICES.length)] ?? 80;
    const ephemeral = 32768 + Math.floor(rnd() * 28232);
    const toService = ingress === rnd() < 0.8;
    if (transport && hasPorts(protocol)) {
      view.setUint16(l4, toService ? ephemeral : service);
      view.setUint16(l4 + 2, toService ? service : ephemeral);
      if (protocol === TCP) bytes[l4 + 12] = 0x50;
      else view.setUint16(l4 + 4, 8 + size);
    } else if (transport) {
      bytes[l4] = protocol === ICMPV6 ? 128 : 8;
    }
    const header = transport ? transportHeaderLength(protocol) : 0;
    const end = l4 + header + size;
    bytes.fill(0, l4 + header, end);
    const l3 = at + 14;
    if (bytes[at + 12] === 0x08 && bytes[at + 13] === 0x00) view.setUint16(l3 + 2, end - l3);
    if (bytes[at + 12] === 0x86) view.setUint16(l3 + 4, end - l3 - 40);
    const length = end - at;
    view.setUint32(p, 1700000000 + Math.floor(n / 1000), true);
    view.setUint32(p + 4, (n % 1000) * 1000, true);
    view.setUint32(p + 8, length, true);
    view.setUint32(p + 12, length, true);
    p = end;
  }
  return bytes.slice(0, p);
}
