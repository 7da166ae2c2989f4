/**
 * What the inventory adds to a verdict: step 1 of docs/behaviour.md, "Which packets are copied" (is an inbound packet
 * admitted by the source's network ACL and security group), the VXLAN copy of section 6 and
 * its delivery to the target (section 7). Rule evaluation itself lives in `network/`.
 */
import type { Ethertype, Inventory, TrafficMirrorSession } from '../model/types';
import { findPort, portIpv4, portSubnet, targetEndpoint } from '../network/inventory-lookup';
import { aclForSubnet, evaluateNetworkAcl } from '../network/network-acl';
import { evaluateSecurityGroups } from '../network/security-group';
import { copySize } from '../net/copy-size';
import type { PacketView } from './conditions';
import type { Admission, MirrorCopy, MirrorDelivery, MirrorPacket } from './types';
import { message, type AnalysisMessage } from '../analysis/messages';

/** The IP packet length assumed when a packet does not give one (a small TCP segment). */
export const DEFAULT_IP_PACKET_LENGTH = 64;
export const VXLAN_PORT = 4789;

function ethertypeOf(packet: MirrorPacket): Ethertype {
  return packet.ethertype.toLowerCase() === 'ipv6' ? 'IPv6' : 'IPv4';
}

const optionalPort = (port: number) => (port < 0 ? undefined : port);

/**
 * Step 1: an inbound packet dropped by the source subnet's network ACL or the source's
 * security groups never reaches the interface. The ACL is looked at first (the packet
 * crosses the subnet boundary before the port); a reply (`is_reply`) passes the stateful
 * security group but not the stateless ACL. Outbound packets, sources missing from the
 * inventory and ports without security groups are not filtered.
 *
 * @example admit(inventory, viewPacket({ ...p, direction: 'ingress' })).allowed // false when the ACL denies it
 */
export function admit(inventory: Inventory, packet: PacketView): Admission {
  const raw = packet.raw;
  const pass = (checked: boolean, note: AnalysisMessage): Admission => ({
    checked,
    allowed: true,
    dropped_by: null,
    reply_passed_security_group: false,
    note,
  });
  if (raw.direction !== 'ingress') {
    return pass(false, message('admission.outbound'));
  }
  const port = findPort(inventory, raw.source);
  if (!port) return pass(false, message('admission.notInInventory'));
  const ethertype = ethertypeOf(raw);
  const subnet = portSubnet(inventory, port);
  const acl = subnet && aclForSubnet(inventory, subnet.id);
  const aclVerdict = evaluateNetworkAcl(acl, {
    direction: 'ingress',
    ethertype,
    protocol: packet.protocol,
    source_ip: raw.source_ip,
    destination_ip: raw.destination_ip,
    source_port: optionalPort(packet.sourcePort),
    destination_port: optionalPort(packet.destinationPort),
  });
  const withAcl = aclVerdict.rule ? { network_acl_rule: aclVerdict.rule } : {};
  if (!aclVerdict.allowed) {
    const name = acl ? acl.name || acl.id : '';
    const note = aclVerdict.rule
      ? message('admission.aclDropsByRule', { acl: name, rule: aclVerdict.rule.name || aclVerdict.rule.id })
      : message('admission.aclDropsNoRule', { acl: name });
    return {
      checked: true,
      allowed: false,
      dropped_by: 'network_acl',
      reply_passed_security_group: false,
      ...withAcl,
      note,
    };
  }
  if (raw.is_reply === true || port.security_groups.length === 0) {
    const reply = raw.is_reply === true;
    const note = message(reply ? 'admission.reply' : 'admission.noSecurityGroup');
    return {
      checked: true,
      allowed: true,
      dropped_by: null,
      reply_passed_security_group: reply,
      ...withAcl,
      note,
    };
  }
  const sg = evaluateSecurityGroups(inventory.security_group_rules, port.security_groups, {
    direction: 'ingress',
    ethertype,
    protocol: packet.protocol,
    remote_ip: raw.source_ip,
    port: optionalPort(packet.destinationPort),
  });
  const withSg = sg.rule ? { security_group_rule: sg.rule } : {};
  const note = sg.allowed
    ? message('admission.allowed')
    : sg.rule
      ? message('admission.groupDropsByRule', { rule: sg.rule.id })
      : message('admission.groupDropsNoRule');
  return {
    checked: true,
    allowed: sg.allowed,
    dropped_by: sg.allowed ? null : 'security_group',
    reply_passed_security_group: false,
    ...withAcl,
    ...withSg,
    note,
  };
}

