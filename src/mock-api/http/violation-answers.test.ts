import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { message } from '@/domain/model/message';
import type { Violation } from '@/domain/model/violations';
import { apiErrorFor } from './violation-answers';

const v = (kind: Violation['kind'], text: string, fields?: string[]): Violation => ({
  code: 'C1',
  kind,
  message: message('plain', { text }),
  fields,
});

describe('apiErrorFor', () => {
  it('is null without violations', () => {
    expect(apiErrorFor([], 'traffic_mirror_session')).toBeNull();
  });

  it.each([
    ['constraint', 400, 'TM.0003'],
    ['not_found', 404, 'TM.0004'],
    ['quota', 409, 'TM.0005'],
    ['conflict', 409, 'TM.0006'],
    ['region', 400, 'TM.0007'],
  ] as const)('answers %s with %d %s', (kind, status, code) => {
    expect(apiErrorFor([v(kind, 'm')], 'w')).toMatchObject({ status, error_code: code, error_msg: 'm' });
  });

  it('lets the first kind by precedence decide and keeps only its details', () => {
    const answer = apiErrorFor(
      [
        v('quota', 'q', ['a']),
        v('constraint', 'c1', ['x']),
        v('not_found', 'n', ['traffic_mirror_target_id']),
        v('not_found', 'n2', ['y', '']),
      ],
      'traffic_mirror_session',
    );
    expect(inEnglish(answer)).toEqual({
      status: 404,
      error_code: 'TM.0004',
      error_msg: 'n n2',
      message: 'n n2',
      details: [
        { field: 'traffic_mirror_session.traffic_mirror_target_id', message: 'n' },
        { field: 'traffic_mirror_session.y', message: 'n2' },
        { field: 'traffic_mirror_session', message: 'n2' },
      ],
    });
  });
});
