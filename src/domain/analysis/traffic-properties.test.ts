/**
 * The packets a source carries, against the shared matcher, on random security groups, ACLs
 * and sessions: the admitted set is exactly what step 1 lets in, and every packet the
 * analysis offers as copied is copied by the matcher with the inventory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MirrorConfig } from '../model/types';
import { parseIp } from '../net/address';
import { viewPacket } from '../matcher/conditions';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { admit } from '../matcher/inventory-steps';
import type { MirrorPacket } from '../matcher/types';
import { contains } from './box-set';
import { packetText } from './describe';
import { examplePacketForSession } from './examples';
import { protocolAxis, wordsToBigint } from './rule-space';
import { analyzeSource } from './source-analysis';
import { sourceTraffic } from './source-traffic';
import { packetsArb, sourceConfigArb } from './test-arbitraries';
import { sourceInventoryArb } from './test-inventory';

const PROPERTY_TIMEOUT = 120_000;

/** The packet with the source's own address on its side, as the source would carry it. */
function carriedBy(packet: MirrorPacket, addresses: string[]): MirrorPacket {
  const own = addresses.find((a) => parseIp(a)?.family === (packet.ethertype === 'IPv6' ? 6 : 4));
  if (!own) return packet;
  return packet.direction === 'ingress' ? { ...packet, destination_ip: own } : { ...packet, source_ip: own };
}

/** A well-formed packet as a point of the box space; null for ports on a protocol without ports. */
function pointOf(packet: MirrorPacket): bigint[] | null {
  const view = viewPacket(packet);
  const ported = view.protocol === 6 || view.protocol === 17;
  if (!ported && (packet.source_port !== undefined || packet.destination_port !== undefined)) return null;
  return [
    protocolAxis(view.protocol),
    wordsToBigint(view.source!.words),
    wordsToBigint(view.destination!.words),
    BigInt(packet.source_port ?? -1),
    BigInt(packet.destination_port ?? -1),
  ];
}

const withInventory = fc
  .tuple(sourceConfigArb, sourceInventoryArb, packetsArb)
  .map(([config, inventory, packets]): [MirrorConfig, MirrorPacket[]] => [{ ...config, inventory }, packets]);

describe('the packets a source carries (properties)', () => {
  it(
    'past the ACL and security groups: exactly the inbound packets step 1 lets in',
    () => {
      fc.assert(
        fc.property(withInventory, ([config, packets]) => {
          const inbound = sourceTraffic(config, 'eni-1', 'ingress')!;
          for (const raw of packets.filter((p) => p.direction === 'ingress')) {
            const packet = carriedBy(raw, inbound.addresses);
            const point = pointOf(packet);
            if (!point) continue;
            const family = packet.ethertype === 'IPv6' ? 6 : 4;
            const own = inbound.addresses.includes(packet.destination_ip);
            const expected = own && admit(config.inventory!, viewPacket(packet)).allowed;
            expect(contains(inbound.carried, family, point), packetText(packet)).toBe(expected);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'every packet offered as copied is addressed to or from the source and copied by its session',
    () => {
      fc.assert(
        fc.property(withInventory, ([config]) => {
          const { reach } = analyzeSource(config, 'eni-1');
          const port = config.inventory!.ports[0]!;
          const addresses = port.fixed_ips.map((f) => f.ip_address);
          const offered = [
            ...reach.flatMap((r) => (r.copyExample ? [{ id: r.sessionId, packet: r.copyExample }] : [])),
            ...config.sessions.flatMap((s) => {
              const result = examplePacketForSession(config, s.id, 'eni-1');
              return result.found ? [{ id: s.id, packet: result.packet }] : [];
            }),
          ];
          for (const { id, packet } of offered) {
            const own = packet.direction === 'ingress' ? packet.destination_ip : packet.source_ip;
            expect(addresses).toContain(own);
            const verdict = evaluatePacket(config, packet);
            expect([verdict.reason, verdict.session_id], packetText(packet)).toEqual(['ACCEPTED', id]);
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
