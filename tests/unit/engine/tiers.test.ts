import { describe, expect, it } from 'vitest';
import { REACH_BELOW, SAFETY_FROM, tierFor } from '@/lib/engine';
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';

/**
 * Share of a matched U.S. MD senior's applications that become interviews: programs ranked by
 * matched PM&R U.S. MD applicants (13.7; NRMP, Charting Outcomes, 2024) over applications sent
 * (AAMC, 2022). About 20%.
 */
const TYPICAL_INTERVIEW_RATE = 13.7 / TYPICAL_APPLICATIONS.US_MD;

describe('tierFor', () => {
  it.each([
    { chance: 0, tier: 'reach' },
    { chance: 0.02, tier: 'reach' },
    { chance: 0.099, tier: 'reach' },
    { chance: 0.1, tier: 'target' },
    { chance: 0.2, tier: 'target' },
    { chance: 0.349, tier: 'target' },
    { chance: 0.35, tier: 'safety' },
    { chance: 0.6, tier: 'safety' },
    { chance: 1, tier: 'safety' },
  ])('puts a $chance chance in the $tier tier', ({ chance, tier }) => {
    expect(tierFor(chance)).toBe(tier);
  });

  it.each([
    { chance: REACH_BELOW - 0.001, tier: 'reach' },
    { chance: REACH_BELOW, tier: 'target' },
    { chance: SAFETY_FROM - 0.001, tier: 'target' },
    { chance: SAFETY_FROM, tier: 'safety' },
  ])('switches tier exactly at the thresholds: $chance is $tier', ({ chance, tier }) => {
    expect(tierFor(chance)).toBe(tier);
  });

  it('orders the thresholds so that every tier can occur', () => {
    expect(0 < REACH_BELOW && REACH_BELOW < SAFETY_FROM && SAFETY_FROM < 1).toBe(true);
  });

  it("puts a typical matched U.S. senior's interview rate in the target tier", () => {
    expect(TYPICAL_INTERVIEW_RATE).toBeCloseTo(0.2, 1);
    expect(tierFor(TYPICAL_INTERVIEW_RATE)).toBe('target');
  });

  it.each([
    { threshold: 'REACH_BELOW', value: REACH_BELOW, low: 0.4, high: 0.6 },
    { threshold: 'SAFETY_FROM', value: SAFETY_FROM, low: 1.5, high: 2 },
  ])('sets $threshold between $low and $high times the typical interview rate', ({ value, low, high }) => {
    expect(value / TYPICAL_INTERVIEW_RATE).toBeGreaterThanOrEqual(low);
    expect(value / TYPICAL_INTERVIEW_RATE).toBeLessThanOrEqual(high);
  });

  it('makes a reach ten or more applications per expected interview, a safety three or fewer', () => {
    expect(Math.ceil(1 / REACH_BELOW)).toBe(10);
    expect(Math.ceil(1 / SAFETY_FROM)).toBe(3);
  });
});
