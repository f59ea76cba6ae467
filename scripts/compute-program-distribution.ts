// Computes the aggregate facts the demo-catalog generator uses from the real public program lists in
// ../shared/reference/real, and writes them to lib/reference/program-distribution.ts. Only
// aggregates leave this script (program counts per state, quantiles of positions per program):
// the rows themselves are test data that the product never ships.
//
//   npx tsx scripts/compute-program-distribution.ts [path/to/shared/reference]
//
// Run by a developer when the reference files change; the product never reads ../shared.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { US_STATES, US_STATE_CODES, type StateCode } from '@/lib/reference/states';

/** ERAS 2021 file name (the specialty as AAMC names it) → our specialty code. */
const ERAS_FILE_TO_SPECIALTY: Readonly<Record<string, string>> = {
  'Anesthesiology.csv': 'ANES',
  'Child Neurology.csv': 'CHNEURO',
  'Dermatology.csv': 'DERM',
  'Emergency Medicine.csv': 'EM',
  'Family Medicine.csv': 'FM',
  'Internal Medicine.csv': 'IM',
  'Internal Medicine-Pediatrics.csv': 'MEDPEDS',
  'Interventional Radiology - Integrated.csv': 'IR',
  'Neurological Surgery.csv': 'NSGY',
  'Neurology.csv': 'NEURO',
  'Obstetrics and Gynecology.csv': 'OBGYN',
  'Orthopaedic Surgery.csv': 'ORTHO',
  'Otolaryngology - Head and Neck Surgery.csv': 'ENT',
  'Pathology-Anatomic and Clinical.csv': 'PATH',
  'Pediatrics.csv': 'PEDS',
  'Physical Medicine and Rehabilitation.csv': 'PMR',
  'Plastic Surgery - Integrated.csv': 'PLASTICS',
  'Psychiatry.csv': 'PSYCH',
  'Radiation Oncology.csv': 'RADONC',
  'Radiology-Diagnostic.csv': 'DR',
  'Surgery.csv': 'GS',
  'Thoracic Surgery - Integrated.csv': 'THOR',
  'Urology.csv': 'URO',
  'Vascular Surgery - Integrated.csv': 'VASC',
};

const ERAS_2021_SOURCE = 'AAMC, ERAS participating programs lists, 2021 season';
const NRMP_2020_SOURCE = 'NRMP, Main Residency Match 2020, program results';

const NRMP_CODE = /^(\d{4})(\d{3})([CPARM])(\d)$/;
// Categorical tracks, plus advanced (PGY-2 entry) tracks: in DR, DERM, RADONC, IR and PMR most
// programs enter at PGY-2, so their class size is only seen in A tracks.
const TRACKS_COUNTED = new Set(['C', 'A']);

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks (the ERAS files do). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function increment<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function isStateCode(value: string): value is StateCode {
  return Object.hasOwn(US_STATES, value);
}

interface ErasAggregates {
  byState: Map<string, Map<StateCode, number>>;
  acgmeSpecialtyCodes: Map<string, string>;
  acgmeStateCodes: Map<StateCode, string>;
  skipped: number;
}

function aggregateEras(dir: string): ErasAggregates {
  const byState = new Map<string, Map<StateCode, number>>();
  const specialtyPrefixes = new Map<string, Map<string, number>>();
  const statePrefixes = new Map<StateCode, Map<string, number>>();
  let skipped = 0;
  for (const file of readdirSync(dir).sort()) {
    const specialty = ERAS_FILE_TO_SPECIALTY[file];
    const [header, ...rows] = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    const stateColumn = header?.indexOf('State') ?? -1;
    const idColumn = header?.indexOf('ID') ?? -1;
    const seen = new Set<string>();
    for (const row of rows) {
      const state = (row[stateColumn] ?? '').trim().toUpperCase();
      const id = (row[idColumn] ?? '').trim();
      if (!isStateCode(state) || !/^\d{10}$/.test(id)) {
        skipped += 1;
        continue;
      }
      // The ACGME id's digits 4–5 are the state: learn the code from every file, mapped or not.
      const prefixes = statePrefixes.get(state) ?? new Map<string, number>();
      increment(prefixes, id.slice(3, 5));
      statePrefixes.set(state, prefixes);
      if (specialty === undefined || seen.has(id)) continue;
      seen.add(id);
      const counts = byState.get(specialty) ?? new Map<StateCode, number>();
      increment(counts, state);
      byState.set(specialty, counts);
      const codes = specialtyPrefixes.get(specialty) ?? new Map<string, number>();
      increment(codes, id.slice(0, 3));
      specialtyPrefixes.set(specialty, codes);
    }
  }
  return {
    byState,
    acgmeSpecialtyCodes: new Map([...specialtyPrefixes].map(([code, prefixes]) => [code, mostCommon(prefixes)])),
    acgmeStateCodes: new Map([...statePrefixes].map(([state, prefixes]) => [state, mostCommon(prefixes)])),
    skipped,
  };
}

