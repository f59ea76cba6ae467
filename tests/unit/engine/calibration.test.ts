import { describe, expect, it } from 'vitest';
import {
  bandBaseline,
  bandTolerancePoints,
  CALIBRATION_TOLERANCE_POINTS,
  cohortBaseline,
  isAssertedBand,
  overallTypeRate,
  typicalProfile,
} from '@/lib/engine/calibration/cohorts';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import { GAUSS_HERMITE_NODES, GAUSS_HERMITE_WEIGHTS } from '@/lib/engine/calibration/gauss-hermite';
import { typicalImgPlanOverall } from '@/lib/engine/calibration/typical-plan';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import {
  assessSpecialtyBaseline,
  latentParameters,
  matchCurve,
  matchFromIdenticalPrograms,
  offsetForMatchProbability,
  specialtyBaseline,
  TYPICAL_APPLICATIONS,
} from '@/lib/engine';
import type { ApplicantType } from '@/lib/engine';
import { OVERALL_MATCH_RATES, SPECIALTY_REFERENCE, USMD_MATCH_BY_STEP2_BAND } from '@/lib/reference/specialties';
import { makeProgram, SEASON_YEAR } from './factories';

const TOLERANCE = CALIBRATION_TOLERANCE_POINTS / 100;
const bySpecialty = new Map(SPECIALTY_REFERENCE.map((s) => [s.code, s]));
const specialty = (code: string) => {
  const found = bySpecialty.get(code);
  if (!found) throw new Error(`no reference for ${code}`);
  return found;
};

describe('specialty baseline: US MD seniors by Step 2 CK band (NRMP, pooled 2020–2024)', () => {
  // Asserted: n ≥ 30 and a binomial standard error ≤ 5 points (cohorts.ts); scripts/calibration.ts prints all.
  const asserted = USMD_MATCH_BY_STEP2_BAND.filter(isAssertedBand);

  it('asserts 83 of the bands of all 22 tabulated specialties: n ≥ 30 and a standard error ≤ 5 points, among them every band with n ≥ 100', () => {
    expect(new Set(USMD_MATCH_BY_STEP2_BAND.map((b) => b.specialtyCode)).size).toBe(22);
    expect(asserted).toHaveLength(83);
    expect(USMD_MATCH_BY_STEP2_BAND.filter((b) => b.usMdSeniorsN >= 100).every(isAssertedBand)).toBe(true);
  });

  it.each(asserted.map((b) => ({ ...b, label: `${b.specialtyCode} ${b.band} (n=${b.usMdSeniorsN}): ${b.matchPercent}%` })))(
    'reproduces $label',
    (band) => {
      // Within max(5, 2·SE) points: one set of shared parameters, no per-cell fudge (cohorts.ts).
      expect(Math.abs(bandBaseline(specialty(band.specialtyCode), band, SEASON_YEAR) - band.matchPercent / 100)).toBeLessThanOrEqual(bandTolerancePoints(band) / 100);
    },
  );
});

describe('specialty baseline: a specialty left out of the fit', () => {
  it('predicts the left-out tables within 5 points on average, weighted by applicants (scripts/fit/leave-one-out.ts)', () => {
    const { leaveOneOut } = CALIBRATION_COEFFICIENTS;
    expect(leaveOneOut.maePointsWeighted).toBeLessThanOrEqual(5);
    expect(Object.keys(leaveOneOut.bySpecialty).sort()).toEqual([...new Set(USMD_MATCH_BY_STEP2_BAND.map((b) => b.specialtyCode))].sort());
  });
});

