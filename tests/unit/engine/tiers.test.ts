import { describe, expect, it } from 'vitest';
import { tierFor, tierMeaning, tierThresholds } from '@/lib/engine/tiers';
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
