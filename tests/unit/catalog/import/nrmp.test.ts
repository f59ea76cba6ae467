import { describe, expect, it } from 'vitest';
import { parseNrmpFile, programName, readProgramCode } from '@/lib/catalog/import/nrmp';

const HEADER = 'Name of program,Type of program,Program code,Quota,Matched';

function parseRow(row: string) {
  return parseNrmpFile(`${HEADER}\n${row}`);
}

describe('readProgramCode', () => {
  it.each([
    ['1903140C0', 'Internal Medicine', { code: '1903140C0', type: 'Internal Medicine' }],
    ['2251120C0   1', 'Family Medicine', { code: '2251120C0', type: 'Family Medicine', stray: '1' }],
    ['46040C0', 'Anesthesiology                   10', { code: '1046040C0', type: 'Anesthesiology' }],
    ['110C1', 'Emergency Med/AF Civ Sponsored 1046', { code: '1046110C1', type: 'Emergency Med/AF Civ Sponsored' }],
    ['0C0', 'Internal Medicine            180014', { code: '1800140C0', type: 'Internal Medicine' }],
  ])('reads %j (type %j)', (code, type, expected) => {
    expect(readProgramCode(code, type)).toMatchObject(expected);
  });

  it.each([
    ['46040C0', 'Anesthesiology'],
    ['1903140', 'Internal Medicine 1'],
    ['', 'Pediatrics'],
  ])('cannot rebuild %j (type %j)', (code, type) => {
    expect(readProgramCode(code, type)).toEqual({ reason: expect.stringContaining('cannot be rebuilt') });
  });
});

describe('parseNrmpFile', () => {
  it('reads institution and state from "Institution-ST", positions offered and filled, and no city', () => {
    const parsed = parseRow('Example Baptist Health-AL,Internal Medicine,1903140C0,10,9');
    expect(parsed.candidates).toEqual([
      {
        row: 2,
        cells: {
          nrmp_code: '1903140C0',
          name: 'Example Baptist Health: Internal Medicine',
          institution: 'Example Baptist Health',
          specialty: 'IM',
          track: 'CATEGORICAL',
          state: 'AL',
          positions: '10',
          positions_filled: '9',
        },
      },
    ]);
  });

  it.each([
    ['1903140C0', 'CATEGORICAL'],
    ['1903140M0', 'CATEGORICAL'],
    ['1903140P0', 'PRELIMINARY'],
    ['1903080A0', 'ADVANCED'],
    ['1903040R0', 'PHYSICIAN'],
  ])('maps the track letter of %s to %s (issue 16)', (code, track) => {
    expect(parseRow(`Example Hosp-AL,Some Program,${code},4,3`).candidates[0]?.cells).toMatchObject({ track });
  });

  it('strips the "(Continued)" page-break suffix and reports the repair', () => {
    const parsed = parseRow('Example Med Ctr-MA (Continued),Pediatrics,1286320C0,9,9');
    expect(parsed.candidates[0]?.cells).toMatchObject({ institution: 'Example Med Ctr', state: 'MA' });
    expect(parsed.repairs).toEqual([{ row: 2, repair: expect.stringContaining('(Continued)') }]);
  });

  it.each([
    ['A', 'ANES', 'Example Hosp: Anesthesiology (Advanced)'],
    ['R', 'ANES', 'Example Hosp: Anesthesiology (Reserved (physician))'],
    ['C', 'ANES', 'Example Hosp: Anesthesiology'],
  ])('accepts track %s as positions of the specialty', (track, specialty, name) => {
    const parsed = parseRow(`Example Hosp-CA,Anesthesiology,1111040${track}0,4,4`);
    expect(parsed.candidates[0]?.cells).toMatchObject({ specialty, name });
  });

  it('takes a Transitional Year (NRMP digits 999, track P) as a preliminary program of specialty TY', () => {
    const parsed = parseRow('Example Hosp-AL,Transitional,1903999P0,15,12');
    expect(parsed.rejections).toEqual([]);
    expect(parsed.candidates[0]?.cells).toMatchObject({ specialty: 'TY', track: 'PRELIMINARY', positions: '15' });
  });

  it.each([
    ['Example Hosp-AL,Medicine-Psychiatry,1903715C0,2,2', /^Internal Medicine-Psychiatry \(combined\) is not/],
    ['Example Hosp-AL,Something,1903123C0,2,2', /^NRMP specialty digits 123/],
    ['U Example Med School,Pediatrics,1903320C0,2,2', /^no state: the institution "U Example Med School"/],
    ['Example Hosp-AL,Family Medicine,1950120C0   1,0,7', /^Quota 0 is less than Matched 7/],
  ])('rejects %j', (row, reason) => {
    const parsed = parseRow(row);
    expect(parsed.candidates).toEqual([]);
    expect(parsed.rejections).toEqual([{ row: 2, reason: expect.stringMatching(reason) }]);
  });

  it('leaves an empty Matched cell empty (unknown), not zero', () => {
    expect(parseRow('Example Co Med Ctr-MN,Emergency Medicine,1329110C0,1,').candidates[0]?.cells.positions_filled).toBe('');
  });
});

describe('programName', () => {
  it('names the track unless categorical', () => {
    expect(programName('Example', 'Neurology', 'A')).toBe('Example: Neurology (Advanced)');
    expect(programName('Example', 'Neurology', 'C')).toBe('Example: Neurology');
  });
});
