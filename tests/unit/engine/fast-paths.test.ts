import { describe, expect, it } from 'vitest';
import {
  assessInterviewChance,
  checkEligibility,
  compareRanked,
  effectiveStep2,
  findUnlockHints,
  latentParameters,
  matchFromIdenticalPrograms,
  offsetForMatchProbability,
  planApplications,
  programChanceContext,
  programChances,
  rankPrograms,
  rankScore,
  RANK_WEIGHT_CHANCE,
  RANK_WEIGHT_FIT,
  TYPICAL_APPLICATIONS,
  visaSponsorship,
} from '@/lib/engine';
import type { ApplicantProfile, EngineInput, Program, RankedProgram } from '@/lib/engine';
import { assessProgramTerms } from '@/lib/engine/chance';
import { countTierMix } from '@/lib/engine/strategy';
import { programChancesFromTerms, referenceDeviation } from '@/lib/engine/calibration/program-chance';
import type { LatentParameters } from '@/lib/engine/calibration/latent';
import { eligibilityRules, firstExclusion } from '@/lib/engine/eligibility';
import { unlockHintsAmongExcluded } from '@/lib/engine/unlock';
import { buildCatalog, makeEngineInput, makePreferences, makeProfile, makeProgram, makeSpecialty, SEASON_YEAR } from './factories';

// The shortcuts the ranking takes for speed (lib/engine/ranking.ts and what it calls) must give
// exactly what the plain computation gives: each is checked here against the plain version.

const profiles: ApplicantProfile[] = [
  makeProfile(),
  makeProfile({ applicantType: 'US_DO', step2Score: undefined, comlexLevel2Score: 610, researchItems: undefined }),
  makeProfile({ applicantType: 'US_IMG', step2Score: 236, usceMonths: 2, researchItems: 7, graduationYear: 2021 }),
  makeProfile({ applicantType: 'NON_US_IMG', step2Score: undefined, usceMonths: 3, visaNeeded: 'J1', examFailures: 1 }),
  makeProfile({ applicantType: 'NON_US_IMG', step2Score: 250, usceMonths: 0, visaNeeded: 'J1_OR_H1B', examFailures: undefined }),
];

