import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionFlows } from '@/domain/model/region-flows';
import { sessionWarnings } from '@/domain/model/warnings';
import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { loadFullSnapshot } from '../testing/full-snapshot';
import { CN_NORTH_4 as N4 } from './seed-ids';

/** The seed region as the Overview draws it (docs/behaviour.md, "The region's picture"). */
describe('the seed region flows', () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await createTestBackend();
  });
  afterAll(() => t.close());

  it('draws vpc-prod to itself and to vpc-security through the peering, with the paused session', async () => {
    const snapshot = await loadFullSnapshot(t.db, N4.project);
    const flows = regionFlows(snapshot.inventory, snapshot.sessions, (s) => sessionWarnings(snapshot, s));
    const line = (e: (typeof flows.edges)[number]) =>
      `${e.from} -> ${e.to}: ${e.sessions} sessions, ${e.sources} sources, ${e.disabled} disabled, ${e.warned} warned, ${e.via}`;
    expect(flows.edges.map(line)).toEqual([
      `source:${N4.vpcs.prod} -> target:${N4.vpcs.prod}: 2 sessions, 2 sources, 1 disabled, 1 warned, same-vpc`,
      `source:${N4.vpcs.prod} -> target:${N4.vpcs.security}: 1 sessions, 1 sources, 0 disabled, 0 warned, peering`,
    ]);
    expect(flows.nodes.map((n) => `${n.side} ${n.name} ${n.sessions}`)).toEqual([
      'source vpc-prod 3',
      'target vpc-prod 2',
      'target vpc-security 1',
    ]);
    expect(flows.collapsed).toBe(0);
  });
});
