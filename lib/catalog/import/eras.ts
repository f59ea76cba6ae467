// AAMC ERAS participating-program lists: one CSV per specialty, named after it. Columns: an
// unnamed index, State, City, Blank, Program name, ID (10-digit ACGME id), Status, ERAS link.
import { readCsv, requireColumns } from './csv';
import { ERAS_FILE_SPECIALTIES, notCoveredReason } from './specialty-names';
import type { ParsedFile, RawCandidate, Rejection, Repair } from './types';

export const ERAS_COLUMNS = ['State', 'City', 'Program name', 'ID', 'Status'] as const;
const ERAS_LINK = 'ERAS link';

// The web page the lists were scraped from shows a badge after some names; it arrives as a line
// break, tabs and this text inside the name cell.
const OSTEOPATHIC_BADGE = /\s*Osteopathic\s+Recognized!\s*$/;
// ERAS lists a preliminary track under the ACGME id of the categorical program it belongs to.
const PRELIMINARY = /\sPreliminary Program$/;
const ADDRESS_THEN_MORE = /^(https?:\/\/\S+?)(?:\s*[,;]\s+|\s+and\s+)(.+)$/i;
const HOST_WITH_SPACES = /^(https?:\/\/)([^/]*\s[^/]*)(\/.*)?$/i;
const PARTICIPATION: Readonly<Record<string, string>> = { Participating: 'true', 'Not Participating': 'false', '': '' };

export function specialtyOfErasFile(fileName: string): string {
  return fileName.replace(/\.csv$/i, '');
}

/**
 * The ERAS link cell, repaired where provable, since an address holds no spaces: an address
 * followed by a separator (", ", "; ", " and ") and more text keeps the address; spaces inside the
 * host are removed when the host then ends in a domain of 2-6 letters (".org"); an upper-case scheme
 * is lower-cased (schemes are case-insensitive). Anything else is left for the validator.
 */
export function readErasLink(cell: string): { website: string; repair?: string } {
  let website = cell.trim();
  const repairs: string[] = [];
  const more = website.match(ADDRESS_THEN_MORE);
  if (more?.[1] && more[2]) {
    website = more[1];
    repairs.push(`kept the address and dropped the text after it (${JSON.stringify(more[2])})`);
  }
  const spaced = website.match(HOST_WITH_SPACES);
  if (spaced?.[1] && spaced[2]) {
    const host = spaced[2].replace(/\s+/g, '');
    if (/\.[a-z]{2,6}$/i.test(host)) {
      website = spaced[1] + host + (spaced[3] ?? '');
      repairs.push('removed spaces inside the host name');
    }
  }
  const scheme = website.match(/^(https?):\/\//i)?.[1];
  if (scheme && scheme !== scheme.toLowerCase()) {
    website = scheme.toLowerCase() + website.slice(scheme.length);
    repairs.push(`lower-cased the scheme "${scheme}" (URL schemes are case-insensitive)`);
  }
  return repairs.length > 0 ? { website, repair: `ERAS link: ${repairs.join('; ')}` } : { website };
}

/** Parses one ERAS file; `inDirectory` puts the file name on every row reference. */
export function parseErasFile(text: string, fileName: string, inDirectory = false): ParsedFile {
  const table = readCsv(text, fileName);
  const at = requireColumns(table, ERAS_COLUMNS, fileName);
  const linkAt = table.header.indexOf(ERAS_LINK);
  const specialtyName = specialtyOfErasFile(fileName);
  const mapping = ERAS_FILE_SPECIALTIES[specialtyName];
  const candidates: RawCandidate[] = [];
  const rejections: Rejection[] = [];
  const repairs: Repair[] = [];

  for (const { row, cells } of table.records) {
    const ref = inDirectory ? { row, file: fileName } : { row };
    if (!mapping) {
      rejections.push({ ...ref, reason: `the file name "${specialtyName}" is not an ERAS specialty SmartPick knows` });
      continue;
    }
    if (!mapping.code) {
      rejections.push({ ...ref, reason: notCoveredReason(mapping.name) });
      continue;
    }
    const status = (cells[at.Status] ?? '').trim();
    const participating = PARTICIPATION[status];
    if (participating === undefined) {
      rejections.push({ ...ref, reason: `Status must be "Participating", "Not Participating" or empty (got ${JSON.stringify(status)})` });
      continue;
    }

    let name = (cells[at['Program name']] ?? '').trim();
    if (PRELIMINARY.test(name)) {
      rejections.push({ ...ref, reason: `preliminary track of ${mapping.name}: a one-year position, not a residency SmartPick ranks` });
      continue;
    }
    const rowRepairs: string[] = [];
    if (OSTEOPATHIC_BADGE.test(name)) {
      name = name.replace(OSTEOPATHIC_BADGE, '');
      rowRepairs.push('Program name: removed the "Osteopathic Recognized!" badge that followed the name on a new line');
    }
    const link = linkAt === -1 ? undefined : readErasLink(cells[linkAt] ?? '');
    if (link?.repair) rowRepairs.push(link.repair);
    repairs.push(...rowRepairs.map((repair) => ({ ...ref, repair })));
    const website = link?.website;

    candidates.push({
      ...ref,
      cells: {
        acgme_id: (cells[at.ID] ?? '').trim(),
        name,
        institution: name.replace(/\s+Program$/, ''),
        specialty: mapping.code,
        city: (cells[at.City] ?? '').trim(),
        state: (cells[at.State] ?? '').trim(),
        eras_participating: participating,
        // A Transitional Year is a PGY-1 year only, whatever the list calls it.
        ...(mapping.code === 'TY' ? { track: 'PRELIMINARY' } : {}),
        ...(website !== undefined ? { website } : {}),
      },
    });
  }
  return { format: 'eras', rowsRead: table.records.length, candidates, rejections, repairs };
}

/** A directory of ERAS files, read in name order so row references are stable. */
export function parseErasFiles(files: readonly { name: string; text: string }[]): ParsedFile {
  const parsed = [...files]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((file) => parseErasFile(file.text, file.name, true));
  return {
    format: 'eras',
    rowsRead: parsed.reduce((sum, file) => sum + file.rowsRead, 0),
    candidates: parsed.flatMap((file) => file.candidates),
    rejections: parsed.flatMap((file) => file.rejections),
    repairs: parsed.flatMap((file) => file.repairs),
  };
}
