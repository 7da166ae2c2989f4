/** One entry of the side navigation. */
export interface NavEntry {
  label: string;
  to: string;
}

/**
 * The side navigation, in the order operators use it. Only pages that exist are listed;
 * router.tsx holds the matching routes.
 */
export const navigation: NavEntry[] = [
  { label: 'Overview', to: '/overview' },
  { label: 'Mirror Sessions', to: '/sessions' },
  { label: 'Mirror Filters', to: '/filters' },
  { label: 'Packet Tester', to: '/packet-tester' },
  { label: 'Network Interfaces', to: '/network-interfaces' },
  { label: 'Load Balancers', to: '/load-balancers' },
  { label: 'Settings', to: '/settings' },
];
