/**
 * Packets pasted as CSV lines, turned into a capture file so that they run through the same
 * pipeline as a real capture (and their copies can be exported).
 *
 * Format: one packet per line, values separated by commas, in the order of the header
 * `direction,ethertype,protocol,source_ip,destination_ip,source_port,destination_port,length`.
 * A first line naming columns (in any order) replaces that order. Blank lines and lines
 * starting with `#` are ignored. `protocol`, `source_ip` and `destination_ip` are required;
 * `direction` (ingress/egress) and `ethertype` (IPv4/IPv6) may be left empty and then come from
 * the addresses; ports are required for TCP and UDP; `length` is the IP packet length
 * (default 64).
 */
import { describeIpProblem, formatIp, parseIp } from '@/domain/net/address';
import { directionOfWord } from '@/domain/model/direction-words';
import { buildEthernet, buildIpv4, buildIpv6 } from '@/domain/net/packet-builder';
import { hasPorts, protocolNumberOf, transportHeaderLength } from '@/domain/net/protocols';
import { buildPcapFile, type PcapRecordSpec } from '@/domain/net/pcap-builder';
import { netMessage, type TesterMessage } from '../tester-message';
import type { LineProblem } from './capture-protocol';

/** The columns of pasted CSV packets, in their default order. */
export const CSV_COLUMNS = [
  'direction',
  'ethertype',
  'protocol',
  'source_ip',
  'destination_ip',
  'source_port',
  'destination_port',
  'length',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** At most this many problems are listed. */
const MAX_PROBLEMS = 20;

/** The interface the pasted packets are seen on: its name and canonical addresses. */
export interface CsvInterface {
  name: string;
  addresses: readonly string[];
}

/** The capture file made of the lines, or the lines that cannot be read. */
export type CsvCapture = { bytes: Uint8Array; packets: number } | { problems: LineProblem[]; count: number };

const isColumn = (text: string): text is Column => (CSV_COLUMNS as readonly string[]).includes(text);

function readHeader(cells: string[]): Column[] | TesterMessage {
  const columns = cells.map((c) => c.trim().toLowerCase());
  const unknown = columns.find((c) => !isColumn(c));
  if (unknown !== undefined)
    return { id: 'tester.csv.notColumn', params: { name: unknown, columns: CSV_COLUMNS.join(',') } };
  for (const needed of ['protocol', 'source_ip', 'destination_ip'] as const) {
    if (!columns.includes(needed)) return { id: 'tester.csv.missingColumn', params: { name: needed } };
  }
  return columns as Column[];
}

function integer(text: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** One line as a frame, or what is wrong with it. */
function readLine(values: Partial<Record<Column, string>>, own: CsvInterface): Uint8Array | TesterMessage {
  const protocolText = (values.protocol ?? '').toUpperCase();
  const protocol = protocolNumberOf(protocolText) ?? integer(protocolText, 0, 255);
  if (protocol === null) return { id: 'tester.csv.protocol' };
  const ips: string[] = [];
  for (const field of ['source_ip', 'destination_ip'] as const) {
    const problem = describeIpProblem(values[field] ?? '');
    if (problem) return { id: 'tester.csv.address', params: { field, problem: netMessage(problem) } };
    ips.push(formatIp(parseIp(values[field]!)!));
  }
  const [src, dst] = ips as [string, string];
  const family = parseIp(src)!.family;
  if (parseIp(dst)!.family !== family) return { id: 'tester.csv.mixedFamilies' };
  const ethertype = values.ethertype?.toLowerCase() ?? '';
  if (ethertype !== '' && ethertype !== `ipv${family}`) {
    return { id: 'tester.csv.ethertype', params: { family } };
  }
  const inferred = own.addresses.includes(src) ? 'egress' : own.addresses.includes(dst) ? 'ingress' : null;
  if (!inferred) {
    const addresses = own.addresses.join(', ');
    return { id: 'tester.csv.notSeen', params: { source: src, destination: dst, name: own.name, addresses } };
  }
  const directionText = values.direction?.toLowerCase() ?? '';
  const direction = directionText === '' ? inferred : directionOfWord(directionText);
  if (!direction) return { id: 'tester.csv.direction' };
  if (direction !== inferred) {
    const params = { inferred, direction, source: src, destination: dst, name: own.name };
    return { id: 'tester.csv.wrongDirection', params };
  }
  const ports = hasPorts(protocol);
  const srcPort = ports ? integer(values.source_port ?? '', 0, 65535) : 0;
  if (srcPort === null) return { id: 'tester.csv.port', params: { field: 'source_port' } };
  const dstPort = ports ? integer(values.destination_port ?? '', 0, 65535) : 0;
  if (dstPort === null) return { id: 'tester.csv.port', params: { field: 'destination_port' } };
  const headers = (family === 4 ? 20 : 40) + transportHeaderLength(protocol);
  const length = values.length ? integer(values.length, headers, 65535) : Math.max(64, headers);
  if (length === null) return { id: 'tester.csv.length', params: { minimum: headers } };
  const spec = { src, dst, protocol, srcPort, dstPort, payload: length - headers };
  return buildEthernet(family === 4 ? buildIpv4(spec) : buildIpv6(spec));
}

/**
 * Reads pasted CSV packets seen on an interface and writes them as a pcap file, or lists
 * the lines that cannot be read (line number and what to write instead).
 *
 * @example csvToCapture('ingress,IPv4,TCP,172.16.0.5,10.0.0.3,10000,80,64', { name: 'eth0', addresses: ['10.0.0.3'] })
 * // { bytes: Uint8Array (a pcap of 1 packet), packets: 1 }
 */
export function csvToCapture(text: string, own: CsvInterface): CsvCapture {
  let columns: readonly Column[] = CSV_COLUMNS;
  const problems: LineProblem[] = [];
  let count = 0;
  const records: PcapRecordSpec[] = [];
  const note = (line: number, message: TesterMessage) => {
    count++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  const lines = text.split(/\r?\n/);
  let first = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(',').map((c) => c.trim());
    const header = cells.every((c) => /^[a-z_]+$/i.test(c)) && cells.some((c) => isColumn(c.toLowerCase()));
    if (first && header) {
      first = false;
      const read = readHeader(cells);
      if (Array.isArray(read)) columns = read;
      else note(index + 1, read);
      return;
    }
    first = false;
    if (cells.length > columns.length) {
      return note(index + 1, {
        id: 'tester.csv.tooManyValues',
        params: { values: cells.length, columns: columns.length },
      });
    }
    const values = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    const frame = readLine(values, own);
    if (!(frame instanceof Uint8Array)) return note(index + 1, frame);
    records.push({
      data: frame,
      seconds: 1_700_000_000 + Math.floor(records.length / 1e6),
      fraction: records.length % 1e6,
    });
  });
  if (count > 0) return { problems, count };
  if (records.length === 0)
    return { problems: [{ line: 0, message: { id: 'tester.csv.noLines' } }], count: 1 };
  return { bytes: buildPcapFile(records), packets: records.length };
}
