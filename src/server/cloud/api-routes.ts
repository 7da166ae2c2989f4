/**
 * The allow-list of the proxy: the API calls the console makes (docs/api.md and the inventory
 * calls of src/api), each with its methods and the cloud service that answers it. Anything
 * else under `/api` is refused, so the server is never an open proxy for the credentials.
 */
import type { RequestTarget } from './request-target';

/** A cloud service; IAM is global, the others are regional. */
export type CloudService = 'iam' | 'vpc' | 'ecs' | 'elb' | 'er';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface AllowedRoute {
  /** Segments starting with `:` are ids; `:project_id` is the project. */
  pattern: string;
  methods: readonly Method[];
  service: CloudService;
}

const VPC3 = '/v3/:project_id/vpc';
const crud = (base: string): AllowedRoute[] => [
  { pattern: base, methods: ['GET', 'POST'], service: 'vpc' },
  { pattern: `${base}/:id`, methods: ['GET', 'PUT', 'DELETE'], service: 'vpc' },
];

/** Every path the console calls, with its methods and service. */
export const ALLOWED_ROUTES: readonly AllowedRoute[] = [
  { pattern: '/v3/projects', methods: ['GET'], service: 'iam' },
  ...crud(`${VPC3}/traffic-mirror-sessions`),
  { pattern: `${VPC3}/traffic-mirror-sessions/:id/add-sources`, methods: ['PUT'], service: 'vpc' },
  { pattern: `${VPC3}/traffic-mirror-sessions/:id/remove-sources`, methods: ['PUT'], service: 'vpc' },
  ...crud(`${VPC3}/traffic-mirror-filters`),
  ...crud(`${VPC3}/traffic-mirror-filter-rules`),
  { pattern: `${VPC3}/security-groups`, methods: ['GET'], service: 'vpc' },
  { pattern: `${VPC3}/security-group-rules`, methods: ['GET', 'POST'], service: 'vpc' },
  { pattern: `${VPC3}/firewalls`, methods: ['GET'], service: 'vpc' },
  { pattern: `${VPC3}/firewalls/:id`, methods: ['GET'], service: 'vpc' },
  { pattern: `${VPC3}/firewalls/:id/insert-rules`, methods: ['PUT'], service: 'vpc' },
  { pattern: '/v1/:project_id/vpcs', methods: ['GET'], service: 'vpc' },
  { pattern: '/v1/:project_id/subnets', methods: ['GET'], service: 'vpc' },
  { pattern: '/v1/:project_id/ports', methods: ['GET'], service: 'vpc' },
  { pattern: '/v1/:project_id/quotas', methods: ['GET'], service: 'vpc' },
  { pattern: '/v2.0/vpc/peerings', methods: ['GET'], service: 'vpc' },
  { pattern: '/v1/:project_id/cloudservers/detail', methods: ['GET'], service: 'ecs' },
  { pattern: '/v3/:project_id/elb/loadbalancers', methods: ['GET'], service: 'elb' },
  { pattern: '/v3/:project_id/enterprise-router/instances', methods: ['GET'], service: 'er' },
  { pattern: '/v3/:project_id/enterprise-router/:er_id/attachments', methods: ['GET'], service: 'er' },
];

/** An id in a path: letters, digits, `-` and `_`, as the cloud's ids. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** An allowed call: its service, and its project when the path names one. */
export interface AllowedCall {
  service: CloudService;
  projectId?: string;
  /** The path as forwarded (without `/api`). */
  path: string;
}

function matches(pattern: string, segments: readonly string[]): { projectId?: string } | undefined {
  const parts = pattern.split('/').slice(1);
  if (parts.length !== segments.length) return undefined;
  let projectId: string | undefined;
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) {
      if (!ID.test(segment)) return undefined;
      if (part === ':project_id') projectId = segment;
    } else if (part !== segment) return undefined;
  }
  return projectId === undefined ? {} : { projectId };
}

/**
 * The allowed call for a method and an API target (already stripped of `/api`), or undefined
 * when the console makes no such call.
 *
 * @example allowedCall('GET', apiTarget('/v1/p1/ports')!) // { service: 'vpc', projectId: 'p1', path: '/v1/p1/ports' }
 */
export function allowedCall(method: string, target: RequestTarget): AllowedCall | undefined {
  for (const route of ALLOWED_ROUTES) {
    const found = matches(route.pattern, target.segments);
    if (!found || !(route.methods as readonly string[]).includes(method)) continue;
    return { service: route.service, path: `/${target.segments.join('/')}`, ...found };
  }
  return undefined;
}

/** True for a method that changes something (refused in read-only mode, and logged). */
export function isWrite(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method);
}
