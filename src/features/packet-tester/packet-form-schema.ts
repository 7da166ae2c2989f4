import { z } from 'zod';
import type { Inventory } from '@/domain/model/types';
import { checkPacket, PACKET_PROTOCOLS, type PacketField } from './packet-fields';

/**
 * The packet form's schema for react-hook-form: every field as typed, then `checkPacket`
 * against the region's inventory, each problem reported on its field. Its output is the
 * packet to test.
 *
 * @example packetFormSchema(inventory).safeParse(values).data?.packet.direction // 'ingress'
 */
export function packetFormSchema(inventory: Inventory) {
  return z
    .object({
      source: z.string(),
      direction: z.enum(['auto', 'ingress', 'egress']),
      ethertype: z.enum(['IPv4', 'IPv6']),
      protocol: z.enum(PACKET_PROTOCOLS),
      protocol_number: z.string(),
      source_ip: z.string(),
      destination_ip: z.string(),
      source_port: z.string(),
      destination_port: z.string(),
      length: z.string(),
      reply: z.boolean(),
    })
    .transform((values, ctx) => {
      const checked = checkPacket(values, inventory);
      if (checked.ok) return checked.value;
      for (const [field, message] of Object.entries(checked.problems) as [PacketField, string][]) {
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
      return z.NEVER;
    });
}
