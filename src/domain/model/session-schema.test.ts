import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf } from './field-details';
import {
  mergeSessionUpdate,
  sessionCreateSchema,
  sessionSourcesSchema,
  sessionUpdateSchema,
} from './session-schema';
import { makeSession } from './test-fixtures';

const valid = {
  name: 'web-mirror',
  traffic_mirror_filter_id: 'f-1',
  traffic_mirror_sources: ['p1'],
  traffic_mirror_target_id: 'pt',
  traffic_mirror_target_type: 'eni',
  priority: 1,
};

function problems(input: unknown) {
  const result = sessionCreateSchema.safeParse(input);
  return result.success ? [] : fieldProblemsOf(result.error);
}

describe('sessionCreateSchema', () => {
  it('fills the defaults', () => {
    expect(inEnglish(sessionCreateSchema.parse(valid))).toEqual(
      inEnglish({
        ...valid,
        description: '',
        virtual_network_id: 1,
        packet_length: 96,
        enabled: true,
        type: 'eni',
      }),
    );
  });

  it.each([
    [{ virtual_network_id: '100' }, { virtual_network_id: 100 }],
    [{ virtual_network_id: 0 }, { virtual_network_id: 0 }],
    [{ virtual_network_id: '16777215' }, { virtual_network_id: 16777215 }],
    [{ packet_length: '1460' }, { packet_length: 1460 }],
    [{ packet_length: 1 }, { packet_length: 1 }],
    [{ enabled: 'false' }, { enabled: false }],
    [{ enabled: 'TRUE' }, { enabled: true }],
    [{ enabled: false }, { enabled: false }],
    [{ priority: 32766 }, { priority: 32766 }],
    [{ traffic_mirror_target_type: 'elb' }, { traffic_mirror_target_type: 'elb' }],
    [{ description: null }, { description: '' }],
    [{ type: 'eni' }, { type: 'eni' }],
  ])('accepts %j and answers numbers and booleans', (extra, expected) => {
    expect(inEnglish(sessionCreateSchema.parse({ ...valid, ...extra }))).toMatchObject(inEnglish(expected));
  });

  it.each([
    [{ name: '' }, 'name', 'Enter a name.'],
    [{ name: undefined }, 'name', 'Enter a name.'],
    [{ description: 'a<b' }, 'description', 'Remove < and > from the description.'],
    [{ traffic_mirror_filter_id: '' }, 'traffic_mirror_filter_id', 'Choose a mirror filter.'],
    [{ traffic_mirror_filter_id: undefined }, 'traffic_mirror_filter_id', 'Choose a mirror filter.'],
    [
      { traffic_mirror_sources: [] },
      'traffic_mirror_sources',
      'Choose at least one mirror source (an elastic network interface).',
    ],
    [
      { traffic_mirror_sources: 'p1' },
      'traffic_mirror_sources',
      'Choose at least one mirror source (an elastic network interface).',
    ],
    [
      { traffic_mirror_sources: ['p1', ''] },
      'traffic_mirror_sources.1',
      'Each mirror source must be a network interface id.',
    ],
    [{ traffic_mirror_target_id: '' }, 'traffic_mirror_target_id', 'Choose a mirror target.'],
    [
      { traffic_mirror_target_type: 'ENI' },
      'traffic_mirror_target_type',
      'Choose a target type: eni (a network interface) or elb (a load balancer).',
    ],
    [{ priority: 0 }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ priority: 32767 }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ priority: 1.5 }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ priority: Number.NaN }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ priority: '5' }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ priority: undefined }, 'priority', 'Enter a priority from 1 to 32766.'],
    [{ virtual_network_id: -1 }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ virtual_network_id: 16777216 }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ virtual_network_id: '1e3' }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ virtual_network_id: '' }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ virtual_network_id: ' 5' }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ virtual_network_id: true }, 'virtual_network_id', 'Enter a VNI from 0 to 16777215.'],
    [{ packet_length: 0 }, 'packet_length', 'Enter a packet length from 1 to 1460 bytes.'],
    [{ packet_length: '1461' }, 'packet_length', 'Enter a packet length from 1 to 1460 bytes.'],
    [{ packet_length: '-5' }, 'packet_length', 'Enter a packet length from 1 to 1460 bytes.'],
    [{ enabled: 'yes' }, 'enabled', 'Set enabled to true or false.'],
    [{ enabled: 1 }, 'enabled', 'Set enabled to true or false.'],
    [{ type: 'elb' }, 'type', 'The session type can only be eni.'],
  ])('refuses %j on %s', (extra, field, message) => {
    expect(inEnglish(problems({ ...valid, ...extra }))).toEqual(inEnglish([{ field, message }]));
  });

  it('reports every broken field at once', () => {
    expect(inEnglish(problems({}).map((p) => p.field))).toEqual(
      inEnglish([
        'name',
        'traffic_mirror_filter_id',
        'traffic_mirror_sources',
        'traffic_mirror_target_id',
        'traffic_mirror_target_type',
        'priority',
      ]),
    );
  });

  it('leaves duplicate sources and the source count to the constraints', () => {
    const many = Array.from({ length: 12 }, (_, i) => `p${i}`);
    expect(inEnglish(sessionCreateSchema.safeParse({ ...valid, traffic_mirror_sources: many }).success)).toBe(
      true,
    );
    expect(
      inEnglish(sessionCreateSchema.safeParse({ ...valid, traffic_mirror_sources: ['p1', 'p1'] }).success),
    ).toBe(true);
  });
});

