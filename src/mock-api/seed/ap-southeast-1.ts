/**
 * ap-southeast-1: a small shop estate. shop-web-01 has the document's example source address
 * 192.168.0.27, and the collector's security group holds Table 5's rule.
 */
import type { StoreData } from '../store/rows';
import { RegionBuilder } from './builders';
import { AP_SOUTHEAST_1 as S, SEED_REGIONS } from './seed-ids';

/** Adds the ap-southeast-1 project and its resources to `data`. */
export function seedApSoutheast1(data: StoreData): void {
  const b = new RegionBuilder(2, S.project, SEED_REGIONS.apSoutheast1, data);
  const { vpcs, subnets, servers, ports, securityGroups: sg } = S;

  b.vpc(vpcs.shop, 'vpc-shop', '192.168.0.0/16');
  b.vpc(vpcs.dev, 'vpc-shop-dev', '172.20.0.0/16');
  b.subnet(subnets.web, 'subnet-shop-web', vpcs.shop, '192.168.0.0/24');
  b.subnet(subnets.tools, 'subnet-shop-tools', vpcs.shop, '192.168.1.0/24');
  b.subnet(subnets.dev, 'subnet-shop-dev', vpcs.dev, '172.20.0.0/24');

  b.securityGroup(sg.web, 'sg-shop-web', 'Shop front end', [
    { protocol: 'tcp', ports: '443', remote: '0.0.0.0/0' },
  ]);
  b.securityGroup(sg.ids, 'sg-shop-ids', 'Mirror collector (Table 5)', [
    {
      protocol: 'udp',
      ports: '4789',
      remote: '192.168.0.27/32',
      description: 'Traffic Mirroring from shop-web-01',
    },
  ]);

  b.server(servers.shopWeb01, 'shop-web-01', 'c7t.large.2');
  b.server(servers.shopWeb02, 'shop-web-02', 's6.large.2');
  b.server(servers.shopIds01, 'shop-ids-01', 's6.xlarge.2');
  b.server(servers.shopDev01, 'shop-dev-01', 'c7t.large.2');
  const nic = (id: string, name: string, server: string, subnet: string, ip: string, groups: string[]) =>
    b.port({ id, name: `${name}-eth0`, server, subnet, ip, securityGroups: groups });
  nic(ports.shopWeb01, 'shop-web-01', servers.shopWeb01, subnets.web, '192.168.0.27', [sg.web]);
  nic(ports.shopWeb02, 'shop-web-02', servers.shopWeb02, subnets.web, '192.168.0.28', [sg.web]);
  nic(ports.shopIds01, 'shop-ids-01', servers.shopIds01, subnets.tools, '192.168.1.10', [sg.ids]);
  nic(ports.shopDev01, 'shop-dev-01', servers.shopDev01, subnets.dev, '172.20.0.5', [sg.web]);
  b.loadBalancer(S.loadBalancers.shopMirror, 'elb-shop-mirror', {
    port: ports.elbShopMirrorVip,
    subnet: subnets.tools,
    vpc: vpcs.shop,
    ip: '192.168.1.20',
    securityGroups: [sg.ids],
  });

  b.firewall(
    S.firewalls.tools,
    'acl-shop-tools',
    [subnets.tools],
    [
      {
        name: 'allow-vxlan-table-6',
        protocol: 'udp',
        source: '192.168.0.27/32',
        destination: '192.168.1.0/24',
        destinationPort: '4789',
      },
    ],
    [{ name: 'allow-all', protocol: 'any' }],
  );

  b.filter(S.filters.https, 'shop-https-filter', 'HTTPS in and out', [
    {
      id: S.rules.httpsIngress,
      direction: 'ingress',
      priority: 1,
      protocol: 'TCP',
      action: 'accept',
      destinationPorts: '443-443',
    },
    {
      id: S.rules.httpsEgress,
      direction: 'egress',
      priority: 1,
      protocol: 'TCP',
      action: 'accept',
      sourcePorts: '443-443',
    },
  ]);
  b.session({
    id: S.sessions.shopWeb,
    name: 'shop-web-01-to-ids',
    filter: S.filters.https,
    sources: [ports.shopWeb01],
    target: ports.shopIds01,
    targetType: 'eni',
    priority: 1,
  });
}
