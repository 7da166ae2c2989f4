/**
 * English words of the Overview's region picture (docs/behaviour.md, "The region's picture"),
 * spread into the `core` area (the first page's bundle: keep them few). Every id starts with
 * `overview.region.`; add it in region-zh-cn.ts too.
 */
export const regionMessages = {
  'overview.region.title': 'Mirroring flows',
  'overview.region.loading': 'Drawing the picture…',
  'overview.region.label': 'Mirroring flows between VPCs',
  'overview.region.caption':
    'Copies go from the VPC of each source to the VPC of its target. The {list} page lists the same sessions in text.',
  'overview.region.collapsed':
    'The {shown, number} busiest of {pairs, number} VPC pairs are drawn; the other {rest, number} are summed in Other VPCs.',
  'overview.region.side': '{side, select, source {Source VPC} other {Target VPC}}',
  'overview.region.other': 'Other VPCs',
  'overview.region.unknown': 'Unknown VPC',
  'overview.region.counts':
    '{sessions, plural, one {# session} other {# sessions}}, {sources, plural, one {# source} other {# sources}}',
  'overview.region.disabled': '{count, number} disabled',
  'overview.region.warned': '{count, number} with W1 or W2',
  'overview.region.edge': '{from} to {to}',
  'overview.region.via':
    '{via, select, same {within one VPC} peering {through VPC peering} router {through an enterprise router} none {no active route} other {several routes}}',
  'overview.region.legend': 'Legend',
  'overview.region.legendFlow': 'VXLAN copies: sessions and sources',
  'overview.region.legendWarned': 'Some sessions with W1 or W2',
  'overview.region.legendDisabled': 'Disabled: copies nothing',
} as const;
