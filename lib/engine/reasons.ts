// The "why" (DESIGN.md §3.7): the 3–5 factors that moved a program most, in plain words. Every
// sentence is built from the figures it states, so none can contradict the data.
//
// "Moved most" is measured on the ranking score: a chance term of x logits moves the chance by at
// most x/4 (the logistic's slope at 50%), weighted by RANK_WEIGHT_CHANCE; a fit factor moves the
// fit by its share × its distance from neutral agreement, weighted by RANK_WEIGHT_FIT.
import { RESIDENT_KIND_LABEL } from './applicant-type';
import type { ChanceAssessment } from './chance';
import { DEFAULT_CHANCE_MODEL, NRMP_2025_MATCH_RATE } from './chance-model';
import { yearsSinceGraduation } from './eligibility';
import type { FitResult } from './fit';
import { NEUTRAL_AGREEMENT } from './fit';
import { percent } from './labels';
import { RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT } from './rank-score';
import type { ApplicantProfile, ApplicantType, Program, SpecialtyStats, VisaNeed } from './types';

export const MIN_REASONS = 3;
export const MAX_REASONS = 5;
/** Below this effect on the 0–1 ranking score a factor is not worth a line (unless needed to reach 3). */
export const MIN_REASON_IMPACT = 0.005;
/** The logistic curve's steepest slope (at 50%): a logit change moves the chance by at most a quarter of it. */
const LOGISTIC_MAX_SLOPE = 0.25;

export interface ReasonInput {
  program: Program;
  profile: ApplicantProfile;
  specialty: SpecialtyStats | null;
  seasonYear: number;
  fit: FitResult;
  chance: ChanceAssessment;
}

interface Candidate {
  text: string;
  impact: number;
  /** Facts the applicant must act on (visa, a possible exclusion we could not check): always listed. */
  always?: boolean;
}

