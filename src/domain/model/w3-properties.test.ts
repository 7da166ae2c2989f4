import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCopy } from '../matcher/inventory-steps';
import type { MirrorPacket } from '../matcher/types';
import { sourceMtu } from '../net/copy-size';
import { makeSession, makeSnapshot } from './test-fixtures';
import { mtuWarning, sessionWarnings } from './warnings';

const packet = (length: number): MirrorPacket => ({
  source: 'p1',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'TCP',
  source_ip: '10.0.0.9',
  destination_ip: '192.168.0.27',
  length,
});

/** A reported MTU, or one the API does not report (missing or not positive). */
const mtus = fc.oneof(fc.integer({ min: 576, max: 9000 }), fc.constantFrom(0, -1, undefined));

describe('W3 and the packet tester agree', () => {
  it('W3 shows exactly when the tester cuts the copy of some packet (up to MTU + 14 bytes of frame) by the MTU', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1460 }),
        mtus,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
        (packetLength, mtu, fractions) => {
          const snapshot = makeSnapshot();
          const port = snapshot.inventory.ports.find((p) => p.id === 'p1')!;
          port.mtu = mtu as number;
          const session = makeSession({ packet_length: packetLength });
          // IP packets up to the MTU (frames up to MTU + 14): the full-size one and random others.
          const largestIpPacket = sourceMtu(mtu).mtu;
          const lengths = [largestIpPacket, ...fractions.map((f) => Math.round(f * largestIpPacket))];
          const cut = lengths.some(
            (length) => describeCopy(snapshot.inventory, session, packet(length)).truncated_by === 'mtu',
          );
          const w3 = mtuWarning(snapshot, 'p1', packetLength);
          expect(w3 !== null).toBe(cut);
          expect(sessionWarnings(snapshot, session).some((w) => w.code === 'W3')).toBe(cut);
          if (w3?.fix?.kind === 'set-packet-length') {
            const fixed = makeSession({ packet_length: w3.fix.packet_length });
            const full = describeCopy(snapshot.inventory, fixed, packet(largestIpPacket));
            expect(full.truncated_by).not.toBe('mtu');
            expect(mtuWarning(snapshot, 'p1', w3.fix.packet_length)).toBeNull();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
