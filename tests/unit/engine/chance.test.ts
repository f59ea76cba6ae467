import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessInterviewChance, DEFAULT_CHANCE_MODEL, estimateInterviewChance } from '@/lib/engine';
import type { ApplicantProfile, ChanceModel, Program } from '@/lib/engine';
import { buildCatalog, makeProfile, makeProgram, makeSpecialty, SEASON_YEAR } from './factories';

const im = makeSpecialty();
const chanceOf = (program: Partial<Program> = {}, profile: Partial<ApplicantProfile> = {}) =>
  estimateInterviewChance(makeProgram(program), makeProfile(profile), im, SEASON_YEAR);
const width = (c: { low: number; high: number }) => c.high - c.low;

describe('estimateInterviewChance: the estimate', () => {
  it('gives a US MD at the program bar an even chance', () => {
    expect(chanceOf({ typicalStep2: 245, shareUsMd: 0.6 }, { step2Score: 245, researchItems: 0 }).estimate).toBe(0.5);
  });

  it.each([
    { name: 'a score above the bar raises the chance', profile: { step2Score: 255 }, direction: 1 },
    { name: 'a score below the bar lowers it', profile: { step2Score: 235 }, direction: -1 },
    { name: 'a failed attempt lowers it', profile: { examFailures: 1 }, direction: -1 },
    { name: 'more research raises it', profile: { researchItems: 10 }, direction: 1 },
    { name: 'graduating long ago lowers it', profile: { graduationYear: SEASON_YEAR - 6 }, direction: -1 },
    { name: 'needing a visa lowers it', profile: { visaNeeded: 'J1' as const }, direction: -1 },
  ])('$name', ({ profile, direction }) => {
    const base = chanceOf().estimate;
    expect(Math.sign(chanceOf({}, profile).estimate - base)).toBe(direction);
  });

  it.each([
    { name: 'below a stated minimum lowers the chance', program: { minStep2: 250, minStep2Hard: false }, direction: -1 },
    { name: 'few residents of the applicant type lower it', program: { shareUsMd: 0.05 }, direction: -1 },
    { name: 'a research-heavy program values research more', program: { researchEmphasis: 'HIGH' as const }, direction: 1 },
  ])('$name', ({ program, direction }) => {
    const base = chanceOf({}, { researchItems: 4 }).estimate;
    expect(Math.sign(chanceOf(program, { researchItems: 4 }).estimate - base)).toBe(direction);
  });

  it('ranks applicant types as the NRMP 2025 match rates do when resident mix is unknown', () => {
    const unknownMix = { shareUsMd: null, shareDo: null, shareImg: null };
    const byType = (applicantType: ApplicantProfile['applicantType']) => chanceOf(unknownMix, { applicantType }).estimate;
    expect(byType('US_MD')).toBeGreaterThan(byType('US_DO'));
    expect(byType('US_DO')).toBeGreaterThan(byType('US_IMG'));
    expect(byType('US_IMG')).toBeGreaterThan(byType('NON_US_IMG'));
  });

  it('gives IMGs a better chance where more residents are IMGs', () => {
    const img = { applicantType: 'NON_US_IMG' as const, usceMonths: 6 };
    expect(chanceOf({ shareImg: 0.5 }, img).estimate).toBeGreaterThan(chanceOf({ shareImg: 0.05 }, img).estimate);
  });

  it('credits US clinical experience for IMGs only', () => {
    const img = { applicantType: 'US_IMG' as const };
    expect(chanceOf({}, { ...img, usceMonths: 6 }).estimate).toBeGreaterThan(chanceOf({}, { ...img, usceMonths: 0 }).estimate);
    expect(chanceOf({}, { usceMonths: 6 }).estimate).toBe(chanceOf({}, { usceMonths: 0 }).estimate);
  });

  it('uses the specialty median as the bar when the program publishes none, then 245', () => {
    const profile = makeProfile();
    expect(assessInterviewChance(makeProgram({ typicalStep2: null }), profile, im, SEASON_YEAR).bar).toEqual({ value: 254, source: 'specialty' });
    expect(assessInterviewChance(makeProgram({ typicalStep2: null }), profile, null, SEASON_YEAR).bar).toEqual({ value: 245, source: 'default' });
  });

  it('uses the model it is given', () => {
    const generous: ChanceModel = { ...DEFAULT_CHANCE_MODEL, interceptLogit: 2 };
    const program = makeProgram();
    expect(estimateInterviewChance(program, makeProfile(), im, SEASON_YEAR, generous).estimate).toBeGreaterThan(
      estimateInterviewChance(program, makeProfile(), im, SEASON_YEAR).estimate,
    );
  });
});

