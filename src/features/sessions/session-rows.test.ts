import { describe, expect, it } from 'vitest';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Locale } from '@/i18n';
import { translatorFor } from '@/i18n/testing';
import { utcTime } from '@/i18n';
import { buildSessionRows, filterSessionRows, type SessionListFilters } from './session-rows';

const session: TrafficMirrorSession = {
  id: 'session-1',
  project_id: 'project-1',
  name: 'web-to-ids',
  description: '',
  traffic_mirror_filter_id: 'filter-1',
  traffic_mirror_sources: ['port-1'],
  traffic_mirror_target_id: 'port-9',
  traffic_mirror_target_type: 'eni',
  priority: 1,
  virtual_network_id: 1,
  packet_length: 96,
  enabled: false,
  type: 'eni',
  created_at: '2026-11-26T15:22:31Z',
  updated_at: '2026-11-26T15:22:31Z',
};

/** The list's rows in a language, as the page builds them. */
function rowsIn(locale: Locale) {
  const { t, formatDate } = translatorFor(locale);
  const words = {
    enabled: t('sessions.status.enabled'),
    disabled: t('sessions.status.disabled'),
    time: (iso: string) => utcTime(formatDate, iso),
  };
  return buildSessionRows([session], [], undefined, words);
}

const search = (query: string): SessionListFilters => ({ query, status: 'all', targetType: 'all' });

describe('utcTime', () => {
  it.each([
    ['en', '2026-11-26T15:22:31Z', '11/26/2026, 15:22'],
    ['zh-CN', '2026-11-26T15:22:31Z', '2026/11/26 15:22'],
    ['en', '2026-01-02T00:05:00Z', '01/02/2026, 00:05'],
    ['zh-CN', 'not a time', 'not a time'],
  ] as const)('%s writes %s as %s, in UTC, to the minute', (locale, iso, shown) => {
    expect(utcTime(translatorFor(locale).formatDate, iso)).toBe(shown);
  });
});

describe('the rows of the sessions list in each language', () => {
  it.each([
    ['en', '11/26/2026, 15:22', 'disabled', 'enabled'],
    ['zh-CN', '2026/11/26 15:22', '已停用', '已启用'],
  ] as const)(
    'in %s show the time as %s and are found by the status word shown',
    (locale, time, shown, other) => {
      const rows = rowsIn(locale);
      expect(rows[0]?.created).toBe(time);
      expect(filterSessionRows(rows, search(shown))).toHaveLength(1);
      expect(filterSessionRows(rows, search(other))).toHaveLength(0);
      expect(filterSessionRows(rows, search(time))).toHaveLength(1);
    },
  );
});
