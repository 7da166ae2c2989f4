/**
 * English messages of the `inventory` area: the Network Interfaces and Load Balancers pages. Loaded with those pages (docs/architecture.md, "Languages").
 * Every id starts with `inventory.`; add it here and in zh-cn.ts together.
 */
export const messages = {
  'inventory.name': 'Name',
  'inventory.vpc': 'VPC',
  'inventory.sourceOf': 'Source of',
  'inventory.targetOf': 'Target of',
  'inventory.yes': 'Yes ({used, number} / {quota, number} sessions)',
  'inventory.disabled': '(disabled)',
  'inventory.eni.title': 'Network Interfaces',
  'inventory.eni.description':
    'Elastic network interfaces of this region. Interfaces of c7t ECSs can be mirror sources; any ECS interface can be a mirror target.',
  'inventory.eni.what': 'network interfaces',
  'inventory.eni.table': 'Network interfaces',
  'inventory.eni.empty': 'This region has no network interfaces attached to ECSs.',
  'inventory.eni.privateIp': 'Private IP',
  'inventory.eni.server': 'ECS',
  'inventory.eni.notAttached': 'Not attached',
  'inventory.eni.canBeSource': 'Can be a source',
  'inventory.lb.title': 'Load Balancers',
  'inventory.lb.description':
    'Load balancers of this region. A load balancer target spreads mirrored traffic across its inspection back ends; it can serve up to {count, number} sessions.',
  'inventory.lb.what': 'load balancers',
  'inventory.lb.table': 'Load balancers',
  'inventory.lb.empty': 'This region has no load balancers.',
  'inventory.lb.kind': 'Kind',
  'inventory.lb.kindOf': '{dedicated, select, true {Dedicated} other {Shared}}',
  'inventory.lb.vip': 'VIP',
  'inventory.lb.subnet': 'Subnet',
  'inventory.lb.status': 'Status',
  'inventory.lb.statusOf':
    '{status, select, ACTIVE {ACTIVE} PENDING_CREATE {PENDING_CREATE} ERROR {ERROR} other {{status}}}',
  'inventory.lb.canBeTarget': 'Can be a target',
} as const;
