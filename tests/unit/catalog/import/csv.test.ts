import { describe, expect, it } from 'vitest';
import { readCsv } from '@/lib/catalog/import/csv';
import { detectFormat } from '@/lib/catalog/import/read-source';
import { parseCanonicalFile } from '@/lib/catalog/import/canonical';
import { groupReasons } from '@/lib/catalog/import/report';
import { FatalImportError } from '@/lib/catalog/import/types';

describe('readCsv', () => {
  it('numbers data rows from 2 (the header is row 1) and strips a BOM', () => {
    expect(readCsv('\ufeffa,b\n1,2\n3,4\n')).toEqual({
      header: ['a', 'b'],
      records: [
        { row: 2, cells: ['1', '2'] },
        { row: 3, cells: ['3', '4'] },
      ],
    });
  });

  it.each([
    ['a row with fewer fields than the header', 'a,b\n1,2\n3\n4,5\n', 3, /Invalid Record Length/],
    ['a row with more fields than the header', 'a,b\n1,2\n3,4,5\n', 3, /Invalid Record Length/],
    ['an unterminated quote', 'a,b\n1,2\n3,"4\n5,6\n', 3, /Quote Not Closed/],
    ['a quote inside an unquoted field', 'a,b\n1,2"x\n', 2, /Invalid Opening Quote|Invalid Closing Quote|quote/i],
  ])('is fatal on %s, naming the row', (_label, text, row, message) => {
    const error = (() => {
      try {
        readCsv(text, 'f.csv');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FatalImportError);
    expect((error as FatalImportError).where?.row).toBe(row);
    expect((error as FatalImportError).message).toMatch(message);
  });
});

describe('detectFormat', () => {
  it.each([
    [['Name of program', 'Type of program', 'Program code', 'Quota', 'Matched'], 'nrmp'],
    [['', 'State', 'City', 'Blank', 'Program name', 'ID', 'Status', 'ERAS link'], 'eras'],
    [['acgme_id', 'name', 'institution', 'specialty', 'state'], 'canonical'],
    [['foo', 'bar'], null],
  ])('%j → %s', (header, format) => {
    expect(detectFormat(header)).toBe(format);
  });
});

describe('parseCanonicalFile', () => {
  it.each([
    ['acgme_id,name,institution,specialty,state,postions\n', /unknown column: postions/],
    ['acgme_id,name,institution,specialty\n', /missing required columns: state/],
    ['name,institution,specialty,state\n', /acgme_id or nrmp_code/],
  ])('is fatal on a bad header %j', (text, message) => {
    expect(() => parseCanonicalFile(text)).toThrow(message);
  });
});

describe('groupReasons', () => {
  it('groups reasons that differ only in quoted values and numbers', () => {
    expect(groupReasons(['ACGME id 1 already appears at row 2', 'ACGME id 3 already appears at row 4', 'state must be one of AL (got "XX")'])).toEqual([
      ['ACGME id N already appears at row N', 2],
      ['state must be one of AL (got "…")', 1],
    ]);
  });
});
