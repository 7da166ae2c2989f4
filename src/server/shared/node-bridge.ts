/**
 * Between node:http and the mock's `(Request) => Promise<Response>`: the body read with a size
 * limit, the WHATWG Request built from the request line and headers, and a Response written
 * back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body accepted (1 MB); larger ones are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request body over `MAX_BODY_BYTES`. */
export class BodyTooLargeError extends Error {
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Send a smaller body.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads the whole body, refusing (with `BodyTooLargeError`) as soon as it is known to be
 * larger than the limit: from `Content-Length` before reading, else while reading.
 */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The absolute URL of a received request, from its `Host` header (or the server's address). */
export function requestUrl(request: IncomingMessage, fallbackHost: string): URL {
  return new URL(request.url ?? '/', `http://${request.headers.host ?? fallbackHost}`);
}

/** A WHATWG Request with the method, URL, headers and body of a node:http request. */
export function toWebRequest(request: IncomingMessage, url: URL, body: Buffer): Request {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (name.toLowerCase() !== 'host') headers.append(name, raw[i + 1] ?? '');
  }
  const method = request.method ?? 'GET';
  const hasBody = !['GET', 'HEAD'].includes(method.toUpperCase()) && body.length > 0;
  return new Request(url, { method, headers, body: hasBody ? Uint8Array.from(body) : null });
}

/** Writes a WHATWG Response to a node:http response. */
export async function sendWebResponse(
  response: Response,
  target: ServerResponse,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  sendBytes(target, response.status, headers, Buffer.from(await response.arrayBuffer()));
}

/** Writes a status, headers and body (none for 204 and 304) with its `Content-Length`. */
export function sendBytes(
  target: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  const bodyless = status === 204 || status === 304;
  const all = bodyless ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
  target.writeHead(status, all);
  target.end(bodyless ? undefined : body);
}
