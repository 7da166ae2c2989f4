/**
 * Signing a request with `SDK-HMAC-SHA256`, as the official Huawei Cloud SDKs do: every header
 * the caller sends is signed, plus `Host`, `X-Sdk-Date` and (with temporary credentials)
 * `X-Security-Token`.
 */
import { createHmac } from 'node:crypto';
import {
  ALGORITHM,
  CONTENT_SHA256_HEADER,
  DATE_HEADER,
  canonicalRequest,
  headerValue,
  sha256Hex,
  signedHeaderNames,
  stringToSign,
  type HeaderValues,
} from './canonical';

/** A request as it will be sent (or as it was received). */
export interface SignableRequest {
  method: string;
  /** The absolute URL, with its query string. */
  url: string | URL;
  /** The headers, any case; `host` defaults to the URL's host. */
  headers?: HeaderValues;
  /** The body exactly as sent (none for an empty body). */
  body?: string | Uint8Array;
}

/** Credentials and signing time. */
export interface SigningKey {
  ak: string;
  sk: string;
  /** Temporary credentials' token, sent and signed as `X-Security-Token`. */
  securityToken?: string;
  /** The signing time (default: now). */
  date?: Date;
}

/** The headers that carry a signature. */
export interface SignatureHeaders {
  Authorization: string;
  'X-Sdk-Date': string;
  'X-Security-Token'?: string;
}

/**
 * `YYYYMMDDTHHMMSSZ` in UTC, the format of `X-Sdk-Date`.
 *
 * @example formatSdkDate(new Date('2026-01-02T03:04:05Z')) // '20260102T030405Z'
 */
export function formatSdkDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Hex HMAC-SHA256 of `text` under the secret key. */
export function hmacHex(sk: string, text: string): string {
  return createHmac('sha256', sk).update(text).digest('hex');
}

/** The body's hash as signed: `X-Sdk-Content-Sha256` when given, else SHA-256 of the body. */
export function payloadHashOf(
  headers: ReadonlyMap<string, string>,
  body: string | Uint8Array | undefined,
): string {
  return headers.get(CONTENT_SHA256_HEADER) ?? sha256Hex(body ?? '');
}

/** Headers by lowercased name, values as one trimmed string. */
export function lowercaseHeaders(headers: HeaderValues = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, raw] of Object.entries(headers)) {
    const value = headerValue(raw);
    if (value !== undefined) map.set(name.toLowerCase(), value);
  }
  return map;
}

/**
 * Signs a request: returns the headers to add to it (`Authorization`, `X-Sdk-Date`, and
 * `X-Security-Token` with temporary credentials). Every header in `request.headers` is signed,
 * so send exactly those (plus what HTTP adds unsigned, such as `Content-Length`).
 *
 * @example
 * const added = signRequest(
 *   { method: 'GET', url: 'http://127.0.0.1:8090/v3/projects' },
 *   { ak: 'AK', sk: 'SK', date: new Date('2026-01-02T03:04:05Z') },
 * ); // { Authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=…', 'X-Sdk-Date': '20260102T030405Z' }
 */
export function signRequest(request: SignableRequest, key: SigningKey): SignatureHeaders {
  const url = new URL(request.url);
  const sdkDate = formatSdkDate(key.date ?? new Date());
  const headers = lowercaseHeaders(request.headers);
  if (!headers.has('host')) headers.set('host', url.host);
  headers.set(DATE_HEADER, sdkDate);
  if (key.securityToken) headers.set('x-security-token', key.securityToken);
  const signedHeaders = signedHeaderNames(headers.keys());
  const canonical = canonicalRequest({
    method: request.method,
    url,
    signedHeaders,
    valueOf: (name) => headers.get(name) ?? '',
    payloadHash: payloadHashOf(headers, request.body),
  });
  const signature = hmacHex(key.sk, stringToSign(sdkDate, canonical));
  const added: SignatureHeaders = {
    Authorization: `${ALGORITHM} Access=${key.ak}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
    'X-Sdk-Date': sdkDate,
  };
  if (key.securityToken) added['X-Security-Token'] = key.securityToken;
  return added;
}
