/**
 * What the kinds of mirror sources and targets are, in the words every screen uses (docs/behaviour.md,
 * "Concepts"): a session's `type` is the kind of its sources, always an elastic network
 * interface; its target is a network interface or a load balancer, reached at its private VIP.
 */
import type { TargetType, TrafficMirrorSession } from './types';

/** A session's `type`, the kind of its mirror sources, as a label (not the target's type). */
export const SOURCE_TYPE_LABEL: Record<TrafficMirrorSession['type'], string> = {
  eni: 'Elastic network interface (ENI)',
};

/** A target type as operators read it. */
export const TARGET_TYPE_LABEL: Record<TargetType, string> = {
  eni: 'Network interface',
  elb: 'Load balancer',
};

/**
 * Which load balancers can receive copies, and why: copies are sent to the private VIP, so a
 * public IP neither qualifies nor disqualifies one.
 */
export const LOAD_BALANCER_TARGET_NOTE =
  'Copies go to its private address (VIP), so any load balancer in a VPC your sources can reach can receive them, with or without a public IP.';
