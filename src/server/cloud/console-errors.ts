/**
 * The cloud server's own refusals (`CONSOLE.xxxx`), in the error body of the API
 * (`{"error_code", "error_msg", "request_id"}`) so that the page reads them like the cloud's.
 * Every message the server answers with is written here, once.
 */
import { ApiError } from '@/mock-api/http/api-error';

/** 400: the request names no region, or one the account does not have. */
export function badRegion(region: string | undefined, regions: readonly string[]): ApiError {
  const known = regions.length > 0 ? regions.join(', ') : 'none';
  const what =
    region === undefined
      ? 'This path names no project, so the request must say its region in the X-Console-Region header.'
      : `The region "${region}" in X-Console-Region is not one of this account's regions.`;
  return new ApiError(400, 'CONSOLE.0400', `${what} Use one of: ${known}.`);
}

/** 400: a request target that is not a path (an absolute URL, or not parseable). */
export function badTarget(): ApiError {
  return new ApiError(400, 'CONSOLE.0400', 'The request target must be a path such as /api/v3/projects.');
}

/** 401: no access cookie (the contract's exact message). */
export function needsAccessLink(): ApiError {
  return new ApiError(
    401,
    'CONSOLE.0401',
    'This console needs its access link. Open the link that npm run cloud printed (it ends with ?token=...).',
  );
}

/** 403: every write in read-only mode (the contract's exact message). */
export function readOnly(): ApiError {
  return new ApiError(
    403,
    'CONSOLE.0403',
    'The console is read-only (TM_READ_ONLY=1): nothing can be changed. Restart npm run cloud without TM_READ_ONLY to make changes.',
  );
}

/** 403: a request sent by another site's page. */
export function crossSite(why: string): ApiError {
  return new ApiError(
    403,
    'CONSOLE.0403',
    `Refused: ${why}. Only the console's own page may call its API; open the console from the link that npm run cloud printed.`,
  );
}

/** 403: a Host header that is not this server's (a DNS rebinding attempt, or a wrong address). */
export function foreignHost(host: string | undefined, allowed: readonly string[]): ApiError {
  return new ApiError(
    403,
    'CONSOLE.0403',
    `Refused: the Host header "${host ?? ''}" is not this console's address. Open it as ${allowed.map((h) => `http://${h}/`).join(' or ')}.`,
  );
}

/** 404: a path or method under /api that the console does not use. */
export function notForwarded(method: string, path: string): ApiError {
  return new ApiError(
    404,
    'CONSOLE.0404',
    `The console does not forward ${method} ${path}: only the API calls the console makes are forwarded.`,
  );
}

/** 404: a project id that is not one of the account's projects. */
export function unknownProject(projectId: string): ApiError {
  return new ApiError(
    404,
    'CONSOLE.0404',
    `The project ${projectId} is not one of this account's projects (GET /v3/projects lists them). Choose a region again.`,
  );
}

/** 404: a static file that does not exist. */
export function noSuchFile(path: string): ApiError {
  return new ApiError(404, 'CONSOLE.0404', `There is no file ${path}.`);
}

/** 405: a static path called with a method other than GET or HEAD. */
export function readOnlyFiles(method: string): ApiError {
  return new ApiError(405, 'CONSOLE.0405', `The console's files are read with GET, not ${method}.`, [], {
    Allow: 'GET, HEAD',
  });
}

/** 413: a body over the limit (the connection is closed: the rest of the body is not read). */
export function tooLarge(message: string): ApiError {
  return new ApiError(413, 'CONSOLE.0413', message, [], { Connection: 'close' });
}

/** 502: the cloud could not be reached at all. */
export function unreachable(service: string): ApiError {
  return new ApiError(
    502,
    'CONSOLE.0502',
    `The cloud (${service}) could not be reached. Check the network connection and TM_CLOUD_ENDPOINT, then try again.`,
  );
}

/** 504: the cloud did not answer in time (the contract's exact message). */
export function cloudTimeout(): ApiError {
  return new ApiError(504, 'CONSOLE.0504', 'The cloud did not answer within 30 seconds. Try again.');
}

/** 500: a fault of the server itself. */
export function internalError(message: string): ApiError {
  return new ApiError(500, 'CONSOLE.0500', `Internal error of the console server: ${message}`);
}
