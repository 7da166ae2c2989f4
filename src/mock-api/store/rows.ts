/**
 * What the store keeps. Inventory rows are the API resources plus the `project_id` they
 * belong to; a filter row has no rules (rules live in their own table and are joined on read).
 */
import type {
  EnterpriseRouter,
  EnterpriseRouterAttachment,
  LoadBalancer,
  NetworkAcl,
  Port,
  Project,
  SecurityGroup,
  SecurityGroupRule,
  Server,
  Subnet,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
  Vpc,
  VpcPeering,
} from '@/domain/model/types';

/** An inventory resource as stored: the resource and its project. */
export type Owned<T> = T & { project_id: string };

export type ProjectRow = Project;
export type SessionRow = TrafficMirrorSession;
export type FilterRow = Omit<TrafficMirrorFilter, 'ingress_rules' | 'egress_rules'>;
export type RuleRow = TrafficMirrorFilterRule;
export type VpcRow = Owned<Vpc>;
export type SubnetRow = Owned<Subnet>;
export type PeeringRow = Owned<VpcPeering>;
export type RouterRow = Owned<EnterpriseRouter>;
export type AttachmentRow = Owned<EnterpriseRouterAttachment>;
export type ServerRow = Owned<Server>;
export type PortRow = Owned<Port>;
export type LoadBalancerRow = Owned<LoadBalancer>;
export type SecurityGroupRow = Owned<SecurityGroup>;
export type SecurityGroupRuleRow = Owned<SecurityGroupRule>;
export type FirewallRow = Owned<NetworkAcl>;

/** Every data table's rows, keyed by table name: the shape of seeds, exports and imports. */
export interface StoreData {
  projects: ProjectRow[];
  sessions: SessionRow[];
  filters: FilterRow[];
  rules: RuleRow[];
  vpcs: VpcRow[];
  subnets: SubnetRow[];
  peerings: PeeringRow[];
  routers: RouterRow[];
  attachments: AttachmentRow[];
  servers: ServerRow[];
  ports: PortRow[];
  loadBalancers: LoadBalancerRow[];
  securityGroups: SecurityGroupRow[];
  securityGroupRules: SecurityGroupRuleRow[];
  firewalls: FirewallRow[];
}

/** Names of the data tables, in a fixed order. */
export const DATA_TABLES = [
  'projects',
  'sessions',
  'filters',
  'rules',
  'vpcs',
  'subnets',
  'peerings',
  'routers',
  'attachments',
  'servers',
  'ports',
  'loadBalancers',
  'securityGroups',
  'securityGroupRules',
  'firewalls',
] as const satisfies readonly (keyof StoreData)[];

export type DataTable = (typeof DATA_TABLES)[number];

/** An empty data set. */
export function emptyStoreData(): StoreData {
  return Object.fromEntries(DATA_TABLES.map((name) => [name, []])) as unknown as StoreData;
}
