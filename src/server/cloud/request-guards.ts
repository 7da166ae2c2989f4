/**
 * Who may talk to the server: requests addressed to it by its own name (a foreign `Host` is a
 * DNS rebinding attempt) and, for the API, sent by its own page (not another site's).
 */
import type { IncomingMessage } from 'node:http';
import type { ApiError } from '@/mock-api/http/api-error';
import { hostPort } from '../shared/listen';
import { crossSite, foreignHost } from './console-errors';

/** The `Host` values the server answers: 127.0.0.1, localhost and `--host`, with its port. */
export function ownHosts(host: string, port: number): string[] {
  return [...new Set(['127.0.0.1', 'localhost', host].map((name) => hostPort(name, port)))];
}

/** The refusal of a request whose `Host` is not one of `hosts`, or undefined. */
export function checkHost(request: IncomingMessage, hosts: readonly string[]): ApiError | undefined {
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && hosts.includes(host) ? undefined : foreignHost(host, hosts);
}

/**
 * The refusal of an API request made by another site's page, or undefined: its `Origin` must
 * be the address it was sent to (when sent) and its `Sec-Fetch-Site` `same-origin` (when sent).
 * Call after `checkHost`.
 */
export function checkSameOrigin(request: IncomingMessage): ApiError | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${request.headers.host?.toLowerCase() ?? ''}`)
    return crossSite(`the request comes from the page of another site (Origin: ${origin})`);
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin')
    return crossSite(`the browser says the request comes from another site (Sec-Fetch-Site: ${site})`);
  return undefined;
}
