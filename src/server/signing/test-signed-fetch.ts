/** A client's signed call, for tests that talk to a signature-checking server (the mock server with --ak/--sk). */
import { signRequest, type SigningKey } from './sign';

/**
 * `fetch` with the request signed by `signRequest` as the official SDKs sign it (a JSON body
 * when `init.body` is given). Why: the mock server started with `--ak/--sk` refuses anything
 * else, and tests must reach it directly to check what the console wrote.
 *
 * @example await signedFetch(`${mock}/v3/projects`, { ak: 'AK', sk: 'SK' }) // 200
 */
export async function signedFetch(
  url: string,
  key: SigningKey,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  const added = signRequest({ method, url, headers, body }, key);
  // eslint-disable-next-line no-restricted-globals -- a test's own client, as an SDK would call from outside the page
  return fetch(url, { method, body, headers: { ...headers, ...added } });
}
