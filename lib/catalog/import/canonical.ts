// SmartPick's own CSV: one row per program, columns named as in CANONICAL_COLUMNS (validate.ts).
import { readCsv } from './csv';
import { CANONICAL_COLUMN_NAMES, REQUIRED_COLUMNS } from './validate';
import { FatalImportError, type ParsedFile, type RawCandidate } from './types';

export function parseCanonicalFile(text: string, fileName?: string): ParsedFile {
  const table = readCsv(text, fileName);
  const prefix = fileName ? `${fileName}: ` : '';
  const known = new Set<string>(CANONICAL_COLUMN_NAMES);
  const unknown = table.header.filter((column) => !known.has(column));
  if (unknown.length > 0) {
    throw new FatalImportError(`${prefix}unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see the README's canonical columns).`);
  }
  const missing: string[] = REQUIRED_COLUMNS.filter((column) => !table.header.includes(column));
  if (!table.header.includes('acgme_id') && !table.header.includes('nrmp_code')) missing.push('acgme_id or nrmp_code');
  if (missing.length > 0) throw new FatalImportError(`${prefix}missing required columns: ${missing.join(', ')}.`);
  const duplicated = table.header.filter((column, index) => table.header.indexOf(column) !== index);
  if (duplicated.length > 0) throw new FatalImportError(`${prefix}column named twice: ${duplicated.join(', ')}.`);

  const candidates: RawCandidate[] = table.records.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(table.header.map((column, index) => [column, cells[index] ?? ''])),
  }));
  return { format: 'canonical', rowsRead: table.records.length, candidates, rejections: [], repairs: [] };
}