describe('estimateInterviewChance: the range', () => {
  const known = chanceOf();
  it.each([
    { name: 'the program publishes no bar', program: { typicalStep2: null }, profile: {} },
    { name: 'visa sponsorship is not reported', program: { sponsorsJ1: null }, profile: { visaNeeded: 'J1' as const } },
    { name: 'the score is converted from COMLEX', program: {}, profile: { applicantType: 'US_DO' as const, step2Score: undefined, comlexLevel2Score: 646 } },
    { name: 'the score is assumed', program: { typicalStep2: 254 }, profile: { step2Score: undefined } },
    { name: 'the resident mix is not reported', program: { shareUsMd: null }, profile: {} },
  ])('widens when $name', ({ program, profile }) => {
    expect(width(chanceOf(program, profile))).toBeGreaterThan(width(known));
  });

  it('widens more the more is unknown', () => {
    const noBar = chanceOf({ typicalStep2: null });
    const noBarNoMix = chanceOf({ typicalStep2: null, shareUsMd: null });
    expect(width(noBarNoMix)).toBeGreaterThan(width(noBar));
  });

  it('keeps 0 ≤ low ≤ estimate ≤ high ≤ 1 across a varied catalog and profiles', () => {
    const profiles = [
      makeProfile(),
      makeProfile({ applicantType: 'NON_US_IMG', step2Score: 205, examFailures: 4, visaNeeded: 'J1_OR_H1B', graduationYear: 2005 }),
      makeProfile({ applicantType: 'US_DO', step2Score: undefined, comlexLevel2Score: 900, researchItems: 80 }),
      makeProfile({ step2Score: 300, researchItems: undefined, examFailures: undefined }),
    ];
    for (const program of buildCatalog(100)) {
      for (const profile of profiles) {
        const { estimate, low, high } = estimateInterviewChance(program, profile, im, SEASON_YEAR);
        expect(0 <= low && low <= estimate && estimate <= high && high <= 1).toBe(true);
      }
    }
  });
});

describe('estimateInterviewChance: monotonicity', () => {
  const programs = buildCatalog(40, 7);
  const programArb = fc.constantFrom(...programs);
  const profileArb = fc.record({
    applicantType: fc.constantFrom('US_MD' as const, 'US_DO' as const, 'US_IMG' as const, 'NON_US_IMG' as const),
    graduationYear: fc.integer({ min: 1995, max: SEASON_YEAR }),
    step2Score: fc.integer({ min: 180, max: 299 }),
    examFailures: fc.integer({ min: 0, max: 5 }),
    researchItems: fc.integer({ min: 0, max: 60 }),
    usceMonths: fc.integer({ min: 0, max: 24 }),
    visaNeeded: fc.constantFrom('NONE' as const, 'J1' as const, 'H1B' as const, 'J1_OR_H1B' as const),
  });
  const chance = (program: Program, profile: ApplicantProfile) => estimateInterviewChance(program, profile, im, SEASON_YEAR);
  const noLower = (a: { estimate: number; low: number; high: number }, b: typeof a) =>
    b.estimate >= a.estimate && b.low >= a.low && b.high >= a.high;

  it('never lowers the chance when the Step 2 CK score rises', () => {
    fc.assert(fc.property(programArb, profileArb, fc.integer({ min: 1, max: 40 }), (program, profile, gain) => {
      const higher = { ...profile, step2Score: Math.min(300, profile.step2Score + gain) };
      return noLower(chance(program, profile), chance(program, higher));
    }));
  });

  it('never lowers the chance when research grows', () => {
    fc.assert(fc.property(programArb, profileArb, fc.integer({ min: 1, max: 50 }), (program, profile, more) => {
      return noLower(chance(program, profile), chance(program, { ...profile, researchItems: profile.researchItems + more }));
    }));
  });

  it('never raises the chance when failed attempts grow', () => {
    fc.assert(fc.property(programArb, profileArb, fc.integer({ min: 1, max: 5 }), (program, profile, more) => {
      return noLower(chance(program, { ...profile, examFailures: profile.examFailures + more }), chance(program, profile));
    }));
  });
});
