/**
 * Response helpers: every answer is JSON with a `request_id` (also sent as `X-Request-Id`),
 * except 204, which has no body.
 */
import type { ApiError } from './api-error';

/** A fresh request id: 32 lowercase hex digits, as the cloud's. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

function jsonResponse(status: number, body: object, requestId: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ ...body, request_id: requestId }), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId, ...headers },
  });
}

/** What a route hands back: a status and a body (or none for 204). */
export interface RouteResult {
  status: 200 | 201 | 204;
  body?: object;
}

/** 200 with `body`. */
export function ok(body: object): RouteResult {
  return { status: 200, body };
}

/** 201 with `body`. */
export function created(body: object): RouteResult {
  return { status: 201, body };
}

/** 204, no body. */
export function noContent(): RouteResult {
  return { status: 204 };
}

/** Turns a route result into a Response carrying `requestId`. */
export function toResponse(result: RouteResult, requestId: string): Response {
  if (result.status === 204) {
    return new Response(null, { status: 204, headers: { 'X-Request-Id': requestId } });
  }
  return jsonResponse(result.status, result.body ?? {}, requestId);
}

/** Renders an ApiError as the error body of docs/api.md. */
export function errorResponse(error: ApiError, requestId: string): Response {
  const body: Record<string, unknown> = { error_code: error.code, error_msg: error.message };
  if (error.described) {
    body.message_id = error.described.id;
    if (error.described.params) body.params = error.described.params;
  }
  if (error.details.length > 0) body.details = error.details;
  return jsonResponse(error.status, body, requestId, error.headers);
}
