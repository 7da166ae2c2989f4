import { describe, expect, it } from 'vitest';
import { failurePathMatches, injectFaults } from './faults';

describe('failurePathMatches', () => {
  it.each([
    ['', '/v3/projects', true],
    ['/v3/projects', '/v3/projects', true],
    ['/v3/projects', '/v3/projects/p1', false],
    ['*-sessions', '/v3/p1/vpc/traffic-mirror-sessions', true],
    ['*-sessions', '/v3/p1/vpc/traffic-mirror-sessions/s1', false],
    ['*-sessions/*', '/v3/p1/vpc/traffic-mirror-sessions/s1', true],
    ['/v1/*/ports', '/v1/p1/ports', true],
    ['/v1/*/ports', '/v1/p1/subnets', false],
    ['/v1/*', '/v1/p1/cloudservers/detail', true],
    ['/v2.0/vpc/peerings', '/v2x0/vpc/peerings', false],
    ['*(x)+', '/a(x)+', true],
  ])('pattern %j on %s: %s', (pattern, path, expected) => {
    expect(failurePathMatches(pattern, path)).toBe(expected);
  });
});

describe('injectFaults', () => {
  const settings = { latency_min_ms: 0, latency_max_ms: 0, failure_rate: 1 };
  const sleep = async () => undefined;

  it('fails a matching path and lets the others through', async () => {
    const only = { ...settings, failure_path: '*/ports' };
    await expect(injectFaults(only, '/v1/p1/ports', () => 0, sleep)).rejects.toMatchObject({
      code: 'TM.0503',
    });
    await expect(injectFaults(only, '/v1/p1/vpcs', () => 0, sleep)).resolves.toBeUndefined();
  });
});
