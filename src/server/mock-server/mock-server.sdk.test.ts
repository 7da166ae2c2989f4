import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as vpc from '@huaweicloud/huaweicloud-sdk-vpc/v3/public-api';
import { CN_NORTH_4 as N4 } from '@/mock-api/seed/seed-ids';
import { startMockServerProcess, type MockServerProcess } from './test-mock-server-process';
import { signedFetch } from '../signing/test-signed-fetch';
import { vpcClient } from './test-vpc-client';

const AK = 'HPUAMOCKSERVERTEST01';
const SK = 'mock-server-test-secret-key-0000000000001';
const START = 90_000;

let dir: string;
let dataFile: string;
let server: MockServerProcess | undefined;
let client: vpc.VpcClient;

async function start() {
  server = await startMockServerProcess(['--port', '0', '--ak', AK, '--sk', SK, '--data', dataFile]);
  client = vpcClient(server.url, N4.project, AK, SK);
  // No simulated latency: the test makes many calls.
  const settings = await signedFetch(
    `${server.url}/mock-admin/settings`,
    { ak: AK, sk: SK },
    {
      method: 'PUT',
      body: { settings: { latency_min_ms: 0, latency_max_ms: 0 } },
    },
  );
  expect(settings.status).toBe(200);
}

interface Resource {
  id: string;
  name?: string;
  traffic_mirror_filter_id?: string;
  traffic_mirror_sources?: string[];
  [field: string]: unknown;
}

/** An SDK answer: the parsed JSON (snake_case), not an instance of the SDK's response class. */
interface Answer {
  httpStatusCode?: number;
  page_info?: { next_marker?: string };
  traffic_mirror_filter?: Resource;
  traffic_mirror_filters?: Resource[];
  traffic_mirror_filter_rule?: Resource;
  traffic_mirror_filter_rules?: Resource[];
  traffic_mirror_session?: Resource;
  traffic_mirror_sessions?: Resource[];
}

const raw = (answer: unknown) => answer as Answer;

/** Creates a filter through the SDK. */
async function createFilter(option: vpc.CreateTrafficMirrorFilterOption) {
  const body = new vpc.CreateTrafficMirrorFilterRequestBody().withTrafficMirrorFilter(option);
  return raw(
    await client.createTrafficMirrorFilter(new vpc.CreateTrafficMirrorFilterRequest().withBody(body)),
  );
}

/** An IPv4 accept rule of `filter`. */
function ruleOption(filter: string, direction: string, protocol: string, priority: number) {
  return new vpc.CreateTrafficMirrorFilterRuleOption()
    .withTrafficMirrorFilterId(filter)
    .withDirection(direction)
    .withProtocol(protocol)
    .withEthertype('IPv4')
    .withAction('accept')
    .withPriority(priority);
}

/** Creates a filter rule through the SDK. */
async function createRule(option: vpc.CreateTrafficMirrorFilterRuleOption) {
  const body = new vpc.CreateTrafficMirrorFilterRuleRequestBody().withTrafficMirrorFilterRule(option);
  return raw(
    await client.createTrafficMirrorFilterRule(new vpc.CreateTrafficMirrorFilterRuleRequest().withBody(body)),
  );
}

/** The SDK's exception for a call that should fail. */
async function failureOf(call: Promise<unknown>) {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { httpStatusCode?: number; errorCode?: string; errorMsg?: string } | undefined;
  expect(error, 'the call should have failed').toBeDefined();
  return error ?? {};
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-server-'));
  dataFile = join(dir, 'store.json');
  await start();
}, START);

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}, 20_000);

