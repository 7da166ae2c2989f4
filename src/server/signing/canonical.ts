/**
 * The canonical request of `SDK-HMAC-SHA256`, built exactly as the official Huawei Cloud SDKs
 * build it, so that a signature made by them and one made here agree byte for byte:
 *
 * ```text
 * METHOD\n
 * /canonical/uri/\n            (each segment percent-encoded, always ending in "/")
 * a=1&a=2&b=%C3%A9\n           (keys sorted, a repeated key's values sorted)
 * host:127.0.0.1:8090\n        (lowercased names, sorted; one line each)
 * x-sdk-date:20260102T030405Z\n
 * \n
 * host;x-sdk-date\n            (the signed header names)
 * <hex SHA-256 of the body>
 * ```
 */
import { createHash } from 'node:crypto';

/** The signing algorithm, the first word of `Authorization`. */
export const ALGORITHM = 'SDK-HMAC-SHA256';
/** Header carrying the signing time, `YYYYMMDDTHHMMSSZ`. */
export const DATE_HEADER = 'x-sdk-date';
/** Header that, when signed, stands in for the body's hash (`UNSIGNED-PAYLOAD`). */
export const CONTENT_SHA256_HEADER = 'x-sdk-content-sha256';
/** The value of `X-Sdk-Content-Sha256` that leaves the body out of the signature. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** Header values as Node and the SDK hand them over (a repeated header as a list). */
export type HeaderValues = Record<string, string | readonly string[] | number | undefined>;

const encoder = new TextEncoder();

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

/**
 * Percent-encodes every UTF-8 byte except the unreserved characters `A-Za-z0-9-._~`, with
 * upper-case hex digits, as the SDK's signer does (unlike `encodeURIComponent`, which leaves
 * `!'()*` alone).
 *
 * @example percentEncode('é *') // '%C3%A9%20%2A'
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of encoder.encode(text)) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The canonical URI: each segment of the path as sent (already percent-encoded) is encoded
 * once more, and the result always ends with `/`, so `/v3/p` and `/v3/p/` sign the same.
 *
 * @example canonicalUri('/v3/p/vpc') // '/v3/p/vpc/'
 */
export function canonicalUri(pathname: string): string {
  const path = pathname.split('/').map(percentEncode).join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/** Compares by UTF-16 code units, as `Array.prototype.sort` does by default. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical query string of a decoded query: keys sorted, the values of a repeated key
 * sorted, each key and value percent-encoded, joined by `&`.
 *
 * @example canonicalQuery(new URLSearchParams('b=2&a=y&a=x')) // 'a=x&a=y&b=2'
 */
export function canonicalQuery(query: URLSearchParams): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of query) byKey.set(key, [...(byKey.get(key) ?? []), value]);
  return [...byKey.keys()]
    .sort(byCodeUnits)
    .flatMap((key) =>
      (byKey.get(key) ?? [])
        .sort(byCodeUnits)
        .map((value) => `${percentEncode(key)}=${percentEncode(value)}`),
    )
    .join('&');
}

/** A header's value as one string: a repeated header's values joined by `,`; trimmed. */
export function headerValue(value: HeaderValues[string]): string | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value.join(',') : String(value)).trim();
}

/**
 * The signed header names in the order the SDK lists them in `SignedHeaders`: lowercased,
 * sorted by code units.
 */
export function signedHeaderNames(names: Iterable<string>): string[] {
  return [...new Set([...names].map((name) => name.toLowerCase()))].sort(byCodeUnits);
}

/**
 * The canonical headers block: `name:value\n` for each signed header, lowercased names in the
 * SDK's order for this block (`localeCompare`, which agrees with code-unit order for the
 * usual `a-z0-9-` names).
 */
export function canonicalHeaders(names: readonly string[], valueOf: (name: string) => string): string {
  return [...names]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => `${name}:${valueOf(name)}\n`)
    .join('');
}

/** Hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The parts of a request that the canonical request is made of. */
export interface CanonicalParts {
  method: string;
  url: URL;
  /** Signed header names, lowercased, in `SignedHeaders` order. */
  signedHeaders: readonly string[];
  valueOf: (name: string) => string;
  payloadHash: string;
}

/** The canonical request, the lines joined by `\n` (see the file comment). */
export function canonicalRequest(parts: CanonicalParts): string {
  return [
    parts.method.toUpperCase(),
    canonicalUri(parts.url.pathname),
    canonicalQuery(parts.url.searchParams),
    canonicalHeaders(parts.signedHeaders, parts.valueOf),
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}

/** The string to sign: algorithm, signing time and the hash of the canonical request. */
export function stringToSign(sdkDate: string, canonical: string): string {
  return [ALGORITHM, sdkDate, sha256Hex(canonical)].join('\n');
}
