/**
 * What the kinds of mirror sources and targets are, in the words every screen uses (docs/behaviour.md,
 * "Concepts"): a session's `type` is the kind of its sources, always an elastic network
 * interface; its target is a network interface or a load balancer, reached at its private VIP.
 */
import { message, type ResultMessage } from './message';
import type { TargetType, TrafficMirrorSession } from './types';

/** A session's `type`, the kind of its mirror sources, as a label (not the target's type). */
export const SOURCE_TYPE_LABEL: Record<TrafficMirrorSession['type'], ResultMessage> = {
  eni: message('kind.source.eni'),
};

/** A target type as operators read it. */
export const TARGET_TYPE_LABEL: Record<TargetType, ResultMessage> = {
  eni: message('kind.target.eni'),
  elb: message('kind.target.elb'),
};

/**
 * Which load balancers can receive copies, and why: copies are sent to the private VIP, so a
 * public IP neither qualifies nor disqualifies one.
 */
export const LOAD_BALANCER_TARGET_NOTE: ResultMessage = message('kind.loadBalancerNote');
