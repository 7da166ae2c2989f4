import { describe, expect, it } from 'vitest';
import { makeInventory } from '../model/test-fixtures';
import { vpcsConnected } from './reachability';

describe('vpcsConnected (C3)', () => {
  it.each([
    ['vpc-a', 'vpc-a', { connected: true, via: 'same-vpc' }],
    ['vpc-a', 'vpc-b', { connected: true, via: 'peering', peering_id: 'peer-ab' }],
    ['vpc-b', 'vpc-a', { connected: true, via: 'peering', peering_id: 'peer-ab' }],
    ['vpc-a', 'vpc-c', { connected: false, via: null }],
    ['vpc-a', 'vpc-d', { connected: true, via: 'enterprise-router', enterprise_router_id: 'er-1' }],
    ['vpc-d', 'vpc-a', { connected: true, via: 'enterprise-router', enterprise_router_id: 'er-1' }],
    ['vpc-a', 'vpc-e', { connected: false, via: null }],
    ['vpc-b', 'vpc-d', { connected: false, via: null }],
    ['vpc-x', 'vpc-y', { connected: false, via: null }],
  ])('%s -> %s', (a, b, expected) => {
    expect(vpcsConnected(makeInventory(), a, b)).toEqual(expected);
  });

  it('prefers a peering over a router and ignores other routers', () => {
    const inventory = makeInventory();
    inventory.enterprise_router_attachments.push(
      {
        id: 'x1',
        er_id: 'er-1',
        resource_id: 'vpc-b',
        resource_type: 'vpc',
        state: 'available',
      },
      {
        id: 'x2',
        er_id: 'er-2',
        resource_id: 'vpc-c',
        resource_type: 'vpc',
        state: 'available',
      },
    );
    expect(vpcsConnected(inventory, 'vpc-a', 'vpc-b').via).toBe('peering');
    expect(vpcsConnected(inventory, 'vpc-a', 'vpc-c').connected).toBe(false);
  });
});