describe('the mock server, driven by the official VPC SDK over HTTP', () => {
  let filterId = '';
  let ruleId = '';
  let sessionId = '';

  it('creates, shows, lists and updates traffic mirror filters', async () => {
    const created = await createFilter(
      new vpc.CreateTrafficMirrorFilterOption().withName('sdk-filter').withDescription('from the SDK'),
    );
    expect(created.httpStatusCode).toBe(201);
    filterId = created.traffic_mirror_filter?.id ?? '';
    expect(filterId).not.toBe('');

    const shown = raw(
      await client.showTrafficMirrorFilter(
        new vpc.ShowTrafficMirrorFilterRequest().withTrafficMirrorFilterId(filterId),
      ),
    );
    expect(shown.traffic_mirror_filter).toMatchObject({ name: 'sdk-filter', description: 'from the SDK' });

    const updated = raw(
      await client.updateTrafficMirrorFilter(
        new vpc.UpdateTrafficMirrorFilterRequest()
          .withTrafficMirrorFilterId(filterId)
          .withBody(
            new vpc.UpdateTrafficMirrorFilterRequestBody().withTrafficMirrorFilter(
              new vpc.UpdateTrafficMirrorFilterOption().withName('sdk-filter-renamed'),
            ),
          ),
      ),
    );
    expect(updated.traffic_mirror_filter?.name).toBe('sdk-filter-renamed');

    const byName = raw(
      await client.listTrafficMirrorFilters(
        new vpc.ListTrafficMirrorFiltersRequest().withName('sdk-filter-renamed'),
      ),
    );
    expect(byName.traffic_mirror_filters?.map((f) => f.id)).toEqual([filterId]);
  });

  it('pages through filters with limit and marker', async () => {
    const seen: string[] = [];
    let marker: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const request = new vpc.ListTrafficMirrorFiltersRequest().withLimit(1);
      if (marker) request.withMarker(marker);
      const answer = raw(await client.listTrafficMirrorFilters(request));
      expect(answer.traffic_mirror_filters).toHaveLength(1);
      seen.push(...(answer.traffic_mirror_filters ?? []).map((f) => f.id ?? ''));
      marker = answer.page_info?.next_marker;
      if (!marker) break;
    }
    const all = raw(await client.listTrafficMirrorFilters(new vpc.ListTrafficMirrorFiltersRequest()));
    expect(seen).toEqual(all.traffic_mirror_filters?.map((f) => f.id));
    expect(seen).toContain(filterId);
  });

  it('creates, shows, lists, updates and deletes filter rules', async () => {
    const created = await createRule(
      ruleOption(filterId, 'ingress', 'TCP', 10).withDestinationPortRange('443-443'),
    );
    ruleId = created.traffic_mirror_filter_rule?.id ?? '';
    expect(created.traffic_mirror_filter_rule).toMatchObject({
      destination_port_range: '443-443',
      priority: 10,
    });

    const shown = raw(
      await client.showTrafficMirrorFilterRule(
        new vpc.ShowTrafficMirrorFilterRuleRequest().withTrafficMirrorFilterRuleId(ruleId),
      ),
    );
    expect(shown.traffic_mirror_filter_rule?.traffic_mirror_filter_id).toBe(filterId);

    const updated = raw(
      await client.updateTrafficMirrorFilterRule(
        new vpc.UpdateTrafficMirrorFilterRuleRequest()
          .withTrafficMirrorFilterRuleId(ruleId)
          .withBody(
            new vpc.UpdateTrafficMirrorFilterRuleRequestBody().withTrafficMirrorFilterRule(
              new vpc.UpdateTrafficMirrorFilterRuleOption().withPriority(20).withAction('reject'),
            ),
          ),
      ),
    );
    expect(updated.traffic_mirror_filter_rule).toMatchObject({ priority: 20, action: 'reject' });

    const listed = raw(
      await client.listTrafficMirrorFilterRules(
        new vpc.ListTrafficMirrorFilterRulesRequest().withTrafficMirrorFilterId(filterId),
      ),
    );
    expect(listed.traffic_mirror_filter_rules?.map((r) => r.id)).toEqual([ruleId]);

    const second = await createRule(ruleOption(filterId, 'egress', 'UDP', 30));
    const deleted = raw(
      await client.deleteTrafficMirrorFilterRule(
        new vpc.DeleteTrafficMirrorFilterRuleRequest().withTrafficMirrorFilterRuleId(
          second.traffic_mirror_filter_rule?.id ?? '',
        ),
      ),
    );
    expect(deleted.httpStatusCode).toBe(204);
  });

  it('creates, shows, lists, updates sessions and adds and removes their sources', async () => {
    const created = raw(
      await client.createTrafficMirrorSession(
        new vpc.CreateTrafficMirrorSessionRequest().withBody(
          new vpc.CreateTrafficMirrorSessionRequestBody().withTrafficMirrorSession(
            new vpc.CreateTrafficMirrorSessionOption()
              .withName('sdk-session')
              .withTrafficMirrorFilterId(filterId)
              .withTrafficMirrorSources([N4.ports.webProd02])
              .withTrafficMirrorTargetId(N4.loadBalancers.mirrorCollector)
              .withTrafficMirrorTargetType('elb')
              .withPriority(7),
          ),
        ),
      ),
    );
    expect(created.httpStatusCode).toBe(201);
    sessionId = created.traffic_mirror_session?.id ?? '';

    const shown = raw(
      await client.showTrafficMirrorSession(
        new vpc.ShowTrafficMirrorSessionRequest().withTrafficMirrorSessionId(sessionId),
      ),
    );
    expect(shown.traffic_mirror_session).toMatchObject({ name: 'sdk-session', priority: 7 });

    const updated = raw(
      await client.updateTrafficMirrorSession(
        new vpc.UpdateTrafficMirrorSessionRequest()
          .withTrafficMirrorSessionId(sessionId)
          .withBody(
            new vpc.UpdateTrafficMirrorSessionRequestBody().withTrafficMirrorSession(
              new vpc.UpdateTrafficMirrorSessionOption()
                .withDescription('updated by the SDK')
                .withPacketLength(128),
            ),
          ),
      ),
    );
    expect(updated.traffic_mirror_session).toMatchObject({
      description: 'updated by the SDK',
      packet_length: 128,
    });

    const added = raw(
      await client.addSourcesToTrafficMirrorSession(
        new vpc.AddSourcesToTrafficMirrorSessionRequest()
          .withTrafficMirrorSessionId(sessionId)
          .withBody(
            new vpc.AddSourcesToTrafficMirrorSessionRequestBody().withTrafficMirrorSession(
              new vpc.TrafficMirrorSourcesOption().withTrafficMirrorSources([N4.ports.payApi02]),
            ),
          ),
      ),
    );
    expect(added.traffic_mirror_session?.traffic_mirror_sources).toEqual([
      N4.ports.webProd02,
      N4.ports.payApi02,
    ]);

    const removed = raw(
      await client.removeSourcesFromTrafficMirrorSession(
        new vpc.RemoveSourcesFromTrafficMirrorSessionRequest()
          .withTrafficMirrorSessionId(sessionId)
          .withBody(
            new vpc.RemoveSourcesFromTrafficMirrorSessionRequestBody().withTrafficMirrorSession(
              new vpc.TrafficMirrorSourcesOption().withTrafficMirrorSources([N4.ports.webProd02]),
            ),
          ),
      ),
    );
    expect(removed.traffic_mirror_session?.traffic_mirror_sources).toEqual([N4.ports.payApi02]);

    const listed = raw(
      await client.listTrafficMirrorSessions(
        new vpc.ListTrafficMirrorSessionsRequest().withTrafficMirrorFilterId(filterId),
      ),
    );
    expect(listed.traffic_mirror_sessions?.map((s) => s.id)).toEqual([sessionId]);
  });

  it("surfaces the mock's errors as the SDK's exceptions with our error_code and error_msg", async () => {
    const error = await failureOf(
      client.deleteTrafficMirrorFilter(
        new vpc.DeleteTrafficMirrorFilterRequest().withTrafficMirrorFilterId(filterId),
      ),
    );
    expect(error.httpStatusCode).toBe(409);
    expect(error.errorCode).toBe('TM.0006');
    expect(error.errorMsg).toMatch(/session/i);

    const missing = await failureOf(
      client.showTrafficMirrorSession(
        new vpc.ShowTrafficMirrorSessionRequest().withTrafficMirrorSessionId(
          '00000000-0000-4000-8000-000000000000',
        ),
      ),
    );
    expect(missing).toMatchObject({ httpStatusCode: 404, errorCode: 'TM.0004' });
  });

  it('refuses a client signing with the wrong secret key with APIGW.0301', async () => {
    const wrong = vpcClient(server?.url ?? '', N4.project, AK, 'not-the-secret-key');
    const error = await failureOf(wrong.listTrafficMirrorFilters(new vpc.ListTrafficMirrorFiltersRequest()));
    expect(error).toMatchObject({ httpStatusCode: 401, errorCode: 'APIGW.0301' });
    expect(error.errorMsg).toMatch(/signature does not match/);
  });

  it('refuses an unsigned request with 401 and the error body, and a body over 1 MB with 413', async () => {
    const unsigned = await fetch(`${server?.url}/v3/${N4.project}/vpc/traffic-mirror-filters`);
    expect(unsigned.status).toBe(401);
    const body = (await unsigned.json()) as Record<string, string>;
    expect(body).toMatchObject({ error_code: 'APIGW.0301' });
    expect(body.error_msg).toMatch(/no Authorization header/);
    expect(body.request_id).toMatch(/^[0-9a-f]{32}$/);

    const large = await fetch(`${server?.url}/v3/${N4.project}/vpc/traffic-mirror-filters`, {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ error_code: 'TM.0413' });
  });

  it(
    'deletes sessions and filters, and keeps what was created across a restart with the same --data',
    async () => {
      const kept = await createFilter(
        new vpc.CreateTrafficMirrorFilterOption().withName('kept-across-restarts'),
      );
      const deletedSession = raw(
        await client.deleteTrafficMirrorSession(
          new vpc.DeleteTrafficMirrorSessionRequest().withTrafficMirrorSessionId(sessionId),
        ),
      );
      expect(deletedSession.httpStatusCode).toBe(204);
      const deletedFilter = raw(
        await client.deleteTrafficMirrorFilter(
          new vpc.DeleteTrafficMirrorFilterRequest().withTrafficMirrorFilterId(filterId),
        ),
      );
      expect(deletedFilter.httpStatusCode).toBe(204);

      const output = await server?.stop();
      expect(output).toContain('Mock cloud API stopped.');
      expect(JSON.parse(await readFile(dataFile, 'utf8'))).toMatchObject({
        format: 'traffic-mirror-console-mock-store',
      });
      await start();

      const shown = raw(
        await client.showTrafficMirrorFilter(
          new vpc.ShowTrafficMirrorFilterRequest().withTrafficMirrorFilterId(
            kept.traffic_mirror_filter?.id ?? '',
          ),
        ),
      );
      expect(shown.traffic_mirror_filter?.name).toBe('kept-across-restarts');
      const gone = await failureOf(
        client.showTrafficMirrorFilter(
          new vpc.ShowTrafficMirrorFilterRequest().withTrafficMirrorFilterId(filterId),
        ),
      );
      expect(gone.errorCode).toBe('TM.0004');
    },
    START,
  );
});
