import vm from 'node:vm';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDraft, type PlanDraft, MATCH_TARGET_CHOICES } from '@/components/plan/plan-draft';
import { REQUEST_STORAGE_KEY, type StoredRequest } from '@/components/plan/request-storage';
import {
  EARLY_RANKING_MAX_AGE_MS,
  EARLY_RANKING_SCRIPT,
  PAGE_SIZE,
  rankingBody,
  startRanking,
  takeRanking,
} from '@/components/results/ranking-request';
import { APPLICANT_TYPES, PROGRAM_TYPES, SETTINGS, VISA_NEEDS } from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';
import { checkStoredRequest } from '@/lib/schemas/recommendation-check';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A browser's window as far as these functions use it: sessionStorage, fetch (recorded, never sent) and a clock. */
function fakeWindow(stored: string | null, pathname = '/results') {
  const sent: Sent[] = [];
  const window: Record<string, unknown> = {
    location: { pathname },
    sessionStorage: { getItem: (key: string) => (key === REQUEST_STORAGE_KEY ? stored : null) },
    fetch: (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return Promise.resolve(new Response('{}'));
    },
  };
  window.window = window;
  return { window, sent };
}

/** Runs the inline script as a browser would, in its own global scope. */
function runScript(stored: string | null, pathname = '/results') {
  const { window, sent } = fakeWindow(stored, pathname);
  const context = vm.createContext(window);
  vm.runInContext(EARLY_RANKING_SCRIPT, context);
  return { window, sent };
}

const someOf = <T,>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
const optionalNumber = (min: number, max: number) => fc.oneof(fc.constant(''), fc.integer({ min, max }).map(String));
/** Drafts the /plan form accepts (and some it does not), as typed. */
const draft: fc.Arbitrary<PlanDraft> = fc.record({
  applicantType: fc.constantFrom(...APPLICANT_TYPES),
  graduationYear: fc.integer({ min: 2000, max: 2030 }).map(String),
  step2Score: optionalNumber(190, 280),
  comlexLevel2Score: optionalNumber(300, 900),
  examFailures: optionalNumber(0, 4),
  researchItems: optionalNumber(0, 40),
  usceMonths: optionalNumber(0, 36),
  visaNeeded: fc.constantFrom(...VISA_NEEDS),
  military: fc.constantFrom([], ['military']),
  matchTarget: fc.constantFrom(...MATCH_TARGET_CHOICES),
  specialties: fc.uniqueArray(fc.constantFrom('IM', 'FM', 'PEDS', 'EM', 'GS'), { minLength: 1, maxLength: 5 }),
  preferredStates: fc.uniqueArray(fc.constantFrom(...US_STATE_CODES.slice(0, 8)), { maxLength: 4 }),
  excludedStates: fc.uniqueArray(fc.constantFrom(...US_STATE_CODES.slice(8, 16)), { maxLength: 4 }),
  programTypes: someOf(PROGRAM_TYPES),
  settings: someOf(SETTINGS),
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the early request for the ranking’s first page', () => {
  it('is the same bytes from the form, from the inline script and from /results after its own check, for every valid plan', () => {
    let valid = 0;
    fc.assert(
      fc.property(draft, (typed) => {
        const request = validateDraft(typed).request;
        if (!request) return;
        valid += 1;
        const stored = JSON.stringify(request);
        const fromForm = rankingBody(request, 0);
        const onResults = checkStoredRequest(JSON.parse(stored));
        expect(onResults).not.toBeNull();
        expect(rankingBody(onResults as StoredRequest, 0)).toBe(fromForm);
        const { window, sent } = runScript(stored);
        expect(sent).toHaveLength(1);
        expect(sent[0]?.init.body).toBe(fromForm);
        expect((window.__smartpickRanking as { body: string }).body).toBe(fromForm);
      }),
      { numRuns: 500 },
    );
    // The generator must mostly make plans the form sends, or the property says little.
    expect(valid).toBeGreaterThan(250);
  });

  it('does nothing on a full load of any other page (it is in the root layout, issue 17)', () => {
    const stored = JSON.stringify({ profile: { applicantType: 'US_MD' }, preferences: { specialties: ['IM'] } });
    for (const path of ['/', '/plan', '/programs', '/results/x']) expect(runScript(stored, path).sent, path).toEqual([]);
  });

  it('asks for the first page of PAGE_SIZE programs with a JSON POST to the ranking API', () => {
    const { sent } = runScript(JSON.stringify({ profile: { applicantType: 'US_MD' }, preferences: { specialties: ['IM'] } }));
    expect(sent[0]?.url).toBe('/api/recommendations');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(sent[0]?.init.body as string)).toMatchObject({ limit: PAGE_SIZE, offset: 0 });
  });

  it('sends nothing and throws nothing when there are no answers, or unreadable ones', () => {
    for (const stored of [null, '', 'not json', '"a string"', 'null', '[1,2]', '42', '{"profile":']) {
      const { window, sent } = runScript(stored);
      expect(window.__smartpickRanking).toBeUndefined();
      expect(sent).toHaveLength(0);
    }
  });

  it('is taken over once, only for the same body, and not when stale', () => {
    const { window, sent } = fakeWindow(null);
    vi.stubGlobal('window', window);
    vi.stubGlobal('fetch', window.fetch);
    vi.useFakeTimers();
    const request = { profile: { applicantType: 'US_MD' }, preferences: { specialties: ['IM'] } } as unknown as StoredRequest;
    const body = rankingBody(request, 0);

    startRanking(request);
    expect(sent.map((request) => request.init.body)).toEqual([body]);
    expect(takeRanking(body)).toBeInstanceOf(Promise);
    expect(takeRanking(body)).toBeNull();

    startRanking(request);
    expect(takeRanking(rankingBody(request, PAGE_SIZE))).toBeNull();
    expect(takeRanking(body)).toBeNull();

    startRanking(request);
    vi.advanceTimersByTime(EARLY_RANKING_MAX_AGE_MS + 1);
    expect(takeRanking(body)).toBeNull();
  });
});
