// Offline fit of the latent-strength model (lib/engine/calibration/latent.ts): the SD σ of the
// applicant's strength and the chance r that an interview ends in a match, for US seniors and for
// IMGs. Interviews ≈ contiguous ranks (applicants rank nearly every program that interviewed them),
// so the published contrast between matched and unmatched applicants' ranks pins them:
// - PM&R 2024, US MD seniors: matched applicants ranked 13.7 programs on average, unmatched 5.4;
// - non-US IMGs 2026 (all specialties): medians 5 (matched) vs 2 (unmatched) contiguous ranks
//   (NRMP Charting Outcomes: IMGs, 2026; both via ../shared/reference/README.md).
// A larger σ makes the unmatched a group apart (few interviews); r sets how many interviews a match takes.
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';
import { NODES, WEIGHTS } from '@/lib/engine/calibration/gauss-hermite';
import { offsetForMatchProbability } from '@/lib/engine/calibration/latent';
import type { LatentParameters } from '@/lib/engine/calibration/latent';
import { buildSpecialtyModel, typeScoreTerm } from '@/lib/engine/calibration/specialty-model';
import type { CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';
import type { ApplicantType, SpecialtyStats } from '@/lib/engine/types';
import { NON_US_IMG_MEDIANS_2026 } from '@/lib/reference/specialties';
import { minimizeWithRestarts } from './nelder-mead';
import { groupedMedian } from './type-fit';

export const PMR_US_MD_RANKS_2024 = { matchedMean: 13.7, unmatchedMean: 5.4 } as const;
/** Cohort members below this weight are left out of the fit (they carry < 0.01% each). */
const MIN_MEMBER_WEIGHT = 1e-4;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

interface Member {
  baseline: number;
  weight: number;
}

/** Applicants of the type in the specialty at the cohort's scores, typical in every other respect. */
export function cohortMembers(specialty: SpecialtyStats, type: ApplicantType, c: CalibrationCoefficients, scale = 1): Member[] {
  const model = buildSpecialtyModel(specialty, c);
  const cohort = model.cohort[type];
  const members: Member[] = [];
  for (let i = 0; i < cohort.scores.length; i++) {
    const weight = cohort.weights[i] ?? 0;
    if (weight < MIN_MEMBER_WEIGHT) continue;
    const eta = model.intercept[type] + typeScoreTerm(model, type, cohort.scores[i] ?? 0);
    members.push({ baseline: logistic(eta), weight: scale * weight });
  }
  return members;
}

export interface InterviewCounts {
  /** Weights of k = 0…n interviews among matched and unmatched applicants. */
  matched: Float64Array;
  unmatched: Float64Array;
}

/** The distribution of interviews among matched and unmatched members, applying `applications` times. */
export function interviewCounts(members: readonly Member[], applications: number, latent: LatentParameters): InterviewCounts {
  const matched = new Float64Array(applications + 1);
  const unmatched = new Float64Array(applications + 1);
  const r = latent.matchPerInterview;
  for (const member of members) {
    const offset = offsetForMatchProbability(member.baseline, applications, latent);
    for (let j = 0; j < NODES.length; j++) {
      const p = Math.min(1 - 1e-12, Math.max(1e-12, logistic(offset + latent.strengthSdLogit * (NODES[j] ?? 0))));
      const weight = member.weight * (WEIGHTS[j] ?? 0);
      let logPmf = applications * Math.log1p(-p);
      const logOdds = Math.log(p / (1 - p));
      for (let k = 0; k <= applications; k++) {
        if (k > 0) logPmf += Math.log((applications - k + 1) / k) + logOdds;
        const pk = weight * Math.exp(logPmf);
        const matchGivenK = 1 - (1 - r) ** k;
        matched[k] = (matched[k] ?? 0) + pk * matchGivenK;
        unmatched[k] = (unmatched[k] ?? 0) + pk * (1 - matchGivenK);
      }
    }
  }
  return { matched, unmatched };
}

export function meanCount(weights: Float64Array): number {
  let total = 0;
  let sum = 0;
  weights.forEach((w, k) => {
    total += w;
    sum += w * k;
  });
  return sum / total;
}

export function medianCount(weights: Float64Array): number {
  return groupedMedian(Float64Array.from(weights, (_, k) => k), weights);
}

export interface RankFigures {
  pmr: { matchedMean: number; unmatchedMean: number };
  nonUsImg: { matchedMedian: number; unmatchedMedian: number };
}

export function rankFigures(specialties: readonly SpecialtyStats[], c: CalibrationCoefficients, latent: CalibrationCoefficients['latent']): RankFigures {
  const pmrStats = specialties.find((s) => s.code === 'PMR');
  if (!pmrStats) throw new Error('PM&R missing from the reference');
  const us: LatentParameters = { strengthSdLogit: latent.strengthSdLogit, matchPerInterview: latent.matchPerInterview.us };
  const img: LatentParameters = { strengthSdLogit: latent.strengthSdLogit, matchPerInterview: latent.matchPerInterview.img };
  const pmr = interviewCounts(cohortMembers(pmrStats, 'US_MD', c), TYPICAL_APPLICATIONS.US_MD, us);
  const imgMembers = specialties
    .filter((s) => s.matchRate.NON_US_IMG !== null && s.positions !== null && s.match === 'NRMP')
    .flatMap((s) => cohortMembers(s, 'NON_US_IMG', c, s.positions ?? 0));
  const imgCounts = interviewCounts(imgMembers, TYPICAL_APPLICATIONS.NON_US_IMG, img);
  return {
    pmr: { matchedMean: meanCount(pmr.matched), unmatchedMean: meanCount(pmr.unmatched) },
    nonUsImg: { matchedMedian: medianCount(imgCounts.matched), unmatchedMedian: medianCount(imgCounts.unmatched) },
  };
}

/**
 * Interviews per application of the typical matched applicant: US MD seniors across the NRMP
 * specialties (weighted by positions) and non-US IMGs, each applying as many times as is typical.
 */
export function matchedInterviewRates(specialties: readonly SpecialtyStats[], c: CalibrationCoefficients, latent: Pick<CalibrationCoefficients['latent'], 'strengthSdLogit' | 'matchPerInterview'>): { us: number; img: number } {
  const nrmp = specialties.filter((s) => s.match === 'NRMP' && s.positions !== null);
  const rate = (type: 'US_MD' | 'NON_US_IMG', r: number): number => {
    const members = nrmp.flatMap((s) => cohortMembers(s, type, c, s.positions ?? 0));
    const counts = interviewCounts(members, TYPICAL_APPLICATIONS[type], { strengthSdLogit: latent.strengthSdLogit, matchPerInterview: r });
    return meanCount(counts.matched) / TYPICAL_APPLICATIONS[type];
  };
  return { us: rate('US_MD', latent.matchPerInterview.us), img: rate('NON_US_IMG', latent.matchPerInterview.img) };
}

export function fitLatent(specialties: readonly SpecialtyStats[], c: CalibrationCoefficients): CalibrationCoefficients['latent'] {
  const ranks = NON_US_IMG_MEDIANS_2026.contiguousRanks;
  const unpack = ([logSd = 0, logitUs = 0, logitImg = 0]: readonly number[]): CalibrationCoefficients['latent'] => ({
    strengthSdLogit: Math.exp(logSd),
    matchPerInterview: { us: logistic(logitUs), img: logistic(logitImg) },
    matchedInterviewRate: c.latent.matchedInterviewRate,
  });
  const loss = (x: readonly number[]): number => {
    const f = rankFigures(specialties, c, unpack(x));
    return (
      Math.log(f.pmr.matchedMean / PMR_US_MD_RANKS_2024.matchedMean) ** 2 +
      Math.log(f.pmr.unmatchedMean / PMR_US_MD_RANKS_2024.unmatchedMean) ** 2 +
      Math.log(f.nonUsImg.matchedMedian / ranks.matched) ** 2 +
      Math.log(f.nonUsImg.unmatchedMedian / ranks.unmatched) ** 2
    );
  };
  const { x } = minimizeWithRestarts(loss, [Math.log(0.5), -1.1, -1.7], { step: [0.3, 0.3, 0.3], tolerance: 1e-9, maxIterations: 400 }, 1);
  const latent = unpack(x);
  return { ...latent, matchedInterviewRate: matchedInterviewRates(specialties, c, latent) };
}
