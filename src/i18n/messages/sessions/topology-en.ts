/**
 * English words of a session's picture (docs/behaviour.md, "The session's picture"), spread into
 * the `sessions` area. Every id starts with `sessions.topology.`; add it in topology-zh-cn.ts too.
 */
export const topologyMessages = {
  'sessions.topology.title': 'Topology',
  'sessions.topology.caption':
    'Sources by VPC and subnet, the session and its filter, the connection and the target. The Mirror sources and Mirror target sections below list the same in text.',
  'sessions.topology.loading': 'Drawing the picture…',
  'sessions.topology.label': 'Topology of mirror session {name}',
  'sessions.topology.kind':
    '{kind, select, source {Mirror source} session {Mirror session} filter {Mirror filter} peering {VPC peering connection} router {Enterprise router} eni {Target network interface} other {Target load balancer}}',
  'sessions.topology.disabled': 'Disabled',
  'sessions.topology.copiesNothing':
    '{direction, select, ingress {Copies nothing inbound} other {Copies nothing outbound}}',
  'sessions.topology.vpc': 'VPC {name}',
  'sessions.topology.subnet': 'Subnet {name}',
  'sessions.topology.delivery': 'VNI {vni}',
  'sessions.topology.unconnected': 'No route',
  'sessions.topology.mark': '{label}: go to its explanation and fix',
  'sessions.topology.legend': 'Legend',
  'sessions.topology.legendMirror': 'Packets into the session',
  'sessions.topology.legendDelivery': 'VXLAN copies to the target (UDP 4789)',
  'sessions.topology.legendDisabled': 'Disabled: copies nothing',
  'sessions.topology.legendWarning': 'Warning: select it for its fix',
} as const;