const NRMP_TYPE_LABEL: Readonly<Record<ApplicantType, string>> = {
  US_MD: 'US MD seniors',
  US_DO: 'US DO seniors',
  US_IMG: 'US citizen IMGs',
  NON_US_IMG: 'non-US citizen IMGs',
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
/** "help" after a plural subject, "helps" after one thing. */
const verb = (n: number, base: string): string => (n === 1 ? `${base}s` : base);
const chanceImpact = (logit: number): number => RANK_WEIGHT_CHANCE * LOGISTIC_MAX_SLOPE * Math.abs(logit);

function barPhrase({ chance, specialty }: ReasonInput): string {
  const { value, source } = chance.bar;
  if (source === 'program') return `this program's typical matched score (${value})`;
  if (source === 'specialty') {
    return `the median of matched US MD seniors in ${specialty?.name ?? 'this specialty'} (${value}), as this program publishes no typical score`;
  }
  return `${value}, the score we compare with when no typical score is published`;
}

function step2Reason(input: ReasonInput): Candidate {
  const { chance, profile, specialty } = input;
  const { score } = chance;
  const diff = score.score - chance.bar.value;
  const relation = diff === 0 ? 'equal to' : `${plural(Math.abs(diff), 'point')} ${diff > 0 ? 'above' : 'below'}`;
  const bar = barPhrase(input);
  const impact = chanceImpact(chance.terms.step2);
  if (score.source === 'step2') return { text: `Your Step 2 CK (${score.score}) is ${relation} ${bar}`, impact };
  if (score.source === 'comlex') {
    return {
      text: `Your COMLEX Level 2-CE (${profile.comlexLevel2Score}), about ${score.score} on Step 2 CK (an approximate conversion), is ${relation} ${bar}`,
      impact,
    };
  }
  const median = specialty?.medianStep2MatchedUsMd ?? null;
  const basis = median !== null && specialty ? `the median of matched US MD seniors in ${specialty.name}` : 'our default';
  return { text: `No Step 2 CK given, so we assumed ${score.score} (${basis}): ${relation} ${bar}`, impact };
}

const YOUR_SCORE_LABEL = {
  step2: 'Your Step 2 CK',
  comlex: 'Your Step 2 CK equivalent (converted from COMLEX)',
  assumed: 'The Step 2 CK we assumed',
} as const;

function minimumReasons({ program, chance }: ReasonInput): Candidate[] {
  const min = program.minStep2;
  if (min === null) return [];
  const impact = chanceImpact(chance.terms.belowMinimum);
  if (chance.score.source === 'assumed' && program.minStep2Hard === true) {
    return [{ text: `Has a hard Step 2 CK cutoff of ${min}: add your score to check it`, impact, always: true }];
  }
  if (chance.terms.belowMinimum === 0) return [];
  const soft = program.minStep2Hard === false ? ' (not a hard cutoff)' : '';
  const yours = YOUR_SCORE_LABEL[chance.score.source];
  return [{ text: `${yours} (${chance.score.score}) is below this program's stated minimum of ${min}${soft}`, impact }];
}

function sponsoredVisaText(program: Program, need: Exclude<VisaNeed, 'NONE'>): string {
  if (need !== 'J1_OR_H1B') return `Sponsors ${need === 'J1' ? 'J-1' : 'H-1B'} visas, which you need`;
  if (program.sponsorsJ1 === true && program.sponsorsH1b === true) return 'Sponsors J-1 and H-1B visas: you need one of them';
  return `Sponsors ${program.sponsorsJ1 === true ? 'J-1' : 'H-1B'} visas, one of the two you can use`;
}

function visaReasons({ program, profile, chance }: ReasonInput): Candidate[] {
  const need = profile.visaNeeded;
  const impact = chanceImpact(DEFAULT_CHANCE_MODEL.uncertainty.visaUnknownLogit);
  if (chance.visa === 'unknown') return [{ text: 'Visa sponsorship not reported: confirm with the program', impact, always: true }];
  if (chance.visa !== 'sponsored' || need === 'NONE') return [];
  return [{ text: sponsoredVisaText(program, need), impact, always: true }];
}

function typeReasons({ profile, chance, fit }: ReasonInput): Candidate[] {
  const type = profile.applicantType;
  const openness = fit.factors.find((f) => f.factor === 'openness');
  const fitImpact = openness ? RANK_WEIGHT_FIT * openness.share * Math.abs(openness.agreement - NEUTRAL_AGREEMENT) : 0;
  const impact = Math.max(chanceImpact(chance.terms.applicantType), fitImpact);
  if (chance.residentShare !== null && openness) return [{ text: openness.explanation, impact }];
  if (type === 'US_MD') return [];
  const rate = `${(NRMP_2025_MATCH_RATE[type] * 100).toFixed(1)}%`;
  const text = `Share of residents who are ${RESIDENT_KIND_LABEL[type]} not reported: we used the national match rate of ${NRMP_TYPE_LABEL[type]} (${rate}, NRMP 2025)`;
  return [{ text, impact }];
}

function failureReasons({ program, profile, chance }: ReasonInput): Candidate[] {
  const failures = profile.examFailures;
  if (failures !== undefined && failures > 0) {
    const limit = program.maxAttempts !== null ? `; this program accepts up to ${program.maxAttempts}` : '';
    const text = `${plural(failures, 'failed exam attempt')} ${verb(failures, 'lower')} your chances${limit}`;
    return [{ text, impact: chanceImpact(chance.terms.failures) }];
  }
  if (failures !== undefined || program.maxAttempts === null) return [];
  const accepts =
    program.maxAttempts === 0 ? 'Accepts no failed exam attempts' : `Accepts at most ${plural(program.maxAttempts, 'failed exam attempt')}`;
  return [{ text: `${accepts}: you did not say how many you have`, impact: 0, always: true }];
}

const RESEARCH_EMPHASIS_NOTE = {
  LOW: ', less so at this program with little research emphasis',
  MEDIUM: '',
  HIGH: ', more so at this research-heavy program',
} as const;

function researchReasons({ program, profile, chance }: ReasonInput): Candidate[] {
  const items = profile.researchItems ?? 0;
  if (items <= 0) return [];
  const note = program.researchEmphasis === null ? '' : RESEARCH_EMPHASIS_NOTE[program.researchEmphasis];
  return [{ text: `Your ${plural(items, 'research item')} ${verb(items, 'help')}${note}`, impact: chanceImpact(chance.terms.research) }];
}

function recencyReasons({ program, profile, chance, seasonYear }: ReasonInput): Candidate[] {
  if (chance.terms.recency >= 0) return [];
  const years = plural(yearsSinceGraduation(profile, seasonYear), 'year');
  const limit = program.yogLimitYears !== null ? ` (this program accepts up to ${plural(program.yogLimitYears, 'year')})` : '';
  const text = `You graduated ${years} before this Match: programs tend to favour recent graduates${limit}`;
  return [{ text, impact: chanceImpact(chance.terms.recency) }];
}

function usceReasons({ program, profile, chance }: ReasonInput): Candidate[] {
  const required = program.usceRequiredMonths ?? 0;
  if (chance.terms.usce > 0) {
    const months = profile.usceMonths ?? 0;
    const asks = required > 0 ? ` (this program asks for ${required})` : '';
    const text = `Your ${plural(months, 'month')} of US clinical experience ${verb(months, 'help')}${asks}`;
    return [{ text, impact: chanceImpact(chance.terms.usce) }];
  }
  if (!chance.unknowns.includes('usce') || required <= 0) return [];
  const text = `Asks for ${plural(required, 'month')} of US clinical experience: you did not say how much you have`;
  return [{ text, impact: 0, always: true }];
}

function fitReasons({ fit }: ReasonInput): Candidate[] {
  return fit.factors
    .filter((f) => f.factor !== 'openness' && f.share > 0)
    .map((f) => ({ text: f.explanation, impact: RANK_WEIGHT_FIT * f.share * Math.abs(f.agreement - NEUTRAL_AGREEMENT) }));
}

function summaryReasons({ chance, fit }: ReasonInput): Candidate[] {
  const { estimate, low, high } = chance.chance;
  return [
    { text: `Interview chance about ${percent(estimate)} (range ${percent(low)}–${percent(high)})`, impact: 0 },
    { text: `Fit ${Math.round(fit.fit)} of 100 with your preferences`, impact: 0 },
  ];
}

/** The 3–5 reasons for one program, the most influential first. */
export function explainProgram(input: ReasonInput): string[] {
  const candidates = [
    ...visaReasons(input),
    step2Reason(input),
    ...minimumReasons(input),
    ...typeReasons(input),
    ...failureReasons(input),
    ...researchReasons(input),
    ...recencyReasons(input),
    ...usceReasons(input),
    ...fitReasons(input),
  ];
  const byImpact = (a: Candidate, b: Candidate): number => b.impact - a.impact;
  const always = candidates.filter((c) => c.always);
  const strong = candidates.filter((c) => !c.always && c.impact >= MIN_REASON_IMPACT).sort(byImpact);
  const weak = candidates.filter((c) => !c.always && c.impact < MIN_REASON_IMPACT).sort(byImpact);
  const chosen = [...always, ...strong].slice(0, MAX_REASONS).sort(byImpact);
  for (const filler of [...weak, ...summaryReasons(input)]) {
    if (chosen.length >= MIN_REASONS) break;
    chosen.push(filler);
  }
  return chosen.map((c) => c.text);
}
