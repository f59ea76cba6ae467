import { describe, expect, it } from 'vitest';
import { parseErasFile, parseErasFiles, readErasLink } from '@/lib/catalog/import/eras';
import { FatalImportError } from '@/lib/catalog/import/types';

const HEADER = ',State,City,Blank,Program name,ID,Status,ERAS link';

function file(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

describe('parseErasFile', () => {
  it('reads a row into canonical cells, keeping the ACGME id as text with its leading zero', () => {
    const parsed = parseErasFile(file('0,AL,Birmingham,,Example Medical Center Program,0400121010,Participating,https://example.org/'), 'Anesthesiology.csv');
    expect(parsed).toMatchObject({ format: 'eras', rowsRead: 1, rejections: [], repairs: [] });
    expect(parsed.candidates).toEqual([
      {
        row: 2,
        cells: {
          acgme_id: '0400121010',
          name: 'Example Medical Center Program',
          institution: 'Example Medical Center',
          specialty: 'ANES',
          city: 'Birmingham',
          state: 'AL',
          eras_participating: 'true',
          website: 'https://example.org/',
        },
      },
    ]);
  });

  it.each([
    ['Participating', 'true'],
    ['Not Participating', 'false'],
    ['', ''],
  ])('reads Status %j as eras_participating %j', (status, expected) => {
    const parsed = parseErasFile(file(`0,AL,Mobile,,A Program,0400100001,${status},`), 'Surgery.csv');
    expect(parsed.candidates[0]?.cells.eras_participating).toBe(expected);
  });

  it('rejects an unknown Status with its row', () => {
    const parsed = parseErasFile(file('0,AL,Mobile,,A Program,0400100001,Maybe,'), 'Surgery.csv');
    expect(parsed.rejections).toEqual([{ row: 2, reason: expect.stringContaining('Status must be') }]);
  });

  it.each([
    ['Internal Medicine-Psychiatry.csv', 'Internal Medicine-Psychiatry (combined) is not a specialty SmartPick covers'],
    ['Podiatry.csv', 'the file name "Podiatry" is not an ERAS specialty SmartPick knows'],
  ])('rejects every row of %s', (name, reason) => {
    const parsed = parseErasFile(file('0,AL,Mobile,,A Program,0400100001,Participating,', '1,AL,Mobile,,B Program,0400100002,Participating,'), name);
    expect(parsed.candidates).toEqual([]);
    expect(parsed.rejections).toEqual([
      { row: 2, reason },
      { row: 3, reason },
    ]);
  });

  it('rejects a preliminary track, which ERAS lists under the categorical program’s ACGME id', () => {
    const parsed = parseErasFile(file('0,AZ,Phoenix,,Example Preliminary Program,1400300001,Participating,'), 'Internal Medicine.csv');
    expect(parsed.rejections[0]?.reason).toMatch(/^preliminary track of Internal Medicine/);
  });

  it('removes the "Osteopathic Recognized!" badge from a name spanning lines, and says so', () => {
    const parsed = parseErasFile(file('0,IL,Chicago,,"Example Program\n\t\t Osteopathic\u00a0Recognized!",0400100003,Participating,'), 'Anesthesiology.csv');
    expect(parsed.candidates[0]?.cells.name).toBe('Example Program');
    expect(parsed.repairs).toEqual([{ row: 2, repair: expect.stringContaining('Osteopathic Recognized!') }]);
  });

  it('numbers rows as a spreadsheet shows them, a quoted multi-line cell being one row', () => {
    const parsed = parseErasFile(file('0,IL,Chicago,,"Two\nLines Program",0400100003,Participating,', '1,IL,Chicago,,Next Program,0400100004,Participating,'), 'Anesthesiology.csv');
    expect(parsed.candidates.map((c) => c.row)).toEqual([2, 3]);
  });

  it('is fatal when a required column is missing', () => {
    expect(() => parseErasFile('State,City,Program name,Status\nAL,Mobile,A Program,Participating', 'Surgery.csv')).toThrow(FatalImportError);
  });
});

describe('parseErasFiles', () => {
  it('reads files in name order and puts the file name on every row reference', () => {
    const parsed = parseErasFiles([
      { name: 'Urology.csv', text: file('0,AL,Mobile,,U Program,1200100001,Participating,') },
      { name: 'Transitional Year.csv', text: file('0,AL,Mobile,,T Program,9990100001,Participating,') },
    ]);
    expect(parsed.rowsRead).toBe(2);
    expect(parsed.rejections).toEqual([]);
    expect(parsed.candidates.map((c) => [c.file, c.row])).toEqual([
      ['Transitional Year.csv', 2],
      ['Urology.csv', 2],
    ]);
    // A Transitional Year is a PGY-1 year: its programs come in on the preliminary track.
    expect(parsed.candidates[0]?.cells).toMatchObject({ specialty: 'TY', track: 'PRELIMINARY' });
    expect(parsed.candidates[1]?.cells.track).toBeUndefined();
  });
});

describe('readErasLink', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a', undefined],
    ['', '', undefined],
    ['Http://www.example.org', 'http://www.example.org', 'lower-cased the scheme'],
    ['http://www. EXAMPLE.org', 'http://www.EXAMPLE.org', 'removed spaces inside the host name'],
    ['http://a.org and http://b.org', 'http://a.org', 'kept the address'],
    ['https://a.org/x; https://b.org/', 'https://a.org/x', 'kept the address'],
    ['https://a.org/index.html, @handle', 'https://a.org/index.html', 'kept the address'],
    // Not provable: spaces that leave no domain, so the validator rejects the row.
    ['http://www.The University of Example', 'http://www.The University of Example', undefined],
  ])('%j → %j', (cell, website, repair) => {
    const result = readErasLink(cell);
    expect(result.website).toBe(website);
    if (repair) expect(result.repair).toContain(repair);
    else expect(result.repair).toBeUndefined();
  });
});
