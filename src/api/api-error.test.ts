import { describe, expect, it } from 'vitest';
import { needsAccessLink, parseApiError, parseRetryAfter } from './api-error';

const json = (body: unknown) => JSON.stringify(body);

describe('parseApiError', () => {
  it.each<{ shape: string; status: number; headers: Record<string, string>; body: string; want: object }>([
    {
      shape: 'flat error_code / error_msg (VPC, the console server)',
      status: 403,
      headers: {},
      body: json({ error_code: 'CONSOLE.0403', error_msg: 'The console is read-only.', request_id: 'r-1' }),
      want: { code: 'CONSOLE.0403', message: 'The console is read-only.', requestId: 'r-1' },
    },
    {
      shape: 'nested error.code / error.message (some services)',
      status: 400,
      headers: { 'X-Request-Id': 'r-2' },
      body: json({ error: { code: 'ELB.8902', message: 'Invalid listener.' } }),
      want: { code: 'ELB.8902', message: 'Invalid listener.', requestId: 'r-2' },
    },
    {
      shape: 'nested with its own request id',
      status: 500,
      headers: { 'X-Request-Id': 'from-header' },
      body: json({ error: { code: 'APIGW.0101', message: 'Gateway failed.', request_id: 'from-body' } }),
      want: { code: 'APIGW.0101', message: 'Gateway failed.', requestId: 'from-body' },
    },
    {
      shape: 'body id wins over the header',
      status: 404,
      headers: { 'X-Request-Id': 'from-header' },
      body: json({ error_code: 'VPC.0404', error_msg: 'Not found.', request_id: 'from-body' }),
      want: { code: 'VPC.0404', message: 'Not found.', requestId: 'from-body' },
    },
    {
      shape: 'body that is not JSON',
      status: 502,
      headers: { 'X-Request-Id': 'r-3' },
      body: '<html>Bad gateway</html>',
      want: { code: 'HTTP.502', message: 'The server answered 502 Bad Gateway.', requestId: 'r-3' },
    },
    {
      shape: 'JSON without a message',
      status: 429,
      headers: {},
      body: json({}),
      want: { code: 'HTTP.429', message: 'The server answered 429 Bad Gateway.', requestId: undefined },
    },
  ])('reads $shape', ({ status, headers, body, want }) => {
    const error = parseApiError(status, 'Bad Gateway', new Headers(headers), body);
    expect({ code: error.code, message: error.message, requestId: error.requestId }).toEqual(want);
    expect(error.status).toBe(status);
  });

  it('keeps field details of the flat shape', () => {
    const details = [{ field: 'traffic_mirror_session.priority', message: 'Use 1 to 32766.' }];
    const error = parseApiError(
      400,
      '',
      new Headers(),
      json({ error_code: 'VPC.0001', error_msg: 'x', details }),
    );
    expect(error.details).toEqual(details);
  });

  it("keeps the demo's message id and parameters of the whole message", () => {
    const body = { error_code: 'TM.0006', error_msg: 'x', message_id: 'filter.inUse', params: { count: 1 } };
    expect(parseApiError(409, '', new Headers(), json(body)).described).toEqual({
      message_id: 'filter.inUse',
      params: { count: 1 },
    });
    expect(parseApiError(409, '', new Headers(), json({ error_code: 'X' })).described).toBeUndefined();
  });

  it('keeps Retry-After in milliseconds', () => {
    const error = parseApiError(429, '', new Headers({ 'Retry-After': '3' }), json({ error_code: 'X' }));
    expect(error.retryAfterMs).toBe(3000);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['5', 5000],
    ['0', 0],
    ['soon', undefined],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 4000],
    ['Thu, 01 Jan 1970 00:00:01 GMT', 0],
  ])('%s gives %s ms', (value, want) => {
    expect(parseRetryAfter(value, 6000)).toBe(want);
  });
});

describe('needsAccessLink', () => {
  it('is the console server asking for its access link, and nothing else', () => {
    const body = json({ error_code: 'CONSOLE.0401', error_msg: 'Open the link.' });
    expect(needsAccessLink(parseApiError(401, '', new Headers(), body))).toBe(true);
    expect(needsAccessLink(parseApiError(401, '', new Headers(), json({ error_code: 'APIGW.0301' })))).toBe(
      false,
    );
    expect(needsAccessLink(new Error('CONSOLE.0401'))).toBe(false);
  });
});
