import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tierFor, tierMeaning, tierThresholds, tierThresholdsForList } from '@/lib/engine/tiers';
import { JUDGEMENTS } from '@/lib/engine/judgements';
import type { ApplicantType } from '@/lib/engine/types';

const TYPES: ApplicantType[] = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'];
const odds = (p: number): number => p / (1 - p);

describe('tierThresholds', () => {
  it.each(TYPES)('orders the %s thresholds so that every tier can occur, around the typical matched rate', (type) => {
    const t = tierThresholds(type);
    expect(0 < t.reachBelow && t.reachBelow < t.typicalMatchedRate && t.typicalMatchedRate < t.safetyFrom && t.safetyFrom < 1).toBe(true);
  });

  it.each(TYPES)('puts the %s reach and safety thresholds at the judged odds ratio from the typical matched rate', (type) => {
    const t = tierThresholds(type);
    const ratio = JUDGEMENTS.tierOddsRatio.value;
    expect(odds(t.typicalMatchedRate) / odds(t.reachBelow)).toBeCloseTo(ratio, 1);
    expect(odds(t.safetyFrom) / odds(t.typicalMatchedRate)).toBeCloseTo(ratio, 1);
  });

  it('sets lower thresholds for IMGs than for US seniors, who are interviewed far more often per application', () => {
    expect(tierThresholds('NON_US_IMG').safetyFrom).toBeLessThan(tierThresholds('US_MD').reachBelow);
    expect(tierThresholds('US_IMG')).toEqual(tierThresholds('NON_US_IMG'));
    expect(tierThresholds('US_DO')).toEqual(tierThresholds('US_MD'));
  });
});

describe('tierFor', () => {
  it.each(TYPES)('switches %s tiers exactly at the thresholds', (type) => {
    const t = tierThresholds(type);
    expect(tierFor(0, t)).toBe('reach');
    expect(tierFor(t.reachBelow - 0.001, t)).toBe('reach');
    expect(tierFor(t.reachBelow, t)).toBe('target');
    expect(tierFor(t.typicalMatchedRate, t)).toBe('target');
    expect(tierFor(t.safetyFrom - 0.001, t)).toBe('target');
    expect(tierFor(t.safetyFrom, t)).toBe('safety');
    expect(tierFor(1, t)).toBe('safety');
  });

  it('tiers the same interview chance higher for an IMG than for a US senior', () => {
    const chance = tierThresholds('NON_US_IMG').safetyFrom;
    expect(tierFor(chance, tierThresholds('NON_US_IMG'))).toBe('safety');
    expect(tierFor(chance, tierThresholds('US_MD'))).toBe('reach');
  });
});

describe('tierMeaning', () => {
  it.each(TYPES)('says each %s tier in words with its own threshold', (type) => {
    const t = tierThresholds(type);
    const pct = (p: number): string => `${Number((100 * p).toFixed(1))}%`;
    expect(tierMeaning('reach', t)).toContain(`under ${pct(t.reachBelow)}`);
    expect(tierMeaning('target', t)).toContain(`${pct(t.reachBelow)}–${pct(t.safetyFrom)}`);
    expect(tierMeaning('safety', t)).toContain(`${pct(t.safetyFrom)} or more`);
    expect(tierMeaning('safety', t)).toContain('not a sure interview');
  });
});

describe('tierThresholdsForList', () => {
  const share = JUDGEMENTS.tierMinShare.value;
  const tiersOf = (chances: number[], type: ApplicantType) => {
    const t = tierThresholdsForList(type, chances);
    const counts = { reach: 0, target: 0, safety: 0 };
    for (const c of chances) counts[tierFor(c, t)] += 1;
    return { t, counts };
  };

  it('keeps the type’s lines when they already split the list', () => {
    const base = tierThresholds('US_MD');
    const chances = [0.05, 0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8];
    expect(tierThresholdsForList('US_MD', chances)).toEqual(base);
  });

  it('moves the lines down into a list that is all reaches (a weak IMG), and says so', () => {
    const chances = Array.from({ length: 217 }, (_, i) => 0.001 + (i % 40) * 0.0001);
    const { t, counts } = tiersOf(chances, 'NON_US_IMG');
    expect(t.basis).toBe('your_list_below');
    expect(counts.target + counts.safety).toBeGreaterThanOrEqual(Math.ceil(share * chances.length));
    expect(counts.reach).toBeGreaterThanOrEqual(Math.ceil(share * chances.length));
    expect(t.reachBelow).toBeLessThan(t.safetyFrom);
    expect(tierMeaning('target', t)).toContain('relatively better chances');
    expect(tierMeaning('reach', t)).toContain(`${Number((100 * t.typicalMatchedRate).toFixed(1))}%`);
  });

  it('moves the lines up into a list that is all safeties, and says so', () => {
    const chances = Array.from({ length: 50 }, (_, i) => 0.8 + i * 0.003);
    const { t, counts } = tiersOf(chances, 'US_MD');
    expect(t.basis).toBe('your_list_above');
    expect(counts.reach + counts.target).toBeGreaterThanOrEqual(Math.ceil(share * chances.length));
    expect(counts.safety).toBeGreaterThan(0);
    expect(tierMeaning('target', t)).toContain('compare its programs with each other');
  });

  it.each([
    ['an empty list', []],
    ['a list shorter than one program per share', [0.001, 0.002, 0.003, 0.004]],
    ['a list of one chance', [0.002, 0.002, 0.002, 0.002, 0.002, 0.002]],
  ])('keeps the type’s lines for %s', (_, chances) => {
    expect(tierThresholdsForList('NON_US_IMG', chances)).toEqual(tierThresholds('NON_US_IMG'));
  });

  it('property: wherever chances differ, no tier but one holds the whole list, and moved lines leave at least the share on each side', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ApplicantType>(...TYPES),
        fc.array(fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000), { minLength: 5, maxLength: 300 }),
        (type, chances) => {
          fc.pre(new Set(chances).size > 1);
          const { t, counts } = tiersOf(chances, type);
          expect(t.reachBelow).toBeLessThanOrEqual(t.safetyFrom);
          const k = Math.ceil(share * chances.length);
          if (t.basis === 'your_list_below') expect(counts.target + counts.safety).toBeGreaterThanOrEqual(k);
          if (t.basis === 'your_list_above') expect(counts.reach + counts.target).toBeGreaterThanOrEqual(k);
          if (t.basis === 'applicants_like_you') {
            expect(counts.target + counts.safety).toBeGreaterThanOrEqual(k);
            expect(counts.reach + counts.target).toBeGreaterThanOrEqual(k);
          }
        },
      ),
    );
  });
});
