/**
 * C7: Traffic Mirroring is offered only in some regions. The list is ours (the document
 * points at the console's Function Overview); the mock seeds at least one project outside it.
 */
import { message } from './message';
import type { Violation } from './violations';

/** Region ids where the mock offers Traffic Mirroring (ours). */
export const TRAFFIC_MIRRORING_REGIONS: readonly string[] = [
  'cn-north-4',
  'cn-north-9',
  'cn-east-3',
  'cn-south-1',
  'ap-southeast-1',
  'ap-southeast-3',
];

/**
 * Whether Traffic Mirroring is offered in a region (a project's `name` is its region id).
 *
 * @example isTrafficMirroringRegion('cn-north-4') // true
 */
export function isTrafficMirroringRegion(
  region: string,
  offered: readonly string[] = TRAFFIC_MIRRORING_REGIONS,
): boolean {
  return offered.includes(region);
}

/**
 * The C7 violation for a region without Traffic Mirroring, or an empty list.
 *
 * @example checkRegion('cn-southwest-2') // [{ code: 'C7', kind: 'region', message: { id: 'region.unavailable', params: { region: 'cn-southwest-2', example: 'cn-north-4' } } }]
 */
export function checkRegion(
  region: string,
  offered: readonly string[] = TRAFFIC_MIRRORING_REGIONS,
): Violation[] {
  if (isTrafficMirroringRegion(region, offered)) return [];
  return [
    {
      code: 'C7',
      kind: 'region',
      message: message('region.unavailable', { region, example: offered[0] ?? 'cn-north-4' }),
    },
  ];
}
