/**
 * The numeric packet that `CompiledConfig.decide` reads (see compile-config.ts). A capture
 * pipeline fills one from the bytes of each packet and reuses it.
 */

/** Fixed outcome indices; deciding rules follow from index 3. */
export const OUTCOME_NOT_A_SOURCE = 0;
export const OUTCOME_NO_ENABLED_SESSION = 1;
export const OUTCOME_NO_MATCH = 2;

/** One packet as numbers, reused from packet to packet (see `createPacketFields`). */
export interface PacketFields {
  /** From `sourceIndexOf`; -1 when the ENI is not a source. */
  sourceIndex: number;
  /** 0 ingress, 1 egress. */
  direction: 0 | 1;
  ethertype: 4 | 6;
  /** IP protocol number. */
  protocol: number;
  /** Address words, most significant first; IPv4 uses [0]. */
  src: Uint32Array;
  dst: Uint32Array;
  /** -1 when the protocol has none (only TCP and UDP have ports). */
  srcPort: number;
  dstPort: number;
  /** IP packet length in bytes; not used by `decide`, carried for the caller. */
  length: number;
}

/**
 * A blank `PacketFields` to fill and reuse, so that deciding allocates nothing.
 *
 * @example const fields = createPacketFields(); fields.src[0] = 0x0a000001; // 10.0.0.1
 */
export function createPacketFields(): PacketFields {
  const src = new Uint32Array(4);
  const dst = new Uint32Array(4);
  return {
    sourceIndex: -1,
    direction: 0,
    ethertype: 4,
    protocol: 0,
    src,
    dst,
    srcPort: -1,
    dstPort: -1,
    length: 0,
  };
}
