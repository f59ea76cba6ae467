// Reads a CSV file into a header and records with their spreadsheet row numbers, using csv-parse
// (a maintained parser: quoted fields, embedded newlines, BOM). Any syntax problem is fatal.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { FatalImportError } from './types';

export interface CsvTable {
  header: string[];
  /** Data records; `row` is the row a spreadsheet shows: the header is row 1, the first record row 2. */
  records: { row: number; cells: string[] }[];
}

/**
 * Parses strictly: a record with a different number of fields than the header, an unterminated
 * quote or a stray quote inside an unquoted field is a CsvError, reported as fatal with its row
 * (and the physical line, which differs when quoted fields span lines).
 */
export function readCsv(text: string, file?: string): CsvTable {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const record = typeof error.records === 'number' ? error.records + 1 : undefined;
      const where = record !== undefined ? { row: record, ...(file ? { file } : {}) } : undefined;
      const line = typeof error.lines === 'number' ? ` (line ${error.lines} of the file)` : '';
      throw new FatalImportError(
        `${file ? `${file}: ` : ''}CSV syntax error at row ${record ?? '?'}${line}: ${error.message}`,
        where,
      );
    }
    throw error;
  }
  const [header, ...data] = rows;
  if (!header) throw new FatalImportError(`${file ? `${file}: ` : ''}the file is empty (no header row).`);
  return {
    header: header.map((name) => name.trim()),
    records: data.map((cells, index) => ({ row: index + 2, cells })),
  };
}

/** The index of each required column; a missing one is fatal. */
export function requireColumns<const T extends readonly string[]>(
  table: CsvTable,
  columns: T,
  file?: string,
): Record<T[number], number> {
  const missing = columns.filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    throw new FatalImportError(
      `${file ? `${file}: ` : ''}missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`,
    );
  }
  return Object.fromEntries(columns.map((column) => [column, table.header.indexOf(column)])) as Record<T[number], number>;
}
