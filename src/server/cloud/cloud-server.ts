/**
 * `npm run cloud`'s server: the console's build (index.html told the mode) and the signing
 * proxy under `/api/`, behind the access link, the Host and same-origin checks.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ApiError } from '@/mock-api/http/api-error';
import { errorResponse, newRequestId } from '@/mock-api/http/responses';
import { CONTENT_SECURITY_POLICY } from '../../../scripts/vite/content-security-policy.ts';
import { messageOf } from '../shared/command-line';
import { closeServer, listen, urlOf } from '../shared/listen';
import { sendBytes, sendWebResponse } from '../shared/node-bridge';
import { newAccess, hasAccessCookie, tokenRedirect, type Access } from './access';
import { proxyApi, type ApiProxy } from './api-proxy';
import { isWrite } from './api-routes';
import { badTarget, internalError, needsAccessLink, noSuchFile, readOnlyFiles } from './console-errors';
import { consoleMode, withModeMeta } from './mode-meta';
import { projectRegions } from './project-regions';
import { checkHost, checkSameOrigin, ownHosts } from './request-guards';
import { fileTarget } from './request-target';
import type { CloudSettings } from './settings';
import { findFile } from './static-files';
import { cloudCaller } from './upstream';

/** Headers on every answer: the build's policy, and no framing, sniffing or referrer. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

/** What the server tells its operator: writes, one line each, and errors. Never a credential. */
export interface CloudLog {
  info(line: string): void;
  error(line: string): void;
}

/** A running cloud server. */
export interface RunningCloudServer {
  /** `http://<host>:<port>`. */
  url: string;
  /** The access link: `<url>/?token=<token>`. */
  link: string;
  close(): Promise<void>;
}

/** Test hooks. */
export interface CloudServerHooks {
  /** How long the cloud has to answer (default 30 s). */
  upstreamTimeoutMs?: number;
}

interface Context {
  settings: CloudSettings;
  access: Access;
  hosts: string[];
  indexHtml: string;
  proxy: ApiProxy;
  log: CloudLog;
}

const DEFAULT_HEADERS = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };

function refuse(response: ServerResponse, error: ApiError, requestId = newRequestId()) {
  return sendWebResponse(errorResponse(error, requestId), response, DEFAULT_HEADERS);
}

function isApi(target: string): boolean {
  return target === '/api' || target.startsWith('/api/') || target.startsWith('/api?');
}

async function answerApi(ctx: Context, request: IncomingMessage, response: ServerResponse, target: string) {
  const method = request.method ?? 'GET';
  const refusal =
    checkSameOrigin(request) ?? (hasAccessCookie(request, ctx.access) ? undefined : needsAccessLink());
  const result = refusal ? { refusal } : await proxyApi(ctx.proxy, request, target.slice(4));
  let status: number;
  let requestId: string;
  if ('refusal' in result) {
    requestId = newRequestId();
    status = result.refusal.status;
    await refuse(response, result.refusal, requestId);
  } else {
    const { answer } = result;
    requestId = answer.headers['x-request-id'] ?? '-';
    status = answer.status;
    sendBytes(response, status, { ...DEFAULT_HEADERS, ...answer.headers }, answer.body);
  }
  if (isWrite(method)) {
    const path = target.slice(4).split('?')[0] ?? '';
    ctx.log.info(`${new Date().toISOString()} ${method} ${path} ${status} ${requestId}`);
  }
}

async function answerFile(ctx: Context, request: IncomingMessage, response: ServerResponse, target: string) {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return refuse(response, readOnlyFiles(method));
  const redirect = tokenRedirect(target, ctx.access);
  if (redirect) {
    const headers = { ...DEFAULT_HEADERS, Location: redirect.location, 'Set-Cookie': redirect.cookie };
    return sendBytes(response, 302, headers, '');
  }
  const parsed = fileTarget(target);
  const file = parsed && (await findFile(ctx.settings.buildDir, parsed.segments, ctx.indexHtml));
  if (!file) return refuse(response, noSuchFile(target.split('?')[0] ?? ''));
  sendBytes(
    response,
    200,
    { ...DEFAULT_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl },
    file.body,
  );
}

async function answer(ctx: Context, request: IncomingMessage, response: ServerResponse) {
  const hostRefusal = checkHost(request, ctx.hosts);
  if (hostRefusal) return refuse(response, hostRefusal);
  const target = request.url ?? '';
  if (!target.startsWith('/')) return refuse(response, badTarget());
  return isApi(target)
    ? answerApi(ctx, request, response, target)
    : answerFile(ctx, request, response, target);
}

/**
 * Starts the cloud server on `settings.buildDir` (which must hold a build: see `ensureBuild`).
 *
 * @example const server = await startCloudServer(settings); console.info(`Console: ${server.link}`);
 */
export async function startCloudServer(
  settings: CloudSettings,
  log: CloudLog = { info: console.info, error: console.error },
  hooks: CloudServerHooks = {},
): Promise<RunningCloudServer> {
  const html = await readFile(join(settings.buildDir, 'index.html'), 'utf8');
  const caller = cloudCaller(settings.credentials, settings.endpoint, hooks.upstreamTimeoutMs ?? 30_000);
  const partial = {
    settings,
    indexHtml: withModeMeta(html, consoleMode(settings)),
    proxy: { caller, regions: projectRegions(caller), readOnly: settings.readOnly },
    log,
  };
  const ready: { ctx?: Context } = {};
  const server = createServer((request, response) => {
    if (!ready.ctx) return response.destroy();
    answer(ready.ctx, request, response).catch((error: unknown) => {
      log.error(`Internal error: ${messageOf(error)}`);
      if (!response.headersSent) {
        void refuse(response, internalError(messageOf(error)));
      } else response.destroy();
    });
  });
  const port = await listen(server, settings.port, settings.host);
  const access = newAccess(port);
  ready.ctx = { ...partial, access, hosts: ownHosts(settings.host, port) };
  const url = urlOf(settings.host, port);
  return {
    url,
    link: `${url}/?token=${access.token}`,
    async close() {
      await closeServer(server);
      caller.close();
    },
  };
}
