import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, validateDraft, type PlanDraft } from '@/components/plan/plan-draft';

const draft: PlanDraft = { ...EMPTY_DRAFT, applicantType: 'US_MD', graduationYear: '2027', step2Score: '245', researchItems: '2' };

describe('the plan draft’s specialties (issue 17: main, then backups)', () => {
  it('asks for the main specialty when none is chosen', () => {
    expect(validateDraft(draft).errors.specialties).toBe('Choose your main specialty');
  });

  it('keeps the main specialty first, then the backups, whatever order the form lists them in', () => {
    const { request } = validateDraft({ ...draft, specialties: ['FM', 'PEDS', 'IM'] });
    expect(request?.preferences.specialties).toEqual(['FM', 'PEDS', 'IM']);
  });
});