describe('specialty baseline: published rates by specialty and applicant type', () => {
  const published = SPECIALTY_REFERENCE.flatMap((s) =>
    (Object.entries(s.matchRate) as [ApplicantType, number | null][]).flatMap(([type, rate]) => (rate === null ? [] : [{ code: s.code, type, rate }])),
  );

  it.each(published)('reproduces $code $type: $rate%', ({ code, type, rate }) => {
    expect(Math.abs(cohortBaseline(specialty(code), type, SEASON_YEAR) - rate / 100)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('covers every NRMP specialty through its non-US IMG rate, and Urology through the AUA rates', () => {
    expect(published.filter((p) => p.type === 'NON_US_IMG').map((p) => p.code)).toHaveLength(24);
    expect(published.filter((p) => p.code === 'URO')).toHaveLength(4);
  });
});

describe('specialty baseline: overall rates by applicant type (NRMP 2025), specialties weighted by positions', () => {
  const nrmp2025 = OVERALL_MATCH_RATES.find((r) => r.year === 2025)?.pgy1ByApplicantType ?? {};

  it.each(['US_MD', 'US_DO'] as const)('reproduces the %s rate', (type) => {
    expect(Math.abs(overallTypeRate(SPECIALTY_REFERENCE, type, SEASON_YEAR) - (nrmp2025[type] ?? 0) / 100)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('gives non-US IMGs the positions-weighted mean of their published preferred-specialty rates (not the 58.0% matched anywhere)', () => {
    const nrmp = SPECIALTY_REFERENCE.filter((s) => s.match === 'NRMP' && s.positions !== null && s.matchRate.NON_US_IMG !== null);
    const positions = nrmp.reduce((t, s) => t + (s.positions ?? 0), 0);
    const published = nrmp.reduce((t, s) => t + (s.positions ?? 0) * (s.matchRate.NON_US_IMG ?? 0), 0) / positions / 100;
    expect(Math.abs(overallTypeRate(SPECIALTY_REFERENCE, 'NON_US_IMG', SEASON_YEAR) - published)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('keeps the published gap between US citizen and non-US citizen IMGs (logit 67.8% − logit 58.0%)', () => {
    const logit = (p: number) => Math.log(p / (1 - p));
    const gap = logit(overallTypeRate(SPECIALTY_REFERENCE, 'US_IMG', SEASON_YEAR)) - logit(overallTypeRate(SPECIALTY_REFERENCE, 'NON_US_IMG', SEASON_YEAR));
    expect(gap).toBeCloseTo(logit(0.678) - logit(0.58), 1);
  });
});

describe('specialty baseline: ranges and unknowns', () => {
  const im = specialty('IM');
  const width = (c: { low: number; high: number }) => c.high - c.low;
  const known = typicalProfile('US_MD', SEASON_YEAR, 240);

  it('is wide when no score is given and centres on the cohort', () => {
    const { step2Score: _, ...noScore } = known;
    expect(width(specialtyBaseline(noScore, im, SEASON_YEAR))).toBeGreaterThan(3 * width(specialtyBaseline(known, im, SEASON_YEAR)));
  });

  it('is wider where a specialty has no band table (fit from competitiveness only)', () => {
    // Thoracic surgery has no band table in the reference; general surgery has one.
    expect(USMD_MATCH_BY_STEP2_BAND.some((b) => b.specialtyCode === 'THOR')).toBe(false);
    expect(width(specialtyBaseline(known, specialty('THOR'), SEASON_YEAR))).toBeGreaterThan(width(specialtyBaseline(known, specialty('GS'), SEASON_YEAR)));
  });

  it.each([
    { name: 'failed attempts lower it', change: { examFailures: 2 }, direction: -1 },
    { name: 'graduating long ago lowers it', change: { graduationYear: SEASON_YEAR - 6 }, direction: -1 },
    { name: 'needing a visa lowers it', change: { visaNeeded: 'J1' as const }, direction: -1 },
    { name: 'research beyond the typical 3 items raises it', change: { researchItems: 10 }, direction: 1 },
  ])('$name', ({ change, direction }) => {
    const gs = specialty('GS');
    expect(Math.sign(specialtyBaseline({ ...known, ...change }, gs, SEASON_YEAR).estimate - specialtyBaseline(known, gs, SEASON_YEAR).estimate)).toBe(direction);
  });
});

describe('latent strength: programs calibrated to the baseline', () => {
  it('uses Gauss–Hermite weights of a standard normal', () => {
    const sum = (f: (z: number) => number) => GAUSS_HERMITE_NODES.reduce((t, z, i) => t + (GAUSS_HERMITE_WEIGHTS[i] ?? 0) * f(z), 0);
    expect(sum(() => 1)).toBeCloseTo(1, 12);
    expect(sum((z) => z)).toBeCloseTo(0, 12);
    expect(sum((z) => z * z)).toBeCloseTo(1, 12);
  });

  it.each(['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const)('gives %s the baseline with their typical number of typical programs', (type) => {
    const profile = typicalProfile(type, SEASON_YEAR, 240);
    const baseline = assessSpecialtyBaseline(profile, specialty('IM'), SEASON_YEAR);
    const latent = latentParameters(type);
    const offset = offsetForMatchProbability(baseline.chance.estimate, TYPICAL_APPLICATIONS[type], latent);
    expect(matchFromIdenticalPrograms(offset, TYPICAL_APPLICATIONS[type], latent)).toBeCloseTo(baseline.chance.estimate, 6);
  });

  it('draws a curve that reaches the baseline at the typical number of applications to typical programs', () => {
    const profile = typicalProfile('NON_US_IMG', SEASON_YEAR, 245);
    const programs = Array.from({ length: 150 }, (_, i) => makeProgram({ id: `p${i}`, typicalStep2: 254, minStep2: null, shareImg: 0.2, shareUsMd: 0.6, shareDo: 0.2 }));
    const curve = matchCurve(programs, profile, specialty('IM'), SEASON_YEAR);
    const at = curve[TYPICAL_APPLICATIONS.NON_US_IMG - 1]?.matchProbability ?? 0;
    expect(at).toBeCloseTo(specialtyBaseline(profile, specialty('IM'), SEASON_YEAR).estimate, 2);
  });

  it('integrates over strength: a long list promises less than independent programs would', () => {
    const profile = typicalProfile('US_MD', SEASON_YEAR, 230);
    const programs = Array.from({ length: 40 }, (_, i) => makeProgram({ id: `p${i}` }));
    const curve = matchCurve(programs, profile, specialty('GS'), SEASON_YEAR);
    const first = curve[0]?.matchProbability ?? 0;
    const independent = 1 - (1 - first) ** 40;
    expect(curve[39]?.matchProbability ?? 1).toBeLessThan(independent);
  });
});

describe('overall: a typical IMG’s whole plan against NRMP’s rate of IMGs matched anywhere', () => {
  // NRMP 2025 counts a match in any specialty; the plan's overall chance is what compares with it.
  const { programs, specialties } = generateDemoCatalog();
  const anywhere = OVERALL_MATCH_RATES.find((r) => r.year === 2025)!.pgy1ByApplicantType;
  it.each(['US_IMG', 'NON_US_IMG'] as const)('%s: IM and FM at the typical 129 applications come within 5 points', (type) => {
    const { applications, overall } = typicalImgPlanOverall(type, programs, specialties, SEASON_YEAR);
    expect(Object.values(applications).reduce((a, b) => a + b, 0)).toBe(TYPICAL_APPLICATIONS[type]);
    expect(Math.abs(100 * overall.estimate - anywhere[type]!)).toBeLessThanOrEqual(5);
    expect(overall.low).toBeLessThanOrEqual(overall.estimate);
    expect(overall.high).toBeGreaterThanOrEqual(overall.estimate);
  });
});
