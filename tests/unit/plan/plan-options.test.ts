import { describe, expect, it } from 'vitest';
import { STATE_OPTIONS } from '@/components/plan/plan-options';

describe('the state choices', () => {
  it('are in the alphabetical order localeCompare gives', () => {
    const labels = STATE_OPTIONS.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
