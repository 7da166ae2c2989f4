import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { allowedCall, type CloudService } from './api-routes';
import { ensureBuild, needsBuild } from './build';
import { escapeAttribute, maskAccessKey } from './mode-meta';
import { projectRegions, regionOfProjectName, RELOAD_AFTER_MS } from './project-regions';
import { apiTarget, fileTarget } from './request-target';
import { parseSettings } from './settings';
import { serviceBase, type CloudCaller } from './upstream';

const ENV = { HUAWEICLOUD_SDK_AK: 'AK12345', HUAWEICLOUD_SDK_SK: 'SK' };

describe('parseSettings', () => {
  it('listens on 127.0.0.1:8080 unless told otherwise, and serves dist-cloud', () => {
    expect(parseSettings([], ENV)).toEqual({
      ok: true,
      settings: {
        port: 8080,
        host: '127.0.0.1',
        buildDir: 'dist-cloud',
        rebuild: false,
        credentials: { ak: 'AK12345', sk: 'SK' },
        readOnly: false,
      },
    });
  });

  it('reads the optional environment', () => {
    const parsed = parseSettings(['--port', '0', '--host', '::1'], {
      ...ENV,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: 'T',
      TM_CLOUD_ENDPOINT: 'http://127.0.0.1:8090/',
      TM_READ_ONLY: '1',
      OUT_DIR: '/tmp/build',
    });
    expect(parsed).toMatchObject({
      ok: true,
      settings: {
        port: 0,
        host: '::1',
        buildDir: '/tmp/build',
        credentials: { ak: 'AK12345', sk: 'SK', securityToken: 'T' },
        endpoint: 'http://127.0.0.1:8090',
        readOnly: true,
      },
    });
  });

  it.each([
    [{}, /Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/],
    [{ HUAWEICLOUD_SDK_AK: 'A' }, /Set HUAWEICLOUD_SDK_SK to/],
    [{ ...ENV, TM_CLOUD_ENDPOINT: 'ftp://x' }, /TM_CLOUD_ENDPOINT must be an http\(s\) base URL/],
    [{ ...ENV, TM_CLOUD_ENDPOINT: 'https://user:pw@x' }, /without user name, password/],
  ])('refuses %j', (env, reason) => {
    const parsed = parseSettings([], env);
    expect(parsed.ok || parsed.error).toMatch(reason);
  });
});

describe('the build it serves', () => {
  it('is built when the folder has no index.html or --rebuild is given, else served as it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cloud-build-decision-'));
    const build = vi.fn(async (target: string) => writeFile(join(target, 'index.html'), '<head></head>'));
    const said: string[] = [];
    expect(needsBuild(dir, false)).toBe(true);
    expect(await ensureBuild(dir, false, (line) => said.push(line), build)).toBe(true);
    expect(said[0]).toMatch(/No build in .* yet: building the console there first/);
    expect(await ensureBuild(dir, false, (line) => said.push(line), build)).toBe(false);
    expect(await ensureBuild(dir, true, (line) => said.push(line), build)).toBe(true);
    expect(build).toHaveBeenCalledTimes(2);
    await rm(dir, { recursive: true });
  });
});

describe('the page is told the mode', () => {
  it('masks all but the first 4 characters of the AK', () => {
    expect(maskAccessKey('HPUAXYZ0123456789')).toBe('HPUA…');
  });

  it('escapes the JSON for an HTML attribute', () => {
    expect(escapeAttribute(`{"e":"<a href='x'>&"}`)).toBe(
      '{&quot;e&quot;:&quot;&lt;a href=&#39;x&#39;&gt;&amp;&quot;}',
    );
  });
});

