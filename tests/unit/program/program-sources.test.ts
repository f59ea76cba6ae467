import { describe, expect, it } from 'vitest';
import { COMPARE_MAX_PROGRAMS, compareHref, parseCompareIds } from '@/lib/catalog/compare-ids';
import { fieldSourcesOf, parseFieldSources, programSource, referencedImportIds, type ImportRecord } from '@/lib/catalog/program-sources';

const eras: ImportRecord = { id: 1, name: 'ERAS participating programs 2021', fileName: 'im.csv', dataYear: 2021, createdAt: new Date('2026-11-20T10:00:00Z') };
const nrmp: ImportRecord = { id: 2, name: 'NRMP program results 2020', fileName: 'nrmp.csv', dataYear: 2020, createdAt: new Date('2026-11-21T23:30:00Z') };
const imports = new Map([eras, nrmp].map((record) => [record.id, record]));
const createdAt = new Date('2026-11-24T08:00:00Z');

describe('where a program’s values come from', () => {
  it('takes a field’s own import first, then the program’s import', () => {
    const sources = fieldSourcesOf({ source: eras.name, importId: 1, createdAt, fieldSources: { positionsFilled: 2, positions: 2 } }, imports);
    expect(sources.positionsFilled).toMatchObject({ kind: 'import', name: nrmp.name, dataYear: 2020, importedOn: '2026-11-21' });
    expect(sources.website).toMatchObject({ kind: 'import', name: eras.name, importedOn: '2026-11-20' });
  });

  it('gives demo programs the demo catalog with the day it was generated', () => {
    const row = { source: 'demo', importId: null, createdAt, fieldSources: null };
    expect(programSource(row, imports)).toEqual({ kind: 'demo', generatedOn: '2026-11-24' });
    expect(fieldSourcesOf(row, imports).minStep2).toEqual({ kind: 'demo', generatedOn: '2026-11-24' });
  });

  it('does not pass off a deleted import as another one', () => {
    const row = { source: 'Old import', importId: null, createdAt, fieldSources: { city: 7 } };
    expect(programSource(row, imports)).toEqual({ kind: 'unrecorded', name: 'Old import' });
    expect(fieldSourcesOf(row, imports).city).toEqual({ kind: 'unrecorded', name: 'import #7' });
  });

  it('keeps only integer import ids from the stored JSON', () => {
    expect(parseFieldSources({ city: 1, state: '2', region: 1.5, website: null })).toEqual({ city: 1 });
    expect(parseFieldSources([1, 2])).toEqual({});
    expect(parseFieldSources(null)).toEqual({});
    expect(referencedImportIds([{ city: 3 }, null, { state: 1, region: 3 }])).toEqual([1, 3]);
  });
});

describe('the compare address', () => {
  it('keeps distinct ids in order, at most four, and counts the rest', () => {
    expect(parseCompareIds('a, b,,a,c')).toEqual({ ids: ['a', 'b', 'c'], dropped: 0 });
    expect(parseCompareIds('a,b,c,d,e,f')).toEqual({ ids: ['a', 'b', 'c', 'd'], dropped: 2 });
    expect(parseCompareIds(['a,b', 'c'])).toEqual({ ids: ['a', 'b', 'c'], dropped: 0 });
    expect(parseCompareIds(undefined)).toEqual({ ids: [], dropped: 0 });
    expect(COMPARE_MAX_PROGRAMS).toBe(4);
  });

  it('builds the address back, escaping ids', () => {
    expect(compareHref(['a b', 'c,d'])).toBe('/programs/compare?ids=a%20b,c%2Cd');
    expect(parseCompareIds(decodeURIComponent('a%20b'))).toEqual({ ids: ['a b'], dropped: 0 });
  });
});
