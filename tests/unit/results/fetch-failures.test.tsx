import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredRequest } from '@/components/plan/request-storage';
import { fetchRecommendationPage, type FetchFailure } from '@/components/results/fetch-recommendations';
import { failureSentence, ResultsFailure } from '@/components/results/results-failure';
import { retryAfterSeconds } from '@/lib/http/retry-after';

const request = { profile: { applicantType: 'US_MD' }, preferences: { specialties: ['IM'] } } as unknown as StoredRequest;

/** The page's view of one reply (fetch answers it; nothing leaves the process). */
async function failureFor(response: Response | Error): Promise<FetchFailure | null> {
  vi.stubGlobal('window', {});
  vi.stubGlobal('fetch', () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response)));
  const page = await fetchRecommendationPage(request, 0);
  return page.ok ? null : page.failure;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe('Retry-After', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');

  it('reads whole seconds and HTTP dates, waiting at least a second', () => {
    expect(retryAfterSeconds('42', now)).toBe(42);
    expect(retryAfterSeconds(' 5 ', now)).toBe(5);
    expect(retryAfterSeconds('0', now)).toBe(1);
    expect(retryAfterSeconds('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(1);
  });

  it('gives up on anything else', () => {
    for (const value of [null, '', 'soon', '-3', '1.5', '1e3', 'Wed, 99 Nov 2026']) expect(retryAfterSeconds(value, now)).toBeNull();
  });
});

describe('a ranking request that fails', () => {
  it('tells a rate limit from an outage, with the wait the server asks for', async () => {
    const limited = await failureFor(json(429, { error: { code: 'too_many_requests', message: 'Too many requests' } }, { 'Retry-After': '42' }));
    expect(limited).toEqual({ kind: 'busy', reason: 'rate-limited', retryAfterSeconds: 42 });
    expect(failureSentence(limited!)).toBe('You have asked for many rankings in a short time. Try again in 42 seconds.');

    const down = await failureFor(json(503, { error: { code: 'service_unavailable', message: 'Try again' } }, { 'Retry-After': '5' }));
    expect(down).toEqual({ kind: 'busy', reason: 'unavailable', retryAfterSeconds: 5 });
    expect(failureSentence(down!)).toBe('The service is busy, try again in a moment.');
  });

  it('lists the answers to fix on a 400, and names the server’s words or status otherwise', async () => {
    const invalid = await failureFor(
      json(400, { error: { code: 'invalid_request', message: 'Check your answers', fields: { 'profile.step2Score': ['Step 2 CK score must be at most 300'] } } }),
    );
    expect(invalid).toEqual({ kind: 'invalid', message: 'Check your answers', messages: ['Step 2 CK score must be at most 300'] });
    expect(await failureFor(new Response('<html>bad gateway</html>', { status: 502 }))).toEqual({ kind: 'server', message: 'The server answered 502.' });
    expect(await failureFor(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
  });

  it('is shown in words with a way to try again, never a bare status', () => {
    const html = renderToStaticMarkup(
      <ResultsFailure failure={{ kind: 'busy', reason: 'rate-limited', retryAfterSeconds: 1 }} onRetry={() => undefined} />,
    );
    expect(html).toContain('Please wait a moment');
    expect(html).toContain('Try again in 1 second.');
    expect(html).toContain('Try again</button>');
    expect(html).toContain('href="/plan"');
  });
});
