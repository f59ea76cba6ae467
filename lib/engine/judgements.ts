// Every judgement call of the engine in one place: each constant that no published figure gives us
// (thresholds, stop rules, effect sizes, what "typical" means where no source says), with its value,
// its unit and the reason for it. /how-we-estimate lists this table; tests/unit/engine/judgements.test.ts
// holds each entry to its stated range. To change a judgement, change it here and nowhere else.
//
// Sourced figures do not belong here: they live in lib/reference (with source and year) or are fitted
// to those figures (calibration/coefficients.ts).
import type { ApplicantType } from './types';

export interface Judgement<T = number> {
  value: T;
  /** What the number counts: "logit", "share", "points", "years"… */
  unit: string;
  /** Why this value: the evidence it leans on, or the product reason when there is none. */
  reason: string;
  /** Where the engine uses it, in plain words (for the methods page). */
  usedFor: string;
}

const judgement = <T>(value: T, unit: string, usedFor: string, reason: string): Judgement<T> => ({ value, unit, usedFor, reason });

/** Years since graduation, exam failures, visa need, research and USCE of the applicant a published rate describes. */
export interface TypicalApplicant {
  yearsSinceGraduation: number;
  examFailures: number;
  needsVisa: boolean;
  researchItems: number;
  usceMonths: number;
}

