import { describe, expect, it } from 'vitest';
import { SETTINGS } from '@/lib/engine/types';
import { CITIES_BY_STATE } from '@/lib/reference/cities';
import { US_STATE_CODES } from '@/lib/reference/states';

describe('CITIES_BY_STATE', () => {
  it('lists cities for all 50 states, DC and Puerto Rico, and nothing else', () => {
    expect(Object.keys(CITIES_BY_STATE).sort()).toEqual([...US_STATE_CODES].sort());
  });

  it('lists several cities per state, more for the populous ones', () => {
    for (const state of US_STATE_CODES.filter((code) => code !== 'DC')) {
      expect(CITIES_BY_STATE[state].length, state).toBeGreaterThanOrEqual(5);
    }
    for (const state of ['CA', 'TX', 'NY', 'FL', 'PA']) {
      expect(CITIES_BY_STATE[state as 'CA'].length, state).toBeGreaterThanOrEqual(25);
    }
  });

  it('gives every city a setting, and no state the same city twice', () => {
    for (const state of US_STATE_CODES) {
      const cities = CITIES_BY_STATE[state];
      for (const city of cities) expect(SETTINGS).toContain(city.setting);
      expect(new Set(cities.map((city) => city.name)).size, state).toBe(cities.length);
    }
  });

  it('has at least one city outside rural areas in every state', () => {
    for (const state of US_STATE_CODES) {
      expect(CITIES_BY_STATE[state].some((city) => city.setting !== 'RURAL'), state).toBe(true);
    }
  });
});
