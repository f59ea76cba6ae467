import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatWholeUsd } from '@/components/ui/number-format';
import { asSentence, formatChance, formatShare, formatSource, formatUsd } from '@/components/results/format';
import { describeMatchCurve } from '@/components/results/match-curve-chart';
import { describeSignalCounts, noSignalsPublished, signalReason } from '@/components/results/signal-words';

describe('results formatting', () => {
  it('keeps the interview chance format the browser tests look for', () => {
    expect(formatChance(0.62, { low: 0.48, high: 0.71 })).toBe('62% (48–71%)');
  });

  it.each([
    [0.784, '78%'],
    [0.997, 'over 99%'],
    [0.002, 'under 1%'],
    [0, '0%'],
  ])('says %s as %s', (share, words) => {
    expect(formatShare(share)).toBe(words);
  });

  it('shows dollars without cents', () => {
    expect(formatUsd(1230)).toBe('$1,230');
  });

  it('adds the year to a source only when the citation lacks it', () => {
    expect(formatSource({ source: 'AAMC, ERAS fees, 2026 season', year: 2026 })).toBe('AAMC, ERAS fees, 2026 season');
    expect(formatSource({ source: 'AAMC, ERAS fees', year: 2026 })).toBe('AAMC, ERAS fees, 2026');
  });

  it('turns an engine phrase into a sentence', () => {
    expect(asSentence('at 43 applications your chance reaches 90%')).toBe('At 43 applications your chance reaches 90%.');
    expect(asSentence('Done.')).toBe('Done.');
  });
});

describe('describeMatchCurve', () => {
  const curve = [
    { applications: 1, matchProbability: 0.12 },
    { applications: 43, matchProbability: 0.88 },
    { applications: 60, matchProbability: 0.91 },
  ];

  it('summarises the curve and the recommended point', () => {
    expect(describeMatchCurve(curve, 43)).toBe(
      'Chance of at least one match rises from 12% with 1 application to 91% with 60; recommended 43 applications, 88%',
    );
  });

  it('leaves out the recommendation when it is not on the curve', () => {
    expect(describeMatchCurve(curve, 0)).toBe('Chance of at least one match rises from 12% with 1 application to 91% with 60');
  });
});

describe('signal words', () => {
  it.each([
    [{ single: null, gold: 3, silver: 12 }, '3 gold and 12 silver signals'],
    [{ single: 5, gold: null, silver: null }, '5 signals'],
    [{ single: 1, gold: null, silver: null }, '1 signal'],
  ])('describes %o as %s', (counts, words) => {
    expect(describeSignalCounts(counts)).toBe(words);
  });

  it('tells "no counts found" apart from counts', () => {
    expect(noSignalsPublished({ single: null, gold: null, silver: null })).toBe(true);
    expect(noSignalsPublished({ single: 0, gold: null, silver: null })).toBe(false);
  });

  it('does not repeat the kind the list already shows', () => {
    expect(signalReason({ programId: 'p', kind: 'gold', interviewWithout: 0.2, interviewWith: 0.4, matchGain: 0.01, reason: 'Gold signal: raises your estimated interview chance here from 20% to 40%' })).toBe('raises your estimated interview chance here from 20% to 40%');
    expect(signalReason({ programId: 'p', kind: 'single', interviewWithout: 0.2, interviewWith: 0.3, matchGain: 0.01, reason: 'Best use left' })).toBe('Best use left');
  });
});

describe('numbers in US English without Intl', () => {
  it('formats any number as toLocaleString("en-US") does', () => {
    const values = fc.oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.constantFrom(0, -0, 999, 1000, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER, 2 ** 60, 1.5, -2.25, 0.0005),
      fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
    );
    fc.assert(fc.property(values, (value) => {
        expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
      }), { numRuns: 2000 });
  });

  it('formats dollars as Intl does with no cents', () => {
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const values = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }), fc.constantFrom(2.5, -2.5, 0.5, -0.4, -0, 1234.5));
    fc.assert(fc.property(values, (value) => {
        expect(formatWholeUsd(value)).toBe(usd.format(value));
      }), { numRuns: 2000 });
  });
});