export const JUDGEMENTS = {
  // ── What a published rate describes ──
  typicalApplicant: judgement<Readonly<Record<ApplicantType, TypicalApplicant>>>(
    {
      US_MD: { yearsSinceGraduation: 0, examFailures: 0, needsVisa: false, researchItems: 3, usceMonths: 0 },
      US_DO: { yearsSinceGraduation: 0, examFailures: 0, needsVisa: false, researchItems: 3, usceMonths: 0 },
      US_IMG: { yearsSinceGraduation: 2, examFailures: 0, needsVisa: false, researchItems: 3, usceMonths: 3 },
      NON_US_IMG: { yearsSinceGraduation: 2, examFailures: 0, needsVisa: true, researchItems: 3, usceMonths: 3 },
    },
    'applicant',
    'the applicant whose chance equals the published rate; every other profile is measured from them',
    'NRMP rates for US MD and DO seniors describe students in their final year who mostly passed every exam first time. ' +
      'The IMG rates describe applicants who typically graduated a year or two before applying (ECFMG reported 5.7 years for ' +
      'unmatched US IMGs in 2013, so the matched are more recent) and, for non-US IMGs, mostly need a visa (NRMP 2026: most ' +
      'IMGs who matched needed one). Research items and months of US clinical experience have no published typical value ' +
      'that fits our inputs: 3 is the middle of our research curve, 3 months half of full USCE credit.',
  ),

  typicalImgPlan: judgement<Readonly<Record<string, number>>>(
    { IM: 2 / 3, FM: 1 / 3 },
    'share of applications',
    'the plan of a typical IMG when the engine checks its overall chance against NRMP\'s rate of IMGs matched anywhere',
    'NRMP\'s overall IMG rates (2025: 58.0% non-US, 67.8% US citizen IMGs) count a match in any specialty, and IMGs commonly ' +
      'rank more than one; Internal Medicine is the first specialty of both groups and Family Medicine the usual second ' +
      '(NRMP and ECFMG, Match results by specialty). Two thirds of the typical 129 applications (AAMC) to IM and one third to ' +
      'FM is our reading of that, not a published split.',
  ),

  // ── Effects, each measured from the typical applicant ──
  failureLogitPerAttempt: judgement(
    -1,
    'logit per failed attempt',
    'the specialty baseline and every program chance',
    'Programs often screen on first-attempt passes (NRMP Program Director Survey: failed attempts are among the most ' +
      'cited reasons to reject an application). No published rate by number of failures: about e-fold lower odds per failure.',
  ),
  failureLogitFloor: judgement(-3, 'logit', 'the failures effect', 'Beyond three failures the effect stops growing: the few programs that accept such applicants still do.'),
  recencyFreeYears: judgement(
    2,
    'years since graduation',
    'the graduation-year effect',
    'Programs commonly ask for graduation within the last 2–5 years; within two years no penalty is applied.',
  ),
  recencyLogitPerYear: judgement(
    -0.175,
    'logit per year',
    'the graduation-year effect',
    'Half of the spread advisors compile from NRMP and ECFMG data for non-US IMGs (about 40–50% matched at 3–4 years since ' +
      'graduation, 25–35% at 5–6, 15–25% at 7–9, from 55–65% within two years: about −0.35 logit a year; secondary ' +
      'compilations, not an NRMP table). Those rates are of everyone that many years out, who also have lower scores and more ' +
      'failed attempts, and the model counts both of those on their own: crediting the whole spread to the years counted them ' +
      'twice (a 2019 graduate with 228 and one failure was shown 1.9% in Internal Medicine). Half is credited to the years, as ' +
      'half of the visa gap and of the signal yields are.',
  ),
  recencyLogitFloor: judgement(-1.25, 'logit', 'the graduation-year effect', 'Ten or more years out the penalty stops growing (half the compilations\' drop to about one in ten).'),
  researchMaxLogit: judgement(0.6, 'logit', 'the research effect', 'Research helps but saturates; NRMP tables show matched applicants with more research in every specialty, but not by how much it moves a given applicant.'),
  researchHalfSaturationItems: judgement(3, 'research items', 'the research effect', 'Half of the research benefit is reached at 3 items: the first few matter most.'),
  usceMaxLogit: judgement(0.7, 'logit', 'the US clinical experience effect (IMGs)', 'IMG-friendly programs ask for US letters and hands-on experience; no published effect size.'),
  usceFullCreditMonths: judgement(6, 'months', 'the US clinical experience effect (IMGs)', 'Beyond six months more US experience adds little to an application.'),
  visaNeedLogitForNonVisaTypes: judgement(
    Math.log(0.544 / 0.456) - Math.log(0.679 / 0.321),
    'logit',
    'a US MD, DO or US citizen IMG who needs a visa',
    'NRMP 2026: IMGs who needed a visa matched 54.4% against 67.9% for those who did not. That gap mixes visa need with ' +
      'citizenship, so it is an upper bound; it is applied only to types whose typical applicant needs no visa.',
  ),
  visaFreeBonusNonUsImg: judgement(
    0.5 * (Math.log(0.678 / 0.322) - Math.log(0.58 / 0.42)),
    'logit',
    'a non-US citizen IMG who needs no visa (for example a permanent resident)',
    'Half the logit gap between US citizen and non-citizen IMGs (NRMP 2025: 67.8% vs 58.0%): the gap mixes visa need with ' +
      'school and score differences, so only half of it is credited to the visa.',
  ),

  belowSoftMinimumLogit: judgement(
    -1,
    'logit',
    'a program whose stated Step 2 CK minimum (not a hard cutoff, or a converted or assumed score) is above yours',
    'A stated minimum is a screen many programs apply loosely; below it the odds fall by about e-fold.',
  ),
  opennessLogitAtZeroShare: judgement<Readonly<Record<ApplicantType, number>>>(
    { US_MD: -0.5, US_DO: -2, US_IMG: -3.5, NON_US_IMG: -3.5 },
    'logit',
    'a program with none of your kind of residents, against one at parity (the term rises linearly to 0 at the parity share)',
    'A program with no IMG residents rarely interviews IMGs (odds ÷ 33); one with no DOs is less closed to DOs; one with few ' +
      'US MDs still interviews the US MDs who apply. No published per-program figure.',
  ),
  parityShare: judgement<Readonly<Record<ApplicantType, number>>>(
    { US_MD: 0.5, US_DO: 0.25, US_IMG: 0.4, NON_US_IMG: 0.4 },
    'share of residents',
    'the share of residents of your kind from which a program counts as fully open to you',
    'US MD seniors are most matched US applicants, so half looks typical; DOs and IMGs are each about a fifth to a quarter ' +
      'of PGY-1 matches, so a program at 25% DOs or 40% IMGs takes them well above its fair share.',
  ),
  rangeWidthsLogit: judgement(
    {
      base: 0.35,
      barFromSpecialty: 0.5,
      barDefault: 0.8,
      visaUnknown: 1,
      shareUnknown: 0.4,
      failuresUnknown: 0.3,
      researchUnknown: 0.2,
      usceUnknown: 0.3,
    },
    'logit (half-widths, combined in quadrature)',
    'how much each unknown widens a chance range',
    'The model error when everything is known, then one width per missing figure: a program bar taken from the specialty ' +
      'median spreads about 7 points (× 0.07 logit per point); unknown visa sponsorship may mean no sponsorship at all.',
  ),

  // ── Tiers ──
  tierOddsRatio: judgement(
    2,
    'odds ratio',
    'tiers: a reach has under half the odds of an interview that matched applicants of your type typically had per application; a safety at least twice them',
    'Halving and doubling the odds is symmetric on the scale the model works on (logits) and behaves the same at 5% and at 40%: ' +
      'for IMGs, interviewed at about one application in twenty, it is close to half and twice the rate; for US seniors, ' +
      'interviewed at about one in three, a plain "twice the rate" would ask for an interview chance few programs give anyone.',
  ),

  tierMinShare: judgement(
    0.2,
    'share of the list',
    'tiers when one would hold almost the whole list: the lines move into the list so that at least this share of it is a target or better (or a target or worse)',
    'Tiers that put every program in one bucket tell the applicant nothing (a weak IMG saw 217 reaches of 217). Where the ' +
      'yardstick of matched applicants like you leaves over four-fifths of a list on one side, the tiers compare the list\'s ' +
      'programs with each other instead, and say so; a fifth is enough to pick out the relatively better bets without ' +
      'pretending they are good ones. The absolute chance stays beside every program.',
  ),

  // ── How many applications ──
  matchTargets: judgement<readonly [number, number, number]>(
    [0.8, 0.9, 0.95],
    'P(match)',
    'the targets an applicant can choose; the recommended count is the smallest that reaches the chosen one',
    'Product choice: 90% sits near the 93.5% US MD seniors reach (NRMP 2025); 80% for those who accept more risk; 95% for those who want little.',
  ),
  defaultMatchTarget: judgement(
    0.9,
    'P(match)',
    'the target when the applicant does not choose',
    'The middle of matchTargets: near the 93.5% of US MD seniors who match (NRMP 2025), without asking every applicant for 95%.',
  ),
  minRecommendedApplications: judgement(
    10,
    'applications',
    'the fewest applications ever recommended (when the list is that long)',
    'Interviews, not applications, become ranks, and short rank lists are where applicants go unmatched: unmatched non-US ' +
      'IMGs cluster at 1–3 contiguous ranks (NRMP 2026); PM&R US MDs who matched ranked 13.7 programs, unmatched 5.4 (NRMP 2024).',
  ),
  maxPlannedApplications: judgement(
    200,
    'applications per specialty',
    'how far down the ranked list the match curve (and so any recommendation) goes',
    'About one and a half times the IMG average of 129 applications (AAMC, 2025 season): past that, interviews are limited ' +
      'by the season rather than by applications. Where the target is out of reach, applying down the whole curve is the advice.',
  ),
  marginalSpendUsd: judgement(100, 'US dollars', 'what the last $100 buys at the recommended count', 'A round sum an applicant can weigh against the points of chance it adds.'),

  // ── Signals ──
  signalCausalShare: judgement(
    0.5,
    'share of the observed log-odds',
    'the interview uplift of a signal',
    'Published yields compare signalled with unsignalled applications, but applicants signal the programs where they already ' +
      'stand best, so part of the gap is selection. Half of the observed log-odds ratio is credited to the signal itself.',
  ),
} as const;

export type JudgementKey = keyof typeof JUDGEMENTS;

/** The table for the methods page: every judgement with its value in words. */
export function listJudgements(): { key: JudgementKey; value: string; unit: string; usedFor: string; reason: string }[] {
  return (Object.entries(JUDGEMENTS) as [JudgementKey, Judgement<unknown>][]).map(([key, j]) => ({
    key,
    value: describeValue(j.value),
    unit: j.unit,
    usedFor: j.usedFor,
    reason: j.reason,
  }));
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toFixed(3)));
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' ? `{${describeValue(v)}}` : describeValue(v)}`)
      .join('; ');
  }
  return String(value);
}
