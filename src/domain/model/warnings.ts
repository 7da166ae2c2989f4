/**
 * Warnings W1-W4 (docs/behaviour.md, "Warnings the console explains"): a session the API accepts but that will not copy (or not
 * deliver) everything the user expects. Each says why and carries the fix when there is one.
 *
 * Decisions: W1 applies to `eni` targets only (a load balancer has no security group of its
 * own; W2 still checks its VIP subnet). W1/W2 look at each source's primary IPv4 address
 * (copies travel in IPv4 VXLAN) and skip a source without one. W2 leaves the outer UDP source
 * port unknown, so an ACL rule restricted by source port is not counted as allowing copies.
 * W3 is per session and source: it uses the copy sizes of `net/copy-size` (the packet tester's
 * too), so it appears exactly when some copy is really cut by the source's MTU.
 */
import { largestCopy, largestUncutPacketLength, type CopySize } from '../net/copy-size';
import { VXLAN_IP_OVERHEAD } from '../net/packet-vxlan';
import { findPort, portIpv4, targetEndpoint } from '../network/inventory-lookup';
import type { TargetEndpoint } from '../network/inventory-lookup';
import { aclForSubnet, evaluateNetworkAcl, insertAfterFor } from '../network/network-acl';
import { evaluateSecurityGroups } from '../network/security-group';
import { DIRECTIONS } from './direction-words';
import { message, type ResultMessage } from './message';
import { portLabel } from './session-checks';
import type { Direction, NetworkAclRule, TrafficMirrorFilter, TrafficMirrorSession } from './types';
import type { Snapshot } from './violations';

/** The VXLAN UDP port copies are sent to (RFC 7348). */
export const VXLAN_PORT = 4789;

/** The security-group rule that lets copies from one source in (the document's Table 5). */
export interface SecurityGroupRuleFix {
  security_group_id: string;
  direction: 'ingress';
  ethertype: 'IPv4';
  protocol: 'udp';
  multiport: '4789';
  remote_ip_prefix: string;
  action: 'allow';
  priority: 1;
}

/** The network ACL rule that lets copies in (Table 6); put it before any deny rule. */
export interface NetworkAclRuleFix {
  firewall_id: string;
  direction: 'ingress';
  rule: Omit<NetworkAclRule, 'id' | 'name' | 'enabled'>;
  /** The rule to insert it after, just before the rule that blocks copies; absent: first. */
  insert_after_rule?: string;
}

export type WarningFix =
  | { kind: 'add-security-group-rule'; rule: SecurityGroupRuleFix }
  | { kind: 'add-network-acl-rule'; rule: NetworkAclRuleFix }
  | { kind: 'set-packet-length'; packet_length: number }
  | { kind: 'enable-session' }
  | { kind: 'add-filter-rule'; filter_id: string; direction: Direction };

export interface MirrorWarning {
  code: 'W1' | 'W2' | 'W3' | 'W4';
  /** What is wrong and what to do, rendered in the UI's language. */
  message: ResultMessage;
  /** Ids of the resources concerned (source port, security group, ACL, filter...). */
  resources: string[];
  direction?: Direction;
  fix?: WarningFix;
}

/** The fields of a session the warnings read. */
export type WarnedSession = Pick<
  TrafficMirrorSession,
  | 'traffic_mirror_filter_id'
  | 'traffic_mirror_sources'
  | 'traffic_mirror_target_id'
  | 'traffic_mirror_target_type'
  | 'enabled'
  | 'packet_length'
>;

type WarningContext = Pick<Snapshot, 'filters' | 'inventory'>;

/** Each source with its primary IPv4 address, skipping unknown ports and ports without one. */
function sourceAddresses(context: WarningContext, session: WarnedSession): { id: string; ip: string }[] {
  return session.traffic_mirror_sources.flatMap((id) => {
    const port = findPort(context.inventory, id);
    const ip = port && portIpv4(port);
    return ip ? [{ id, ip }] : [];
  });
}

function w1(
  context: WarningContext,
  target: TargetEndpoint,
  source: { id: string; ip: string },
): MirrorWarning | null {
  const groups = target.security_group_ids;
  const traffic = {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 17,
    remote_ip: source.ip,
    port: VXLAN_PORT,
  } as const;
  const verdict = evaluateSecurityGroups(context.inventory.security_group_rules, groups, traffic);
  if (verdict.allowed) return null;
  const head = message('w1.head', {
    target: target.name,
    source: portLabel(context.inventory, source.id),
    ip: source.ip,
    port: VXLAN_PORT,
  });
  const resources = [source.id, target.id, ...groups];
  const [group] = groups;
  if (group === undefined) {
    return { code: 'W1', message: message('w1.noGroup', { head }), resources };
  }
  if (verdict.rule && verdict.rule.priority <= 1) {
    const text = message('w1.denied', { head, rule: verdict.rule.id });
    return { code: 'W1', message: text, resources: [...resources, verdict.rule.id] };
  }
  const rule: SecurityGroupRuleFix = {
    security_group_id: group,
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'udp',
    multiport: '4789',
    remote_ip_prefix: `${source.ip}/32`,
    action: 'allow',
    priority: 1,
  };
  const text = message('w1.addRule', { head, ip: source.ip, port: VXLAN_PORT });
  return { code: 'W1', message: text, resources, fix: { kind: 'add-security-group-rule', rule } };
}

