/**
 * The official SDK's own signer as a test oracle: builds the SDK's request object the way its
 * `HcClient.buildRequest` does and signs it with `BasicCredentials.processAuthRequest`.
 */
import { stringify } from 'node:querystring';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { HttpRequestBuilder } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequestBuilder';

/** A request as the SDK's service clients describe it. */
export interface SdkRequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  endpoint: string;
  /** The path, `{project_id}` filled in by the credentials. */
  path: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  data?: object;
  projectId?: string;
  securityToken?: string;
}

/** What the SDK would send: the URL (query serialised as its HTTP client does), headers, body. */
export interface SdkSigned {
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Signs `spec` with the SDK (the signing time is the current, possibly faked, time). */
export async function signWithSdk(spec: SdkRequestSpec, ak: string, sk: string): Promise<SdkSigned> {
  const credentials = new BasicCredentials().withAk(ak).withSk(sk);
  if (spec.projectId) credentials.withProjectId(spec.projectId);
  if (spec.securityToken) credentials.withSecurityToken(spec.securityToken);
  const query = structuredClone(spec.query ?? {});
  const request = new HttpRequestBuilder()
    .withEndpoint(spec.endpoint)
    .withUrl(spec.path)
    .withHeaders({ 'content-type': 'application/json', ...spec.headers })
    .withMethod(spec.method)
    .withPathParams({})
    .withData(spec.data)
    .withQueryParams(query)
    .build();
  const signed = await credentials.processAuthRequest(undefined as never, request);
  const search = stringify(spec.query ?? {});
  return {
    url: `${signed.endpoint as string}${search ? `?${search}` : ''}`,
    headers: signed.headers as Record<string, string>,
    body: spec.data === undefined ? undefined : JSON.stringify(spec.data),
  };
}
