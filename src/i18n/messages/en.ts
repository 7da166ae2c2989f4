/**
 * The English catalog: the source of every message id (docs/architecture.md, "Languages").
 * Ids are `area.what`; messages are ICU MessageFormat. Add an id here and in zh-cn.ts together:
 * the type of zh-cn.ts and `src/i18n/catalog.test.ts` refuse a catalog that lacks one.
 */
export const en = {
  'language.switch': 'Language / 语言',
  'shell.product': 'Traffic Mirroring Console',
  'shell.skipLink': 'Skip to content',
  'shell.region': 'Region',
  'shell.regionsLoading': 'Loading regions…',
  'shell.regionsFailed': 'Regions not loaded',
  'shell.regionsWhat': 'list of regions',
  'shell.mainNavigation': 'Main',
  'shell.service': 'Traffic Mirroring',
  'nav.overview': 'Overview',
  'nav.sessions': 'Mirror Sessions',
  'nav.filters': 'Mirror Filters',
  'nav.packetTester': 'Packet Tester',
  'nav.networkInterfaces': 'Network Interfaces',
  'nav.loadBalancers': 'Load Balancers',
  'nav.settings': 'Settings',
  'region.cn-north-4': 'CN North-Beijing4',
  'region.cn-east-2': 'CN East-Shanghai2',
  'region.cn-south-1': 'CN South-Guangzhou',
  'region.ap-southeast-1': 'AP-Hong Kong',
  'region.ap-southeast-3': 'AP-Singapore',
  'region.eu-west-101': 'EU-Dublin',
  'region.option': '{label} ({id})',
  'connection.demo': 'Demo data',
  'connection.cloud': 'Huawei Cloud',
  'connection.demoDescription':
    'A demo cloud that runs in this browser: nothing here reaches a real cloud, and Settings can reset it.',
  'connection.cloudDescription': 'Connected to Huawei Cloud: changes made here are made in the cloud.',
  'connection.readOnlyDescription':
    'Connected to Huawei Cloud, read-only: the console shows the cloud as it is and every change is refused.',
  'connection.account': 'account',
  'connection.readOnly': 'Read-only',
  'unavailable.title': 'Traffic Mirroring is not offered in {region}',
  'unavailable.body':
    'The cloud offers Traffic Mirroring in some regions only. Sessions, filters and mirror targets cannot be created in {region}. Switch to a region that offers it:',
  'accessLink.title': "Open the console's access link",
  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at this address. It may have been mistyped, or the resource it showed was deleted.',
  'error.pageTitle': 'Something went wrong on this page',
  'error.pageBody': 'The page could not be shown. Your saved configuration is not affected.',
  'error.tryAgain': 'Try again',
  'error.home': 'Go to the console home',
  'error.appTitle': 'The console stopped working',
  'error.reload': 'Reload the console',
  'load.failed': 'The {what} could not be loaded',
  'load.loading': 'Loading {what}…',
  'load.stale': 'Could not refresh the {what}. Showing data from {time}.',
  'load.retry': 'Retry',
  'overview.title': 'Overview',
  'overview.description':
    'Mirror sessions of this region at a glance, usage against each quota, and the warnings that need attention.',
  'overview.what': 'region overview',
  'overview.figures': 'Region figures',
  'overview.sessions': 'Mirror sessions',
  'overview.enabled': 'Enabled',
  'overview.enabledDetail': 'copying traffic',
  'overview.disabled': 'Disabled',
  'overview.disabledDetail': 'copying nothing',
  'overview.toEni': 'To network interfaces',
  'overview.toElb': '{count, number} to load balancers',
  'overview.filters': 'Mirror filters',
  'overview.empty': 'This region has no mirror sessions yet.',
  'overview.emptyBody': 'A session copies the traffic of chosen network interfaces to an inspection target.',
  'overview.create': 'Create a mirror session',
  'overview.quotaTitle': 'Quota usage',
  'overview.quotaUsed': '{used, number} / {quota, number}',
  'quotaBar.used': '{used, number} of {quota, number} used',
  'overview.quotaDefault': '(documented default)',
  'overview.quotaDefaultsNote':
    'The quota API of this region does not report these Traffic Mirroring quotas: the values are the documented defaults, and the usage is counted from the sessions and filters shown here. Ask for the values in force in your account if you have had a quota raised.',
  'overview.warningsTitle': 'Warnings ({count, number})',
  'overview.noWarnings': 'No warnings: every session can deliver its copies.',
  'overview.warningCount': '{label}: {count, number}',
  'overview.warningsShown':
    'Showing {shown, number} of {total, number}. Open a session to see and fix its warnings.',
  'quota.sources_per_session': 'Mirror sources per session',
  'quota.sessions_per_source': 'Mirror sessions per source',
  'quota.targets_per_session': 'Mirror targets per session',
  'quota.sessions_per_eni_target': 'Mirror sessions per network interface target',
  'quota.sessions_per_elb_target': 'Mirror sessions per load balancer target',
  'quota.filters_per_session': 'Mirror filters per session',
  'quota.sessions_per_filter': 'Mirror sessions per filter',
  'quota.ingress_rules_per_filter': 'Inbound rules per mirror filter',
  'quota.egress_rules_per_filter': 'Outbound rules per mirror filter',
  'quota.sessions_per_region': 'Mirror sessions per region',
} as const;

/** Every message id: the keys of the English catalog. */
export type MessageId = keyof typeof en;

/** A catalog: one ICU message per id. */
export type Catalog = Readonly<Record<MessageId, string>>;
