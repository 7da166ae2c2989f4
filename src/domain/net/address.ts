/**
 * Strict IPv4 / IPv6 address and CIDR parsing (docs/behaviour.md, "Resources and their fields", rule CIDRs). Addresses are
 * numbers, never strings: IPv4 is one uint32, IPv6 four uint32 words, most significant first,
 * so the matcher can compare them without allocating.
 */

import { message, type ResultMessage } from '../model/message';

export type IpFamily = 4 | 6;

/** What is wrong with an address, a CIDR block or a port range: a message descriptor of the domain. */
export type NetProblem = ResultMessage;

export interface ParsedIp {
  family: IpFamily;
  /** 1 word for IPv4, 4 for IPv6, each an unsigned 32-bit integer (big-endian order). */
  words: readonly number[];
}

export interface ParsedCidr {
  family: IpFamily;
  prefix: number;
  /** The network address: host bits cleared. */
  words: readonly number[];
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** Dotted-quad IPv4 without leading zeros, or -1. */
function parseV4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4) return -1;
  let value = 0;
  for (const part of parts) {
    if (part.length > 3 || !DECIMAL.test(part)) return -1;
    const octet = Number(part);
    if (octet > 255) return -1;
    value = value * 256 + octet;
  }
  return value;
}

/** The 8 sixteen-bit groups of an IPv6 address (`::` and a trailing IPv4 allowed), or null. */
function parseV6Groups(text: string): number[] | null {
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return null;
  const head = gap === -1 ? text : text.slice(0, gap);
  const tail = gap === -1 ? '' : text.slice(gap + 2);
  const parts = [head === '' ? [] : head.split(':'), tail === '' ? [] : tail.split(':')];
  const lastPart = gap === -1 ? parts[0]!.length - 1 : parts[1]!.length - 1;
  const lastSide = gap === -1 ? 0 : 1;
  const groups: number[][] = [[], []];
  for (let side = 0; side < 2; side++) {
    const out = groups[side]!;
    parts[side]!.forEach((part, index) => {
      if (HEX_GROUP.test(part)) out.push(parseInt(part, 16));
      else if (side === lastSide && index === lastPart && part.includes('.')) {
        const v4 = parseV4(part);
        out.push(v4 < 0 ? NaN : Math.floor(v4 / 65536), v4 & 0xffff);
      } else out.push(NaN);
    });
  }
  const [before, after] = groups as [number[], number[]];
  const count = before.length + after.length;
  if (before.some(Number.isNaN) || after.some(Number.isNaN)) return null;
  if (gap === -1 ? count !== 8 : count > 7) return null;
  return [...before, ...new Array<number>(8 - count).fill(0), ...after];
}

function wordsOfGroups(groups: readonly number[]): number[] {
  const words: number[] = [];
  for (let i = 0; i < 8; i += 2) words.push((groups[i]! * 65536 + groups[i + 1]!) >>> 0);
  return words;
}

/**
 * Parses one IP address, strictly: IPv4 as four decimal numbers 0-255 without leading zeros;
 * IPv6 in any RFC 4291 text form (`::` once, trailing dotted IPv4). No zone id, no spaces.
 * Why: the API refuses anything looser, and rule CIDRs must compare as numbers.
 *
 * @example parseIp('::ffff:1.2.3.4') // { family: 6, words: [0, 0, 0xffff, 0x01020304] }
 */
export function parseIp(text: string): ParsedIp | null {
  if (text.includes(':')) {
    const groups = parseV6Groups(text);
    return groups ? { family: 6, words: wordsOfGroups(groups) } : null;
  }
  const v4 = parseV4(text);
  return v4 < 0 ? null : { family: 4, words: [v4] };
}

/**
 * The mask word `index` of a prefix: `maskWord(20, 0)` is 0xfffff000, `maskWord(20, 1)` 0.
 * Why: both CIDR normalisation and the compiled matcher mask addresses word by word.
 *
 * @example maskWord(40, 1) // 0xff000000
 */
