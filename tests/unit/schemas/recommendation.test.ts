import { describe, expect, it } from 'vitest';
import { fieldErrors, recommendationRequestSchema } from '@/lib/schemas/recommendation';

const valid = {
  profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 248, visaNeeded: 'NONE' },
  preferences: { specialties: ['IM', 'FM'] },
};

function errorsFor(input: unknown) {
  const parsed = recommendationRequestSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('recommendation request schema', () => {
  it('accepts a minimal profile with one specialty', () => {
    expect(recommendationRequestSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['profile.applicantType', { ...valid, profile: { ...valid.profile, applicantType: 'MD' } }, /applicant type/i],
    ['profile.graduationYear', { ...valid, profile: { ...valid.profile, graduationYear: 2026.5 } }, /whole number/],
    ['profile.graduationYear', { ...valid, profile: { ...valid.profile, graduationYear: 1900 } }, /at least 1985/],
    ['profile.step2Score', { ...valid, profile: { ...valid.profile, step2Score: 301 } }, /at most 300/],
    ['profile.step2Score', { ...valid, profile: { ...valid.profile, step2Score: '250' } }, /must be a number/],
    ['profile.examFailures', { ...valid, profile: { ...valid.profile, examFailures: -1 } }, /at least 0/],
    ['profile.comlexLevel2Score', { ...valid, profile: { ...valid.profile, comlexLevel2Score: 600 } }, /for DO applicants/],
    ['preferences.specialties', { ...valid, preferences: { specialties: [] } }, /at least one specialty/],
    ['preferences.specialties', { ...valid, preferences: { specialties: ['A', 'B', 'C', 'D', 'E', 'F'] } }, /at most 5/],
    ['preferences.excludedStates', { ...valid, preferences: { specialties: ['IM'], preferredStates: ['NY'], excludedStates: ['NY'] } }, /both preferred and excluded: NY/],
    ['preferences.preferredStates.0', { ...valid, preferences: { specialties: ['IM'], preferredStates: ['ZZ'] } }, /two-letter US state code/],
  ])('explains a bad %s in words', (field, input, message) => {
    const errors = errorsFor(input);
    expect(errors[field]?.join(' ')).toMatch(message);
  });

  it('names fields called like Object.prototype members as any other unknown field', () => {
    const errors = errorsFor(JSON.parse('{"__proto__":"x","constructor":1,"toString":2}'));
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(Object.keys(errors).sort()).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString']));
    expect(errors.constructor).toEqual(['Not a field this request takes: remove it']);
    expect(JSON.parse(JSON.stringify(errors)).__proto__).toEqual(['Not a field this request takes: remove it']);
  });

  it('refuses fields it does not know, such as a server-owned userId', () => {
    expect(errorsFor({ ...valid, userId: 'u1' })).toEqual({ userId: ['Not a field this request takes: remove it'] });
    expect(errorsFor({ ...valid, profile: { ...valid.profile, name: 'A', email: 'a@example.org' } })).toEqual({
      'profile.name': ['Not a field this request takes: remove it'],
      'profile.email': ['Not a field this request takes: remove it'],
    });
  });

  it('accepts COMLEX Level 2-CE from a DO applicant', () => {
    const input = { ...valid, profile: { applicantType: 'US_DO', graduationYear: 2027, comlexLevel2Score: 600, visaNeeded: 'NONE' } };
    expect(recommendationRequestSchema.safeParse(input).success).toBe(true);
  });

  it('bounds paging', () => {
    expect(errorsFor({ ...valid, limit: 0 }).limit).toBeDefined();
    expect(errorsFor({ ...valid, limit: 501 }).limit).toBeDefined();
    expect(errorsFor({ ...valid, offset: -1 }).offset).toBeDefined();
  });
});
