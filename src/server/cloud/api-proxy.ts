/**
 * `/api/<path>`: checked (allow-list, read-only, body size, region), then signed and forwarded
 * to the service that owns the path; the cloud's answer comes back unchanged (status, body,
 * `Content-Type`, `X-Request-Id`).
 */
import type { IncomingMessage } from 'node:http';
import type { ApiError } from '@/mock-api/http/api-error';
import { BodyTooLargeError, readBody } from '../shared/node-bridge';
import { allowedCall, isWrite, type AllowedCall } from './api-routes';
import {
  badRegion,
  cloudTimeout,
  notForwarded,
  readOnly,
  tooLarge,
  unknownProject,
  unreachable,
} from './console-errors';
import type { projectRegions } from './project-regions';
import { apiTarget } from './request-target';
import { CloudTimeoutError, forwardedRequestHeaders, type CloudAnswer, type CloudCaller } from './upstream';

/** What the proxy needs. */
export interface ApiProxy {
  caller: CloudCaller;
  regions: ReturnType<typeof projectRegions>;
  readOnly: boolean;
}

/** The page says the region of a call whose path names no project in this header. */
export const REGION_HEADER = 'x-console-region';

/** The forwarded answer, or the refusal to send. */
export type ProxyResult = { answer: CloudAnswer } | { refusal: ApiError };

/** Where a call goes: its region and the project sent as `X-Project-Id`. */
async function placeOf(
  proxy: ApiProxy,
  call: AllowedCall,
  request: IncomingMessage,
): Promise<ProxyResult | { region: string; projectId: string } | undefined> {
  if (call.service === 'iam') return undefined;
  const load = await proxy.regions.projects(call.projectId);
  if (!load.ok) return { answer: load.answer };
  const { regionOf, projectOf } = load.projects;
  if (call.projectId !== undefined) {
    const region = regionOf.get(call.projectId);
    return region ? { region, projectId: call.projectId } : { refusal: unknownProject(call.projectId) };
  }
  const region = request.headers[REGION_HEADER];
  const projectId = typeof region === 'string' ? projectOf.get(region) : undefined;
  if (typeof region !== 'string' || projectId === undefined)
    return { refusal: badRegion(typeof region === 'string' ? region : undefined, [...projectOf.keys()]) };
  return { region, projectId };
}

/** Answers an `/api` request (`target` is its request target without `/api`). */
export async function proxyApi(
  proxy: ApiProxy,
  request: IncomingMessage,
  target: string,
): Promise<ProxyResult> {
  const method = request.method ?? 'GET';
  const parsed = apiTarget(target);
  const call = parsed && allowedCall(method, parsed);
  if (!parsed || !call) return { refusal: notForwarded(method, target.split('?')[0] ?? '') };
  if (proxy.readOnly && isWrite(method)) return { refusal: readOnly() };
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { refusal: tooLarge(error.message) };
    throw error;
  }
  try {
    const place = await placeOf(proxy, call, request);
    if (place && !('region' in place)) return place;
    const answer = await proxy.caller.call({
      service: call.service,
      ...place,
      method,
      pathAndQuery: `${call.path}${parsed.query}`,
      headers: forwardedRequestHeaders(request.headers),
      body,
    });
    return { answer };
  } catch (error) {
    if (error instanceof CloudTimeoutError) return { refusal: cloudTimeout() };
    if (error instanceof SyntaxError) throw error;
    return { refusal: unreachable(call.service.toUpperCase()) };
  }
}
