/**
 * The packets a mirror source really carries (docs/behaviour.md, "Example packets"): inbound
 * packets are addressed to one of its own addresses, outbound ones come from one; an inbound
 * packet must also get past its subnet's network ACL and its security groups (section 5
 * step 1) to be seen at all. Known only when the inventory holds the source.
 */
import type { Direction, MirrorConfig, Port } from '../model/types';
import { parseIp } from '../net/address';
import { findPort } from '../network/inventory-lookup';
import { sourceAdmission, type SourceAdmission } from './admission-space';
import { compact, intersect, SOURCE, DESTINATION, type BoxSet, type Dims, type Interval } from './box-set';
import { packetSpace, wordsToBigint } from './rule-space';

/** What one source carries in one direction. */
export interface SourceTraffic {
  port: Port;
  direction: Direction;
  /** The source's addresses, as the inventory lists them. */
  addresses: string[];
  /** Packets with one of its addresses on its side: the destination inbound, the source outbound. */
  own: BoxSet;
  /** Inbound: `own` past its subnet's network ACL; outbound: `own`. */
  pastAcl: BoxSet;
  /** The packets it carries that the sessions see: inbound, past the ACL and its security groups. */
  carried: BoxSet;
  /** Inbound only: what its ACL and security groups let in. */
  admission: SourceAdmission | null;
}

/**
 * The packets of every family with one of `addresses` as source (outbound) or destination
 * (inbound).
 *
 * @example ownPackets(['10.0.0.3'], 'ingress') // TCP, UDP and other packets to 10.0.0.3
 */
export function ownPackets(addresses: readonly string[], direction: Direction): BoxSet {
  const dim = direction === 'ingress' ? DESTINATION : SOURCE;
  const boxes = addresses.flatMap((text) => {
    const ip = parseIp(text);
    if (!ip) return [];
    const value = wordsToBigint(ip.words);
    const point: Interval = [value, value];
    return packetSpace(ip.family).map((box) => {
      const dims = [...box.dims] as Interval[];
      dims[dim] = point;
      return { family: box.family, dims: dims as unknown as Dims };
    });
  });
  return compact(boxes);
}

/**
 * What the source carries in `direction`, or null when the configuration has no inventory or
 * the inventory does not know the source (nothing can then be said of its traffic).
 *
 * @example sourceTraffic(config, 'port-web-01', 'egress')?.addresses // ['10.0.0.3', '2407:c080:802:be7::3']
 */
export function sourceTraffic(
  config: MirrorConfig,
  sourceId: string,
  direction: Direction,
): SourceTraffic | null {
  const inventory = config.inventory;
  const port = inventory && findPort(inventory, sourceId);
  if (!inventory || !port) return null;
  const addresses = port.fixed_ips.map((f) => f.ip_address);
  const own = ownPackets(addresses, direction);
  if (direction === 'egress') {
    return { port, direction, addresses, own, pastAcl: own, carried: own, admission: null };
  }
  const admission = sourceAdmission(inventory, port);
  const pastAcl = intersect(own, admission.pastAcl);
  const carried = intersect(pastAcl, admission.pastSecurityGroup);
  return { port, direction, addresses, own, pastAcl, carried, admission };
}
