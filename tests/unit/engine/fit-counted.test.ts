import { describe, expect, it } from 'vitest';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { rankPrograms } from '@/lib/engine';
import type { ApplicantProfile } from '@/lib/engine/types';

const { programs, specialties } = generateDemoCatalog();
const profile: ApplicantProfile = { applicantType: 'US_MD', graduationYear: 2027, step2Score: 245, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' };

describe('which fit factors a ranking counted (issue 17: no preferences, no fit score shown)', () => {
  it('is openness alone when no preference is given', () => {
    const out = rankPrograms({ profile, preferences: { specialties: ['FM'] }, programs, specialties, seasonYear: 2027, page: { offset: 0, limit: 1 } });
    expect(out.fitCounted).toEqual(['openness']);
  });

  it('names each factor a preference was given for, in the factors’ order', () => {
    const out = rankPrograms({
      profile,
      preferences: { specialties: ['FM'], settings: ['URBAN'], preferredStates: ['OH'] },
      programs,
      specialties,
      seasonYear: 2027,
      page: { offset: 0, limit: 1 },
    });
    expect(out.fitCounted).toEqual(['location', 'setting', 'openness']);
  });
});
