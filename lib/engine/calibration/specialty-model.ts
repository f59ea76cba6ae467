// The specialty-level match model (DESIGN.md §3.3): for an applicant of a given type and Step 2 CK,
// the logit of matching in the specialty is
//
//   η = intercept[type] + s_type(score) + applicant terms (baseline.ts, each measured from the
//                                          typical applicant of the type: judgements.ts)
//   US MD and DO:  s(score) = b_hi · max(x, −k) + b_lo · min(0, x + k),   x = score − specialty median
//   IMGs:          s(score) = β · x   (one slope for every specialty, fitted to the 2026 medians)
//
// The US line bends k points below the median (the published band tables are steeper at low scores).
// US MD intercepts and slopes come from the specialty's own NRMP band table (all 22 the source
// tabulates); where a specialty has none, the intercept is predicted from its published figures (its
// non-US IMG match rate and median score: coefficients.interceptRegression, validated by leaving each
// table out in turn). Every intercept fitted to a published rate for a type (each NRMP specialty's
// non-US IMG rate, Urology's AUA rates) makes the typical applicant of that type reproduce it exactly.
import { isImg } from '../applicant-type';
import { FALLBACK_STEP2, STEP2_SCORE_MAX } from '../scores';
import { APPLICANT_TYPES } from '../types';
import type { ApplicantType, SpecialtyStats } from '../types';
import type { CalibrationCoefficients } from './coefficient-types';
import { CALIBRATION_COEFFICIENTS } from './coefficients';

/** Step 2 CK scores of a cohort of applicants: a normal on whole scores, as weights that sum to 1. */
export interface ScoreCohort {
  mean: number;
  sd: number;
  scores: Float64Array;
  weights: Float64Array;
}

export interface SpecialtyModel {
  code: string;
  /** The specialty's median Step 2 CK of matched US MD seniors, or FALLBACK_STEP2 when unpublished. */
  median: number;
  medianPublished: boolean;
  knot: number;
  slopeBelowKnot: number;
  slopeAboveKnot: number;
  /** IMGs' logit per Step 2 CK point (the same in every specialty). */
  imgSlope: number;
  /** Where the US MD intercept and slopes came from. */
  source: 'bands' | 'regression' | 'published_rate';
  intercept: Record<ApplicantType, number>;
  cohort: Record<ApplicantType, ScoreCohort>;
  /** The model's own error for the type's intercept (logit), before any applicant unknowns. */
  residualLogit: Record<ApplicantType, number>;
}

/** The intercept is searched in this logit interval (a match chance of 2e-9 to 1 − 2e-9). */
const INTERCEPT_SEARCH_LOGIT = 20;
const BISECTION_STEPS = 60;
/** Cohort grids run from 6 SD below the mean to the top score: the tail beyond holds < 1e-9. */
const COHORT_SPAN_SD = 6;

// The error each intercept carries (logit, combined in quadrature with the US MD residual). These
// widen ranges only; they never move an estimate.
/** DOs: only the national gap is published, not the gap in each specialty. */
const DO_EXTRA_RESIDUAL_LOGIT = 0.3;
/** IMG rates fitted per specialty still assume one score distribution for every specialty's IMGs. */
const IMG_FITTED_RESIDUAL_LOGIT = 0.3;
/** US IMGs: the citizen–non-citizen gap is national (NRMP 2025), not per specialty. */
const US_IMG_EXTRA_RESIDUAL_LOGIT = 0.3;
/**
 * Floor of every intercept's error: the band tables pool 2020–2024 while scores and applicant pools
 * drift from year to year, so even a near-perfect fit is not known to better than this.
 */
const MIN_RESIDUAL_LOGIT = 0.2;
/** A rate published for the type itself (Urology's AUA figures): pooled over types and years. */
const PUBLISHED_RATE_RESIDUAL_LOGIT = 0.3;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));

export function scoreCohort(mean: number, sd: number): ScoreCohort {
  const low = Math.max(1, Math.floor(mean - COHORT_SPAN_SD * sd));
  const count = STEP2_SCORE_MAX - low + 1;
  const scores = new Float64Array(count);
  const weights = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const score = low + i;
    const z = (score - mean) / sd;
    const density = Math.exp(-0.5 * z * z);
    scores[i] = score;
    weights[i] = density;
    total += density;
  }
  for (let i = 0; i < count; i++) weights[i] = (weights[i] ?? 0) / total;
  return { mean, sd, scores, weights };
}

