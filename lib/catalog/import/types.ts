// Shapes shared by the catalog importer's steps: parse → validate → plan → apply → report.

export const IMPORT_FORMATS = ['eras', 'nrmp', 'canonical'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where a row sits: `row` is the row a spreadsheet shows (header = row 1); `file` for a directory of files. */
export interface RowRef {
  row: number;
  file?: string;
}

export interface Rejection extends RowRef {
  reason: string;
}

export interface Repair extends RowRef {
  repair: string;
}

/** The key a program is upserted by. */
export type ProgramKey = { field: 'acgmeId'; value: string } | { field: 'nrmpCode'; value: string };

/**
 * A row a parser read, in canonical column names (see canonical.ts) and still as text: one
 * validator then checks every format the same way. A column absent here is not written.
 */
export interface RawCandidate extends RowRef {
  cells: Partial<Record<string, string>>;
}

/** What a parser gives back for one file or directory. */
export interface ParsedFile {
  format: ImportFormat;
  rowsRead: number;
  candidates: RawCandidate[];
  rejections: Rejection[];
  repairs: Repair[];
}

/** A problem that stops the whole import: nothing is written. */
export class FatalImportError extends Error {
  constructor(
    message: string,
    readonly where?: RowRef,
  ) {
    super(message);
    this.name = 'FatalImportError';
  }
}

export function describeRow(ref: RowRef): string {
  return ref.file ? `${ref.file} row ${ref.row}` : `row ${ref.row}`;
}
