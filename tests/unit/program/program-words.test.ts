import { describe, expect, it } from 'vitest';
import {
  FIELD_LABEL,
  formatDay,
  formatField,
  NOT_REPORTED,
  nrmpTrack,
  PROGRAM_FIELD_GROUPS,
  replySourceLabel,
  safeWebsiteUrl,
  sameSource,
  sourceLabel,
} from '@/components/program/program-words';
import type { ProgramFacts } from '@/lib/catalog/program-detail';
import { PROGRAM_DETAIL_FIELDS, type ProgramDetailField } from '@/lib/catalog/program-sources';

const known: ProgramFacts = {
  id: 'p1',
  name: 'Riverside Medical Center Program',
  acgmeId: '1400121020',
  nrmpCode: '1903140C0',
  specialtyCode: 'IM',
  specialtyName: 'Internal Medicine',
  institution: 'Riverside Medical Center',
  city: 'Birmingham',
  state: 'AL',
  region: 'SOUTH',
  website: 'http://example.org/residency',
  erasParticipating: true,
  positions: 10,
  positionsFilled: 1,
  sponsorsJ1: true,
  sponsorsH1b: false,
  shareUsMd: 0.423,
  shareDo: 0.2,
  shareImg: 0.377,
  minStep2: 230,
  minStep2Hard: false,
  typicalStep2: 244,
  yogLimitYears: 5,
  maxAttempts: 0,
  usceRequiredMonths: 3,
  type: 'COMMUNITY_UNIVERSITY_AFFILIATED',
  track: 'ADVANCED',
  setting: 'URBAN',
  researchEmphasis: 'MEDIUM',
};

const unknown: ProgramFacts = {
  ...known,
  acgmeId: null,
  nrmpCode: null,
  city: null,
  website: null,
  erasParticipating: null,
  positions: null,
  positionsFilled: null,
  sponsorsJ1: null,
  sponsorsH1b: null,
  shareUsMd: null,
  shareDo: null,
  shareImg: null,
  minStep2: null,
  minStep2Hard: null,
  typicalStep2: null,
  yogLimitYears: null,
  maxAttempts: null,
  usceRequiredMonths: null,
  type: null,
  setting: null,
  researchEmphasis: null,
};

describe('program field words', () => {
  it('labels every field and shows every field but the name (the heading) in exactly one group', () => {
    const shown = PROGRAM_FIELD_GROUPS.flatMap((group) => group.fields);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual(PROGRAM_DETAIL_FIELDS.filter((field) => field !== 'name').sort());
    for (const field of PROGRAM_DETAIL_FIELDS) expect(FIELD_LABEL[field]).toMatch(/^[A-Z]/);
  });

  it.each<[ProgramDetailField, string]>([
    ['nrmpCode', '1903140C0 — track C, categorical: the whole residency, from the first year'],
    ['specialtyCode', 'Internal Medicine'],
    ['state', 'Alabama (AL)'],
    ['region', 'South'],
    ['erasParticipating', 'Yes'],
    ['sponsorsH1b', 'No'],
    ['positions', '10 positions'],
    ['positionsFilled', '1 position filled'],
    ['shareUsMd', '42%'],
    ['minStep2', '230'],
    ['minStep2Hard', 'No: a guide, not a cutoff'],
    ['yogLimitYears', 'Graduated within the last 5 years'],
    ['maxAttempts', 'None'],
    ['usceRequiredMonths', 'At least 3 months'],
    ['type', 'Community, university-affiliated'],
    ['setting', 'Urban'],
    ['researchEmphasis', 'Medium'],
  ])('says %s as "%s"', (field, words) => {
    expect(formatField(field, known)).toBe(words);
  });

  it('reports nothing it does not know: every nullable field is null, never a default', () => {
    const nullable = PROGRAM_DETAIL_FIELDS.filter((field) => unknown[field as keyof ProgramFacts] === null);
    expect(nullable.length).toBeGreaterThan(20);
    for (const field of nullable) expect(formatField(field, unknown)).toBeNull();
    expect(NOT_REPORTED).toBe('Not reported');
  });

  it('keeps zero apart from unknown', () => {
    expect(formatField('usceRequiredMonths', { ...known, usceRequiredMonths: 0 })).toBe('Not required');
    expect(formatField('shareDo', { ...known, shareDo: 0 })).toBe('0%');
    expect(formatField('maxAttempts', { ...known, maxAttempts: 2 })).toBe('Up to 2 failed attempts');
  });
});

describe('NRMP track letters', () => {
  it.each([
    ['1903140C0', 'C', 'categorical'],
    ['1903140P1', 'P', 'preliminary'],
    ['1903140A0', 'A', 'advanced'],
    ['1903140R0', 'R', 'reserved for physicians'],
    ['1903140M0', 'M', 'primary care or other track'],
  ])('reads %s as track %s (%s)', (code, letter, name) => {
    expect(nrmpTrack(code)).toMatchObject({ letter, name });
  });

  it.each(['46040C0', '2251120C0   1', '1903140X0', ''])('gives no track for the malformed code %j', (code) => {
    expect(nrmpTrack(code)).toBeNull();
  });

  it('shows a code without a known track as it is', () => {
    expect(formatField('nrmpCode', { ...known, nrmpCode: '46040C0' })).toBe('46040C0');
  });
});

describe('source labels', () => {
  const eras = { kind: 'import', importId: 3, name: 'ERAS participating programs 2021', fileName: 'im.csv', dataYear: 2021, importedOn: '2026-11-20' } as const;

  it('names the demo catalog as fictional, with the day it was generated', () => {
    expect(sourceLabel({ kind: 'demo', generatedOn: '2026-11-24' })).toBe('SmartPick demo catalog — fictional, generated Nov 24, 2026');
  });

  it('names an import with its data year and the day it was imported', () => {
    expect(sourceLabel(eras)).toBe('ERAS participating programs 2021 (2021 data), imported Nov 20, 2026');
    expect(sourceLabel({ ...eras, dataYear: null })).toBe('ERAS participating programs 2021, imported Nov 20, 2026');
  });

  it('says so when an import is no longer on record', () => {
    expect(sourceLabel({ kind: 'unrecorded', name: 'import #9' })).toBe('import #9 (its import is no longer on record)');
  });

  it('tells sources apart', () => {
    expect(sameSource(eras, { ...eras })).toBe(true);
    expect(sameSource(eras, { ...eras, importId: 4, name: 'NRMP program results 2020' })).toBe(false);
  });

  it('names a ranked program’s catalog from the recommendation reply', () => {
    expect(replySourceLabel('demo', null)).toBe('demo');
    expect(replySourceLabel('NRMP program results 2020', '2026-11-20')).toBe('NRMP program results 2020, imported Nov 20, 2026');
  });

  it('formats a day in UTC whatever the time zone', () => {
    expect(formatDay('2026-01-01')).toBe('Jan 1, 2026');
  });
});

describe('program websites', () => {
  it.each([
    ['http://www.uab.edu/medicine/imresidency', 'http://www.uab.edu/medicine/imresidency'],
    ['https://example.org', 'https://example.org/'],
    ['javascript:alert(1)', null],
    ['www.example.org', null],
    ['mailto:a@example.org', null],
  ])('links %s only when it is an http(s) address', (text, url) => {
    expect(safeWebsiteUrl(text)).toBe(url);
  });
});
