/** The official VPC v3 SDK client pointed at a mock server. */
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { Logger4jInstance } from '@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger';
import { VpcClient } from '@huaweicloud/huaweicloud-sdk-vpc/v3/public-api';

// The SDK prints every failed call in full; the tests assert on the exceptions instead.
Logger4jInstance.level = 'off';

/**
 * A VpcClient for `endpoint` and `projectId`. A custom user agent keeps the SDK from writing
 * `~/.huaweicloud/application_id`.
 */
export function vpcClient(endpoint: string, projectId: string, ak: string, sk: string): VpcClient {
  return VpcClient.newBuilder()
    .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
    .withEndpoint(endpoint)
    .withOptions({ customUserAgent: 'traffic-mirror-console-tests' })
    .build();
}
