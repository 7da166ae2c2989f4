import { z } from 'zod';
import type { Inventory } from '@/domain/model/types';
import type { Translator } from '@/i18n';
import { checkPacket, PACKET_PROTOCOLS, type PacketField } from './packet-fields';
import { say, type TesterMessage } from './tester-message';

/**
 * The packet form's schema for react-hook-form: every field as typed, then `checkPacket`
 * against the region's inventory, each problem reported on its field in the language of `t`
 * (the schema is built with the translator). Its output is the packet to test.
 *
 * @example packetFormSchema(inventory, t).safeParse(values).data?.packet.direction // 'ingress'
 */
export function packetFormSchema(inventory: Inventory, t: Translator['t']) {
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
      for (const [field, message] of Object.entries(checked.problems) as [PacketField, TesterMessage][]) {
        ctx.addIssue({ code: 'custom', path: [field], message: say(t, message) });
      }
      return z.NEVER;
    });
}
