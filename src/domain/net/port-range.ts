/**
 * Port ranges of mirror filter rules (docs/behaviour.md, "Resources and their fields"): `"from-to"`, 1-65535, from <= to. A
 * single port is written `80-80`, as the real API requires; a bare `80` is refused with a
 * message saying so (it is not silently taken as 80-80, so that what the console stores is
 * what the cloud would store).
 */

import { message } from '../model/message';
import type { NetProblem } from './address';

export interface PortRange {
  from: number;
  to: number;
}

const PORT = /^[1-9][0-9]{0,4}$/;

function parsePort(text: string): number {
  return PORT.test(text) && Number(text) <= 65535 ? Number(text) : -1;
}

/**
 * Parses `"from-to"` strictly: decimal ports 1-65535 without signs, spaces or leading zeros,
 * from <= to. `""` (any port) and a bare `"80"` give null. Why: the matcher compares numbers.
 *
 * @example parsePortRange('10000-10001') // { from: 10000, to: 10001 }
 */
export function parsePortRange(text: string): PortRange | null {
  const dash = text.indexOf('-');
  if (dash === -1) return null;
  const from = parsePort(text.slice(0, dash));
  const to = parsePort(text.slice(dash + 1));
  return from < 0 || to < 0 || from > to ? null : { from, to };
}

/**
 * The API text of a range.
 *
 * @example formatPortRange({ from: 80, to: 80 }) // '80-80'
 */
export function formatPortRange(range: PortRange): string {
  return `${range.from}-${range.to}`;
}

/** Whether a port lies in the range, both ends included. @example portInRange({ from: 1, to: 9 }, 9) // true */
export function portInRange(range: PortRange, port: number): boolean {
  return port >= range.from && port <= range.to;
}

type End = 'first' | 'last';

function describeEnd(text: string, end: End): NetProblem | null {
  if (text === '') return message('net.ports.endEmpty', { end });
  if (!/^[0-9]+$/.test(text)) return message('net.ports.endNotNumber', { end, text });
  if (/^0[0-9]/.test(text)) return message('net.ports.endZeros', { end, port: String(Number(text)) });
  const port = Number(text);
  if (port < 1 || port > 65535) return message('net.ports.endRange', { end, text });
  return null;
}

/**
 * What is wrong with a port range and what to write instead, as a message descriptor
 * (docs/architecture.md, "Languages"); null when valid. `""` is valid (a rule's empty range
 * means any port).
 *
 * @example describePortRangeProblem('80') // { id: 'net.ports.single', params: { range: '80-80' } }
 */
export function describePortRangeProblem(text: string): NetProblem | null {
  if (text === '' || parsePortRange(text)) return null;
  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, '');
    if (parsePortRange(compact)) return message('net.spaces.write', { text: compact });
    return message('net.ports.spaces');
  }
  if (/^[0-9]+$/.test(text)) {
    const port = Number(text);
    if (port < 1 || port > 65535) return message('net.ports.outOfRange', { text });
    return message('net.ports.single', { range: `${port}-${port}` });
  }
  const parts = text.split('-');
  if (parts.length !== 2) return message('net.ports.form');
  const [from = '', to = ''] = parts;
  const problem = describeEnd(from, 'first') ?? describeEnd(to, 'last');
  if (problem) return problem;
  return message('net.ports.order', { range: `${to}-${from}` });
}