describe('request targets', () => {
  it.each([
    ['/v3/p1/vpc/firewalls?limit=5', { segments: ['v3', 'p1', 'vpc', 'firewalls'], query: '?limit=5' }],
    ['/v2.0/vpc/peerings', { segments: ['v2.0', 'vpc', 'peerings'], query: '' }],
    ['/v3/%2e%2e/projects', undefined],
    ['/v3/../projects', undefined],
    ['/v3//projects', undefined],
    ['/v3/projects/', undefined],
    ['//evil.example/v3', undefined],
    ['http://evil.example/v3', undefined],
  ])('API %s', (target, expected) => {
    expect(apiTarget(target)).toEqual(expected);
  });

  it.each([
    ['/', { segments: [''], query: '' }],
    ['/assets/a%20b.js?v=1', { segments: ['assets', 'a b.js'], query: '?v=1' }],
    ['/%2e%2e/x', undefined],
    ['/a/%2F/x', undefined],
    ['/a%00', undefined],
    ['/a//b', undefined],
    ['/%E0%A4%A', undefined],
  ])('file %s', (target, expected) => {
    expect(fileTarget(target)).toEqual(expected);
  });
});

describe('which service answers which path', () => {
  it.each([
    ['GET', '/v3/projects', 'iam', undefined],
    ['PUT', '/v3/p1/vpc/traffic-mirror-sessions/s1/add-sources', 'vpc', 'p1'],
    ['DELETE', '/v3/p1/vpc/traffic-mirror-filter-rules/r1', 'vpc', 'p1'],
    ['PUT', '/v3/p1/vpc/firewalls/f1/insert-rules', 'vpc', 'p1'],
    ['GET', '/v1/p1/quotas', 'vpc', 'p1'],
    ['GET', '/v2.0/vpc/peerings', 'vpc', undefined],
    ['GET', '/v1/p1/cloudservers/detail', 'ecs', 'p1'],
    ['GET', '/v3/p1/elb/loadbalancers', 'elb', 'p1'],
    ['GET', '/v3/p1/enterprise-router/er1/attachments', 'er', 'p1'],
  ])('%s %s: %s', (method, path, service, projectId) => {
    expect(allowedCall(method, apiTarget(path)!)).toEqual({
      service,
      path,
      ...(projectId ? { projectId } : {}),
    });
  });

  it.each([
    ['iam', 'https://iam.myhuaweicloud.com'],
    ['vpc', 'https://vpc.cn-north-4.myhuaweicloud.com'],
    ['ecs', 'https://ecs.cn-north-4.myhuaweicloud.com'],
    ['elb', 'https://elb.cn-north-4.myhuaweicloud.com'],
    ['er', 'https://er.cn-north-4.myhuaweicloud.com'],
  ] as [CloudService, string][])('%s is at %s, or at TM_CLOUD_ENDPOINT when set', (service, base) => {
    expect(serviceBase(service, 'cn-north-4')).toBe(base);
    expect(serviceBase(service, 'cn-north-4', 'http://127.0.0.1:8090')).toBe('http://127.0.0.1:8090');
  });
});

describe("the account's regions", () => {
  it.each([
    ['cn-north-4', 'cn-north-4'],
    ['cn-north-4_dev', 'cn-north-4'],
    ['MOS', undefined],
    ['evil.example/x', undefined],
  ])('project %s is in region %s', (name, region) => {
    expect(regionOfProjectName(name)).toBe(region);
  });

  it('reads IAM once, and again for an unknown project only after 30 s', async () => {
    let clock = 0;
    const projects = [{ id: 'p1', name: 'cn-north-4' }];
    const call = vi.fn(async () => ({
      status: 200,
      headers: {},
      body: Buffer.from(JSON.stringify({ projects })),
    }));
    const regions = projectRegions({ call, close: () => {} } as CloudCaller, () => clock);
    await regions.projects('p1');
    await regions.projects('p1');
    await regions.projects('p2');
    expect(call).toHaveBeenCalledTimes(1);
    projects.push({ id: 'p2', name: 'cn-east-2' });
    clock = RELOAD_AFTER_MS;
    const load = await regions.projects('p2');
    expect(call).toHaveBeenCalledTimes(2);
    expect(load.ok && load.projects.regionOf.get('p2')).toBe('cn-east-2');
  });
});
