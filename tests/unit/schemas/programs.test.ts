import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRAM_SIZES, PROGRAM_TYPES, REGIONS, SETTINGS } from '@/lib/engine/types';
import {
  CUTOFF_VALUES,
  DEFAULT_PROGRAM_QUERY,
  PROGRAM_SORTS,
  programQuerySchema,
  programSearchParams,
  programsHref,
  readProgramQuery,
} from '@/lib/schemas/programs';

const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });
const flag = fc.option(fc.boolean(), { nil: undefined });

const queries = fc.record({
  q: fc.option(fc.stringMatching(/^[a-z][a-z ,.'%_-]{0,20}[a-z]$/), { nil: undefined }),
  specialty: subset(['IM', 'FM', 'PEDS', 'EM']),
  state: subset(['NY', 'NJ', 'CA', 'PR', 'DC'] as const),
  region: subset(REGIONS),
  type: subset(PROGRAM_TYPES),
  setting: subset(SETTINGS),
  size: subset(PROGRAM_SIZES),
  j1: flag,
  h1b: flag,
  imgs: flag,
  dos: flag,
  cutoff: fc.option(fc.constantFrom(...CUTOFF_VALUES), { nil: undefined }),
  yog: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  sort: fc.constantFrom(...PROGRAM_SORTS),
  page: fc.integer({ min: 1, max: 100 }),
  limit: fc.integer({ min: 1, max: 100 }),
});

const withoutUndefined = (value: object) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

describe('program query in the URL', () => {
  it('reads back every query it writes: a copied URL reproduces the view', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const params = programSearchParams(query);
        const raw = Object.fromEntries([...params.keys()].map((key) => [key, params.get(key)!]));
        expect(withoutUndefined(programQuerySchema.parse(raw))).toEqual(withoutUndefined(query));
      }),
    );
  });

  it('leaves defaults out, so the plain view is just /programs', () => {
    expect(programsHref(DEFAULT_PROGRAM_QUERY)).toBe('/programs');
    expect(programsHref({ ...DEFAULT_PROGRAM_QUERY, state: ['NY', 'NJ'], j1: true, page: 2 })).toBe('/programs?state=NY%2CNJ&j1=true&page=2');
  });

  it('reads what a plain form sends: repeated keys and empty fields', () => {
    const { query, problems } = readProgramQuery({ q: '', specialty: ['IM', 'FM'], cutoff: '', yog: '', sort: 'name', j1: 'true' });
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ specialty: ['IM', 'FM'], j1: true, sort: 'name', page: 1 });
    expect(query.q).toBeUndefined();
    expect(query.cutoff).toBeUndefined();
  });

  it('never fails on a bad address: it drops what it cannot read, keeps the rest and says why', () => {
    const { query, problems } = readProgramQuery({ state: 'XX', specialty: 'IM', page: '0', utm_source: 'mail' });
    expect(query).toMatchObject({ specialty: ['IM'], page: 1 });
    expect(query.state).toBeUndefined();
    expect(problems.join('\n')).toMatch(/state\.0: Use two-letter US state codes/);
    expect(problems.join('\n')).toMatch(/page: page starts at 1/);
    expect(problems.join('\n')).toMatch(/utm_source/);
  });

  it('offers Step 2 CK minimums only in steps of 10, never an exact score', () => {
    expect(programQuerySchema.safeParse({ cutoff: '240' }).success).toBe(true);
    expect(programQuerySchema.safeParse({ cutoff: '243' }).success).toBe(false);
  });
});
