// `npm run calibration`: the engine's specialty baselines against every published figure they are
// calibrated to, as tables (engine vs reference vs difference, in percentage points). Exits 1 when an
// asserted cell misses by more than the tolerance (lib/engine/calibration/cohorts.ts says which are).
import {
  bandBaseline,
  bandStandardErrorPoints,
  bandTolerancePoints,
  CALIBRATION_TOLERANCE_POINTS,
  cohortBaseline,
  isAssertedBand,
  overallTypeRate,
} from '@/lib/engine/calibration/cohorts';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import { APPLICANT_TYPES } from '@/lib/engine/types';
import type { ApplicantType } from '@/lib/engine/types';
import { OVERALL_MATCH_RATES, SPECIALTY_REFERENCE, USMD_MATCH_BY_STEP2_BAND } from '@/lib/reference/specialties';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { typicalImgPlanOverall } from '@/lib/engine/calibration/typical-plan';
import { rankFigures } from './fit/latent-fit';
import { nonUsImgMedians } from './fit/type-fit';

const SEASON_YEAR = 2027;
const pct = (p: number): string => (100 * p).toFixed(1).padStart(6);
const signed = (d: number): string => `${d >= 0 ? '+' : ''}${d.toFixed(1)}`.padStart(6);
let failures = 0;

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i] ?? 8)).join(' ');
}

function check(engine: number, referencePercent: number, asserted: boolean, tolerance: number = CALIBRATION_TOLERANCE_POINTS): string {
  const diff = 100 * engine - referencePercent;
  const off = Math.abs(diff) > tolerance;
  if (asserted && off) failures++;
  return `${signed(diff)}  ${asserted ? (off ? 'FAIL' : 'ok') : '-'}`;
}

const bySpecialty = new Map(SPECIALTY_REFERENCE.map((s) => [s.code, s]));

console.log(`Calibration of the specialty baselines (engine ${CALIBRATION_COEFFICIENTS.fitted.on} coefficients), tolerance ±${CALIBRATION_TOLERANCE_POINTS} points`);
console.log('\n1. US MD seniors by Step 2 CK band (NRMP Charting Outcomes, pooled 2020–2024)');
console.log('   Asserted: n ≥ 30 and the band\'s binomial standard error ≤ 5 points, within max(5, 2·SE) points; "-" = printed only.');
const widths = [8, 9, 6, 7, 8, 8, 12];
console.log(row(['spec', 'band', 'n', 'SE', 'ref %', 'engine', 'diff  check'], widths));
for (const band of USMD_MATCH_BY_STEP2_BAND) {
  const specialty = bySpecialty.get(band.specialtyCode);
  if (!specialty) continue;
  const engine = bandBaseline(specialty, band, SEASON_YEAR);
  const se = bandStandardErrorPoints(band).toFixed(1);
  console.log(row([band.specialtyCode, band.band, band.usMdSeniorsN, se, band.matchPercent.toFixed(0), pct(engine), check(engine, band.matchPercent, isAssertedBand(band), bandTolerancePoints(band))], widths));
}

console.log('\n2. Specialty × applicant type: cohort of typical applicants with the type\'s score distribution');
console.log('   Reference: non-US IMG rate to the preferred specialty (NRMP Charting Outcomes: IMGs, 2026); Urology: AUA 2015–2024 averages (seniors, IMGs; pooled).');
const typeWidths = [9, 10, 10, 10, 10, 8, 12];
console.log(row(['spec', 'US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG', 'ref', 'diff  check'], typeWidths));
for (const specialty of SPECIALTY_REFERENCE) {
  const rates = Object.fromEntries(APPLICANT_TYPES.map((t) => [t, cohortBaseline(specialty, t, SEASON_YEAR)])) as Record<ApplicantType, number>;
  const cells: (string | number)[] = [specialty.code, ...APPLICANT_TYPES.map((t) => pct(rates[t]))];
  const published = APPLICANT_TYPES.filter((t) => specialty.matchRate[t] !== null);
  if (published.length === 0) {
    console.log(row([...cells, '-', '-'], typeWidths));
    continue;
  }
  for (const type of published) {
    const reference = specialty.matchRate[type] ?? 0;
    const label = published.length > 1 ? `${type} ${reference}` : String(reference);
    console.log(row([...cells, label, check(rates[type], reference, true)], typeWidths));
  }
}

