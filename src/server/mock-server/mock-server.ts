/**
 * The mock cloud over HTTP: node:http in front of the same backend the browser uses, with the
 * optional signature check, the body size limit and the data file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApiError } from '@/mock-api/http/api-error';
import { errorResponse, newRequestId } from '@/mock-api/http/responses';
import { closeServer, listen, urlOf } from '../shared/listen';
import { verifyRequest } from '../signing/verify';
import { debouncedSaver, writeFileAtomically } from './data-file';
import {
  BodyTooLargeError,
  readBody,
  requestUrl,
  sendWebResponse,
  toWebRequest,
} from '../shared/node-bridge';
import type { MockServerOptions } from './options';
import { openStore, type NodeStore } from './store';

/** A running mock server. */
export interface RunningMockServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Stops listening, saves the data file if needed and closes the store. */
  close(): Promise<void>;
}

/** What the server tells its operator (default: the console). */
export interface MockServerLog {
  info(message: string): void;
  error(message: string): void;
}

/** Error code of an unsigned or wrongly signed request, as the cloud's API gateway answers. */
export const UNAUTHORIZED_CODE = 'APIGW.0301';
/** Error code of a body over the size limit (ours). */
export const TOO_LARGE_CODE = 'TM.0413';

async function answer(
  store: NodeStore,
  options: MockServerOptions,
  log: MockServerLog,
  request: IncomingMessage,
  response: ServerResponse,
  fallbackHost: string,
): Promise<void> {
  const refuse = (error: ApiError, headers: Record<string, string> = {}, requestId = newRequestId()) =>
    sendWebResponse(errorResponse(error, requestId), response, headers);
  let url: URL;
  try {
    url = requestUrl(request, fallbackHost);
  } catch {
    return refuse(
      new ApiError(
        400,
        'TM.0001',
        `"${request.url}" is not a valid request target. Send a path such as /v3/projects.`,
      ),
    );
  }
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return refuse(new ApiError(413, TOO_LARGE_CODE, error.message), { connection: 'close' });
  }
  const { credentials } = options;
  if (credentials) {
    const verdict = verifyRequest(
      { method: request.method ?? 'GET', url, headers: request.headers, body },
      (ak) => (ak === credentials.ak ? credentials.sk : undefined),
      new Date(),
    );
    if (!verdict.ok) {
      // Printed so that whoever points a client here sees why its calls are refused.
      const requestId = newRequestId();
      const method = request.method ?? 'GET';
      log.info(`Refused ${method} ${url.pathname}: 401 ${UNAUTHORIZED_CODE} ${requestId} ${verdict.message}`);
      return refuse(new ApiError(401, UNAUTHORIZED_CODE, verdict.message), {}, requestId);
    }
  }
  await sendWebResponse(await store.backend(toWebRequest(request, url, body)), response);
}

/**
 * Starts the mock cloud: opens the store (from `options.dataFile` when given; a file that is
 * not a valid export throws `DataFileError` and is left untouched) and listens.
 *
 * @example const server = await startMockServer({ port: 0, host: '127.0.0.1' }); // server.url
 */
export async function startMockServer(
  options: MockServerOptions,
  log: MockServerLog = { info: console.info, error: console.error },
): Promise<RunningMockServer> {
  const { store, created } = await openStore(options.dataFile);
  const { dataFile } = options;
  const save = async () => {
    if (dataFile) await writeFileAtomically(dataFile, await store.exportText());
  };
  const saver = debouncedSaver(save, (error) =>
    log.error(`The store could not be saved to ${dataFile}: ${String(error)}`),
  );
  if (dataFile) store.onWrite(() => saver.schedule());
  if (created) await save();

  const server = createServer((request, response) => {
    answer(store, options, log, request, response, `${options.host}:${options.port}`).catch(
      (error: unknown) => {
        log.error(
          `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!response.headersSent) {
          void refuseInternal(response, error);
        } else response.destroy();
      },
    );
  });
  const port = await listen(server, options.port, options.host);
  return {
    url: urlOf(options.host, port),
    async close() {
      await closeServer(server);
      await saver.flush();
      store.close();
    },
  };
}

function refuseInternal(response: ServerResponse, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  return sendWebResponse(
    errorResponse(
      new ApiError(500, 'TM.0500', `Internal error of the mock server: ${message}`),
      newRequestId(),
    ),
    response,
  );
}
