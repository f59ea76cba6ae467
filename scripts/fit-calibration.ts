// Fits the chance model's coefficients to the published figures and writes
// lib/engine/calibration/coefficients.ts. Run offline: `npx tsx scripts/fit-calibration.ts`.
// Deterministic (Nelder–Mead from fixed starts): the same figures give the same file, but for its date.
// Check the result with `npm run calibration` (scripts/calibration.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import { OVERALL_MATCH_RATES, SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { bandRowsBySpecialty, fitApplicantScores } from './fit/band-fit';
import { fitLatent, rankFigures } from './fit/latent-fit';
import { leaveOneOutBands, summarizeLeftOut } from './fit/leave-one-out';
import { fitImgScores, imgOffsetSpread, nonUsImgMedians, solveDoOffset } from './fit/type-fit';
import { fitUsMd } from './fit/us-md-fit';

/** The score curve bends this far below the specialty median (chosen by the band fit's error: 10–25 all work). */
const KNOT_BELOW_MEDIAN = 20;

const logit = (p: number): number => Math.log(p / (1 - p));
const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

function overallRate2025(type: 'US_MD' | 'US_DO' | 'US_IMG' | 'NON_US_IMG'): number {
  const rate = OVERALL_MATCH_RATES.find((r) => r.year === 2025)?.pgy1ByApplicantType[type];
  if (rate === undefined) throw new Error(`NRMP 2025 rate missing for ${type}`);
  return rate / 100;
}

function fit(): CalibrationCoefficients {
  const specialties = SPECIALTY_REFERENCE;
  const rows = bandRowsBySpecialty();
  const scores = new Map([...rows].map(([code, r]) => [code, fitApplicantScores(r)]));
  const usMd = fitUsMd(specialties, rows, scores, KNOT_BELOW_MEDIAN);

  let c: CalibrationCoefficients = {
    ...CALIBRATION_COEFFICIENTS,
    knotBelowMedian: KNOT_BELOW_MEDIAN,
    ...usMd,
    img: { ...CALIBRATION_COEFFICIENTS.img, applicantSd: usMd.usMdApplicants.sd },
    typeOffsets: {
      usDoFromUsMd: 0,
      // Published national gap (NRMP 2025) as a logit difference: citizen from non-citizen IMGs.
      usImgFromNonUsImg: logit(overallRate2025('US_IMG')) - logit(overallRate2025('NON_US_IMG')),
    },
  };
  c = { ...c, typeOffsets: { ...c.typeOffsets, usDoFromUsMd: solveDoOffset(specialties, c, overallRate2025('US_DO')) } };
  const imgScores = fitImgScores(specialties, c);
  c = { ...c, img: { ...c.img, ...imgScores } };
  const spread = imgOffsetSpread(specialties, c);
  c = { ...c, img: { ...c.img, defaultOffsetFromUsMd: spread.mean, offsetSpreadLogit: spread.sd } };
  c = { ...c, latent: fitLatent(specialties, c) };
  c = { ...c, leaveOneOut: summarizeLeftOut(leaveOneOutBands(specialties, c)) };

  const medianCheck = nonUsImgMedians(specialties, c);
  const ranks = rankFigures(specialties, c, c.latent);
  console.log('non-US IMG Step 2 CK medians (matched/unmatched):', medianCheck.matched.toFixed(1), medianCheck.unmatched.toFixed(1), '(248/242)');
  console.log('PM&R US MD ranks (matched/unmatched):', ranks.pmr.matchedMean.toFixed(1), ranks.pmr.unmatchedMean.toFixed(1), '(13.7/5.4)');
  console.log('non-US IMG median ranks (matched/unmatched):', ranks.nonUsImg.matchedMedian.toFixed(1), ranks.nonUsImg.unmatchedMedian.toFixed(1), '(5/2)');
  console.log('leave-one-out MAE (points, weighted / unweighted):', c.leaveOneOut.maePointsWeighted.toFixed(2), c.leaveOneOut.maePointsUnweighted.toFixed(2));
  return c;
}

function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return round(value);
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}

const FIGURES = [
  'NRMP Charting Outcomes, US MD seniors, pooled 2020–2024: match % and n by Step 2 CK band (all 22 tabulated specialties) → band specialties, pooled slopes, applicant score distributions',
  'NRMP Charting Outcomes 2026: median Step 2 CK of matched US MD seniors; non-US IMG match rate per specialty → the intercept regression where no band table exists (validated by leaving each table out)',
  'NRMP Charting Outcomes: IMGs 2026: non-US IMG match rate per specialty (fitted at run time); Step 2 CK medians 248 matched vs 242 unmatched → IMG score slope and mean score',
  'NRMP Results and Data 2025: PGY-1 match rates US DO 92.6% (DO offset solved over the specialties), US IMG 67.8% vs non-US IMG 58.0% (logit gap)',
  'Contiguous ranks: PM&R 2024 US MD 13.7 vs 5.4 (means); non-US IMGs 2026 5 vs 2 (medians); AAMC 2025 season applications US MD 58, DO 72, IMG 129 → latent strength SD, match per interview, matched interview rates',
];

function write(c: CalibrationCoefficients): void {
  const fitted = { on: new Date().toISOString().slice(0, 10), figures: FIGURES };
  const body = JSON.stringify(roundDeep({ ...c, fitted }), null, 2)
    .replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, '$1:')
    .replace(/"([^"']*)"/g, "'$1'");
  const file = `// GENERATED by scripts/fit-calibration.ts on ${fitted.on}: do not edit by hand; rerun the script.
// Fitted to (see \`fitted.figures\`):
${FIGURES.map((f) => `// - ${f}`).join('\n')}
// Check with \`npm run calibration\`.
import type { CalibrationCoefficients } from './coefficient-types';

export const CALIBRATION_COEFFICIENTS: CalibrationCoefficients = ${body};
`;
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/engine/calibration/coefficients.ts');
  writeFileSync(target, file);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

write(fit());
