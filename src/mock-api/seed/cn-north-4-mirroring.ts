/**
 * cn-north-4's mirroring: the filter of the document's Table 2, a web filter, an empty filter,
 * and three sessions: Figure 1 (interfaces B and C to a load balancer), an ENI-target session
 * through the VPC peering, and a disabled one.
 */
import type { RegionBuilder } from './builders';
import { CN_NORTH_4 as S } from './seed-ids';

/** Adds cn-north-4's filters, rules and sessions. */
export function seedCnNorth4Mirroring(b: RegionBuilder): void {
  const { ports } = S;
  const lbs = S.loadBalancers;
  const r = S.rules;
  b.filter(S.filters.table2, 'doc-table-2-filter', 'The rules of Table 2 of the Traffic Mirroring overview', [
    {
      id: r.table2Ingress,
      direction: 'ingress',
      priority: 1,
      protocol: 'TCP',
      action: 'accept',
      source: '172.16.0.0/24',
      sourcePorts: '10000-10001',
      destination: '10.0.0.3/32',
      destinationPorts: '80-80',
    },
    {
      id: r.table2Egress,
      direction: 'egress',
      priority: 1,
      protocol: 'ALL',
      action: 'reject',
      source: '192.168.0.0/24',
      destination: '10.2.0.0/24',
    },
  ]);
  b.filter(S.filters.web, 'web-traffic-filter', 'Web and ICMP in, everything but DNS out', [
    {
      id: r.webIngressHttps,
      direction: 'ingress',
      priority: 10,
      protocol: 'TCP',
      action: 'accept',
      destinationPorts: '443-443',
    },
    {
      id: r.webIngressHttp,
      direction: 'ingress',
      priority: 20,
      protocol: 'TCP',
      action: 'accept',
      destinationPorts: '80-80',
    },
    { id: r.webIngressIcmp, direction: 'ingress', priority: 30, protocol: 'ICMP', action: 'accept' },
    {
      id: r.webIngressIpv6,
      direction: 'ingress',
      priority: 40,
      protocol: 'ALL',
      action: 'accept',
      ethertype: 'IPv6',
    },
    {
      id: r.webEgressDns,
      direction: 'egress',
      priority: 10,
      protocol: 'UDP',
      action: 'reject',
      destinationPorts: '53-53',
    },
    { id: r.webEgressAll, direction: 'egress', priority: 20, protocol: 'ALL', action: 'accept' },
  ]);
  b.filter(S.filters.empty, 'no-rules-filter', 'A filter without rules copies nothing', []);

  b.session({
    id: S.sessions.figure1,
    name: 'figure-1-web-pay-to-elb',
    description: 'Network interface-B and -C mirrored to a load balancer (Figure 1)',
    filter: S.filters.table2,
    sources: [ports.payApi02, ports.webProd01],
    target: lbs.mirrorCollector,
    targetType: 'elb',
    priority: 1,
  });
  b.session({
    id: S.sessions.idsEni,
    name: 'web-prod-01-to-ids',
    filter: S.filters.web,
    sources: [ports.webProd01],
    target: ports.idsCollector01,
    targetType: 'eni',
    priority: 2,
    vni: 100,
    packetLength: 1460,
  });
  b.session({
    id: S.sessions.paused,
    name: 'pay-api-audit-paused',
    description: 'Disabled while the audit tool is upgraded',
    filter: S.filters.empty,
    sources: [ports.payApi02],
    target: ports.idsCollector02,
    targetType: 'eni',
    priority: 5,
    vni: 7,
    enabled: false,
  });
}
