/**
 * cn-north-4: the estate of the document's Figure 1. ECS-B (pay-api-02) reaches ECS-A
 * (db-prod-01); ECS-C (web-prod-01) is reached from the Internet; network interface-B and -C
 * are mirrored to a load balancer (its private VIP) through the Table 2 filter.
 */
import type { StoreData } from '../store/rows';
import { RegionBuilder } from './builders';
import { seedCnNorth4Mirroring } from './cn-north-4-mirroring';
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

  // [port, name, server, subnet, IPv4, security groups, MTU, IPv6]
  const nics: [string, string, string, string, string, string[], number, string?][] = [
    [
      ports.webProd01,
      'web-prod-01-eth0',
      servers.webProd01,
      subnets.web,
      '10.0.0.3',
      [sg.web],
      1450,
      `${V6}3`,
    ],
    [
      ports.webProd02,
      'web-prod-02-eth0',
      servers.webProd02,
      subnets.web,
      '10.0.0.4',
      [sg.web],
      9000,
      `${V6}4`,
    ],
    [ports.payApi01, 'pay-api-01-eth0', servers.payApi01, subnets.app, '10.0.1.11', [sg.app], 1450],
    [ports.payApi02, 'pay-api-02-eth0', servers.payApi02, subnets.app, '10.0.1.12', [sg.app], 1500],
    [
      ports.payApi02Eth1,
      'pay-api-02-eth1',
      servers.payApi02,
      subnets.app,
      '10.0.1.13',
      [sg.app, sg.default],
      1500,
    ],
    [ports.legacyApp01, 'legacy-app-01-eth0', servers.legacyApp01, subnets.app, '10.0.1.20', [sg.app], 1500],
    [ports.dbProd01, 'db-prod-01-eth0', servers.dbProd01, subnets.app, '10.0.1.30', [sg.db], 1500],
    [
      ports.idsCollector01,
      'ids-collector-01-eth0',
      servers.idsCollector01,
      subnets.security,
      '10.10.0.27',
      [sg.idsCollector],
      1500,
    ],
    [
      ports.idsCollector02,
      'ids-collector-02-eth0',
      servers.idsCollector02,
      subnets.tools,
      '10.0.3.15',
      [sg.default],
      1500,
    ],
    [
      ports.batchWorker01,
      'batch-worker-01-eth0',
      servers.batchWorker01,
      subnets.analytics,
      '10.20.0.8',
      [sg.default],
      8500,
    ],
    [
      ports.sandbox01,
      'sandbox-01-eth0',
      servers.sandbox01,
      subnets.sandbox,
      '172.31.0.5',
      [sg.default],
      1500,
    ],
  ];
  for (const [id, name, server, subnet, ip, securityGroups, mtu, ipv6] of nics) {
    b.port({ id, name, server, subnet, ip, securityGroups, mtu, ipv6 });
  }

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

  seedCnNorth4Mirroring(b);
}
