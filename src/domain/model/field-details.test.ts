import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { message } from './message';
import { fieldProblemsOf, toFieldDetails } from './field-details';
import { sessionCreateSchema } from './session-schema';

describe('toFieldDetails', () => {
  it('prefixes zod paths with the wrapper', () => {
    const error = sessionCreateSchema.safeParse({
      name: 'ok',
      traffic_mirror_filter_id: 'f',
      traffic_mirror_sources: ['p1', ''],
      traffic_mirror_target_id: 't',
      traffic_mirror_target_type: 'eni',
      priority: 0,
    }).error!;
    expect(inEnglish(toFieldDetails(error, 'traffic_mirror_session'))).toEqual(
      inEnglish([
        {
          field: 'traffic_mirror_session.traffic_mirror_sources.1',
          message: 'Each mirror source must be a network interface id.',
        },
        { field: 'traffic_mirror_session.priority', message: 'Enter a priority from 1 to 32766.' },
      ]),
    );
  });

  it('names a whole-body problem by the wrapper alone', () => {
    const error = sessionCreateSchema.safeParse('nope').error!;
    expect(inEnglish(toFieldDetails(error, 'traffic_mirror_session')[0]?.field)).toBe(
      inEnglish('traffic_mirror_session'),
    );
  });

  it('takes field problems too', () => {
    expect(
      inEnglish(
        toFieldDetails(
          [{ field: 'direction', message: message('plain', { text: 'm' }) }],
          'traffic_mirror_filter_rule',
        ),
      ),
    ).toEqual(inEnglish([{ field: 'traffic_mirror_filter_rule.direction', message: 'm' }]));
  });
});

describe('fieldProblemsOf', () => {
  it('drops duplicate problems', () => {
    const error = sessionCreateSchema.safeParse({}).error!;
    const fields = fieldProblemsOf(error).map((p) => p.field);
    expect(inEnglish(new Set(fields).size)).toBe(inEnglish(fields.length));
  });
});
