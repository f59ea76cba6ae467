// The engine's public API (DESIGN.md §3): pure functions over plain data, in pipeline order.
export * from './types';
export { ENGINE_VERSION } from './version';
export { checkEligibility, partitionEligible, visaSponsorship, yearsSinceGraduation } from './eligibility';
export type { EligibilityPartition, ExcludedProgram, VisaSponsorship } from './eligibility';
export {
  ASSUMED_SCORE_UNCERTAINTY_POINTS,
  COMLEX_CONVERSION_UNCERTAINTY_POINTS,
  FALLBACK_STEP2,
  comlexToStep2,
  effectiveStep2,
  reportedStep2,
} from './scores';
export type { EffectiveStep2, ScoreSource } from './scores';
export { DEFAULT_FIT_WEIGHTS, FIT_FACTORS, programSize, scoreFit } from './fit';
export type { FitResult } from './fit';
export { DEFAULT_CHANCE_MODEL, NRMP_2025_MATCH_RATE } from './chance-model';
export type { ChanceModel, ChanceUncertainty } from './chance-model';
export { assessInterviewChance, estimateInterviewChance } from './chance';
export type { BarSource, ChanceAssessment, ChanceTermKey, ChanceUnknown } from './chance';
export { tierFor, tierMeaning, tierThresholds } from './tiers';
export type { TierThresholds } from './tiers';
export { RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT, rankScore, standingFromLogit } from './rank-score';
export { JUDGEMENTS, listJudgements } from './judgements';
export type { Judgement, JudgementKey, TypicalApplicant } from './judgements';
export { MAX_REASONS, MIN_REASONS, explainProgram } from './reasons';
export type { ReasonInput } from './reasons';
export { compareRanked, rankPrograms } from './ranking';
export { MAX_BACKUP_SUGGESTIONS, matchTargetOf, planApplications } from './plan';
export { PGY1_MODEL_NOTE, PGY1_PROGRAMS_LISTED, planPgy1 } from './pgy1';
export type { Pgy1Plan, Pgy1Program } from './pgy1';
export type { BackupSuggestion, PlanOutput } from './plan';
export * from './strategy';
export { findUnlockHints } from './unlock';
export type { UnlockSuggestion } from './unlock';
export {
  assessSpecialtyBaseline,
  researchTermLogit,
  specialtyBaseline,
  TYPICAL_APPLICATIONS,
  TYPICAL_RESEARCH_ITEMS,
  TYPICAL_USCE_MONTHS,
} from './calibration/baseline';
export type { BaselineAssessment, BaselineTermKey } from './calibration/baseline';
export { CALIBRATION_COEFFICIENTS } from './calibration/coefficients';
export type { CalibrationCoefficients } from './calibration/coefficient-types';
export { fastMarginalChance, marginalChance, matchCurveFromLogits, matchFromIdenticalPrograms, offsetForMatchProbability } from './calibration/latent';
export type { LatentParameters } from './calibration/latent';
export { CURVE_MAX_POINTS, estimateProgramChances, matchCurve } from './calibration/match-curve';
export { latentParameters, programChanceContext, programChances, TYPICAL_OPENNESS } from './calibration/program-chance';
export type { ProgramChanceContext, ProgramChances } from './calibration/program-chance';
export { specialtyModel, specialtyWithoutFigures } from './calibration/specialty-model';
export type { SpecialtyModel } from './calibration/specialty-model';
