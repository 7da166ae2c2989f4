/**
 * The packet tester's address: which view is open, and the packet under test as search
 * parameters, so that a shared link reproduces the test. Values are kept as typed (a bad
 * address stays in the form with its message) and checked by the form's schema.
 */
import { z } from 'zod';
import { draftSessionLinkSchema } from '@/domain/model/draft-session';

/** A number or the text typed (`?source_port=abc` is kept so the form can say what is wrong). */
const loose = z.union([z.number(), z.string()]).optional().catch(undefined);
const text = z.string().optional().catch(undefined);

/** The tester's search parameters; a value that does not fit is dropped, never an error page. */
export const packetTesterSearchSchema = z.object({
  /** `capture` opens the capture view; absent: the one-packet view. */
  view: z.enum(['packet', 'capture']).optional().catch(undefined),
  /** The ENI the packet is seen on: its id (a name or IP address is accepted and resolved). */
  source: text,
  /** The session the tester was opened from ("Test a packet" on a session). */
  session: text,
  /** The rule the tester was opened from ("Test a packet" on a rule). */
  rule: text,
  /** A session not yet created (the create wizard's review): tested with the region's sessions. */
  draft: draftSessionLinkSchema.optional().catch(undefined),
  /** `ingress` or `egress`; absent: inferred from the addresses. */
  direction: z.enum(['ingress', 'egress']).optional().catch(undefined),
  ethertype: text,
  /** TCP, UDP, ICMP, ICMPV6 or an IP protocol number. */
  protocol: loose,
  source_ip: text,
  destination_ip: text,
  source_port: loose,
  destination_port: loose,
  /** IP packet length in bytes. */
  length: loose,
  /** A reply to a connection the source opened (passes its stateful security group). */
  reply: z.boolean().optional().catch(undefined),
});

/** The tester's search parameters, as validated. */
export type PacketTesterSearch = z.infer<typeof packetTesterSearchSchema>;

/** The search parameters that describe the packet itself. */
export const PACKET_PARAMS = [
  'direction',
  'ethertype',
  'protocol',
  'source_ip',
  'destination_ip',
  'source_port',
  'destination_port',
  'length',
  'reply',
] as const satisfies readonly (keyof PacketTesterSearch)[];

/**
 * Whether the address holds a packet (beyond the interface): a link from a session or a
 * rule may give only `source` and `session` or `rule`, and the tester fills in an example.
 *
 * @example hasPacketParams({ source: 'port-1', session: 's-1' }) // false
 */
export function hasPacketParams(search: PacketTesterSearch): boolean {
  return PACKET_PARAMS.some((key) => search[key] !== undefined);
}

/** The search without any packet parameter (the view, source, session, rule and draft kept). */
export function withoutPacketParams(search: PacketTesterSearch): PacketTesterSearch {
  const { view, source, session, rule, draft } = search;
  return { view, source, session, rule, draft };
}