/**
 * The NRMP file came from a PDF and some codes are split across columns ("46040C0" with "10" at the
 * end of the program type) or carry a stray column ("2251120C0   1"). Repair only what rebuilds a
 * well-formed code; anything else is skipped.
 */
function repairNrmpCode(programType: string, code: string): string | null {
  const trimmed = code.trim();
  if (NRMP_CODE.test(trimmed)) return trimmed;
  const firstToken = trimmed.split(/\s+/)[0] ?? '';
  if (NRMP_CODE.test(firstToken)) return firstToken;
  const spilled = /(\d+)\s*$/.exec(programType)?.[1];
  const joined = spilled === undefined ? '' : spilled + trimmed.replace(/\s+/g, '');
  return NRMP_CODE.test(joined) ? joined : null;
}

interface PositionsSpread {
  programs: number;
  positions: number;
  meanPositions: number;
  deciles: number[];
}

/** Quantile by linear interpolation between order statistics (R type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (h - low) * (upper - lower);
}

function aggregateNrmp(file: string, specialtyByAcgmeCode: Map<string, string>) {
  const [, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  // One program = institution + specialty (the code's first 7 digits); its tracks are summed.
  const quotaByProgram = new Map<string, Map<string, number>>();
  let repaired = 0;
  let skipped = 0;
  for (const [, programType = '', rawCode = '', rawQuota = ''] of rows) {
    const code = repairNrmpCode(programType, rawCode);
    const quota = Number(rawQuota.trim());
    if (code === null || rawQuota.trim() === '' || !Number.isInteger(quota)) {
      skipped += 1;
      continue;
    }
    if (code !== rawCode.trim()) repaired += 1;
    const [, , acgme = '', track = ''] = NRMP_CODE.exec(code) ?? [];
    const specialty = specialtyByAcgmeCode.get(acgme);
    if (specialty === undefined || !TRACKS_COUNTED.has(track)) continue;
    const programs = quotaByProgram.get(specialty) ?? new Map<string, number>();
    increment(programs, code.slice(0, 7), quota);
    quotaByProgram.set(specialty, programs);
  }
  const spreads = new Map<string, PositionsSpread>();
  for (const [specialty, programs] of quotaByProgram) {
    // A quota of 0 is a program that offered nothing that year (or a conversion error): not a size.
    const sizes = [...programs.values()].filter((quota) => quota > 0).sort((a, b) => a - b);
    const positions = sizes.reduce((sum, size) => sum + size, 0);
    spreads.set(specialty, {
      programs: sizes.length,
      positions,
      meanPositions: round(positions / sizes.length, 2),
      deciles: Array.from({ length: 11 }, (_, i) => round(quantile(sizes, i / 10), 1)),
    });
  }
  return { spreads, repaired, skipped };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function wrapEntries(entries: string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const entry of entries) {
    if (line !== '' && indent.length + line.length + entry.length + 2 > 110) {
      lines.push(indent + line.trimEnd());
      line = '';
    }
    line += `${entry}, `;
  }
  if (line !== '') lines.push(indent + line.trimEnd());
  return lines.join('\n');
}

function renderModule(eras: ErasAggregates, spreads: Map<string, PositionsSpread>): string {
  const specialties = [...eras.byState.keys()].sort();
  const byState = specialties.map((code) => {
    const counts = eras.byState.get(code) ?? new Map<StateCode, number>();
    const entries = US_STATE_CODES.filter((state) => counts.has(state)).map((state) => `${state}: ${counts.get(state)}`);
    return `  ${code}: {\n${wrapEntries(entries, '    ')}\n  },`;
  });
  const stateCodes = US_STATE_CODES.map((state) => `${state}: '${eras.acgmeStateCodes.get(state) ?? ''}'`);
  const specialtyCodes = specialties.map((code) => `${code}: '${eras.acgmeSpecialtyCodes.get(code) ?? ''}'`);
  const spreadLines = [...spreads.keys()].sort().map((code) => {
    const s = spreads.get(code);
    return s === undefined
      ? ''
      : `  ${code}: { programs: ${s.programs}, positions: ${s.positions}, meanPositions: ${s.meanPositions}, deciles: [${s.deciles.join(', ')}] },`;
  });
  return `// GENERATED by scripts/compute-program-distribution.ts from ../shared/reference/real; do not edit
// by hand. Aggregates only (program counts per state, quantiles of positions per program), never rows.
// Sources:
// - ${ERAS_2021_SOURCE}: one file per specialty; a program
//   is counted once per file whatever its participation status. The ACGME id's digits 1–3 give the
//   specialty code, digits 4–5 the state.
// - ${NRMP_2020_SOURCE}: per program (NRMP code digits 1–7:
//   institution + specialty), the sum of its categorical (C) and advanced (A) tracks' quotas;
//   programs with a quota of 0 are left out, and program codes split or padded by the PDF conversion
//   are repaired where the digits prove it.
//   Urology is absent: it matches through the AUA.
import type { StateCode } from './states';

export const ERAS_2021_SOURCE = '${ERAS_2021_SOURCE}';
export const NRMP_2020_SOURCE = '${NRMP_2020_SOURCE}';

/** ACGME state code (digits 4–5 of an ACGME program id) of each state, the most common in the ERAS lists. */
export const ACGME_STATE_CODES: Readonly<Record<StateCode, string>> = {
${wrapEntries(stateCodes, '  ')}
};

