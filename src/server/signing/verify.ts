/**
 * Checking a request's `SDK-HMAC-SHA256` signature, as a cloud gateway does: the
 * `Authorization` header's form, the access key, the signing time (at most 15 minutes away
 * from now), the signed headers' presence and the signature itself.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  ALGORITHM,
  CONTENT_SHA256_HEADER,
  DATE_HEADER,
  UNSIGNED_PAYLOAD,
  canonicalRequest,
  sha256Hex,
  stringToSign,
} from './canonical';
import { hmacHex, lowercaseHeaders, payloadHashOf, type SignableRequest } from './sign';

/** How far the signing time may be from the server's clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** Why a request's signature was refused. */
export type RefusalReason =
  'bad-format' | 'unknown-ak' | 'date-missing' | 'date-skew' | 'header-missing' | 'signature-mismatch';

/** The outcome of `verifyRequest`. */
export type Verification = { ok: true; ak: string } | { ok: false; reason: RefusalReason; message: string };

const HOW_TO_SIGN =
  'Sign each request with the AK/SK the server was started with, as the Huawei Cloud SDKs do ' +
  '(Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>, and X-Sdk-Date).';

const AUTHORIZATION =
  /^SDK-HMAC-SHA256\s+Access=([^\s,]+),\s*SignedHeaders=([^\s,]+),\s*Signature=([0-9a-f]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function refuse(reason: RefusalReason, message: string): Verification {
  return { ok: false, reason, message: `${message} ${HOW_TO_SIGN}` };
}

/**
 * The time of an `X-Sdk-Date` value, or undefined when it is not `YYYYMMDDTHHMMSSZ`.
 *
 * @example parseSdkDate('20260102T030405Z') // 2026-01-02T03:04:05.000Z
 */
export function parseSdkDate(value: string): Date | undefined {
  const m = SDK_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return formatMatches(date, value) ? date : undefined;
}

function formatMatches(date: Date, value: string): boolean {
  return (
    !Number.isNaN(date.getTime()) && `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z` === value
  );
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Verifies a received request against the secret key of its access key (`secretOf` answers
 * undefined for an unknown AK). `ok` with the AK, or the reason and a message saying what is
 * wrong and how to sign.
 *
 * @example
 * verifyRequest(request, (ak) => (ak === 'AK' ? 'SK' : undefined), new Date())
 * // { ok: true, ak: 'AK' } or { ok: false, reason: 'date-skew', message: '…' }
 */
export function verifyRequest(
  request: SignableRequest,
  secretOf: (ak: string) => string | undefined,
  now: Date,
): Verification {
  const headers = lowercaseHeaders(request.headers);
  const authorization = headers.get('authorization');
  if (authorization === undefined)
    return refuse('bad-format', 'The request is not signed: it has no Authorization header.');
  const match = AUTHORIZATION.exec(authorization);
  if (!match) {
    return refuse(
      'bad-format',
      `The Authorization header is not of the form "${ALGORITHM} Access=…, SignedHeaders=…, Signature=…".`,
    );
  }
  const [, ak = '', signedList = '', signature = ''] = match;
  const sk = secretOf(ak);
  if (sk === undefined) return refuse('unknown-ak', `The access key ${ak} is not known here.`);
  const sdkDate = headers.get(DATE_HEADER);
  const date = sdkDate === undefined ? undefined : parseSdkDate(sdkDate);
  if (sdkDate === undefined || !date) {
    return refuse(
      'date-missing',
      'The X-Sdk-Date header is missing or not of the form YYYYMMDDTHHMMSSZ (UTC).',
    );
  }
  const skew = date.getTime() - now.getTime();
  if (Math.abs(skew) > MAX_CLOCK_SKEW_MS) {
    const side = skew < 0 ? 'older' : 'later';
    return refuse(
      'date-skew',
      `The signing time ${sdkDate} is more than 15 minutes ${side} than the server's clock (${now.toISOString()}): check the clock.`,
    );
  }
  const signedHeaders = signedList.split(';');
  const missing = signedHeaders.filter((name) => !headers.has(name));
  if (missing.length > 0) {
    return refuse('header-missing', `The signed header(s) ${missing.join(', ')} are not in the request.`);
  }
  const declared = signedHeaders.includes(CONTENT_SHA256_HEADER)
    ? headers.get(CONTENT_SHA256_HEADER)
    : undefined;
  if (declared !== undefined && declared !== UNSIGNED_PAYLOAD && declared !== sha256Hex(request.body ?? '')) {
    return refuse('signature-mismatch', 'The body does not match its X-Sdk-Content-Sha256 header.');
  }
  const signed = new Map([...headers].filter(([name]) => signedHeaders.includes(name)));
  const canonical = canonicalRequest({
    method: request.method,
    url: new URL(request.url),
    signedHeaders,
    valueOf: (name) => headers.get(name) ?? '',
    payloadHash: payloadHashOf(signed, request.body),
  });
  if (!sameHex(hmacHex(sk, stringToSign(sdkDate, canonical)), signature)) {
    return refuse(
      'signature-mismatch',
      'The signature does not match the request (method, path, query, signed headers or body changed, or another secret key was used).',
    );
  }
  return { ok: true, ak };
}