/**
 * The VXLAN copy of a packet (docs/behaviour.md, "The copy on the wire"). Its sizes come from `copySize` (the inner frame
 * is the IP packet plus its 14-byte Ethernet header, cut to the session's `packet_length`,
 * then further so that the outer IPv4 packet fits the source's MTU, 1500 when unknown), the
 * same function W3 uses.
 *
 * @example describeCopy(inventory, session, { ...p, length: 1500 }) // copied_bytes 96 (default packet_length), truncated_by 'packet_length'
 */
export function describeCopy(
  inventory: Inventory,
  session: TrafficMirrorSession,
  packet: MirrorPacket,
): MirrorCopy {
  const port = findPort(inventory, packet.source);
  const target = targetEndpoint(
    inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  return {
    vni: session.virtual_network_id,
    outer_source_ip: (port && portIpv4(port)) ?? null,
    outer_destination_ip: target?.address ?? null,
    udp_destination_port: VXLAN_PORT,
    outer_ethernet_bytes: 14,
    outer_ipv4_bytes: 20,
    udp_bytes: 8,
    vxlan_bytes: 8,
    ...copySize(session.packet_length, port?.mtu, packet.length ?? DEFAULT_IP_PACKET_LENGTH),
  };
}

/**
 * Whether a copy reaches the target (docs/behaviour.md, "Delivery to the target"): the target subnet's network ACL, then
 * the target's security groups, must allow inbound UDP 4789 from the source's IP. The VXLAN
 * source port is picked by the host per flow, so ACL rules are asked with none. A load
 * balancer has no security group of its own, so only its subnet's ACL applies.
 *
 * @example deliverCopy(inventory, session, copy).note // { id: 'delivery.groupDropsNoRule', params: { port: 4789, source: '192.168.0.27' } }
 */
export function deliverCopy(
  inventory: Inventory,
  session: TrafficMirrorSession,
  copy: MirrorCopy,
): MirrorDelivery {
  const target = targetEndpoint(
    inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  const source = copy.outer_source_ip;
  const fail = (note: AnalysisMessage): MirrorDelivery => ({ delivered: false, dropped_by: null, note });
  if (!target) return fail(message('delivery.targetUnknown', { target: session.traffic_mirror_target_id }));
  if (!source) return fail(message('delivery.noSourceAddress'));
  if (!target.address) return fail(message('delivery.noTargetAddress', { target: target.name }));
  const acl = target.subnet_id === undefined ? undefined : aclForSubnet(inventory, target.subnet_id);
  const aclVerdict = evaluateNetworkAcl(acl, {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 17,
    source_ip: source,
    destination_ip: target.address,
    destination_port: VXLAN_PORT,
  });
  const withAcl = aclVerdict.rule ? { network_acl_rule: aclVerdict.rule } : {};
  if (!aclVerdict.allowed) {
    const known = { acl: acl ? acl.name || acl.id : '', source, port: VXLAN_PORT };
    const note = aclVerdict.rule
      ? message('delivery.aclDropsByRule', { ...known, rule: aclVerdict.rule.name || aclVerdict.rule.id })
      : message('delivery.aclDropsNoRule', known);
    return { delivered: false, dropped_by: 'network_acl', ...withAcl, note };
  }
  if (target.security_group_ids.length === 0) {
    return {
      delivered: true,
      dropped_by: null,
      ...withAcl,
      note: message('delivery.aclAllows'),
    };
  }
  const sg = evaluateSecurityGroups(inventory.security_group_rules, target.security_group_ids, {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 17,
    remote_ip: source,
    port: VXLAN_PORT,
  });
  const withSg = sg.rule ? { security_group_rule: sg.rule } : {};
  if (!sg.allowed) {
    const note = sg.rule
      ? message('delivery.groupDropsByRule', { rule: sg.rule.id, source, port: VXLAN_PORT })
      : message('delivery.groupDropsNoRule', { source, port: VXLAN_PORT });
    return { delivered: false, dropped_by: 'security_group', ...withAcl, ...withSg, note };
  }
  const note = message('delivery.allowed');
  return { delivered: true, dropped_by: null, ...withAcl, ...withSg, note };
}
