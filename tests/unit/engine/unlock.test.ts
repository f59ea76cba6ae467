import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from '@/lib/engine';
import type { ApplicantProfile, Preferences, Program } from '@/lib/engine';
import { MAX_STATE_HINTS, UNLOCK_KINDS, findUnlockHints } from '@/lib/engine/unlock';
import type { UnlockSuggestion } from '@/lib/engine/unlock';
import { buildCatalog, makePreferences, makeProfile, makeProgram, SEASON_YEAR } from './factories';

const img = (overrides: Partial<ApplicantProfile> = {}): ApplicantProfile =>
  makeProfile({ applicantType: 'NON_US_IMG', usceMonths: 1, visaNeeded: 'H1B', ...overrides });

let nextId = 0;
const program = (overrides: Partial<Program>): Program => makeProgram({ id: `prog-${String((nextId += 1)).padStart(4, '0')}`, state: 'MA', sponsorsH1b: true, ...overrides });

/** The programs a hint's change alone makes eligible, found by re-running eligibility. */
function opened(hint: UnlockSuggestion, programs: readonly Program[], profile: ApplicantProfile, preferences: Preferences): Program[] {
  const changedProfile = { ...profile, ...hint.patch.profile };
  const changedPreferences = { ...preferences, ...hint.patch.preferences };
  return programs.filter(
    (p) =>
      checkEligibility(p, profile, preferences, SEASON_YEAR) !== null &&
      checkEligibility(p, changedProfile, changedPreferences, SEASON_YEAR) === null,
  );
}

