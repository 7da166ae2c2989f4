import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTopology } from '@/domain/model/topology';
import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { loadFullSnapshot } from '../testing/full-snapshot';
import { CN_NORTH_4 as N4 } from './seed-ids';

/** The seed's Figure 1 session draws as the product document shows it (docs/behaviour.md, "The session's picture"). */
describe('the seed Figure 1 session', () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await createTestBackend();
  });
  afterAll(() => t.close());

  it('shows its two sources, its filter and its load balancer in vpc-prod, with no hop', async () => {
    const snapshot = await loadFullSnapshot(t.db, N4.project);
    const session = snapshot.sessions.find((s) => s.id === N4.sessions.figure1)!;
    const topology = sessionTopology(snapshot, session);
    expect(topology.nodes.map((n) => `${n.kind} ${n.name}`)).toEqual([
      'source pay-api-02-eth0',
      'source web-prod-01-eth0',
      'session figure-1-web-pay-to-elb',
      'filter doc-table-2-filter',
      'target elb-mirror-collector',
    ]);
    expect(new Set(topology.clusters.filter((c) => c.kind === 'vpc').map((c) => c.name))).toEqual(
      new Set(['vpc-prod']),
    );
    expect(topology.edges.filter((e) => e.kind === 'delivery').map((e) => e.from)).toEqual(['filter']);
  });
});
