/**
 * The error answers of docs/api.md. A service throws an `ApiError`; the backend turns it into
 * `{"error_code", "error_msg", "request_id", "details"?}` with its HTTP status.
 */

import type { FieldDetail } from '@/domain/model/field-details';
import type { ResultMessage } from '@/domain/model/message';
import { englishResultText } from '@/i18n/english-results';

/** One offending field of an error answer (the domain's `FieldDetail`). */
export type ErrorDetail = FieldDetail;

/** A detail as services give it: the message in English, or the domain's descriptor. */
export type DetailInput = Omit<FieldDetail, 'message'> & { message: string | ResultMessage };

/**
 * A detail as the API answers it: the message in English (the API's language); a domain
 * message also carries its id and parameters (`message_id`, `params`), which the console uses
 * to say it in its own language (docs/api.md).
 */
export function answeredDetail(detail: DetailInput): ErrorDetail {
  const { message, ...rest } = detail;
  if (typeof message === 'string') return { ...rest, message };
  const params = message.params as ErrorDetail['params'];
  const described = params ? { message_id: message.id, params } : { message_id: message.id };
  return { ...rest, message: englishResultText(message), ...described };
}

/**
 * An answer other than 2xx, thrown by services and routes and rendered by the backend. A
 * message given as a domain descriptor is answered in English and also as its id and
 * parameters (`message_id`, `params` beside `error_msg`), like a detail's (docs/api.md).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;
  /** The message as the domain's descriptor, when it is one. */
  readonly described: ResultMessage | undefined;

  constructor(
    status: number,
    code: string,
    message: string | ResultMessage,
    details: readonly DetailInput[] = [],
    headers: Record<string, string> = {},
  ) {
    super(typeof message === 'string' ? message : englishResultText(message));
    this.described = typeof message === 'string' ? undefined : message;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details.map(answeredDetail);
    this.headers = headers;
  }
}

/** TM.0001: the body is not JSON, or its wrapper object is missing. */
export function badBody(message: string, field?: string): ApiError {
  return new ApiError(400, 'TM.0001', message, field ? [{ field, message }] : []);
}

/** TM.0002: fields missing or out of range; `details` name each one. */
export function invalidFields(given: readonly DetailInput[], message?: string): ApiError {
  const details = given.map(answeredDetail);
  const summary =
    message ??
    (details.length === 1 && details[0]
      ? `${details[0].field}: ${details[0].message}`
      : `${details.length} fields are invalid: ${details.map((d) => d.field).join(', ')}.`);
  return new ApiError(400, 'TM.0002', summary, details);
}

/** TM.0003: constraint C1, C2 or C3 is broken. */
export function constraintBroken(message: string, details: ErrorDetail[] = []): ApiError {
  return new ApiError(400, 'TM.0003', message, details);
}

/** TM.0004: the resource, or one it names, does not exist. */
export function notFound(message: string, details: ErrorDetail[] = []): ApiError {
  return new ApiError(404, 'TM.0004', message, details);
}

/** TM.0005: a quota would be exceeded; the message names the quota, its value and usage. */
export function quotaExceeded(message: string, details: ErrorDetail[] = []): ApiError {
  return new ApiError(409, 'TM.0005', message, details);
}

/** TM.0006: a conflict (priority in use, filter in use, duplicate source). */
export function conflict(message: string, details: ErrorDetail[] = []): ApiError {
  return new ApiError(409, 'TM.0006', message, details);
}

/** TM.0007: Traffic Mirroring is not offered in the project's region (C7). */
export function regionUnavailable(region: string): ApiError {
  return new ApiError(
    400,
    'TM.0007',
    `Traffic Mirroring is not available in region ${region}. Switch to a region that offers it.`,
  );
}

/** TM.0503: a failure injected on purpose by the mock's fault settings. */
export function injectedFault(): ApiError {
  return new ApiError(
    503,
    'TM.0503',
    'The service is temporarily unavailable (fault injected by the demo settings). Try again.',
  );
}

/** 404 for a path the API does not serve (same code as a missing resource). */
export function unknownPath(method: string, path: string): ApiError {
  return new ApiError(404, 'TM.0004', `No API answers ${method} ${path}. Check the path.`);
}

/** 405 for a known path called with a method it does not take; `Allow` lists the ones it does. */
export function methodNotAllowed(method: string, path: string, allowed: string[]): ApiError {
  return new ApiError(405, 'TM.0405', `${path} does not take ${method}; use ${allowed.join(' or ')}.`, [], {
    Allow: allowed.join(', '),
  });
}
