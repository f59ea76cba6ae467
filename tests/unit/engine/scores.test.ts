import { describe, expect, it } from 'vitest';
import {
  ASSUMED_SCORE_UNCERTAINTY_POINTS,
  COMLEX_CONVERSION_UNCERTAINTY_POINTS,
  FALLBACK_STEP2,
  comlexToStep2,
  effectiveStep2,
  reportedStep2,
} from '@/lib/engine';
import { makeProfile, makeSpecialty } from './factories';

describe('comlexToStep2', () => {
  it.each([
    // NBOME first-takers 520 ± 100; Step 2 CK first-takers 248 ± 15 (lib/reference/exam-scales.ts).
    { comlex: 520, step2: 248, why: 'maps the first-takers’ mean of one exam onto the other’s (the 50th percentile)' },
    { comlex: 620, step2: 263, why: 'maps one SD above the COMLEX mean to one SD above the Step 2 CK mean' },
    { comlex: 420, step2: 233, why: 'maps one SD below onto one SD below' },
    { comlex: 553, step2: 253, why: 'rounds to a whole Step 2 CK score (252.95)' },
    { comlex: 999, step2: 300, why: 'never exceeds the Step 2 CK maximum' },
  ])('$why ($comlex → $step2)', ({ comlex, step2 }) => {
    expect(comlexToStep2(comlex)).toBe(step2);
  });

  it('never lowers the converted score when COMLEX rises', () => {
    for (let comlex = 9; comlex < 999; comlex += 1) {
      expect(comlexToStep2(comlex + 1)).toBeGreaterThanOrEqual(comlexToStep2(comlex));
    }
  });
});

describe('effectiveStep2', () => {
  const im = makeSpecialty();
  it.each([
    {
      name: 'uses the Step 2 CK score when given, even with a COMLEX score',
      profile: makeProfile({ applicantType: 'US_DO', step2Score: 251, comlexLevel2Score: 700 }),
      expected: { score: 251, source: 'step2', uncertainty: 0 },
    },
    {
      name: 'converts COMLEX Level 2-CE when no Step 2 CK is given, marked approximate',
      profile: makeProfile({ applicantType: 'US_DO', step2Score: undefined, comlexLevel2Score: 600 }),
      expected: { score: 260, source: 'comlex', uncertainty: COMLEX_CONVERSION_UNCERTAINTY_POINTS },
    },
    {
      name: "assumes the specialty's median matched score when no score is given",
      profile: makeProfile({ applicantType: 'NON_US_IMG', step2Score: undefined }),
      expected: { score: 254, source: 'assumed', uncertainty: ASSUMED_SCORE_UNCERTAINTY_POINTS },
    },
  ])('$name', ({ profile, expected }) => {
    expect(effectiveStep2(profile, im)).toEqual(expected);
  });

  it('falls back to the default score when the specialty publishes no median', () => {
    const urology = makeSpecialty({ code: 'URO', name: 'Urology', medianStep2MatchedUsMd: null });
    expect(effectiveStep2(makeProfile({ step2Score: undefined }), urology).score).toBe(FALLBACK_STEP2);
    expect(effectiveStep2(makeProfile({ step2Score: undefined }), null).score).toBe(FALLBACK_STEP2);
  });

  it('reports no score when the applicant gave none', () => {
    expect(reportedStep2(makeProfile({ step2Score: undefined }))).toBeNull();
  });
});
