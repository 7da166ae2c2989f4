import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PacketIndex, reserveColumns } from './packet-index';
import { touchPages } from './touched-memory';

/** An index of `offsets` and `codes` built on `reserved` chunks prepared ahead. */
function indexOn(reserved: number, offsets: number[], codes: number[]): PacketIndex {
  const index = new PacketIndex(reserveColumns(reserved));
  offsets.forEach((offset, i) => index.add(offset, codes[i]!));
  return index;
}

describe('PacketIndex on columns reserved ahead', () => {
  it.each([
    ['no chunk reserved', 0, 3],
    ['fewer chunks reserved than used', 1, 70_000],
    ['more chunks reserved than used', 4, 70_000],
  ])('keeps the offsets and codes of every packet with %s', (_name, reserved, packets) => {
    const offsets = Array.from({ length: packets }, (_, i) => 24 + 60 * i);
    const codes = offsets.map((_, i) => (i % 7) - 3);
    const index = indexOn(reserved, offsets, codes);
    expect(index.count).toBe(packets);
    for (const i of [0, 1, 65_535, 65_536, packets - 1].filter((i) => i < packets)) {
      expect(index.offsetOf(i)).toBe(offsets[i]);
      expect(index.codeOf(i)).toBe(codes[i]);
    }
  });

  it('fills the reserved columns first, in order', () => {
    const reserved = reserveColumns(2);
    const [first, second] = reserved;
    const index = new PacketIndex(reserved);
    for (let i = 0; i < 65_537; i++) index.add(100 + i * 20, i % 5);
    expect(first!.codes[3]).toBe(3);
    expect(first!.deltas[3]).toBe(60);
    expect(second!.deltas[0]).toBe(0); // the second chunk starts at its own first packet
    expect(second!.codes[0]).toBe(65_536 % 5);
    expect(reserved).toHaveLength(0); // taken by the index
  });

  it('answers as an index without reserved columns, whatever the packets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 16, max: 70_000 }), fc.integer({ min: -5, max: 40 })), {
          maxLength: 300,
        }),
        (reserved, packets) => {
          const offsets: number[] = [];
          packets.reduce((at, [length]) => (offsets.push(at), at + length), 24);
          const codes = packets.map(([, code]) => code);
          const plain = indexOn(0, offsets, codes);
          const ahead = indexOn(reserved, offsets, codes);
          expect(ahead.count).toBe(plain.count);
          offsets.forEach((_, i) => {
            expect(ahead.offsetOf(i)).toBe(plain.offsetOf(i));
            expect(ahead.codeOf(i)).toBe(plain.codeOf(i));
          });
        },
      ),
    );
  });
});

describe('touchPages', () => {
  it('leaves a fresh buffer all zeros and returns it', () => {
    const buffer = new ArrayBuffer(3 * 4096 + 10);
    expect(touchPages(buffer)).toBe(buffer);
    expect(new Uint8Array(buffer).every((byte) => byte === 0)).toBe(true);
  });
});
