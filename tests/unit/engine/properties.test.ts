import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPrograms, specialtyBaseline } from '@/lib/engine';
import type { ApplicantProfile, ChanceEstimate, EngineInput, EngineOutput, RankedProgram } from '@/lib/engine';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { US_STATE_CODES } from '@/lib/reference/states';
import { buildCatalog, makePreferences, SEASON_YEAR } from './factories';

// Engine-wide properties over a varied catalog and arbitrary profiles, with the real reference figures.
const catalog = buildCatalog(120, 11);
const specialties = SPECIALTY_REFERENCE.filter((s) => s.code === 'IM' || s.code === 'FM');
const RUNS = { numRuns: 40 };

const profileArb = fc.record({
  applicantType: fc.constantFrom('US_MD' as const, 'US_DO' as const, 'US_IMG' as const, 'NON_US_IMG' as const),
  graduationYear: fc.integer({ min: 2000, max: SEASON_YEAR }),
  step2Score: fc.integer({ min: 190, max: 290 }),
  examFailures: fc.integer({ min: 0, max: 4 }),
  researchItems: fc.integer({ min: 0, max: 40 }),
  usceMonths: fc.integer({ min: 0, max: 24 }),
  visaNeeded: fc.constantFrom('NONE' as const, 'J1' as const, 'H1B' as const, 'J1_OR_H1B' as const),
});
const excludedArb = fc.subarray<string>([...US_STATE_CODES], { maxLength: 6 });

const inputFor = (profile: ApplicantProfile, excludedStates: string[] = []): EngineInput => ({
  profile,
  preferences: makePreferences({ specialties: ['IM', 'FM'], excludedStates, preferredStates: ['NY'] }),
  programs: catalog,
  specialties,
  seasonYear: SEASON_YEAR,
});
const byId = (output: EngineOutput) => new Map(output.results.map((r) => [r.program.id, r]));
const noLower = (a: ChanceEstimate, b: ChanceEstimate) => b.estimate >= a.estimate && b.low >= a.low && b.high >= a.high;
const chancesOf = (r: RankedProgram) => [r.interviewChance, r.matchChance];

/** Every chance of `after` is at least that of `before`: baselines, and each program's interview and match chances. */
function neverLower(before: EngineOutput, after: EngineOutput): boolean {
  const later = byId(after);
  const programsOk = before.results.every((r) => {
    const s = later.get(r.program.id);
    return s !== undefined && chancesOf(r).every((c, i) => noLower(c, chancesOf(s)[i] ?? c));
  });
  return programsOk && Object.entries(before.baselines).every(([code, b]) => noLower(b, after.baselines[code] ?? b));
}

describe('engine properties', () => {
  it('never lowers any chance when the Step 2 CK score rises', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 30 }), (profile, gain) => {
        const higher = { ...profile, step2Score: Math.min(300, profile.step2Score + gain) };
        return neverLower(rankPrograms(inputFor(profile)), rankPrograms(inputFor(higher)));
      }),
      RUNS,
    );
  });

  it('never lowers any chance when research grows', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 30 }), (profile, more) =>
        neverLower(rankPrograms(inputFor(profile)), rankPrograms(inputFor({ ...profile, researchItems: profile.researchItems + more }))),
      ),
      RUNS,
    );
  });

  it('never lowers the specialty baseline when the score rises, in any specialty', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...SPECIALTY_REFERENCE), (profile, gain, specialty) => {
        const before = specialtyBaseline(profile, specialty, SEASON_YEAR);
        const after = specialtyBaseline({ ...profile, step2Score: profile.step2Score + gain }, specialty, SEASON_YEAR);
        return noLower(before, after);
      }),
      { numRuns: 200 },
    );
  });

  it('never adds programs when the applicant needs a visa', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom('J1' as const, 'H1B' as const, 'J1_OR_H1B' as const), (profile, visa) => {
        const without = byId(rankPrograms(inputFor({ ...profile, visaNeeded: 'NONE' })));
        return rankPrograms(inputFor({ ...profile, visaNeeded: visa })).results.every((r) => without.has(r.program.id));
      }),
      RUNS,
    );
  });

  it('never lists a program in an excluded state', () => {
    fc.assert(
      fc.property(profileArb, excludedArb, (profile, excluded) =>
        rankPrograms(inputFor(profile, excluded)).results.every((r) => !excluded.includes(r.program.state)),
      ),
      RUNS,
    );
  });

  it('keeps every chance in [0, 1] with low ≤ estimate ≤ high, match ≤ interview, and chance = interview estimate', () => {
    const ordered = (c: ChanceEstimate) => 0 <= c.low && c.low <= c.estimate && c.estimate <= c.high && c.high <= 1;
    fc.assert(
      fc.property(profileArb, (profile) => {
        const output = rankPrograms(inputFor(profile));
        const baselinesOk = Object.values(output.baselines).every(ordered);
        return (
          baselinesOk &&
          output.results.every(
            (r) =>
              ordered(r.interviewChance) &&
              ordered(r.matchChance) &&
              r.matchChance.estimate <= r.interviewChance.estimate &&
              r.matchChance.low <= r.interviewChance.low &&
              r.matchChance.high <= r.interviewChance.high &&
              r.chance === r.interviewChance.estimate &&
              r.chanceRange === r.interviewChance,
          )
        );
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(profileArb, excludedArb, (profile, excluded) => {
        expect(rankPrograms(inputFor(profile, excluded))).toStrictEqual(rankPrograms(inputFor({ ...profile }, [...excluded])));
      }),
      { numRuns: 20 },
    );
  });

  it('draws curves that never decrease, stay in [0, 1] and follow each specialty’s ranked list (up to 150)', () => {
    fc.assert(
      fc.property(profileArb, excludedArb, (profile, excluded) => {
        const output = rankPrograms(inputFor(profile, excluded));
        return Object.entries(output.curves).every(([code, curve]) => {
          const eligible = output.results.filter((r) => r.program.specialtyCode === code).length;
          const rising = curve.every((p, i) => p.matchProbability >= 0 && p.matchProbability <= 1 && p.matchProbability >= (curve[i - 1]?.matchProbability ?? 0));
          return rising && curve.length === Math.min(150, eligible) && curve.every((p, i) => p.applications === i + 1);
        });
      }),
      RUNS,
    );
  });
});