function w2(
  context: WarningContext,
  target: TargetEndpoint,
  source: { id: string; ip: string },
): MirrorWarning | null {
  if (target.subnet_id === undefined || target.address === undefined) return null;
  const acl = aclForSubnet(context.inventory, target.subnet_id);
  const traffic = {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 17,
    source_ip: source.ip,
    destination_ip: target.address,
    destination_port: VXLAN_PORT,
  } as const;
  const verdict = evaluateNetworkAcl(acl, traffic);
  if (verdict.allowed || !acl) return null;
  const from = {
    acl: acl.name,
    source: portLabel(context.inventory, source.id),
    ip: source.ip,
    port: VXLAN_PORT,
  };
  const text = verdict.rule
    ? message('w2.ruleDenies', { ...from, rule: verdict.rule.name })
    : message('w2.noRuleAllows', from);
  const rule: NetworkAclRuleFix = {
    firewall_id: acl.id,
    direction: 'ingress',
    insert_after_rule: insertAfterFor(acl.ingress_rules, verdict.rule),
    rule: {
      action: 'allow',
      protocol: 'udp',
      ip_version: 4,
      source_ip_address: `${source.ip}/32`,
      destination_ip_address: '',
      source_port: '',
      destination_port: String(VXLAN_PORT),
    },
  };
  return {
    code: 'W2',
    message: text,
    resources: [source.id, acl.id],
    fix: { kind: 'add-network-acl-rule', rule },
  };
}

/** How the source's MTU cuts a copy, in numbers (the words are the catalog's `w3.cut`). */
function mtuCut(size: CopySize): ResultMessage {
  const { kept_bytes: kept, inner_frame_bytes: inner } = size;
  const outer = VXLAN_IP_OVERHEAD + kept;
  return message('w3.cut', {
    whole: kept < inner ? 'no' : 'yes',
    kept,
    inner,
    outer,
    overhead: VXLAN_IP_OVERHEAD,
    over: outer - size.source_mtu,
    assumed: size.mtu_assumed ? 'yes' : 'no',
    mtu: size.source_mtu,
    cut: size.mtu_cut_bytes,
    copied: size.copied_bytes,
  });
}

/**
 * W3 for one source of a session: the copy of a full-size packet (the largest the source can
 * produce) is cut by the source's MTU, which happens exactly when `packet_length + 36 > MTU`.
 * The fix is a packet length of at most MTU - 36; a source whose MTU is not reported is taken
 * to have 1500, and the message says so.
 *
 * @example mtuWarning(snapshot, 'port-b', 1460) // W3 with fix { kind: 'set-packet-length', packet_length: 1414 } when port-b has MTU 1450
 * @example mtuWarning(snapshot, 'port-b', 96) // null: 96 + 36 fits any MTU of 132 or more
 */
export function mtuWarning(
  context: WarningContext,
  portId: string,
  packetLength: number,
): MirrorWarning | null {
  const port = findPort(context.inventory, portId);
  const largest = largestCopy(packetLength, port?.mtu);
  if (largest.truncated_by !== 'mtu') return null;
  const limit = largestUncutPacketLength(port?.mtu);
  const head = message('w3.head', {
    source: portLabel(context.inventory, portId),
    length: packetLength,
    mtu: largest.source_mtu,
    cut: mtuCut(largest),
  });
  const resources = [portId];
  if (limit < 1) return { code: 'W3', message: message('w3.noLength', { head }), resources };
  const text = message('w3.setLength', { head, limit });
  return { code: 'W3', message: text, resources, fix: { kind: 'set-packet-length', packet_length: limit } };
}

/**
 * W4 for a filter: a direction without any rule copies nothing in that direction.
 *
 * @example filterWarnings(filterWithOnlyInboundRules) // [{ code: 'W4', direction: 'egress', message: { id: 'w4.noRule', params: { filter: 'f', direction: 'egress' } } }]
 */
export function filterWarnings(filter: TrafficMirrorFilter): MirrorWarning[] {
  const out: MirrorWarning[] = [];
  for (const direction of DIRECTIONS) {
    if (filter[`${direction}_rules`].length > 0) continue;
    out.push({
      code: 'W4',
      message: message('w4.noRule', { filter: filter.name, direction }),
      direction,
      resources: [filter.id],
      fix: { kind: 'add-filter-rule', filter_id: filter.id, direction },
    });
  }
  return out;
}

/**
 * All warnings of a session (or of a draft before it is created): W4 (disabled; filter
 * without rules in a direction), then per source W1 (target security group, ENI targets), W2
 * (target subnet's network ACL) and W3 (copies cut by the source's MTU).
 *
 * @example sessionWarnings(snapshot, { ...session, enabled: false })[0]
 * // { code: 'W4', message: { id: 'w4.disabled' }, fix: { kind: 'enable-session' }, ... }
 */
export function sessionWarnings(context: WarningContext, session: WarnedSession): MirrorWarning[] {
  const out: (MirrorWarning | null)[] = [];
  if (!session.enabled) {
    out.push({ code: 'W4', message: message('w4.disabled'), resources: [], fix: { kind: 'enable-session' } });
  }
  const filter = context.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  if (filter) out.push(...filterWarnings(filter));
  const target = targetEndpoint(
    context.inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  for (const source of sourceAddresses(context, session)) {
    if (target?.type === 'eni') out.push(w1(context, target, source));
    if (target) out.push(w2(context, target, source));
  }
  for (const id of session.traffic_mirror_sources) {
    out.push(mtuWarning(context, id, session.packet_length));
  }
  return out.filter((w): w is MirrorWarning => w !== null);
}
