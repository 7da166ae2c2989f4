import { Link } from '@tanstack/react-router';
import { packetText } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';

/** What the packet tester was opened from, kept in its address beside the packet. */
export interface TesterOrigin {
  rule?: string;
  session?: string;
}

/**
 * The packet tester's search parameters for a packet: the interface, the direction and every
 * packet field, so that the tester tests it as soon as it opens. Ports only for TCP and UDP.
 */
export function testerSearchOfPacket(packet: MirrorPacket, origin: TesterOrigin = {}) {
  const ports = packet.protocol === 'TCP' || packet.protocol === 'UDP';
  return {
    source: packet.source === '' ? undefined : packet.source,
    ...origin,
    direction: packet.direction,
    ethertype: packet.ethertype,
    protocol: packet.protocol,
    source_ip: packet.source_ip,
    destination_ip: packet.destination_ip,
    source_port: ports ? packet.source_port : undefined,
    destination_port: ports ? packet.destination_port : undefined,
  };
}

export interface TesterLinkProps {
  packet: MirrorPacket;
  /** The visible words, such as "Test this rule's packet". */
  label: string;
  /** Added to the accessible name so that links of several rules can be told apart. */
  context: string;
  origin?: TesterOrigin;
}

/** An example packet in one line, and a link that opens it in the packet tester. */
export function TesterLink({ packet, label, context, origin }: TesterLinkProps) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="font-mono text-xs text-slate-700">{packetText(packet)}</span>
      <Link
        to="/packet-tester"
        search={testerSearchOfPacket(packet, origin)}
        aria-label={`${label}: ${context}`}
        className="text-xs font-medium whitespace-nowrap text-brand-700 underline underline-offset-2"
      >
        {label}
      </Link>
    </span>
  );
}
