/**
 * Calling the cloud: the service's address, the request signed with the account's credentials
 * (`SDK-HMAC-SHA256`, as the official SDKs sign), only allow-listed headers, and a time limit.
 */
import { request as httpRequest, Agent as HttpAgent } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { signRequest } from '../signing/sign';
import type { CloudService } from './api-routes';
import type { CloudCredentials } from './settings';

/** Request headers passed from the page to the cloud; every other one is dropped. */
export const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'x-request-id'] as const;
/** Response headers passed from the cloud to the page; every other one is dropped. */
export const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id'] as const;

/** The public endpoints' domain. */
export const PUBLIC_CLOUD = 'myhuaweicloud.com';

/** A call to the cloud, before it is signed. */
export interface CloudCall {
  service: CloudService;
  /** Where regional services are asked (ignored for IAM and with one endpoint). */
  region?: string;
  /** Sent as `X-Project-Id`, as the SDKs send it to regional services. */
  projectId?: string;
  method: string;
  /** Path and query, as the cloud serves them (`/v3/projects`). */
  pathAndQuery: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

/** The cloud's answer, with the allow-listed headers only. */
export interface CloudAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The cloud did not answer within the time limit. */
export class CloudTimeoutError extends Error {
  constructor() {
    super('The cloud did not answer in time.');
    this.name = 'CloudTimeoutError';
  }
}

/**
 * The base URL of a service: `endpoint` for every service when given, else
 * `https://iam.myhuaweicloud.com` and `https://<service>.<region>.myhuaweicloud.com`.
 *
 * @example serviceBase('ecs', 'cn-north-4') // 'https://ecs.cn-north-4.myhuaweicloud.com'
 */
export function serviceBase(service: CloudService, region: string | undefined, endpoint?: string): string {
  if (endpoint) return endpoint;
  if (service === 'iam') return `https://iam.${PUBLIC_CLOUD}`;
  if (!region) throw new Error(`A call to ${service} needs a region.`);
  return `https://${service}.${region}.${PUBLIC_CLOUD}`;
}

function pick(headers: Record<string, string | string[] | undefined>, names: readonly string[]) {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  return picked;
}

/** The allow-listed request headers of a request from the page. */
export function forwardedRequestHeaders(headers: Record<string, string | string[] | undefined>) {
  return pick(headers, FORWARDED_REQUEST_HEADERS);
}

/** Signs and sends calls to the cloud; `close` drops the kept-alive connections. */
export function cloudCaller(credentials: CloudCredentials, endpoint: string | undefined, timeoutMs: number) {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const call = (cloudCall: CloudCall): Promise<CloudAnswer> => {
    const base = serviceBase(cloudCall.service, cloudCall.region, endpoint);
    const url = new URL(`${base}${cloudCall.pathAndQuery}`);
    const headers: Record<string, string> = { ...cloudCall.headers, host: url.host };
    if (cloudCall.projectId && cloudCall.service !== 'iam') headers['x-project-id'] = cloudCall.projectId;
    const body = cloudCall.body && cloudCall.body.length > 0 ? cloudCall.body : undefined;
    Object.assign(headers, signRequest({ method: cloudCall.method, url, headers, body }, credentials));
    if (body) headers['content-length'] = String(body.length);
    const secure = url.protocol === 'https:';
    return new Promise<CloudAnswer>((resolve, reject) => {
      const timer = setTimeout(() => sent.destroy(new CloudTimeoutError()), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      const sent = (secure ? httpsRequest : httpRequest)(
        url,
        { method: cloudCall.method, headers, agent: secure ? agents.https : agents.http },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', fail);
          answer.on('end', () => {
            clearTimeout(timer);
            resolve({
              status: answer.statusCode ?? 502,
              headers: pick(answer.headers, FORWARDED_RESPONSE_HEADERS),
              body: Buffer.concat(chunks),
            });
          });
        },
      );
      sent.on('error', fail);
      sent.end(body);
    });
  };
  return {
    call,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Sends signed calls to the cloud. */
export type CloudCaller = ReturnType<typeof cloudCaller>;
