// Plain words for a program's values and their sources, shared by its page, the compare view and
// the results. Unknown stays unknown: a NULL value reads "Not reported", never a guess.
import { capitalize, percent, PROGRAM_TYPE_LABEL, REGION_LABEL, RESEARCH_LABEL, SETTING_LABEL, stateName } from '@/lib/engine/labels';
import type { ProgramFacts } from '@/lib/catalog/program-detail';
import type { CatalogSource, ProgramDetailField } from '@/lib/catalog/program-sources';
import { formatNumber } from '@/components/ui/number-format';

export const NOT_REPORTED = 'Not reported';

/** The fields shown for a program, in the groups its page shows them in (the name is the heading). */
export const PROGRAM_FIELD_GROUPS: ReadonlyArray<{ id: string; title: string; fields: readonly ProgramDetailField[] }> = [
  {
    id: 'identity',
    title: 'The program',
    fields: ['acgmeId', 'nrmpCode', 'specialtyCode', 'institution', 'city', 'state', 'region', 'website', 'erasParticipating'],
  },
  { id: 'size', title: 'Size', fields: ['positions', 'positionsFilled'] },
  {
    id: 'applicants',
    title: 'Who they take',
    fields: [
      'sponsorsJ1',
      'sponsorsH1b',
      'shareUsMd',
      'shareDo',
      'shareImg',
      'minStep2',
      'minStep2Hard',
      'typicalStep2',
      'yogLimitYears',
      'maxAttempts',
      'usceRequiredMonths',
    ],
  },
  { id: 'character', title: 'Character', fields: ['type', 'track', 'setting', 'researchEmphasis'] },
];

export const FIELD_LABEL: Readonly<Record<ProgramDetailField, string>> = {
  name: 'Program name',
  acgmeId: 'ACGME program ID',
  nrmpCode: 'NRMP program code',
  specialtyCode: 'Specialty',
  institution: 'Institution',
  city: 'City',
  state: 'State',
  region: 'Census region',
  website: 'Website',
  erasParticipating: 'Takes applications through ERAS',
  positions: 'Positions offered a year',
  positionsFilled: 'Positions filled in the Match',
  sponsorsJ1: 'Sponsors J-1 visas',
  sponsorsH1b: 'Sponsors H-1B visas',
  shareUsMd: 'Residents from US MD schools',
  shareDo: 'Residents from DO schools',
  shareImg: 'Residents who are international graduates',
  minStep2: 'Stated minimum Step 2 CK',
  minStep2Hard: 'Is that minimum a hard cutoff?',
  typicalStep2: 'Typical Step 2 CK of matched residents',
  yogLimitYears: 'Years since graduation accepted',
  maxAttempts: 'Failed exam attempts accepted',
  usceRequiredMonths: 'US clinical experience required',
  type: 'Program type',
  track: 'Track',
  setting: 'Setting',
  researchEmphasis: 'Research emphasis',
};

/**
 * NRMP program codes end in a track letter and a digit (e.g. 1903140C0). The letters, as NRMP uses
 * them in its Main Residency Match program results.
 */
export const NRMP_TRACKS: Readonly<Record<string, { name: string; meaning: string }>> = {
  C: { name: 'categorical', meaning: 'the whole residency, from the first year' },
  P: { name: 'preliminary', meaning: 'one first year (PGY-1) before an advanced program' },
  A: { name: 'advanced', meaning: 'starts in the second year (PGY-2), after a preliminary year' },
  R: { name: 'reserved for physicians', meaning: 'for applicants who already have graduate medical training' },
  M: { name: 'primary care or other track', meaning: 'a separate track of the program, often primary care' },
};

/** A program's track in words: where its positions start, and what else the applicant needs. */
export const TRACK_WORDS: Readonly<Record<ProgramFacts['track'], string>> = {
  CATEGORICAL: 'Categorical: the whole residency, from the first year (PGY-1)',
  ADVANCED: 'Advanced: starts in the second year (PGY-2); apply to a preliminary or transitional year as well',
  PRELIMINARY: 'Preliminary: one first year (PGY-1), before an advanced program or as a fallback',
  PHYSICIAN: 'Reserved for physicians who already have graduate medical training',
};

