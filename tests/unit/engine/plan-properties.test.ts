// Issue 15's strategy properties, over arbitrary profiles on a varied catalog with the real reference
// figures: a weaker applicant is never told to send fewer applications, the plan's overall chance is
// never below its best specialty's, and a civilian never sees a military program.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planApplications } from '@/lib/engine';
import type { ApplicantProfile, EngineInput } from '@/lib/engine';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { buildCatalog, makePreferences, SEASON_YEAR } from './factories';

// A tenth of the programs military, so a civilian's list has some to leave out.
const catalog = buildCatalog(160, 23).map((program, i) => (i % 10 === 0 ? { ...program, type: 'MILITARY' as const } : program));
const specialties = SPECIALTY_REFERENCE.filter((s) => s.code === 'IM' || s.code === 'FM');
const RUNS = { numRuns: 30 };

const profileArb = fc.record({
  applicantType: fc.constantFrom('US_MD' as const, 'US_DO' as const, 'US_IMG' as const, 'NON_US_IMG' as const),
  graduationYear: fc.integer({ min: 2015, max: SEASON_YEAR }),
  step2Score: fc.integer({ min: 205, max: 275 }),
  examFailures: fc.integer({ min: 0, max: 2 }),
  researchItems: fc.integer({ min: 0, max: 10 }),
  usceMonths: fc.integer({ min: 0, max: 12 }),
  visaNeeded: fc.constantFrom('NONE' as const, 'J1' as const),
});
const targetArb = fc.constantFrom(80, 90, 95);

const plan = (profile: ApplicantProfile, matchTarget = 90, specialtiesChosen = ['IM']) => {
  const input: EngineInput = {
    profile,
    preferences: { ...makePreferences({ specialties: specialtiesChosen }), matchTarget },
    programs: catalog,
    specialties,
    seasonYear: SEASON_YEAR,
  };
  return planApplications(input);
};

describe('plan properties', () => {
  it('never tells a weaker applicant (a lower score, or one more failed attempt) to send fewer applications, unless it is their whole eligible list', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 25 }), fc.boolean(), targetArb, (profile, drop, byFailure, target) => {
        const weakerProfile = byFailure ? { ...profile, examFailures: profile.examFailures + 1 } : { ...profile, step2Score: profile.step2Score - drop };
        const stronger = plan(profile, target).strategies[0]!;
        const weakerPlan = plan(weakerProfile, target);
        const weaker = weakerPlan.strategies[0]!;
        const eligible = weakerPlan.results.filter((r) => r.program.specialtyCode === 'IM').length;
        expect(weaker.recommendedApplications >= stronger.recommendedApplications || weaker.recommendedApplications === Math.min(eligible, weaker.curve.length)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the whole plan an overall chance at least its best specialty’s, with low ≤ estimate ≤ high', () => {
    fc.assert(
      fc.property(profileArb, targetArb, (profile, target) => {
        const output = plan(profile, target, ['IM', 'FM']);
        const best = Math.max(...output.strategies.map((s) => s.matchChanceAtRecommended));
        const { estimate, low, high } = output.overall.matchChance;
        expect(estimate).toBeGreaterThanOrEqual(best - 0.001);
        expect(low).toBeLessThanOrEqual(estimate);
        expect(high).toBeGreaterThanOrEqual(estimate);
      }),
      RUNS,
    );
  });

  it('never shows a civilian a military program, and leaves them out with the reason military_only', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(undefined, false), (profile, military) => {
        const output = plan(military === undefined ? profile : { ...profile, military }, 90, ['IM', 'FM']);
        expect(output.results.some((r) => r.program.type === 'MILITARY')).toBe(false);
        expect(output.excluded.byReason.military_only ?? 0).toBeGreaterThan(0);
        const serving = plan({ ...profile, military: true }, 90, ['IM', 'FM']);
        expect(serving.excluded.byReason.military_only ?? 0).toBe(0);
      }),
      RUNS,
    );
  });
});
