import { describe, expect, it } from 'vitest';
import { nrmpFeeUsd } from '@/lib/reference/fees';

describe('nrmpFeeUsd', () => {
  it.each([
    { ranks: 0, fee: 75 },
    { ranks: 20, fee: 75 },
    { ranks: 21, fee: 105 },
    { ranks: 300, fee: 75 + 280 * 30 },
  ])('charges $$fee for $ranks ranks', ({ ranks, fee }) => {
    expect(nrmpFeeUsd(ranks)).toBe(fee);
  });

  it('refuses more ranks than the NRMP accepts', () => {
    expect(() => nrmpFeeUsd(301)).toThrow(RangeError);
  });
});