/** The bent US score line s(score), in logit units; non-decreasing in the score. */
export function scoreTerm(model: Pick<SpecialtyModel, 'median' | 'knot' | 'slopeBelowKnot' | 'slopeAboveKnot'>, score: number): number {
  const x = score - model.median;
  const k = model.median - model.knot;
  return model.slopeAboveKnot * Math.max(x, -k) + model.slopeBelowKnot * Math.min(0, x + k);
}

/** The type's score term: the bent US line for US MDs and DOs, IMGs' straight line. Non-decreasing in the score. */
export function typeScoreTerm(model: SpecialtyModel, type: ApplicantType, score: number): number {
  return isImg(type) ? model.imgSlope * (score - model.median) : scoreTerm(model, score);
}

/** The steepest logit per point of the type's score term (for ranges that must not jump at the knot). */
export function steepestScoreSlope(model: SpecialtyModel, type: ApplicantType): number {
  return isImg(type) ? model.imgSlope : Math.max(model.slopeBelowKnot, model.slopeAboveKnot);
}

/** The match rate of a cohort of applicants of the type, each with `shift` added to their logit. */
export function cohortMatchRate(model: SpecialtyModel, type: ApplicantType, shift = 0, intercept = model.intercept[type]): number {
  const { scores, weights } = model.cohort[type];
  let rate = 0;
  for (let i = 0; i < scores.length; i++) {
    rate += (weights[i] ?? 0) * logistic(intercept + shift + typeScoreTerm(model, type, scores[i] ?? 0));
  }
  return rate;
}