/** ACGME specialty code (digits 1–3 of an ACGME program id) of our specialties. */
export const ACGME_SPECIALTY_CODES: Readonly<Record<string, string>> = {
${wrapEntries(specialtyCodes, '  ')}
};

/** Programs per state in each specialty's ERAS 2021 list (states with none are absent). */
export const PROGRAMS_BY_STATE_ERAS_2021: Readonly<Record<string, Readonly<Partial<Record<StateCode, number>>>>> = {
${byState.join('\n')}
};

/** Positions per program: programs counted, their positions, the mean and deciles (min, p10 … p90, max). */
export interface PositionsSpread {
  programs: number;
  positions: number;
  meanPositions: number;
  deciles: readonly number[];
}

export const POSITIONS_PER_PROGRAM_NRMP_2020: Readonly<Record<string, PositionsSpread>> = {
${spreadLines.join('\n')}
};

/** Share (0–1) of a specialty's programs in each state; empty when the specialty has no list. */
export function programShareByState(specialtyCode: string): Partial<Record<StateCode, number>> {
  const counts = Object.entries(PROGRAMS_BY_STATE_ERAS_2021[specialtyCode] ?? {});
  const total = counts.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  return Object.fromEntries(counts.map(([state, count]) => [state, (count ?? 0) / total]));
}
`;
}

function main(): void {
  const referenceDir = path.resolve(process.argv[2] ?? path.join(process.cwd(), '../shared/reference'));
  const eras = aggregateEras(path.join(referenceDir, 'real/eras-participating-programs-2021'));
  const specialtyByAcgmeCode = new Map([...eras.acgmeSpecialtyCodes].map(([code, acgme]) => [acgme, code]));
  const nrmp = aggregateNrmp(path.join(referenceDir, 'real/nrmp-program-results-2020.csv'), specialtyByAcgmeCode);
  const out = path.join(process.cwd(), 'lib/reference/program-distribution.ts');
  writeFileSync(out, renderModule(eras, nrmp.spreads));
  console.log(
    `Wrote ${out}: ${eras.byState.size} specialties by state (${eras.skipped} ERAS rows skipped), ` +
      `${nrmp.spreads.size} positions spreads (${nrmp.repaired} NRMP codes repaired, ${nrmp.skipped} rows skipped).`,
  );
}

main();
