// Reads what the operator named (a CSV file, or a directory of ERAS files) and picks the parser:
// the one asked for, or the one whose columns the header has.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseCanonicalFile } from './canonical';
import { ERAS_COLUMNS, parseErasFile, parseErasFiles } from './eras';
import { NRMP_COLUMNS, parseNrmpFile } from './nrmp';
import { FatalImportError, type ImportFormat, type ParsedFile } from './types';

export function detectFormat(header: readonly string[]): ImportFormat | null {
  const has = (columns: readonly string[]) => columns.every((column) => header.includes(column));
  if (has(NRMP_COLUMNS)) return 'nrmp';
  if (has(ERAS_COLUMNS)) return 'eras';
  if (header.includes('name') && (header.includes('acgme_id') || header.includes('nrmp_code'))) return 'canonical';
  return null;
}

function headerOf(text: string): string[] {
  try {
    const [header] = parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][];
    return (header ?? []).map((name) => name.trim());
  } catch {
    return [];
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new FatalImportError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface ImportSource {
  fileName: string;
  parsed: ParsedFile;
}

export async function readImportSource(target: string, format?: ImportFormat): Promise<ImportSource> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new FatalImportError(`no such file or directory: ${target}`);
  }
  const fileName = path.basename(target);
  if (info.isDirectory()) {
    if (format && format !== 'eras') throw new FatalImportError(`a directory is read as ERAS files, not ${format}.`);
    const names = (await readdir(target)).filter((name) => name.toLowerCase().endsWith('.csv'));
    if (names.length === 0) throw new FatalImportError(`${target} holds no .csv files.`);
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readText(path.join(target, name)) })));
    return { fileName, parsed: parseErasFiles(files) };
  }
  const text = await readText(target);
  const chosen = format ?? detectFormat(headerOf(text));
  if (!chosen) {
    throw new FatalImportError(
      `cannot tell the format of ${fileName} from its header; pass --format eras|nrmp|canonical (see the README's Catalog import section).`,
    );
  }
  const parsed =
    chosen === 'eras' ? parseErasFile(text, fileName) : chosen === 'nrmp' ? parseNrmpFile(text, fileName) : parseCanonicalFile(text, fileName);
  return { fileName, parsed };
}
