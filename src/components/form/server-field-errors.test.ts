import { describe, expect, it, vi } from 'vitest';
import { applyFieldMessages, applyServerError } from './server-field-errors';

/** An API refusal as `api/api-error.ts` builds it: a message and field details. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly details: { field: string; message: string; message_id?: string; params?: object }[],
  ) {
    super(message);
  }
}

type Form = {
  name: string;
  priority: number;
  traffic_mirror_sources: string[];
  rules: { priority: number }[];
};

describe('applyServerError', () => {
  it.each([
    {
      what: 'a wrapper-qualified field',
      details: [{ field: 'traffic_mirror_session.priority', message: 'Enter a priority from 1 to 32766.' }],
      placed: [['priority', 'Enter a priority from 1 to 32766.']],
      formMessage: null,
    },
    {
      what: 'an item of a list, at the list',
      details: [{ field: 'traffic_mirror_session.traffic_mirror_sources.1', message: 'Not a c7t server.' }],
      placed: [['traffic_mirror_sources', 'Not a c7t server.']],
      formMessage: null,
    },
    {
      what: 'a field the form does not have: the rest is for the form',
      details: [
        { field: 'traffic_mirror_session.name', message: 'Enter a name.' },
        { field: 'traffic_mirror_session.type', message: 'The session type can only be eni.' },
      ],
      placed: [['name', 'Enter a name.']],
      formMessage: 'The session type can only be eni.',
    },
    {
      what: 'no field of the form: the whole message is for the form',
      details: [{ field: 'traffic_mirror_session', message: 'Send an object.' }],
      placed: [],
      formMessage: 'Refused.',
    },
    {
      what: 'two messages for one field: the first is shown',
      details: [
        { field: 'x.priority', message: 'First.' },
        { field: 'x.priority', message: 'Second.' },
      ],
      placed: [['priority', 'First.']],
      formMessage: null,
    },
  ])('places $what', ({ details, placed, formMessage }) => {
    const setError = vi.fn();
    const fields = ['name', 'priority', 'traffic_mirror_sources'] as const;
    const outcome = applyServerError<Form, (typeof fields)[number]>(
      new Refusal('Refused.', details),
      fields,
      setError,
    );
    expect(outcome.placed.map((p) => [p.field, p.message])).toEqual(placed);
    expect(outcome.formMessage).toBe(formMessage);
    expect(setError.mock.calls.map(([field, error]) => [field, error.message])).toEqual(placed);
    if (placed.length > 0) expect(setError.mock.calls[0]?.[2]).toEqual({ shouldFocus: true });
  });

  it('leaves an error without details (network, 503) whole for the form', () => {
    const setError = vi.fn();
    expect(applyServerError<Form, 'name'>(new Error('The server answered 503.'), ['name'], setError)).toEqual(
      {
        placed: [],
        formMessage: 'The server answered 503.',
      },
    );
    expect(applyServerError<Form, 'name'>('offline', ['name'], setError).formMessage).toBe('offline');
    expect(setError).not.toHaveBeenCalled();
  });

  it('maps API names to form paths, and focuses nothing when asked not to', () => {
    const setError = vi.fn();
    const outcome = applyServerError<Form, 'rules.0.priority'>(
      new Refusal('Refused.', [{ field: 'traffic_mirror_filter_rule.priority', message: 'In use.' }]),
      { priority: 'rules.0.priority' },
      setError,
      { focus: false },
    );
    expect(outcome).toEqual({
      placed: [{ field: 'rules.0.priority', message: 'In use.' }],
      formMessage: null,
    });
    expect(setError).toHaveBeenCalledWith(
      'rules.0.priority',
      { type: 'server', message: 'In use.' },
      { shouldFocus: false },
    );
  });
});

describe('a refusal whose details carry message ids (the demo cloud)', () => {
  it("puts the console's own message at the field, for the field to say in its language; the rest stays English", () => {
    const setError = vi.fn();
    const error = new Refusal('Two problems.', [
      {
        field: 'traffic_mirror_session.priority',
        message: 'Enter a priority from 1 to 32766.',
        message_id: 'session.priority',
        params: { min: 1, max: 32766 },
      },
      {
        field: 'traffic_mirror_session.other',
        message: 'Other.',
        message_id: 'plain',
        params: { text: 'Other.' },
      },
    ]);
    const outcome = applyServerError<Form, 'priority'>(error, ['priority'], setError);
    const shown = '{"$result":{"id":"session.priority","params":{"min":1,"max":32766}}}';
    expect(setError).toHaveBeenCalledWith(
      'priority',
      { type: 'server', message: shown },
      { shouldFocus: true },
    );
    expect(outcome.formMessage).toBe('Other.');
  });
});

describe('applyFieldMessages', () => {
  it('places the domain’s own problems, named without a wrapper, and returns the rest', () => {
    const setError = vi.fn();
    const outcome = applyFieldMessages<Form, 'priority'>(
      [
        { field: 'priority', message: 'Priority 5 is used.' },
        { field: '', message: 'Choose another target.' },
        { field: '', message: 'Choose another target.' },
      ],
      ['priority'],
      setError,
    );
    expect(outcome).toEqual({
      placed: [{ field: 'priority', message: 'Priority 5 is used.' }],
      rest: ['Choose another target.'],
    });
  });
});
