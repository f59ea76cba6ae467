import { describe, expect, it } from 'vitest';
import { takeConsoleErrors } from '../../setup/fail-on-console-error';
import { describeErrorForLog, errorResponse, isDatabaseUnavailable, NotFoundError, TooManyRequestsError, ValidationError } from '@/lib/http/errors';
import { matchYearFor } from '@/lib/recommendations/season';

describe('errorResponse', () => {
  it.each([
    [new ValidationError('Bad', { a: ['x'] }), 400, 'invalid_input'],
    [new NotFoundError(), 404, 'not_found'],
    [new TooManyRequestsError(2.2), 429, 'too_many_requests'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 503, 'service_unavailable'],
    [new Error('wrapped', { cause: { kind: 'DatabaseNotReachable' } }), 503, 'service_unavailable'],
    [new Error('timeout exceeded when trying to connect'), 503, 'service_unavailable'],
    [Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' }), 503, 'service_unavailable'],
    // Prisma keeps the adapter's error (with PostgreSQL's SQLSTATE) in meta, not in cause.
    [Object.assign(new Error('Database error'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } }), 503, 'service_unavailable'],
  ])('maps %s to %i with the documented body', async (error, status, code) => {
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
  });

  it('says Retry-After on 429 and 503', () => {
    expect(errorResponse(new TooManyRequestsError(2.2)).headers.get('retry-after')).toBe('3');
    expect(errorResponse(Object.assign(new Error('x'), { code: 'P1001' })).headers.get('retry-after')).toBe('5');
  });

  it('hides the details of an unexpected error behind a 500', async () => {
    const response = errorResponse(new TypeError('secret detail at /app/lib/x.ts:12'));
    expect(takeConsoleErrors()).toHaveLength(1);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toMatch(/secret detail|x\.ts/);
  });

  it('logs an unexpected error without the email addresses or column values its message quotes', () => {
    errorResponse(new Error('insert failed for Jane.Doe+apply@Example.ORG: Key (email)=(jane.doe+apply@example.org) already exists'));
    const [logged] = takeConsoleErrors();
    expect(logged).toBe('[api] unexpected error: Error: insert failed for [email]: Key (email)=(…) already exists');
  });

  it('caps a logged message at 300 characters', () => {
    expect(describeErrorForLog(new Error('x'.repeat(5000)))).toHaveLength(300);
  });

  it('does not take an ordinary error for an outage', () => {
    expect(isDatabaseUnavailable(new Error('Unique constraint failed'))).toBe(false);
  });
});

describe('matchYearFor', () => {
  it.each([
    ['2026-05-31T12:00:00Z', 2026],
    ['2026-06-01T00:00:00Z', 2027],
    ['2026-11-24T00:00:00Z', 2027],
    ['2027-01-15T00:00:00Z', 2027],
  ])('an application on %s aims at the %i Match', (date, year) => {
    expect(matchYearFor(new Date(date))).toBe(year);
  });
});