describe('findUnlockHints', () => {
  it('suggests the fewest more months of US clinical experience that open the most programs', () => {
    const programs = [2, 3, 3, 4, 9].map((months) => program({ usceRequiredMonths: months }));
    expect(findUnlockHints(programs, img(), makePreferences(), SEASON_YEAR)).toEqual([
      {
        kind: 'usce_months',
        change: 'Get 3 more months of US clinical experience (4 in all)',
        programs: 4,
        patch: { profile: { usceMonths: 4 } },
      },
    ]);
  });

  it.each([
    { name: 'a US graduate, whom the rule does not bind', profile: makeProfile({ usceMonths: 0 }) },
    { name: 'an IMG who did not report their months', profile: img({ usceMonths: undefined }) },
  ])('suggests no clinical months to $name', ({ profile }) => {
    const programs = [program({ usceRequiredMonths: 3 })];
    expect(findUnlockHints(programs, profile, makePreferences(), SEASON_YEAR).some((h) => h.kind === 'usce_months')).toBe(false);
  });

  it.each([
    { need: 'H1B', program: { sponsorsJ1: true, sponsorsH1b: false }, kind: 'visa_accept_j1', change: 'Accept a J-1 visa as well as an H-1B' },
    { need: 'J1', program: { sponsorsJ1: false, sponsorsH1b: true }, kind: 'visa_accept_h1b', change: 'Accept an H-1B visa as well as a J-1' },
  ] as const)('suggests accepting the other visa to an applicant who needs $need only', ({ need, program: sponsors, kind, change }) => {
    const programs = [program(sponsors), program(sponsors), program({ sponsorsJ1: false, sponsorsH1b: false })];
    expect(findUnlockHints(programs, img({ visaNeeded: need }), makePreferences(), SEASON_YEAR)).toEqual([
      { kind, change, programs: 2, patch: { profile: { visaNeeded: 'J1_OR_H1B' } } },
    ]);
  });

  it.each(['NONE', 'J1_OR_H1B'] as const)('suggests no visa change to an applicant whose need is %s', (visaNeeded) => {
    const programs = [program({ sponsorsJ1: false, sponsorsH1b: false })];
    expect(findUnlockHints(programs, img({ visaNeeded }), makePreferences(), SEASON_YEAR)).toEqual([]);
  });

  it('reports the excluded states that open the most programs, one at a time, and drops those that open none', () => {
    const programs = [...['NY', 'NY', 'NY', 'CA'].map((state) => program({ state })), program({ state: 'TX', sponsorsH1b: false })];
    const preferences = makePreferences({ excludedStates: ['TX', 'CA', 'NY'] });
    expect(findUnlockHints(programs, img(), preferences, SEASON_YEAR)).toEqual([
      { kind: 'include_state', change: 'Stop excluding New York', programs: 3, patch: { preferences: { excludedStates: ['TX', 'CA'] } } },
      { kind: 'include_state', change: 'Stop excluding California', programs: 1, patch: { preferences: { excludedStates: ['TX', 'NY'] } } },
    ]);
  });

  it(`reports at most ${MAX_STATE_HINTS} states`, () => {
    const states = ['NY', 'CA', 'TX', 'FL', 'OH'];
    const programs = states.map((state) => program({ state }));
    const hints = findUnlockHints(programs, img(), makePreferences({ excludedStates: states }), SEASON_YEAR);
    expect(hints.map((h) => h.change)).toEqual(['Stop excluding California', 'Stop excluding Florida', 'Stop excluding New York']);
  });

  it('counts a program only when that change alone opens it', () => {
    const programs = [program({ state: 'NY', sponsorsH1b: false, sponsorsJ1: true }), program({ sponsorsH1b: false, sponsorsJ1: true })];
    const hints = findUnlockHints(programs, img(), makePreferences({ excludedStates: ['NY'] }), SEASON_YEAR);
    expect(hints.map((h) => [h.kind, h.programs])).toEqual([['visa_accept_j1', 1]]);
  });

  it('sorts by programs opened, then by the smallest kind of change, and keeps to the limit', () => {
    const programs = [
      program({ usceRequiredMonths: 2 }),
      program({ usceRequiredMonths: 2 }),
      program({ sponsorsH1b: false, sponsorsJ1: true }),
      program({ sponsorsH1b: false, sponsorsJ1: true }),
      program({ state: 'NY' }),
      program({ state: 'NY' }),
      program({ state: 'CA' }),
    ];
    const preferences = makePreferences({ excludedStates: ['CA', 'NY'] });
    const hints = findUnlockHints(programs, img(), preferences, SEASON_YEAR);
    expect(hints.map((h) => [h.kind, h.programs])).toEqual([
      ['include_state', 2],
      ['visa_accept_j1', 2],
      ['usce_months', 2],
      ['include_state', 1],
    ]);
    expect(findUnlockHints(programs, img(), preferences, SEASON_YEAR, 2)).toEqual(hints.slice(0, 2));
    expect(findUnlockHints(programs, img(), preferences, SEASON_YEAR, 0)).toEqual([]);
  });

  it('has nothing to suggest when no program is excluded, or for rules no small change can meet', () => {
    const programs = [program({ yogLimitYears: 1 }), program({ maxAttempts: 0 }), program({ minStep2: 250, minStep2Hard: true })];
    const profile = img({ graduationYear: SEASON_YEAR - 5, examFailures: 1, step2Score: 230 });
    expect(findUnlockHints(programs, profile, makePreferences(), SEASON_YEAR)).toEqual([]);
    expect(findUnlockHints([program({})], img(), makePreferences(), SEASON_YEAR)).toEqual([]);
  });

  const scenario = fc.record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    applicantType: fc.constantFrom('US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG' as const),
    visaNeeded: fc.constantFrom('NONE', 'J1', 'H1B', 'J1_OR_H1B' as const),
    usceMonths: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    yearsOut: fc.integer({ min: 0, max: 10 }),
    excludedStates: fc.subarray(['NY', 'CA', 'TX', 'FL', 'PA', 'IL', 'OH', 'MI'], { maxLength: 6 }),
  });

  it('claims exactly the programs its change opens, never one in a state it does not remove, sorted and deterministic', () => {
    fc.assert(
      fc.property(scenario, ({ seed, applicantType, visaNeeded, usceMonths, yearsOut, excludedStates }) => {
        const programs = buildCatalog(150, seed);
        const profile = makeProfile({ applicantType, visaNeeded, usceMonths, graduationYear: SEASON_YEAR - yearsOut });
        const preferences = makePreferences({ specialties: ['IM', 'FM'], excludedStates });
        const hints = findUnlockHints(programs, profile, preferences, SEASON_YEAR);
        expect(hints.length).toBeLessThanOrEqual(5);
        for (const hint of hints) {
          const opens = opened(hint, programs, profile, preferences);
          expect(hint.programs).toBe(opens.length);
          expect(hint.programs).toBeGreaterThan(0);
          const removed = excludedStates.filter((state) => !(hint.patch.preferences?.excludedStates ?? excludedStates).includes(state));
          expect(opens.every((p) => !excludedStates.includes(p.state) || removed.includes(p.state))).toBe(true);
        }
        for (const [a, b] of hints.slice(1).map((h, i) => [hints[i], h] as const)) {
          if (a === undefined) throw new Error('missing hint');
          expect(a.programs > b.programs || (a.programs === b.programs && UNLOCK_KINDS.indexOf(a.kind) <= UNLOCK_KINDS.indexOf(b.kind))).toBe(true);
        }
        expect(findUnlockHints(programs, profile, preferences, SEASON_YEAR)).toEqual(hints);
      }),
      { numRuns: 60 },
    );
  });
});
