// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { quotaUsage } from '@/domain/model/quotas';
import { makeSession } from '@/domain/model/test-fixtures';
import { QuotaUsagePanel } from './quota-usage-panel';

afterEach(cleanup);

const sessions = [makeSession({ id: 's1', traffic_mirror_sources: ['p1', 'p2'] })];

describe('Quota usage on the overview', () => {
  it('labels the documented defaults when the quota API reports no Traffic Mirroring quota', () => {
    render(<QuotaUsagePanel usage={quotaUsage([{ type: 'vpc', used: 4, quota: 5 }], sessions, [])} />);
    const region = screen.getByRole('meter', { name: 'Mirror sessions per region' });
    expect(region.getAttribute('aria-valuetext')).toBe('1 of 20,000 used');
    expect(screen.getAllByText('(documented default)').length).toBeGreaterThan(0);
    expect(screen.getByText(/does not report these Traffic Mirroring quotas/)).toBeTruthy();
  });

  it('shows reported quotas as they are, without the label', () => {
    const reported = quotaUsage([], sessions, []).map((u) => ({
      type: u.definition.type,
      used: u.used,
      quota: u.quota,
    }));
    render(<QuotaUsagePanel usage={quotaUsage(reported, sessions, [])} />);
    expect(screen.queryByText('(documented default)')).toBeNull();
    expect(screen.queryByText(/does not report/)).toBeNull();
  });
});