/** offsetForMatchProbability as it was written first: 44 plain bisection steps. */
function plainBisection(target: number, applications: number, latent: LatentParameters): number {
  let low = -40;
  let high = 40;
  for (let step = 0; step < 44; step++) {
    const mid = (low + high) / 2;
    if (matchFromIdenticalPrograms(mid, applications, latent) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

describe('rankScore without strings', () => {
  it('gives toFixed(4)’s score for every chance (0.1-point steps) and fit (0.1 steps) the engine produces', () => {
    let differences = 0;
    for (let j = 0; j <= 1000; j++) {
      const chance = j / 1000;
      for (let m = 0; m <= 1000; m++) {
        const fit = m / 10;
        if (rankScore(chance, fit) !== Number((RANK_WEIGHT_CHANCE * chance + RANK_WEIGHT_FIT * (fit / 100)).toFixed(4))) differences += 1;
      }
    }
    expect(differences).toBe(0);
  });
});

describe('offsetForMatchProbability: the bracketed bisection', () => {
  it('takes the plain bisection’s every step, so returns the same number to the bit', () => {
    const edges = [0, 1e-9, 0.001, 0.99, 0.999999, 1, 1.5, -0.2, Number.NaN];
    const targets = [...edges, ...Array.from({ length: 40 }, (_, i) => (i + 0.37) / 40)];
    const latents = [latentParameters('US_MD'), latentParameters('NON_US_IMG'), { strengthSdLogit: 2.5, matchPerInterview: 1 }, { strengthSdLogit: 0.2, matchPerInterview: 0.05 }];
    for (const latent of latents) {
      for (const applications of [1, 7, ...Object.values(TYPICAL_APPLICATIONS), 1000]) {
        for (const target of targets) {
          expect(Object.is(offsetForMatchProbability(target, applications, latent), plainBisection(target, applications, latent))).toBe(true);
        }
      }
    }
  });
});

describe('referenceDeviation: the top programs without sorting the catalog', () => {
  /** The mean of the `applications` highest deviations, by a full sort (as first written). */
  function sortedReference(catalog: readonly Program[], profile: ApplicantProfile, median: number, applications: number): number {
    // One program's deviation: the mean of the top 1 of a catalog of just it.
    const one = (program: Program): number => referenceDeviation([program], profile, median, 1);
    const deviations = catalog
      .filter((program) => visaSponsorship(program, profile.visaNeeded) !== 'not_sponsored')
      .map(one)
      .sort((a, b) => b - a);
    let sum = 0;
    for (let i = 0; i < Math.min(applications, deviations.length); i++) sum += deviations[i] ?? 0;
    return sum / applications;
  }

  it.each([10, 68, 139, 400])('matches a full sort on a catalog of %i programs', (size) => {
    const catalog = buildCatalog(size, size);
    for (const profile of profiles) {
      for (const applications of [68, 139]) {
        expect(referenceDeviation(catalog, profile, 250, applications)).toBe(sortedReference(catalog, profile, 250, applications));
      }
    }
  });
});

describe('per-program chances from the program terms alone', () => {
  it('equal the chances from the full assessment', () => {
    const catalog = buildCatalog(150, 7);
    for (const specialty of [makeSpecialty(), makeSpecialty({ medianStep2MatchedUsMd: null })]) {
      for (const profile of profiles) {
        const context = programChanceContext(profile, specialty, SEASON_YEAR, catalog);
        const score = effectiveStep2(profile, specialty);
        for (const program of catalog) {
          const fromTerms = programChancesFromTerms(assessProgramTerms(program, profile, specialty, score), program.researchEmphasis, context);
          const full = programChances(assessInterviewChance(program, profile, specialty, SEASON_YEAR), program.researchEmphasis, context);
          expect(fromTerms).toEqual(full);
        }
      }
    }
  });
});

describe('eligibility with the rules worked out once', () => {
  const preferences = makePreferences({ specialties: ['IM'], excludedStates: ['TX', 'CA', 'NY'] });

  it('gives each program the first reason checkEligibility gives', () => {
    const catalog = buildCatalog(300, 3);
    for (const profile of profiles) {
      const rules = eligibilityRules(profile, preferences, SEASON_YEAR);
      for (const program of catalog) {
        expect(firstExclusion(program, rules)).toBe(checkEligibility(program, profile, preferences, SEASON_YEAR)?.[0] ?? null);
      }
    }
  });

  it('finds the same unlock hints from the excluded programs alone', () => {
    const catalog = buildCatalog(300, 5);
    for (const profile of profiles) {
      const excluded = catalog.filter((program) => checkEligibility(program, profile, preferences, SEASON_YEAR) !== null);
      expect(unlockHintsAmongExcluded(excluded, profile, preferences, SEASON_YEAR)).toEqual(findUnlockHints(catalog, profile, preferences, SEASON_YEAR));
    }
  });
});

describe('rankPrograms: only the page is described', () => {
  const preferences = makePreferences({ specialties: ['IM', 'FM'], preferredStates: ['NY'], settings: ['URBAN'], sizes: ['SMALL'] });
  const whole = rankPrograms(makeEngineInput({ preferences }));
  const paged = rankPrograms(makeEngineInput({ preferences, page: { offset: 20, limit: 15 } }));
  const numbers = ({ fitFactors: _factors, reasons: _reasons, ...rest }: RankedProgram) => rest;

  it('ranks and scores every program as without a page', () => {
    expect(paged.results.map(numbers)).toEqual(whole.results.map(numbers));
    expect({ ...paged, results: [] }).toEqual({ ...whole, results: [] });
  });

  it('writes fit factors and reasons for the page, as without a page, and leaves them empty elsewhere', () => {
    paged.results.forEach((result, index) => {
      const onPage = index >= 20 && index < 35;
      expect(result.fitFactors).toEqual(onPage ? whole.results[index]?.fitFactors : []);
      expect(result.reasons).toEqual(onPage ? whole.results[index]?.reasons : []);
    });
    expect(whole.results.every((r) => r.fitFactors.length === 6 && r.reasons.length >= 3)).toBe(true);
  });
});

describe('rankPrograms: the order', () => {
  it('is compareRanked’s, with long runs of tied scores ordered by id', () => {
    // 40 copies of one program tie exactly; a second group ties at another score.
    const ids = Array.from({ length: 40 }, (_, i) => `p-${(i * 17) % 40}`);
    const programs = [
      ...ids.map((id) => makeProgram({ id })),
      ...ids.map((id) => makeProgram({ id: `q-${id}`, typicalStep2: 250 })),
      ...buildCatalog(60, 9),
    ];
    const ranked = rankPrograms(makeEngineInput({ programs })).results;
    const sorted = [...ranked].sort(compareRanked);
    expect(ranked.map((r) => r.program.id)).toEqual(sorted.map((r) => r.program.id));
    expect(ranked.filter((r) => r.program.id.startsWith('p-')).map((r) => r.program.id)).toEqual([...ids].sort());
  });
});

describe('planApplications: what it takes from the ranking', () => {
  it.each(profiles.map((profile) => [profile.applicantType, profile] as const))('gives a %s applicant the strategies and unlock hints of the ranked list', (_type, profile) => {
    const preferences = makePreferences({ specialties: ['FM', 'IM'], excludedStates: ['TX', 'CA'] });
    const input: EngineInput = makeEngineInput({ profile, preferences });
    const plan = planApplications(input);
    const candidates = input.programs.filter((program) => preferences.specialties.includes(program.specialtyCode));
    expect(plan.unlockHints).toEqual(findUnlockHints(candidates, profile, preferences, SEASON_YEAR));
    expect(plan.strategies.map((s) => [s.specialtyCode, s.backup])).toEqual([
      ['FM', false],
      ['IM', true],
    ]);
    for (const strategy of plan.strategies) {
      const ranked = plan.results.filter((r) => r.program.specialtyCode === strategy.specialtyCode);
      expect(strategy.recommendedApplications).toBeLessThanOrEqual(ranked.length);
      expect(strategy.curve).toEqual((plan.curves[strategy.specialtyCode] ?? []).filter((point) => point.applications <= ranked.length));
      expect(strategy.tierMix).toEqual(countTierMix(ranked, strategy.recommendedApplications));
      const recommended = new Set(ranked.slice(0, strategy.recommendedApplications).map((r) => r.program.id));
      expect(strategy.signals.every((signal) => recommended.has(signal.programId))).toBe(true);
    }
  });
});