describe('sessionUpdateSchema', () => {
  it('applies no defaults', () => {
    expect(inEnglish(sessionUpdateSchema.parse({}))).toEqual(inEnglish({}));
    expect(inEnglish(sessionUpdateSchema.parse({ packet_length: '128', enabled: 'false' }))).toEqual(
      inEnglish({
        packet_length: 128,
        enabled: false,
      }),
    );
  });

  it.each([
    [{ priority: 0 }, 'priority'],
    [{ name: '' }, 'name'],
    [{ virtual_network_id: 'x' }, 'virtual_network_id'],
    [{ traffic_mirror_target_type: 'port' }, 'traffic_mirror_target_type'],
    [{ type: 'elb' }, 'type'],
  ])('checks %j like create', (body, field) => {
    const result = sessionUpdateSchema.safeParse(body);
    expect(inEnglish(result.success)).toBe(false);
    expect(inEnglish(result.error?.issues[0]?.path)).toEqual(inEnglish([field]));
  });
});

describe('mergeSessionUpdate', () => {
  const session = makeSession({ traffic_mirror_sources: ['p1', 'p2'] });

  it('changes only the fields sent', () => {
    const result = mergeSessionUpdate(session, sessionUpdateSchema.parse({ priority: 7, description: 'x' }));
    expect(inEnglish(result)).toEqual(
      inEnglish({ ok: true, value: { ...session, priority: 7, description: 'x' } }),
    );
  });

  it('accepts the current sources back, in any order', () => {
    const result = mergeSessionUpdate(session, { traffic_mirror_sources: ['p2', 'p1'], type: 'eni' });
    expect(inEnglish(result)).toEqual(inEnglish({ ok: true, value: session }));
  });

  it('refuses a change of sources with the way to do it', () => {
    expect(inEnglish(mergeSessionUpdate(session, { traffic_mirror_sources: ['p1'] }))).toEqual(
      inEnglish({
        ok: false,
        problems: [
          {
            field: 'traffic_mirror_sources',
            message: 'Sources cannot be changed by an update. Use add-sources or remove-sources.',
          },
        ],
      }),
    );
  });
});

describe('sessionSourcesSchema', () => {
  it('needs at least one id', () => {
    expect(inEnglish(sessionSourcesSchema.safeParse({ traffic_mirror_sources: [] }).success)).toBe(false);
    expect(inEnglish(sessionSourcesSchema.parse({ traffic_mirror_sources: ['p1'] }))).toEqual(
      inEnglish({
        traffic_mirror_sources: ['p1'],
      }),
    );
  });
});
