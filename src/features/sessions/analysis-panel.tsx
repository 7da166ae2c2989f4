import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { packetText } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { findPort } from '@/domain/network/inventory-lookup';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { sessionFindings } from './analysis-findings';

/** The packet tester's search parameters for a packet, opened from a session. */
function testerSearch(packet: MirrorPacket, session: string) {
  const ports = packet.protocol === 'TCP' || packet.protocol === 'UDP';
  return {
    source: packet.source,
    session,
    direction: packet.direction,
    ethertype: packet.ethertype,
    protocol: packet.protocol,
    source_ip: packet.source_ip,
    destination_ip: packet.destination_ip,
    source_port: ports ? packet.source_port : undefined,
    destination_port: ports ? packet.destination_port : undefined,
  };
}

/**
 * What the session really receives from each of its sources, exactly: sources on which
 * higher-priority sessions decide all its packets, overlaps with the other sessions of a
 * source, directions that copy nothing, and example packets that open in the packet tester.
 */
export function SessionAnalysisPanel({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const lines = useMemo(() => {
    const config = {
      sessions: [...snapshot.sessions],
      filters: [...snapshot.filters],
      inventory: snapshot.inventory,
    };
    return sessionFindings(config, session, (id) => findPort(snapshot.inventory, id)?.name ?? id);
  }, [session, snapshot]);
  return (
    <Panel title="Traffic analysis">
      {lines.length === 0 ? (
        <p className="text-sm text-slate-600">This session has no source: add one to mirror its packets.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {lines.map((line) => (
            <li key={line.key} className="space-y-1 py-2">
              <p className="flex items-start gap-2">
                <span className="shrink-0">
                  <Badge tone={line.tone}>{line.badge}</Badge>
                </span>
                <span>{line.message}</span>
              </p>
              {line.packet && (
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-mono text-xs text-slate-700">{packetText(line.packet)}</span>
                  <Link
                    to="/packet-tester"
                    search={testerSearch(line.packet, session.id)}
                    aria-label={`Test this packet: ${line.context}`}
                    className="text-xs font-medium whitespace-nowrap text-brand-700 underline underline-offset-2"
                  >
                    Test this packet
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