/** The track of a 9-character NRMP code, or null when the code has another shape or an unknown letter. */
export function nrmpTrack(code: string): { letter: string; name: string; meaning: string } | null {
  const letter = /^\d{7}([A-Z])\d$/.exec(code.trim().toUpperCase())?.[1];
  const track = letter ? NRMP_TRACKS[letter] : undefined;
  return letter && track ? { letter, ...track } : null;
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** A field's value in words, or null when the catalog does not report it. */
export function formatField(field: ProgramDetailField, program: ProgramFacts): string | null {
  switch (field) {
    case 'name':
    case 'acgmeId':
    case 'institution':
    case 'city':
    case 'website':
      return program[field];
    case 'nrmpCode': {
      if (program.nrmpCode === null) return null;
      const track = nrmpTrack(program.nrmpCode);
      return track ? `${program.nrmpCode} — track ${track.letter}, ${track.name}: ${track.meaning}` : program.nrmpCode;
    }
    case 'specialtyCode':
      return program.specialtyName;
    case 'track':
      return TRACK_WORDS[program.track];
    case 'state':
      return `${stateName(program.state)} (${program.state})`;
    case 'region':
      return capitalize(REGION_LABEL[program.region].replace(/^the /, ''));
    case 'erasParticipating':
    case 'sponsorsJ1':
    case 'sponsorsH1b': {
      const value = program[field];
      return value === null ? null : yesNo(value);
    }
    case 'minStep2Hard':
      if (program.minStep2Hard === null) return null;
      return program.minStep2Hard ? 'Yes: applications below it are not considered' : 'No: a guide, not a cutoff';
    case 'positions':
      return program.positions === null ? null : plural(program.positions, 'position', 'positions');
    case 'positionsFilled':
      return program.positionsFilled === null ? null : plural(program.positionsFilled, 'position filled', 'positions filled');
    case 'shareUsMd':
    case 'shareDo':
    case 'shareImg': {
      const value = program[field];
      return value === null ? null : percent(value);
    }
    case 'minStep2':
    case 'typicalStep2': {
      const value = program[field];
      return value === null ? null : String(value);
    }
    case 'yogLimitYears':
      return program.yogLimitYears === null ? null : `Graduated within the last ${plural(program.yogLimitYears, 'year', 'years')}`;
    case 'maxAttempts':
      if (program.maxAttempts === null) return null;
      return program.maxAttempts === 0 ? 'None' : `Up to ${plural(program.maxAttempts, 'failed attempt', 'failed attempts')}`;
    case 'usceRequiredMonths':
      if (program.usceRequiredMonths === null) return null;
      return program.usceRequiredMonths === 0 ? 'Not required' : `At least ${plural(program.usceRequiredMonths, 'month', 'months')}`;
    case 'type':
      return program.type === null ? null : capitalize(PROGRAM_TYPE_LABEL[program.type]);
    case 'setting':
      return program.setting === null ? null : capitalize(SETTING_LABEL[program.setting]);
    case 'researchEmphasis':
      return program.researchEmphasis === null ? null : capitalize(RESEARCH_LABEL[program.researchEmphasis]);
  }
}

/** An http(s) address to link to, or null: anything else in the catalog is shown as text, never linked. */
export function safeWebsiteUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

// Made on first use, not when the module loads: a page's first Intl formatter costs it tens of
// milliseconds of main-thread time (components/ui/number-format.ts).
let dayFormatter: Intl.DateTimeFormat | undefined;
const dayFormat = () => (dayFormatter ??= new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));

/** "2026-11-24" → "Nov 24, 2026" (UTC, so the server's HTML and the browser's agree). */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : dayFormat().format(date);
}

export const DEMO_CATALOG_NAME = 'SmartPick demo catalog';

/** The short line under a value: which catalog and when. */
export function sourceLabel(source: CatalogSource): string {
  switch (source.kind) {
    case 'demo':
      return `${DEMO_CATALOG_NAME} — fictional, generated ${formatDay(source.generatedOn)}`;
    case 'import':
      return `${source.name}${source.dataYear === null ? '' : ` (${source.dataYear} data)`}, imported ${formatDay(source.importedOn)}`;
    case 'unrecorded':
      return `${source.name} (its import is no longer on record)`;
  }
}

/** Two sources are the same catalog (a value's source equal to its program's needs no repeating). */
export function sameSource(a: CatalogSource, b: CatalogSource): boolean {
  return sourceLabel(a) === sourceLabel(b);
}

/** The catalog a ranked program comes from, as the recommendation reply gives it ("demo" or the import's name and day). */
export function replySourceLabel(source: string, sourceDate: string | null): string {
  return sourceDate ? `${source}, imported ${formatDay(sourceDate)}` : source;
}
