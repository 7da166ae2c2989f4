/**
 * Ids and names of the demo data that tests and the e2e suite rely on. Region 1 is
 * cn-north-4 (the document's Figure 1), region 2 ap-southeast-1, region 3 cn-east-2 (no
 * Traffic Mirroring).
 */
import { seedId } from './ids';

const n4 = (kind: Parameters<typeof seedId>[0], n: number) => seedId(kind, 1, n);
const ap = (kind: Parameters<typeof seedId>[0], n: number) => seedId(kind, 2, n);
const e2 = (kind: Parameters<typeof seedId>[0], n: number) => seedId(kind, 3, n);

/** Region ids of the demo projects. */
export const SEED_REGIONS = {
  cnNorth4: 'cn-north-4',
  apSoutheast1: 'ap-southeast-1',
  cnEast2: 'cn-east-2',
} as const;

/** Project ids (one project per region). */
export const SEED_PROJECTS = {
  cnNorth4: n4('project', 0),
  apSoutheast1: ap('project', 0),
  cnEast2: e2('project', 0),
} as const;

/** cn-north-4: the Figure 1 estate. */
export const CN_NORTH_4 = {
  project: SEED_PROJECTS.cnNorth4,
  vpcs: { prod: n4('vpc', 1), security: n4('vpc', 2), analytics: n4('vpc', 3), sandbox: n4('vpc', 4) },
  subnets: {
    web: n4('subnet', 1),
    app: n4('subnet', 2),
    ids: n4('subnet', 3),
    tools: n4('subnet', 4),
    security: n4('subnet', 5),
    analytics: n4('subnet', 6),
    sandbox: n4('subnet', 7),
  },
  peerings: { prodSecurityActive: n4('peering', 1), sandboxSecurityPending: n4('peering', 2) },
  router: n4('router', 1),
  attachments: { prod: n4('attachment', 1), analytics: n4('attachment', 2) },
  servers: {
    /** ECS-C of Figure 1 (reached from the Internet), c7t. */
    webProd01: n4('server', 1),
    webProd02: n4('server', 2),
    payApi01: n4('server', 3),
    /** ECS-B of Figure 1, c7t. */
    payApi02: n4('server', 4),
    legacyApp01: n4('server', 5),
    /** ECS-A of Figure 1, not c7t. */
    dbProd01: n4('server', 6),
    idsCollector01: n4('server', 7),
    idsCollector02: n4('server', 8),
    batchWorker01: n4('server', 9),
    sandbox01: n4('server', 10),
  },
  ports: {
    /** network interface-C: web-prod-01 eth0, 10.0.0.3 + IPv6, MTU 1450 (1460-byte copies of it are cut: W3). */
    webProd01: n4('port', 1),
    /** web-prod-02 eth0, 10.0.0.4 + IPv6, MTU 9000. */
    webProd02: n4('port', 2),
    /** pay-api-01 eth0, 10.0.1.11, MTU 1450. */
    payApi01: n4('port', 3),
    /** network interface-B: pay-api-02 eth0, 10.0.1.12. */
    payApi02: n4('port', 4),
    /** legacy-app-01 eth0 (s6: not eligible as a source, C1). */
    legacyApp01: n4('port', 5),
    /** db-prod-01 eth0 (s6, ECS-A). */
    dbProd01: n4('port', 6),
    /** ids-collector-01 eth0 in vpc-security (peered); its group allows UDP 4789 from 10.0.0.3 only. */
    idsCollector01: n4('port', 7),
    /** ids-collector-02 eth0 in subnet-tools: no UDP 4789 in its group nor its ACL. */
    idsCollector02: n4('port', 8),
    /** batch-worker-01 eth0 in vpc-analytics (same enterprise router as vpc-prod), MTU 8500. */
    batchWorker01: n4('port', 9),
    /** sandbox-01 eth0 in the isolated vpc-sandbox (C3 fails). */
    sandbox01: n4('port', 10),
    /** pay-api-02 eth1, a second ENI, detached from no subnet of note. */
    payApi02Eth1: n4('port', 11),
    elbMirrorCollectorVip: n4('port', 21),
    elbIdsSecurityVip: n4('port', 22),
    elbPublicWebVip: n4('port', 23),
  },
  loadBalancers: {
    /** The Figure 1 target, dedicated, in vpc-prod subnet-ids, VIP 10.0.2.10. */
    mirrorCollector: n4('loadBalancer', 1),
    idsSecurity: n4('loadBalancer', 2),
    /** A shared load balancer (`guaranteed: false`) that also serves the public web; a valid target. */
    publicWeb: n4('loadBalancer', 3),
  },
  securityGroups: {
    web: n4('securityGroup', 1),
    app: n4('securityGroup', 2),
    db: n4('securityGroup', 3),
    /** Allows UDP 4789 from 10.0.0.0/8. */
    mirrorTarget: n4('securityGroup', 4),
    /** Allows UDP 4789 from 10.0.0.3/32 only. */
    idsCollector: n4('securityGroup', 5),
    /** No UDP 4789. */
    default: n4('securityGroup', 6),
  },
  firewalls: {
    web: n4('firewall', 1),
    ids: n4('firewall', 2),
    tools: n4('firewall', 3),
    security: n4('firewall', 4),
  },
  filters: { table2: n4('filter', 1), web: n4('filter', 2), empty: n4('filter', 3) },
  rules: {
    table2Ingress: n4('rule', 1),
    table2Egress: n4('rule', 2),
    webIngressHttps: n4('rule', 3),
    webIngressHttp: n4('rule', 4),
    webIngressIcmp: n4('rule', 5),
    webIngressIpv6: n4('rule', 6),
    webEgressDns: n4('rule', 7),
    webEgressAll: n4('rule', 8),
  },
  sessions: { figure1: n4('session', 1), idsEni: n4('session', 2), paused: n4('session', 3) },
} as const;

/** ap-southeast-1: a small shop estate (the document's Table 5 address 192.168.0.27). */
export const AP_SOUTHEAST_1 = {
  project: SEED_PROJECTS.apSoutheast1,
  vpcs: { shop: ap('vpc', 1), dev: ap('vpc', 2) },
  subnets: { web: ap('subnet', 1), tools: ap('subnet', 2), dev: ap('subnet', 3) },
  servers: {
    shopWeb01: ap('server', 1),
    shopWeb02: ap('server', 2),
    shopIds01: ap('server', 3),
    shopDev01: ap('server', 4),
  },
  ports: {
    shopWeb01: ap('port', 1),
    shopWeb02: ap('port', 2),
    shopIds01: ap('port', 3),
    shopDev01: ap('port', 4),
    elbShopMirrorVip: ap('port', 21),
  },
  loadBalancers: { shopMirror: ap('loadBalancer', 1) },
  securityGroups: { web: ap('securityGroup', 1), ids: ap('securityGroup', 2) },
  firewalls: { tools: ap('firewall', 1) },
  filters: { https: ap('filter', 1) },
  rules: { httpsIngress: ap('rule', 1), httpsEgress: ap('rule', 2) },
  sessions: { shopWeb: ap('session', 1) },
} as const;

/** cn-east-2: inventory only; Traffic Mirroring is not offered there. */
export const CN_EAST_2 = {
  project: SEED_PROJECTS.cnEast2,
  vpcs: { erp: e2('vpc', 1) },
  subnets: { erp: e2('subnet', 1) },
  servers: { erpApp01: e2('server', 1), erpDb01: e2('server', 2) },
  ports: { erpApp01: e2('port', 1), erpDb01: e2('port', 2) },
  securityGroups: { erp: e2('securityGroup', 1) },
} as const;
