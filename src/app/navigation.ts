import type { MessageId } from '@/i18n';

/** One entry of the side navigation: its label (a message id) and its page. */
export interface NavEntry {
  label: MessageId;
  to: string;
}

/**
 * The side navigation, in the order operators use it. Only pages that exist are listed;
 * router.tsx holds the matching routes.
 */
export const navigation: NavEntry[] = [
  { label: 'nav.overview', to: '/overview' },
  { label: 'nav.sessions', to: '/sessions' },
  { label: 'nav.filters', to: '/filters' },
  { label: 'nav.packetTester', to: '/packet-tester' },
  { label: 'nav.networkInterfaces', to: '/network-interfaces' },
  { label: 'nav.loadBalancers', to: '/load-balancers' },
  { label: 'nav.settings', to: '/settings' },
];
