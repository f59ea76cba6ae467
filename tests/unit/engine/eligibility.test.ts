import { describe, expect, it } from 'vitest';
import { checkEligibility, partitionEligible, visaSponsorship } from '@/lib/engine';
import type { ApplicantProfile, ExclusionReason, Preferences, Program } from '@/lib/engine';
import { makePreferences, makeProfile, makeProgram, SEASON_YEAR } from './factories';

interface Case {
  name: string;
  program?: Partial<Program>;
  profile?: Partial<ApplicantProfile>;
  preferences?: Partial<Preferences>;
  expected: ExclusionReason[] | null;
}

const cases: Case[] = [
  { name: 'keeps a program that meets every rule', expected: null },
  { name: 'excludes programs outside the chosen specialties', program: { specialtyCode: 'FM' }, expected: ['specialty_not_selected'] },
  { name: 'excludes programs in a state the applicant excluded', preferences: { excludedStates: ['NY'] }, expected: ['state_excluded'] },
  {
    name: 'excludes programs that do not sponsor the visa the applicant needs',
    profile: { visaNeeded: 'H1B' },
    program: { sponsorsH1b: false },
    expected: ['visa_not_sponsored'],
  },
  { name: 'keeps a J-1 applicant at a program that sponsors J-1', profile: { visaNeeded: 'J1' }, program: { sponsorsJ1: true }, expected: null },
  {
    name: 'keeps programs whose visa sponsorship is not reported',
    profile: { visaNeeded: 'J1' },
    program: { sponsorsJ1: null },
    expected: null,
  },
  {
    name: 'keeps a J-1-or-H-1B applicant when either visa is sponsored',
    profile: { visaNeeded: 'J1_OR_H1B' },
    program: { sponsorsJ1: false, sponsorsH1b: true },
    expected: null,
  },
  {
    name: 'excludes a J-1-or-H-1B applicant only when both visas are known not to be sponsored',
    profile: { visaNeeded: 'J1_OR_H1B' },
    program: { sponsorsJ1: false, sponsorsH1b: false },
    expected: ['visa_not_sponsored'],
  },
  {
    name: 'excludes programs whose years-since-graduation limit the applicant exceeds',
    profile: { graduationYear: SEASON_YEAR - 6 },
    program: { yogLimitYears: 5 },
    expected: ['graduation_too_long_ago'],
  },
  { name: 'keeps applicants exactly at the graduation limit', profile: { graduationYear: SEASON_YEAR - 5 }, program: { yogLimitYears: 5 }, expected: null },
  { name: 'excludes programs that accept fewer failed attempts', profile: { examFailures: 2 }, program: { maxAttempts: 1 }, expected: ['too_many_attempts'] },
  { name: 'never excludes on failed attempts the applicant did not report', profile: { examFailures: undefined }, program: { maxAttempts: 0 }, expected: null },
  {
    name: 'excludes IMGs with less US clinical experience than required',
    profile: { applicantType: 'NON_US_IMG', usceMonths: 2 },
    program: { usceRequiredMonths: 3 },
    expected: ['usce_required'],
  },
  { name: 'does not apply the US clinical experience rule to US graduates', profile: { usceMonths: 0 }, program: { usceRequiredMonths: 3 }, expected: null },
  {
    name: 'never excludes IMGs who did not report their US clinical experience',
    profile: { applicantType: 'US_IMG', usceMonths: undefined },
    program: { usceRequiredMonths: 3 },
    expected: null,
  },
  {
    name: 'excludes programs whose hard Step 2 CK cutoff is above the score',
    profile: { step2Score: 229 },
    program: { minStep2: 230, minStep2Hard: true },
    expected: ['below_hard_step2_cutoff'],
  },
  { name: 'keeps a score below a minimum that is not a hard cutoff', profile: { step2Score: 229 }, program: { minStep2: 230, minStep2Hard: false }, expected: null },
  {
    // A conversion is approximate (±1 SD of the error is several points): the cutoff lowers the chance instead (chance.ts).
    name: 'never applies a hard Step 2 CK cutoff to a converted COMLEX score',
    profile: { applicantType: 'US_DO', step2Score: undefined, comlexLevel2Score: 300 },
    program: { minStep2: 230, minStep2Hard: true },
    expected: null,
  },
  {
    name: 'never applies a hard cutoff to an assumed score',
    profile: { step2Score: undefined },
    program: { minStep2: 300, minStep2Hard: true },
    expected: null,
  },
  {
    name: 'lists every reason in the standard order',
    profile: { applicantType: 'NON_US_IMG', visaNeeded: 'J1', examFailures: 3, usceMonths: 0, graduationYear: SEASON_YEAR - 10 },
    program: { specialtyCode: 'FM', sponsorsJ1: false, yogLimitYears: 3, maxAttempts: 1, usceRequiredMonths: 1 },
    expected: ['specialty_not_selected', 'visa_not_sponsored', 'graduation_too_long_ago', 'too_many_attempts', 'usce_required'],
  },
];

describe('checkEligibility', () => {
  it.each(cases)('$name', ({ program, profile, preferences, expected }) => {
    expect(checkEligibility(makeProgram(program), makeProfile(profile), makePreferences(preferences), SEASON_YEAR)).toEqual(expected);
  });
});

describe('visaSponsorship', () => {
  it.each([
    { need: 'NONE', j1: false, h1b: false, expected: 'not_needed' },
    { need: 'J1', j1: null, h1b: true, expected: 'unknown' },
    { need: 'H1B', j1: true, h1b: null, expected: 'unknown' },
    { need: 'J1_OR_H1B', j1: false, h1b: null, expected: 'unknown' },
    { need: 'J1_OR_H1B', j1: null, h1b: true, expected: 'sponsored' },
  ] as const)('says $expected when $need is needed (J-1 $j1, H-1B $h1b)', ({ need, j1, h1b, expected }) => {
    expect(visaSponsorship(makeProgram({ sponsorsJ1: j1, sponsorsH1b: h1b }), need)).toBe(expected);
  });
});

describe('partitionEligible', () => {
  it('counts each excluded program once, under its first reason', () => {
    const programs = [
      makeProgram({ id: 'a' }),
      makeProgram({ id: 'b', specialtyCode: 'FM', state: 'TX' }),
      makeProgram({ id: 'c', state: 'TX' }),
      makeProgram({ id: 'd', state: 'TX', maxAttempts: 0 }),
      makeProgram({ id: 'e', maxAttempts: 0 }),
    ];
    const partition = partitionEligible(programs, makeProfile({ examFailures: 1 }), makePreferences({ excludedStates: ['TX'] }), SEASON_YEAR);
    expect(partition.eligible.map((p) => p.id)).toEqual(['a']);
    expect(partition.excluded).toEqual({
      total: 4,
      byReason: { specialty_not_selected: 1, state_excluded: 2, too_many_attempts: 1 },
    });
    expect(partition.exclusions.find((e) => e.programId === 'd')?.reasons).toEqual(['state_excluded', 'too_many_attempts']);
  });

  it('keeps the input order of eligible programs', () => {
    const programs = ['z', 'a', 'm'].map((id) => makeProgram({ id }));
    expect(partitionEligible(programs, makeProfile(), makePreferences(), SEASON_YEAR).eligible.map((p) => p.id)).toEqual(['z', 'a', 'm']);
  });
});
