/**
 * Inputs and outputs of the matcher (docs/behaviour.md, "Which packets are copied" to "Delivery to the target"). Field names follow the API's
 * snake_case so the packet tester can put a packet in the URL and show the verdict as is.
 */
import type {
  Direction,
  Ethertype,
  NetworkAclRule,
  SecurityGroupRule,
  TargetType,
  TrafficMirrorSession,
} from '../model/types';
import type { CopySize } from '../net/copy-size';
import type { NamedProtocol } from '../net/protocols';
import type { AnalysisMessage } from '../analysis/messages';

export type PacketProtocol = NamedProtocol | number;

/** A packet seen on the ENI `source`, received (`ingress`) or sent (`egress`) by it. */
export interface MirrorPacket {
  /** The ENI (port) id the packet is seen on. */
  source: string;
  direction: Direction;
  ethertype: Ethertype;
  /** A name, or the IP protocol number (TCP 6, UDP 17, ICMP 1, ICMPv6 58). */
  protocol: PacketProtocol;
  source_ip: string;
  destination_ip: string;
  /** Only TCP and UDP packets have ports; given for other protocols they are ignored. */
  source_port?: number;
  destination_port?: number;
  /** Length of the IP packet in bytes (IP header included, Ethernet excluded); default 64. */
  length?: number;
  /** A reply to a connection the source opened: passes the stateful security group (step 1). */
  is_reply?: boolean;
}

export type VerdictReason =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'NO_MATCH'
  | 'NO_ENABLED_SESSION'
  | 'NOT_A_SOURCE'
  | 'DROPPED_BY_SECURITY_GROUP'
  | 'DROPPED_BY_NETWORK_ACL';

/** The condition of a rule, in the order they are checked. */
export type RuleField =
  | 'ethertype'
  | 'protocol'
  | 'source_cidr_block'
  | 'destination_cidr_block'
  | 'source_port_range'
  | 'destination_port_range';

/** The first condition of a rule that did not hold: the rule's text and the packet's value. */
export interface ConditionFailure {
  field: RuleField;
  rule_value: string;
  /** `null` when the packet has no such value (no ports: not TCP or UDP, or none given). */
  packet_value: string | null;
}

export interface RuleTrace {
  rule_id: string;
  priority: number;
  action: 'accept' | 'reject';
  held: boolean;
  /** Present when `held` is false. */
  failed?: ConditionFailure;
}

export interface SessionTrace {
  session_id: string;
  session_name: string;
  priority: number;
  filter_id: string;
  /** `disabled`: the session is off and was not looked at. */
  skipped: 'disabled' | null;
  /** The filter does not exist (only in imported data): the session has no rules. */
  filter_missing: boolean;
  /** The rules of the packet's direction that were looked at, in order. */
  rules: RuleTrace[];
  /** A rule of this session decided (accept or reject); false means fall through. */
  decided: boolean;
}

/** Step 1: whether an inbound packet got past the source's network ACL and security group. */
export interface Admission {
  /** False when step 1 did not apply: outbound packet, or the source is not in the inventory. */
  checked: boolean;
  allowed: boolean;
  /** The layer that dropped the packet (the ACL is crossed first). */
  dropped_by: 'network_acl' | 'security_group' | null;
  /** The security group was not consulted because the packet is a reply (stateful). */
  reply_passed_security_group: boolean;
  /** The rule that decided, when one did (a packet matching no rule is denied by default). */
  network_acl_rule?: NetworkAclRule;
  security_group_rule?: SecurityGroupRule;
  /** What happened at step 1, as a message to render. */
  note: AnalysisMessage;
}

/** The VXLAN copy put on the wire (docs/behaviour.md, "The copy on the wire"): its headers, and its sizes in bytes. */
export interface MirrorCopy extends CopySize {
  vni: number;
  /** IPv4 of the source ENI; null when the inventory does not say. */
  outer_source_ip: string | null;
  /** IPv4 of the target ENI, or the load balancer's VIP; null when unknown. */
  outer_destination_ip: string | null;
  udp_destination_port: 4789;
  outer_ethernet_bytes: 14;
  outer_ipv4_bytes: 20;
  udp_bytes: 8;
  vxlan_bytes: 8;
}

/** Whether the copy reaches the target (docs/behaviour.md, "Delivery to the target"). */
export interface MirrorDelivery {
  delivered: boolean;
  dropped_by: 'security_group' | 'network_acl' | null;
  security_group_rule?: SecurityGroupRule;
  network_acl_rule?: NetworkAclRule;
  /** What is missing and how to fix it, or what lets the copy through, as a message to render. */
  note: AnalysisMessage;
}

/** The decision alone: the same in `evaluatePacket`, the compiled `evaluate` and `decide`. */
export interface Outcome {
  mirrored: boolean;
  reason: VerdictReason;
  session_id: string | null;
  rule_id: string | null;
  /** The session's target, set when the packet is copied (ACCEPTED). */
  target_id: string | null;
  target_type: TargetType | null;
  /** The deciding session (ACCEPTED or REJECTED), null otherwise. */
  session: TrafficMirrorSession | null;
}

/** An outcome plus what the inventory tells (absent without inventory). */
export interface VerdictCore extends Omit<Outcome, 'session'> {
  admission?: Admission;
  /** The copy when mirrored and an inventory is given, else null. */
  copy?: MirrorCopy | null;
  delivery?: MirrorDelivery | null;
}

export interface Verdict extends VerdictCore {
  /** Every session and rule visited, in order. */
  trace: SessionTrace[];
}
