import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  copyLimit,
  copySize,
  describeMtuCut,
  largestCopy,
  largestUncutPacketLength,
  sourceMtu,
} from './copy-size';

describe('copySize', () => {
  it.each([
    // name, packet_length, MTU, IP packet, inner, kept, copied, outer IP, frame, cut by, MTU cut
    [
      '96-byte session, full-size packet on MTU 1500',
      96,
      1500,
      1500,
      1514,
      96,
      96,
      132,
      146,
      'packet_length',
      0,
    ],
    ['a short packet fits whole', 96, 1500, 64, 78, 78, 78, 114, 128, null, 0],
    ['exactly packet_length is not cut', 96, 1500, 82, 96, 96, 96, 132, 146, null, 0],
    [
      '1460-byte session on MTU 1495: cut by the MTU',
      1460,
      1495,
      1495,
      1509,
      1460,
      1459,
      1495,
      1509,
      'mtu',
      1,
    ],
    [
      '1460-byte session on MTU 1496: not cut by the MTU',
      1460,
      1496,
      1496,
      1510,
      1460,
      1460,
      1496,
      1510,
      'packet_length',
      0,
    ],
    ['1460-byte session on MTU 1450', 1460, 1450, 1450, 1464, 1460, 1414, 1450, 1464, 'mtu', 46],
    ['a small packet is not cut by a small MTU', 1460, 1450, 1000, 1014, 1014, 1014, 1050, 1064, null, 0],
    [
      'the whole frame is cut when it does not fit',
      1460,
      1200,
      1200,
      1214,
      1214,
      1164,
      1200,
      1214,
      'mtu',
      50,
    ],
    ['jumbo MTU, 1460-byte session', 1460, 9000, 9000, 9014, 1460, 1460, 1496, 1510, 'packet_length', 0],
  ] as const)('%s', (_name, packetLength, mtu, ip, inner, kept, copied, outerIp, frame, by, mtuCut) => {
    expect(copySize(packetLength, mtu, ip)).toEqual({
      inner_frame_bytes: inner,
      packet_length: packetLength,
      source_mtu: mtu,
      mtu_assumed: false,
      kept_bytes: kept,
      copied_bytes: copied,
      outer_ip_bytes: outerIp,
      frame_bytes: frame,
      truncated: by !== null,
      truncated_by: by,
      mtu_cut_bytes: mtuCut,
    });
  });

  it.each([undefined, null, 0, -1])('assumes an MTU of 1500 when it is %s, and says so', (mtu) => {
    expect(copySize(1460, mtu, 1500)).toMatchObject({
      source_mtu: 1500,
      mtu_assumed: true,
      copied_bytes: 1460,
      truncated_by: 'packet_length',
    });
    expect(sourceMtu(mtu)).toEqual({ mtu: 1500, assumed: true });
  });

  it('the outer IP packet never exceeds the MTU, and the copy keeps all it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1460 }),
        fc.integer({ min: 68, max: 9000 }),
        fc.integer({ min: 0, max: 65535 }),
        (packetLength, mtu, ip) => {
          const size = copySize(packetLength, mtu, ip);
          expect(size.outer_ip_bytes).toBeLessThanOrEqual(mtu);
          expect(size.copied_bytes).toBe(Math.min(ip + 14, packetLength, mtu - 36));
          expect(size.copied_bytes).toBe(Math.min(ip + 14, copyLimit(packetLength, mtu)));
          expect(size.frame_bytes).toBe(size.outer_ip_bytes + 14);
        },
      ),
    );
  });
});

describe('largestCopy and largestUncutPacketLength', () => {
  it.each([
    [96, 1500, 'packet_length'],
    [1460, 1500, 'packet_length'],
    [1464, 1500, 'packet_length'],
    [1465, 1500, 'mtu'],
    [1414, 1450, 'packet_length'],
    [1415, 1450, 'mtu'],
    [1460, undefined, 'packet_length'],
  ] as const)('packet length %d on MTU %s: cut by %s', (packetLength, mtu, by) => {
    expect(largestCopy(packetLength, mtu).truncated_by).toBe(by);
  });

  it('is MTU - 36, the largest packet length never cut by the MTU', () => {
    expect(largestUncutPacketLength(1450)).toBe(1414);
    expect(largestUncutPacketLength(undefined)).toBe(1464);
    expect(largestUncutPacketLength(20)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 68, max: 9000 }), (mtu) => {
        const limit = largestUncutPacketLength(mtu);
        expect(largestCopy(limit, mtu).truncated_by).not.toBe('mtu');
        expect(largestCopy(limit + 1, mtu).truncated_by).toBe('mtu');
      }),
    );
  });
});

describe('describeMtuCut', () => {
  it('gives the numbers of the cut', () => {
    expect(describeMtuCut(copySize(1460, 1450, 1450))).toBe(
      "the 1460 bytes that the packet length keeps of the 1464-byte frame would make a 1496-byte outer IP packet (36 bytes of IPv4, UDP and VXLAN headers + 1460), 46 bytes more than the source's MTU of 1450, so the source cuts the copy by 46 bytes, to 1414 bytes",
    );
    expect(describeMtuCut(copySize(1460, 1200, 1200))).toBe(
      "the whole 1214-byte frame would make a 1250-byte outer IP packet (36 bytes of IPv4, UDP and VXLAN headers + 1214), 50 bytes more than the source's MTU of 1200, so the source cuts the copy by 50 bytes, to 1164 bytes",
    );
  });

  it('says when the MTU is assumed', () => {
    expect(describeMtuCut(copySize(1480, undefined, 1500))).toContain(
      "the assumed MTU of 1500 (the source's MTU is not reported)",
    );
  });
});
