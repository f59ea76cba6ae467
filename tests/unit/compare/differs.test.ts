import { describe, expect, it } from 'vitest';
import { differsAcross } from '@/components/compare/compare-table';
import type { SourcedProgram } from '@/lib/catalog/program-detail';

const sourced = (positions: number | null, state: string) => ({ program: { positions, state } }) as unknown as SourcedProgram;

describe('which compare rows differ (issue 17)', () => {
  it('marks a field whose values differ, and never a single program', () => {
    expect(differsAcross([sourced(10, 'NY'), sourced(12, 'NY')], 'positions')).toBe(true);
    expect(differsAcross([sourced(10, 'NY'), sourced(10, 'NY')], 'positions')).toBe(false);
    expect(differsAcross([sourced(null, 'NY'), sourced(10, 'NY')], 'positions')).toBe(true);
    expect(differsAcross([sourced(10, 'NY')], 'positions')).toBe(false);
  });
});
