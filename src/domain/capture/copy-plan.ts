/**
 * How the copies of each outcome are written (docs/behaviour.md, "The copy on the wire"): the outer headers (VNI, outer
 * addresses and MACs) and the number of inner bytes allowed, prepared once per outcome of the
 * compiled matcher instead of once per packet.
 */
import type { MirrorConfig, Port, TrafficMirrorSession } from '../model/types';
import type { Outcome } from '../matcher/types';
import { parseIp } from '../net/address';
import { copyLimit } from '../net/copy-size';
import { createVxlanTemplate, type VxlanTemplate } from '../net/packet-vxlan';
import { findPort, portIpv4, targetEndpoint } from '../network/inventory-lookup';

export interface CopyPlan {
  /** Outer headers per outcome index; null for outcomes that copy nothing. */
  templates: (VxlanTemplate | null)[];
  /** Most inner-frame bytes a copy may carry, per outcome index (0 when nothing is copied). */
  limits: Int32Array;
}

function ipv4Number(text: string | undefined): number | null {
  const ip = text === undefined ? null : parseIp(text);
  return ip && ip.family === 4 ? (ip.words[0] ?? 0) : null;
}

/**
 * A MAC address `aa:bb:cc:dd:ee:ff` (or with dashes) as 6 numbers, or null.
 *
 * @example parseMac('fa:16:3e:00:00:01') // [250, 22, 62, 0, 0, 1]
 */
export function parseMac(text: string | undefined): number[] | null {
  if (!text || !/^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i.test(text)) return null;
  return text.split(/[:-]/).map((part) => parseInt(part, 16));
}

function targetOf(config: MirrorConfig, session: TrafficMirrorSession): { ip: number; mac: number[] | null } {
  const inventory = config.inventory;
  const target = inventory
    ? targetEndpoint(inventory, session.traffic_mirror_target_type, session.traffic_mirror_target_id)
    : undefined;
  const vipPort =
    inventory && target?.load_balancer ? findPort(inventory, target.load_balancer.vip_port_id) : undefined;
  return { ip: ipv4Number(target?.address) ?? 0, mac: parseMac((target?.port ?? vipPort)?.mac_address) };
}

/**
 * Prepares the VXLAN copy of every mirrored outcome for packets of ENI `source`. The outer
 * source is the source port's IPv4 (else the first IPv4 of `addresses`), the destination the
 * target's IPv4 or VIP (0.0.0.0 when the inventory does not say). A copy carries at most the
 * session's packet_length bytes of the inner frame, and at most MTU - 36 so that the outer IP
 * packet fits the source's MTU (1500 when unknown): the limit of `copySize`, which the packet
 * tester and W3 use.
 * Why: the capture loop then writes each copy with no lookup and no allocation.
 *
 * @example planCopies(config, 'port-1', ['192.168.0.27'], compiled.outcomes).limits[3] // 96
 */
export function planCopies(
  config: MirrorConfig,
  source: string,
  addresses: readonly string[],
  outcomes: readonly Outcome[],
): CopyPlan {
  const port: Port | undefined = config.inventory ? findPort(config.inventory, source) : undefined;
  const sourceIp =
    ipv4Number(port && portIpv4(port)) ?? addresses.map(ipv4Number).find((ip) => ip !== null) ?? 0;
  const sourceMac = parseMac(port?.mac_address);
  const templates: (VxlanTemplate | null)[] = [];
  const limits = new Int32Array(outcomes.length);
  outcomes.forEach((outcome, i) => {
    const session = outcome.session;
    if (!outcome.mirrored || !session) {
      templates.push(null);
      return;
    }
    const target = targetOf(config, session);
    templates.push(
      createVxlanTemplate({
        vni: session.virtual_network_id,
        sourceIp,
        destinationIp: target.ip,
        ...(sourceMac ? { sourceMac } : {}),
        ...(target.mac ? { destinationMac: target.mac } : {}),
      }),
    );
    limits[i] = copyLimit(session.packet_length, port?.mtu);
  });
  return { templates, limits };
}
