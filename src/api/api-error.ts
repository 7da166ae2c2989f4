import type { FieldDetail } from '@/domain/model/field-details';
/**
 * The API's refusals as the console reads them. The cloud answers in more than one shape:
 * VPC and the console's own server send `{"error_code","error_msg","request_id"}`, some
 * services nest `{"error": {"code","message"}}`; both are read, and the request id comes from
 * the body or the `X-Request-Id` header, so that an operator can quote it to support.
 */

export type { FieldDetail };

/** The demo's own: the id and parameters of the whole `error_msg` (docs/api.md); the real API never sends them. */
export type DescribedMessage = Pick<FieldDetail, 'message_id' | 'params'>;

/** An answer other than 2xx, parsed from the API's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldDetail[];
  readonly requestId: string | undefined;
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The message's id and parameters when the answer gave them, so the console can say it in its language. */
  readonly described: DescribedMessage | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details: FieldDetail[] = [],
    requestId?: string,
    retryAfterMs?: number,
    described?: DescribedMessage,
  ) {
    super(message);
    this.described = described;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The console's server refuses every request without its access cookie with this code. */
export const ACCESS_LINK_MISSING = 'CONSOLE.0401';

/** Whether an error is the console server asking for its access link (the `?token=` address). */
export function needsAccessLink(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 401 && error.code === ACCESS_LINK_MISSING;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** `Retry-After` in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Builds the ApiError of a non-2xx answer from its status, headers and body text: the flat
 * and the nested shape, field details when given, the request id from the body (either
 * shape) or the header; a body that is not JSON still gives a message naming the status.
 */
export function parseApiError(status: number, statusText: string, headers: Headers, body: string): ApiError {
  const fallback = `The server answered ${status}${statusText ? ` ${statusText}` : ''}.`;
  const headerId = text(headers.get('X-Request-Id'));
  const retryAfter = parseRetryAfter(headers.get('Retry-After'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  const flat = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const nested = (typeof flat.error === 'object' && flat.error !== null ? flat.error : {}) as Record<
    string,
    unknown
  >;
  const code = text(flat.error_code) ?? text(nested.code) ?? `HTTP.${status}`;
  const message = text(flat.error_msg) ?? text(nested.message) ?? fallback;
  const requestId = text(flat.request_id) ?? text(nested.request_id) ?? headerId;
  const details = Array.isArray(flat.details) ? (flat.details as FieldDetail[]) : [];
  const messageId = text(flat.message_id);
  const described = messageId
    ? { message_id: messageId, params: flat.params as DescribedMessage['params'] }
    : undefined;
  return new ApiError(status, code, message, details, requestId, retryAfter, described);
}
