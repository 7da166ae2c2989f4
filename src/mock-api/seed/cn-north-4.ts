/**
 * cn-north-4: the estate of the document's Figure 1. ECS-B (pay-api-02) reaches ECS-A
 * (db-prod-01); ECS-C (web-prod-01) is reached from the Internet; network interface-B and -C
 * are mirrored to a private load balancer through the Table 2 filter.
 */
import type { StoreData } from '../store/rows';
import { RegionBuilder } from './builders';
import { CN_NORTH_4 as S, SEED_REGIONS } from './seed-ids';

const V6 = '2407:c080:802:be7::';

/** Adds the cn-north-4 project and its resources to `data`. */
export function seedCnNorth4(data: StoreData): void {
  const b = new RegionBuilder(1, S.project, SEED_REGIONS.cnNorth4, data);
  const { vpcs, subnets, servers, ports, securityGroups: sg } = S;

  b.vpc(vpcs.prod, 'vpc-prod', '10.0.0.0/16');
  b.vpc(vpcs.security, 'vpc-security', '10.10.0.0/16');
  b.vpc(vpcs.analytics, 'vpc-analytics', '10.20.0.0/16');
  b.vpc(vpcs.sandbox, 'vpc-sandbox', '172.31.0.0/16');
  b.subnet(subnets.web, 'subnet-web', vpcs.prod, '10.0.0.0/24', `${V6}/64`);
  b.subnet(subnets.app, 'subnet-app', vpcs.prod, '10.0.1.0/24');
  b.subnet(subnets.ids, 'subnet-ids', vpcs.prod, '10.0.2.0/24');
  b.subnet(subnets.tools, 'subnet-tools', vpcs.prod, '10.0.3.0/24');
  b.subnet(subnets.security, 'subnet-security', vpcs.security, '10.10.0.0/24');
  b.subnet(subnets.analytics, 'subnet-analytics', vpcs.analytics, '10.20.0.0/24');
  b.subnet(subnets.sandbox, 'subnet-sandbox', vpcs.sandbox, '172.31.0.0/24');
  b.peering(S.peerings.prodSecurityActive, 'peer-prod-security', vpcs.prod, vpcs.security, 'ACTIVE');
  b.peering(
    S.peerings.sandboxSecurityPending,
    'peer-sandbox-security',
    vpcs.sandbox,
    vpcs.security,
    'PENDING_ACCEPTANCE',
  );
  b.router(S.router, 'er-core', [vpcs.prod, vpcs.analytics]);

  b.securityGroup(sg.web, 'sg-web', 'Public web servers', [
    { protocol: 'tcp', ports: '80,443', remote: '0.0.0.0/0' },
    { protocol: 'tcp', ports: '80,443', remote: '::/0', ethertype: 'IPv6' },
    { protocol: 'tcp', ports: '22', remote: '10.0.0.0/16' },
  ]);
  b.securityGroup(sg.app, 'sg-app', 'Payment API', [
    { protocol: 'tcp', ports: '8080', remote: '10.0.0.0/16' },
    { protocol: 'tcp', ports: '22', remote: '10.0.0.0/16' },
  ]);
  b.securityGroup(sg.db, 'sg-db', 'Databases', [{ protocol: 'tcp', ports: '3306', remote: '10.0.1.0/24' }]);
  b.securityGroup(sg.mirrorTarget, 'sg-mirror-target', 'Receives VXLAN mirror traffic', [
    { protocol: 'udp', ports: '4789', remote: '10.0.0.0/8', description: 'Traffic Mirroring (VXLAN)' },
  ]);
  b.securityGroup(sg.idsCollector, 'sg-ids-collector', 'IDS sensor', [
    { protocol: 'udp', ports: '4789', remote: '10.0.0.3/32', description: 'Mirror of web-prod-01' },
    { protocol: 'tcp', ports: '22', remote: '10.0.0.0/16' },
  ]);
  b.securityGroup(sg.default, 'default', 'Default security group', [
    { protocol: 'tcp', ports: '22', remote: '10.0.0.0/8' },
    { protocol: 'icmp', ports: '', remote: '10.0.0.0/8' },
  ]);

  b.server(servers.webProd01, 'web-prod-01', 'c7t.xlarge.2');
  b.server(servers.webProd02, 'web-prod-02', 'c7t.large.2');
  b.server(servers.payApi01, 'pay-api-01', 'c7t.large.2');
  b.server(servers.payApi02, 'pay-api-02', 'c7t.large.2');
  b.server(servers.legacyApp01, 'legacy-app-01', 's6.large.2');
  b.server(servers.dbProd01, 'db-prod-01', 's6.xlarge.4');
  b.server(servers.idsCollector01, 'ids-collector-01', 's6.xlarge.2');
  b.server(servers.idsCollector02, 'ids-collector-02', 's6.large.2', 'SHUTOFF');
  b.server(servers.batchWorker01, 'batch-worker-01', 'c7t.2xlarge.4');
  b.server(servers.sandbox01, 'sandbox-01', 'c7t.large.2');

  const eth0 = (name: string) => `${name}-eth0`;
  b.port({
    id: ports.webProd01,
    name: eth0('web-prod-01'),
    server: servers.webProd01,
    subnet: subnets.web,
    ip: '10.0.0.3',
    ipv6: `${V6}3`,
    securityGroups: [sg.web],
  });
  b.port({
    id: ports.webProd02,
    name: eth0('web-prod-02'),
    server: servers.webProd02,
    subnet: subnets.web,
    ip: '10.0.0.4',
    ipv6: `${V6}4`,
    securityGroups: [sg.web],
    mtu: 9000,
  });
  b.port({
    id: ports.payApi01,
    name: eth0('pay-api-01'),
    server: servers.payApi01,
    subnet: subnets.app,
    ip: '10.0.1.11',
    securityGroups: [sg.app],
    mtu: 1450,
  });
  b.port({
    id: ports.payApi02,
    name: eth0('pay-api-02'),
    server: servers.payApi02,
    subnet: subnets.app,
    ip: '10.0.1.12',
    securityGroups: [sg.app],
  });
  b.port({
    id: ports.payApi02Eth1,
    name: 'pay-api-02-eth1',
    server: servers.payApi02,
    subnet: subnets.app,
    ip: '10.0.1.13',
    securityGroups: [sg.app, sg.default],
  });
  b.port({
    id: ports.legacyApp01,
    name: eth0('legacy-app-01'),
    server: servers.legacyApp01,
    subnet: subnets.app,
    ip: '10.0.1.20',
    securityGroups: [sg.app],
  });
  b.port({
    id: ports.dbProd01,
    name: eth0('db-prod-01'),
    server: servers.dbProd01,
    subnet: subnets.app,
    ip: '10.0.1.30',
    securityGroups: [sg.db],
  });
  b.port({
    id: ports.idsCollector01,
    name: eth0('ids-collector-01'),
    server: servers.idsCollector01,
    subnet: subnets.security,
    ip: '10.10.0.27',
    securityGroups: [sg.idsCollector],
  });
  b.port({
    id: ports.idsCollector02,
    name: eth0('ids-collector-02'),
    server: servers.idsCollector02,
    subnet: subnets.tools,
    ip: '10.0.3.15',
    securityGroups: [sg.default],
  });
  b.port({
    id: ports.batchWorker01,
    name: eth0('batch-worker-01'),
    server: servers.batchWorker01,
    subnet: subnets.analytics,
    ip: '10.20.0.8',
    securityGroups: [sg.default],
    mtu: 8500,
  });
  b.port({
    id: ports.sandbox01,
    name: eth0('sandbox-01'),
    server: servers.sandbox01,
    subnet: subnets.sandbox,
    ip: '172.31.0.5',
    securityGroups: [sg.default],
  });

  const lbs = S.loadBalancers;
  b.loadBalancer(lbs.mirrorCollector, 'elb-mirror-collector', {
    port: ports.elbMirrorCollectorVip,
    subnet: subnets.ids,
    vpc: vpcs.prod,
    ip: '10.0.2.10',
    securityGroups: [sg.mirrorTarget],
  });
  b.loadBalancer(lbs.idsSecurity, 'elb-ids-security', {
    port: ports.elbIdsSecurityVip,
    subnet: subnets.security,
    vpc: vpcs.security,
    ip: '10.10.0.20',
    securityGroups: [sg.mirrorTarget],
  });
  b.loadBalancer(
    lbs.publicWeb,
    'elb-public-web',
    {
      port: ports.elbPublicWebVip,
      subnet: subnets.web,
      vpc: vpcs.prod,
      ip: '10.0.0.100',
      securityGroups: [sg.web],
    },
    false,
  );

  const fw = S.firewalls;
  const allowAll = [{ name: 'allow-all', protocol: 'any' as const }];
  b.firewall(
    fw.web,
    'acl-web',
    [subnets.web],
    [
      { name: 'allow-http', protocol: 'tcp', destinationPort: '80' },
      { name: 'allow-https', protocol: 'tcp', destinationPort: '443' },
      { name: 'allow-ssh-internal', protocol: 'tcp', source: '10.0.0.0/16', destinationPort: '22' },
    ],
    allowAll,
  );
  b.firewall(
    fw.ids,
    'acl-ids',
    [subnets.ids],
    [
      {
        name: 'allow-vxlan',
        protocol: 'udp',
        source: '10.0.0.0/8',
        destination: '10.0.2.0/24',
        destinationPort: '4789',
      },
    ],
    allowAll,
  );
  b.firewall(
    fw.tools,
    'acl-tools',
    [subnets.tools],
    [{ name: 'allow-ssh', protocol: 'tcp', source: '10.0.0.0/16', destinationPort: '22' }],
    allowAll,
  );
  b.firewall(
    fw.security,
    'acl-security',
    [subnets.security],
    [
      {
        name: 'allow-vxlan-from-prod',
        protocol: 'udp',
        source: '10.0.0.0/16',
        destination: '10.10.0.0/24',
        destinationPort: '4789',
      },
      { name: 'deny-sandbox', action: 'deny', protocol: 'any', source: '172.31.0.0/16' },
    ],
    allowAll,
  );

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