export function maskWord(prefix: number, index: number): number {
  const bits = Math.min(32, Math.max(0, prefix - 32 * index));
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

function splitCidr(text: string): { address: string; prefix: string } | null {
  const slash = text.indexOf('/');
  if (slash === -1 || text.indexOf('/', slash + 1) !== -1) return null;
  return { address: text.slice(0, slash), prefix: text.slice(slash + 1) };
}

/**
 * Parses `address/prefix` (the prefix is required: a bare address is not a CIDR). Host bits
 * may be set and are cleared, because docs/behaviour.md, "Resources and their fields" accepts `10.0.0.1/8` as `10.0.0.0/8`.
 *
 * @example parseCidr('10.0.0.1/8') // { family: 4, prefix: 8, words: [0x0a000000] }
 */
export function parseCidr(text: string): ParsedCidr | null {
  const split = splitCidr(text);
  if (!split || split.prefix.length > 3 || !DECIMAL.test(split.prefix)) return null;
  const ip = parseIp(split.address);
  const prefix = Number(split.prefix);
  if (!ip || prefix > (ip.family === 4 ? 32 : 128)) return null;
  return { family: ip.family, prefix, words: ip.words.map((w, i) => (w & maskWord(prefix, i)) >>> 0) };
}

function formatV6(words: readonly number[]): string {
  const groups = words.flatMap((w) => [w >>> 16, w & 0xffff]);
  if (words[0] === 0 && words[1] === 0 && words[2] === 0xffff) {
    return `::ffff:${formatIp({ family: 4, words: [words[3]!] })}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  const before = hex.slice(0, bestStart).join(':');
  const after = hex.slice(bestStart + bestLength).join(':');
  return `${before}::${after}`;
}

/**
 * Canonical text of an address: dotted quad for IPv4; RFC 5952 for IPv6 (lower case, no
 * leading zeros, the longest run of two or more zero groups as `::`, IPv4-mapped addresses
 * in mixed notation as its section 5 recommends). Why: one spelling for display and storage.
 *
 * @example formatIp({ family: 6, words: [0x20010db8, 0, 0, 1] }) // '2001:db8::1'
 */
export function formatIp(ip: ParsedIp): string {
  if (ip.family === 6) return formatV6(ip.words);
  const w = ip.words[0]!;
  return `${w >>> 24}.${(w >>> 16) & 255}.${(w >>> 8) & 255}.${w & 255}`;
}

/**
 * Canonical text of a CIDR block, e.g. to show `10.0.0.1/8` normalised in the UI.
 *
 * @example formatCidr(parseCidr('10.0.0.1/8')!) // '10.0.0.0/8'
 */
export function formatCidr(cidr: ParsedCidr): string {
  return `${formatIp(cidr)}/${cidr.prefix}`;
}

/**
 * Whether the block holds the address. An address of the other family is never inside
 * (an IPv4-mapped IPv6 address is not in an IPv4 block: the API compares per ethertype).
 *
 * @example cidrContains(parseCidr('10.0.0.0/8')!, parseIp('10.2.3.4')!) // true
 */
export function cidrContains(cidr: ParsedCidr, ip: ParsedIp): boolean {
  if (cidr.family !== ip.family) return false;
  for (let i = 0; i < cidr.words.length; i++) {
    if ((ip.words[i]! & maskWord(cidr.prefix, i)) >>> 0 !== cidr.words[i]) return false;
  }
  return true;
}

/* ------------------------------------------------------------------ messages */

function describeV6Problem(address: string): NetProblem {
  const gaps = address.split('::').length - 1;
  if (gaps > 1) return message('net.v6.gapTwice');
  if (/[^0-9a-fA-F:.]/.test(address)) return message('net.v6.chars');
  const long = address.split(':').find((g) => !g.includes('.') && g.length > 4);
  if (long) return message('net.v6.groupLong', { group: long });
  const v4 = address.slice(address.lastIndexOf(':') + 1);
  if (v4.includes('.') && parseV4(v4) < 0)
    return describeV4Problem(v4, '') ?? message('net.v4.invalid', { address: v4 });
  return message('net.v6.form');
}

function describeV4Problem(address: string, suffix: string): NetProblem | null {
  const parts = address.split('.');
  if (parts.some((p) => !/^[0-9]+$/.test(p))) return null;
  const big = parts.find((p) => Number(p) > 255);
  if (big) return message('net.v4.tooLarge', { number: big });
  const plain = parts.map((p) => String(Number(p)));
  if (plain.some((p, i) => p !== parts[i])) {
    return message('net.v4.leadingZeros', {
      fixed: `${plain.join('.')}${suffix}`,
      typed: `${address}${suffix}`,
    });
  }
  if (parts.length < 4) {
    const full = [...parts, '0', '0', '0'].slice(0, 4).join('.');
    return message('net.v4.notFull', { full: `${full}${suffix}`, typed: `${address}${suffix}` });
  }
  return parts.length > 4 ? message('net.v4.parts') : null;
}

/**
 * What is wrong with an address, and what to write instead, as a message descriptor
 * (docs/architecture.md, "Languages"); null when `parseIp` accepts it.
 *
 * @example describeIpProblem('10.1') // { id: 'net.v4.notFull', params: { full: '10.1.0.0', typed: '10.1' } }
 */
export function describeIpProblem(text: string): NetProblem | null {
  if (parseIp(text)) return null;
  if (text.trim() === '') return message('net.ip.enter');
  if (/\s/.test(text)) return message('net.ip.spaces');
  if (text.includes('%')) return message('net.ip.zone');
  if (text.includes(':')) return describeV6Problem(text);
  return describeV4Problem(text, '') ?? message('net.ip.enter');
}

/**
 * What is wrong with a CIDR block and what to write instead, for forms and API errors, as a
 * message descriptor; null when valid. `""` is valid (a rule's empty CIDR means any address).
 * With `family`, a block of the other family is a problem too (a rule's CIDR must be of its
 * ethertype).
 *
 * @example describeCidrProblem('010.0.0.0/8') // { id: 'net.v4.leadingZeros', params: { fixed: '10.0.0.0/8', typed: '010.0.0.0/8' } }
 */
export function describeCidrProblem(text: string, family?: IpFamily): NetProblem | null {
  if (text === '') return null;
  const parsed = parseCidr(text);
  if (parsed) {
    if (family === undefined || parsed.family === family) return null;
    return message('net.cidr.family', { family, cidr: text, actual: parsed.family });
  }
  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, '');
    return parseCidr(compact) ? message('net.spaces.write', { text: compact }) : message('net.cidr.spaces');
  }
  if (text.includes('%')) return message('net.cidr.zone');
  const split = splitCidr(text);
  if (!split) {
    if (text.includes('/')) return message('net.cidr.slash');
    if (!parseIp(text)) return describeIpProblem(text);
    return message('net.cidr.addPrefix', { cidr: `${text}/${text.includes(':') ? 128 : 32}` });
  }
  const { address, prefix } = split;
  const ip = parseIp(address);
  if (!ip) {
    if (address.includes(':')) return describeV6Problem(address);
    return describeV4Problem(address, `/${prefix}`) ?? message('net.cidr.enter');
  }
  const max = ip.family === 4 ? 32 : 128;
  if (/^0[0-9]+$/.test(prefix) && Number(prefix) <= max) {
    return message('net.cidr.prefixZeros', { fixed: String(Number(prefix)), typed: prefix });
  }
  return message('net.cidr.prefixRange', { max: String(max), family: ip.family });
}