/** The intercept at which the type's cohort matches at `rate` (0–1), by bisection. */
export function interceptForRate(model: SpecialtyModel, type: ApplicantType, rate: number): number {
  let low = -INTERCEPT_SEARCH_LOGIT;
  let high = INTERCEPT_SEARCH_LOGIT;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const mid = (low + high) / 2;
    if (cohortMatchRate(model, type, 0, mid) < rate) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function publishedRate(specialty: SpecialtyStats, type: ApplicantType): number | null {
  const percent = specialty.matchRate[type];
  return percent === null || !Number.isFinite(percent) ? null : Math.min(99.9, Math.max(0.1, percent)) / 100;
}

/** The regression's prediction of the US MD intercept from the specialty's own published figures. */
export function predictedUsMdIntercept(specialty: Pick<SpecialtyStats, 'matchRate' | 'medianStep2MatchedUsMd'>, c: CalibrationCoefficients): number {
  const r = c.interceptRegression;
  const img = publishedRate(specialty as SpecialtyStats, 'NON_US_IMG');
  const imgLogit = img === null ? r.meanLogitNonUsImgRate : logit(img);
  const median = specialty.medianStep2MatchedUsMd ?? r.medianCenter;
  return r.constant + r.perLogitNonUsImgRate * imgLogit + r.perMedianPoint * (median - r.medianCenter);
}

function usMdFit(specialty: SpecialtyStats, c: CalibrationCoefficients) {
  const band = c.bandSpecialties[specialty.code];
  const median = specialty.medianStep2MatchedUsMd ?? FALLBACK_STEP2;
  if (band !== undefined && specialty.medianStep2MatchedUsMd !== null) {
    return { ...band, median, source: 'bands' as const };
  }
  return {
    intercept: predictedUsMdIntercept(specialty, c),
    slopeBelowKnot: c.pooledSlopes.belowKnot,
    slopeAboveKnot: c.pooledSlopes.aboveKnot,
    applicantMean: median + c.usMdApplicants.meanMinusMedian,
    applicantSd: c.usMdApplicants.sd,
    residualLogit: c.interceptRegression.residualLogit,
    median,
    source: 'regression' as const,
  };
}

const byType = <T>(value: (type: ApplicantType) => T): Record<ApplicantType, T> =>
  Object.fromEntries(APPLICANT_TYPES.map((type) => [type, value(type)])) as Record<ApplicantType, T>;

/** Builds the model of one specialty; the types' intercepts are fitted to its published rates. */
export function buildSpecialtyModel(specialty: SpecialtyStats, c: CalibrationCoefficients = CALIBRATION_COEFFICIENTS): SpecialtyModel {
  const fit = usMdFit(specialty, c);
  const usCohort = scoreCohort(fit.applicantMean, fit.applicantSd);
  const imgCohort = scoreCohort(c.img.applicantMean, c.img.applicantSd);
  const usResidual = Math.max(MIN_RESIDUAL_LOGIT, fit.residualLogit);
  const model: SpecialtyModel = {
    code: specialty.code,
    median: fit.median,
    medianPublished: specialty.medianStep2MatchedUsMd !== null,
    knot: fit.median - c.knotBelowMedian,
    slopeBelowKnot: fit.slopeBelowKnot,
    slopeAboveKnot: fit.slopeAboveKnot,
    imgSlope: c.img.slopePerPoint,
    source: fit.source,
    intercept: byType(() => fit.intercept),
    // DOs' scores: no published distribution by specialty, so the US MD applicants' (a judgement the
    // DO offset, solved to the national DO rate, absorbs on average).
    cohort: byType((type) => (isImg(type) ? imgCohort : usCohort)),
    residualLogit: byType(() => usResidual),
  };
  // In dependency order: DO and non-US IMG lean on US MD, US IMG on non-US IMG.
  const fallback: Record<ApplicantType, () => { intercept: number; residual: number }> = {
    US_MD: () => ({ intercept: fit.intercept, residual: usResidual }),
    US_DO: () => ({ intercept: model.intercept.US_MD + c.typeOffsets.usDoFromUsMd, residual: Math.hypot(model.residualLogit.US_MD, DO_EXTRA_RESIDUAL_LOGIT) }),
    NON_US_IMG: () => ({
      intercept: model.intercept.US_MD + c.img.defaultOffsetFromUsMd,
      residual: Math.hypot(model.residualLogit.US_MD, c.img.offsetSpreadLogit),
    }),
    US_IMG: () => ({
      intercept: model.intercept.NON_US_IMG + c.typeOffsets.usImgFromNonUsImg,
      residual: Math.hypot(model.residualLogit.NON_US_IMG, US_IMG_EXTRA_RESIDUAL_LOGIT),
    }),
  };
  for (const type of ['US_MD', 'US_DO', 'NON_US_IMG', 'US_IMG'] as const) {
    const rate = publishedRate(specialty, type);
    if (rate === null) {
      const { intercept, residual } = fallback[type]();
      model.intercept[type] = intercept;
      model.residualLogit[type] = residual;
      continue;
    }
    model.intercept[type] = interceptForRate(model, type, rate);
    model.residualLogit[type] = type === 'NON_US_IMG' ? IMG_FITTED_RESIDUAL_LOGIT : PUBLISHED_RATE_RESIDUAL_LOGIT;
    if (type === 'US_MD') model.source = 'published_rate';
  }
  return model;
}

// Specialty figures are fixed for a catalog version, so each SpecialtyStats object is modelled once.
// The cache is keyed by the object and holds only what buildSpecialtyModel would return again: no
// caller can observe it, and the engine stays a pure function of its input.
const modelCache = new WeakMap<SpecialtyStats, SpecialtyModel>();

/** The model of a specialty with the shipped coefficients (memoized per SpecialtyStats object). */
export function specialtyModel(specialty: SpecialtyStats): SpecialtyModel {
  const cached = modelCache.get(specialty);
  if (cached !== undefined) return cached;
  const model = buildSpecialtyModel(specialty);
  modelCache.set(specialty, model);
  return model;
}

/**
 * A specialty the caller has no figures for: modelled from the shared coefficients alone (the
 * regression at mean figures, the fallback median, the mean non-US IMG gap), with their larger errors.
 */
export function specialtyWithoutFigures(code: string): SpecialtyStats {
  return {
    code,
    name: code,
    match: 'NRMP',
    positions: null,
    applicants: null,
    matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: null },
    medianStep2MatchedUsMd: null,
    meanContiguousRanksNonUsImg: null,
    signals: { single: null, gold: null, silver: null },
    referenceYear: 0,
    sources: [],
  };
}
