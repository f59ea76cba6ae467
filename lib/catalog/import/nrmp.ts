// NRMP Main Residency Match program results (converted from the published PDF). Columns: Name of
// program ("Institution-ST"), Type of program, Program code (IIIISSSTN), Quota, Matched.
// The conversion left scars; only provable repairs are made, every one reported.
import { readCsv, requireColumns } from './csv';
import { NRMP_SPECIALTY_DIGITS, NRMP_TRACKS, TRACK_OF_NRMP_LETTER, isNrmpTrack, notCoveredReason } from './specialty-names';
import { NRMP_CODE_PATTERN } from './validate';
import { US_STATES } from '@/lib/reference/states';
import type { ParsedFile, RawCandidate, Rejection, Repair } from './types';

export const NRMP_COLUMNS = ['Name of program', 'Type of program', 'Program code', 'Quota', 'Matched'] as const;

const CONTINUED = /\s*\(Continued\)\s*$/;
const INSTITUTION_STATE = /^(.*\S)\s*-\s?([A-Z]{2})$/;
const CODE_WITH_STRAY_TEXT = /^(\d{7}[A-Z]\d)\s+(\S+)$/;
const TYPE_WITH_TRAILING_DIGITS = /^(.*\D)(\d+)$/;

interface CodeReading {
  code: string;
  type: string;
  stray?: string;
  repair?: string;
}

/**
 * Reads the program code. Two provable repairs: a code followed by a stray token (a neighbouring
 * column merged into the cell), and a code split across columns, its first digits left at the end
 * of "Type of program": rejoined only when the result has the exact 9-character shape.
 */
export function readProgramCode(codeCell: string, typeCell: string): CodeReading | { reason: string } {
  const code = codeCell.trim();
  const type = typeCell.trim();
  if (NRMP_CODE_PATTERN.test(code)) return { code, type };
  const stray = code.match(CODE_WITH_STRAY_TEXT);
  if (stray?.[1] && stray[2]) {
    return {
      code: stray[1],
      type,
      stray: stray[2],
      repair: `Program code: removed the stray "${stray[2]}" after the code ${stray[1]} (another column merged into the cell)`,
    };
  }
  const split = type.match(TYPE_WITH_TRAILING_DIGITS);
  if (split?.[1] && split[2] && NRMP_CODE_PATTERN.test(split[2] + code)) {
    const joined = split[2] + code;
    return {
      code: joined,
      type: split[1].trim(),
      repair: `Program code: rejoined "${split[2]}" from the end of Type of program with "${code}" into ${joined} (the code was split across columns)`,
    };
  }
  return { reason: `Program code ${JSON.stringify(code)} is not a 9-character NRMP code (like 1903140C0) and cannot be rebuilt` };
}

export function programName(institution: string, type: string, track: keyof typeof NRMP_TRACKS): string {
  return track === 'C' ? `${institution}: ${type}` : `${institution}: ${type} (${NRMP_TRACKS[track]})`;
}

export function parseNrmpFile(text: string, fileName?: string): ParsedFile {
  const table = readCsv(text, fileName);
  const at = requireColumns(table, NRMP_COLUMNS, fileName);
  const candidates: RawCandidate[] = [];
  const rejections: Rejection[] = [];
  const repairs: Repair[] = [];

  for (const { row, cells } of table.records) {
    const reject = (reason: string) => rejections.push({ row, reason });
    const reading = readProgramCode(cells[at['Program code']] ?? '', cells[at['Type of program']] ?? '');
    if ('reason' in reading) {
      reject(reading.reason);
      continue;
    }
    const { code, type } = reading;
    const rowRepairs: string[] = reading.repair ? [reading.repair] : [];

    const digits = code.slice(4, 7);
    const track = code.charAt(7);
    const mapping = NRMP_SPECIALTY_DIGITS[digits];
    if (!mapping) {
      reject(`NRMP specialty digits ${digits} of code ${code} (${JSON.stringify(type)}) are not a specialty SmartPick knows`);
      continue;
    }
    if (!mapping.code) {
      reject(notCoveredReason(mapping.name));
      continue;
    }
    if (!isNrmpTrack(track)) {
      reject(`track letter ${track} of code ${code} is not an NRMP track (C, A, R, M or P)`);
      continue;
    }

    const quota = (cells[at.Quota] ?? '').trim();
    const matched = (cells[at.Matched] ?? '').trim();
    if (reading.stray && /^\d+$/.test(quota) && /^\d+$/.test(matched) && Number(matched) > Number(quota)) {
      reject(
        `Quota ${quota} is less than Matched ${matched}: the quota is misread (the code cell carried a stray "${reading.stray}", ` +
          'perhaps its first digit, which cannot be proven)',
      );
      continue;
    }

    let institution = (cells[at['Name of program']] ?? '').trim();
    if (CONTINUED.test(institution)) {
      institution = institution.replace(CONTINUED, '');
      rowRepairs.push('Name of program: removed the "(Continued)" page-break suffix');
    }
    const place = institution.match(INSTITUTION_STATE);
    if (!place?.[1] || !place[2] || !Object.hasOwn(US_STATES, place[2])) {
      reject(`no state: the institution ${JSON.stringify(institution)} does not end in "-ST", and NRMP results give no other location`);
      continue;
    }

    repairs.push(...rowRepairs.map((repair) => ({ row, repair })));
    candidates.push({
      row,
      cells: {
        nrmp_code: code,
        name: programName(place[1], type, track),
        institution: place[1],
        specialty: mapping.code,
        track: TRACK_OF_NRMP_LETTER[track],
        state: place[2],
        positions: quota,
        positions_filled: matched,
      },
    });
  }
  return { format: 'nrmp', rowsRead: table.records.length, candidates, rejections, repairs };
}
