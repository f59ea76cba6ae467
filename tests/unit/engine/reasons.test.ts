import { describe, expect, it } from 'vitest';
import { assessInterviewChance, explainProgram, MAX_REASONS, MIN_REASONS, scoreFit } from '@/lib/engine';
import type { ApplicantProfile, Preferences, Program } from '@/lib/engine';
import { buildCatalog, makePreferences, makeProfile, makeProgram, makeSpecialty, SEASON_YEAR } from './factories';

const im = makeSpecialty();

function reasonsFor(program: Partial<Program> = {}, profile: Partial<ApplicantProfile> = {}, preferences: Partial<Preferences> = {}): string[] {
  const p = makeProgram(program);
  const a = makeProfile(profile);
  const prefs = makePreferences(preferences);
  return explainProgram({
    program: p,
    profile: a,
    specialty: im,
    seasonYear: SEASON_YEAR,
    fit: scoreFit(p, a, prefs),
    chance: assessInterviewChance(p, a, im, SEASON_YEAR),
  });
}

describe('explainProgram', () => {
  it.each([
    {
      name: 'compares the Step 2 CK score with the program bar',
      program: { typicalStep2: 242 },
      profile: { step2Score: 250 },
      expected: "Your Step 2 CK (250) is 8 points above this program's typical matched score (242)",
    },
    {
      name: 'says when the score is below the bar',
      program: { typicalStep2: 250 },
      profile: { step2Score: 249 },
      expected: "Your Step 2 CK (249) is 1 point below this program's typical matched score (250)",
    },
    {
      name: 'names the specialty median when the program publishes no bar',
      program: { typicalStep2: null },
      profile: { step2Score: 250 },
      expected: 'Your Step 2 CK (250) is 4 points below the median of matched US MD seniors in Internal Medicine (254), as this program publishes no typical score',
    },
    {
      name: 'says a COMLEX score was converted, approximately',
      program: { typicalStep2: 240 },
      profile: { applicantType: 'US_DO' as const, step2Score: undefined, comlexLevel2Score: 646 },
      expected: "Your COMLEX Level 2-CE (646), about 267 on Step 2 CK (an approximate conversion), is 27 points above this program's typical matched score (240)",
    },
    {
      name: 'says when the score was assumed',
      program: { typicalStep2: 250 },
      profile: { step2Score: undefined },
      expected: "No Step 2 CK given, so we assumed 254 (the median of matched US MD seniors in Internal Medicine): 4 points above this program's typical matched score (250)",
    },
    {
      name: 'names the visa the applicant needs when it is sponsored',
      program: { sponsorsJ1: true },
      profile: { applicantType: 'NON_US_IMG' as const, visaNeeded: 'J1' as const, usceMonths: 4 },
      expected: 'Sponsors J-1 visas, which you need',
    },
    {
      name: 'names which visa is sponsored when either would do',
      program: { sponsorsJ1: false, sponsorsH1b: true },
      profile: { applicantType: 'NON_US_IMG' as const, visaNeeded: 'J1_OR_H1B' as const },
      expected: 'Sponsors H-1B visas, one of the two you can use',
    },
    {
      name: 'says when the score is below a stated minimum that is not a hard cutoff',
      program: { minStep2: 240, minStep2Hard: false },
      profile: { step2Score: 235 },
      expected: "Your Step 2 CK (235) is below this program's stated minimum of 240 (not a hard cutoff)",
    },
    {
      name: 'warns when visa sponsorship is not reported',
      program: { sponsorsH1b: null },
      profile: { applicantType: 'NON_US_IMG' as const, visaNeeded: 'H1B' as const },
      expected: 'Visa sponsorship not reported: confirm with the program',
    },
    {
      name: 'states the share of IMG residents for IMG applicants',
      program: { shareImg: 0.42 },
      profile: { applicantType: 'US_IMG' as const },
      expected: '42% of residents are IMGs: open to applicants like you',
    },
    {
      name: 'warns of a hard cutoff that an assumed score cannot check',
      program: { minStep2: 240, minStep2Hard: true },
      profile: { step2Score: undefined },
      expected: 'Has a hard Step 2 CK cutoff of 240: add your score to check it',
    },
    {
      name: 'counts failed attempts against the program limit',
      program: { maxAttempts: 2 },
      profile: { examFailures: 1 },
      expected: '1 failed exam attempt lowers your chances; this program accepts up to 2',
    },
  ])('$name', ({ program, profile, expected }) => {
    expect(reasonsFor(program, profile)).toContain(expected);
  });

  it('names a preferred state', () => {
    expect(reasonsFor({}, {}, { preferredStates: ['NY'] })).toContain('In New York, one of your preferred states');
  });

  it('never says "above" for a score below the bar, nor the reverse', () => {
    for (const program of buildCatalog(60, 3)) {
      for (const step2Score of [220, 245, 270]) {
        const step2 = reasonsFor(program, { step2Score }).find((r) => r.startsWith('Your Step 2 CK'));
        const bar = program.typicalStep2 ?? 254;
        if (step2Score > bar) expect(step2).toContain('above');
        if (step2Score < bar) expect(step2).toContain('below');
        if (step2Score === bar) expect(step2).toContain('equal to');
      }
    }
  });

  it(`gives between ${MIN_REASONS} and ${MAX_REASONS} reasons for every program`, () => {
    const profiles = [makeProfile(), makeProfile({ applicantType: 'NON_US_IMG', visaNeeded: 'J1', examFailures: undefined, usceMonths: undefined, step2Score: undefined })];
    for (const program of buildCatalog(80, 5)) {
      for (const profile of profiles) {
        const reasons = reasonsFor(program, profile, { preferredStates: ['CA'], settings: ['URBAN'] });
        expect(reasons.length).toBeGreaterThanOrEqual(MIN_REASONS);
        expect(reasons.length).toBeLessThanOrEqual(MAX_REASONS);
        expect(new Set(reasons).size).toBe(reasons.length);
      }
    }
  });
});