console.log('\n3. Overall PGY-1 match rate by type (NRMP 2025), NRMP specialties weighted by positions');
const overall = OVERALL_MATCH_RATES.find((r) => r.year === 2025)?.pgy1ByApplicantType ?? {};
const preferredImg = SPECIALTY_REFERENCE.filter((s) => s.match === 'NRMP' && s.positions !== null && s.matchRate.NON_US_IMG !== null);
const positions = preferredImg.reduce((t, s) => t + (s.positions ?? 0), 0);
const publishedPreferred = preferredImg.reduce((t, s) => t + (s.positions ?? 0) * (s.matchRate.NON_US_IMG ?? 0), 0) / positions;
for (const type of APPLICANT_TYPES) {
  const reference = overall[type];
  if (reference === undefined) continue;
  const engine = overallTypeRate(SPECIALTY_REFERENCE, type, SEASON_YEAR);
  // IMG rates count a match in any specialty (incl. preliminary years); the per-specialty rates, and
  // so the engine, count the preferred specialty only. Not asserted: see the note below.
  const asserted = type === 'US_MD' || type === 'US_DO';
  console.log(row([type, pct(engine), reference.toFixed(1), check(engine, reference, asserted)], [11, 8, 8, 12]));
}
console.log(`   Note: the NRMP 2026 non-US IMG preferred-specialty rates themselves average ${publishedPreferred.toFixed(1)}% weighted by positions,`);
console.log('   against 58.0% matched to any PGY-1 position (2025): no model can match both. The engine follows the per-specialty rates;');
console.log('   US IMGs are placed by the published citizen/non-citizen gap (logit 67.8% − logit 58.0%).');

console.log('\n3b. Overall chance of a typical IMG\'s whole plan (main + backup, strategy/overall.ts) against NRMP 2025, matched anywhere');
console.log('   Typical applicant of the type, scores spread as its cohort; 129 applications (AAMC) split as JUDGEMENTS.typicalImgPlan, down the demo catalog\'s ranked lists.');
{
  const demo = generateDemoCatalog();
  for (const type of ['US_IMG', 'NON_US_IMG'] as const) {
    const { applications, overall: plan } = typicalImgPlanOverall(type, demo.programs, demo.specialties, SEASON_YEAR);
    const reference = overall[type]!;
    const split = Object.entries(applications).map(([code, n]) => `${code} ${n}`).join(' + ');
    console.log(row([type, split, `${pct(plan.estimate)} (${pct(plan.low)}–${pct(plan.high)})`, reference.toFixed(1), check(plan.estimate, reference, true)], [11, 16, 22, 8, 12]));
  }
}

console.log('\n4. Fitted shape checks (printed, not asserted)');
const medians = nonUsImgMedians(SPECIALTY_REFERENCE, CALIBRATION_COEFFICIENTS);
const ranks = rankFigures(SPECIALTY_REFERENCE, CALIBRATION_COEFFICIENTS, CALIBRATION_COEFFICIENTS.latent);
console.log(`   non-US IMG Step 2 CK medians, matched/unmatched: ${medians.matched.toFixed(1)} / ${medians.unmatched.toFixed(1)} (NRMP 2026: 248 / 242)`);
console.log(`   PM&R US MD mean interviews (≈ ranks), matched/unmatched: ${ranks.pmr.matchedMean.toFixed(1)} / ${ranks.pmr.unmatchedMean.toFixed(1)} (NRMP 2024: 13.7 / 5.4)`);
console.log(`   non-US IMG median interviews, matched/unmatched: ${ranks.nonUsImg.matchedMedian.toFixed(1)} / ${ranks.nonUsImg.unmatchedMedian.toFixed(1)} (NRMP 2026: 5 / 2)`);

console.log('\n5. Generalization: each specialty\'s band table left out of the fit, then predicted (scripts/fit/leave-one-out.ts)');
const loo = CALIBRATION_COEFFICIENTS.leaveOneOut;
console.log(row(['spec', 'band', 'n', 'ref %', 'left-out', 'diff'], [8, 9, 6, 8, 9, 8]));
for (const predicted of loo.bands) {
  const band = USMD_MATCH_BY_STEP2_BAND.find((b) => b.specialtyCode === predicted.specialtyCode && b.band === predicted.band);
  if (!band) continue;
  console.log(row([band.specialtyCode, band.band, band.usMdSeniorsN, band.matchPercent.toFixed(0), predicted.predicted.toFixed(1).padStart(6), signed(predicted.predicted - band.matchPercent)], [8, 9, 6, 8, 9, 8]));
}
console.log('   Per specialty (weighted by applicants): ' + Object.entries(loo.bySpecialty).map(([code, e]) => `${code} ${e.toFixed(1)}`).join(', '));
console.log(`   Left-out MAE: ${loo.maePointsWeighted.toFixed(2)} points weighted by applicants, ${loo.maePointsUnweighted.toFixed(2)} unweighted (target ≤ 5 weighted).`);
if (loo.maePointsWeighted > CALIBRATION_TOLERANCE_POINTS) failures++;

console.log(failures === 0 ? '\nAll asserted cells within tolerance.' : `\n${failures} asserted cell(s) off by more than ${CALIBRATION_TOLERANCE_POINTS} points.`);
process.exit(failures === 0 ? 0 : 1);
