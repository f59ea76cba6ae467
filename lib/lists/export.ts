// A list as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), safe to open in a spreadsheet: a text cell that a spreadsheet would run
// as a formula gets a leading apostrophe (OWASP, "CSV Injection").
import 'server-only';
import { getList } from './read';
import type { SavedListItemView } from './types';

export const CSV_COLUMNS = [
  'rank',
  'acgme_id',
  'program',
  'institution',
  'city',
  'state',
  'specialty',
  'tier',
  'interview_chance_pct',
  'fit',
  'status',
  'note',
] as const;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula, also after
 * leading spaces (which some importers trim), and their full-width forms (which some normalise).
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** 0–1 → percent to 0.1 point, the precision the engine gives. */
const percent = (chance: number | null): number | null => (chance === null ? null : Math.round(chance * 1000) / 10);

function csvRow(item: SavedListItemView): string {
  return [
    item.rank,
    // Text, as stored: the file keeps leading zeros. A spreadsheet that opens the file directly may
    // drop them; importing the column as text keeps them (README, saved lists).
    item.acgmeId ?? '',
    item.programName,
    item.institution,
    item.city,
    item.state,
    item.specialtyCode,
    item.tier,
    percent(item.chance),
    item.fit,
    item.status,
    item.note,
  ]
    .map(csvField)
    .join(',');
}

export function listToCsv(items: readonly SavedListItemView[]): string {
  return [CSV_COLUMNS.join(','), ...items.map(csvRow)].map((line) => `${line}\r\n`).join('');
}

const MAX_FILE_NAME_LENGTH = 80;
const FALLBACK_FILE_NAME = 'smartpick-list';

/** An ASCII file name from a list name: letters, digits, dot, dash and underscore; never empty. */
export function csvFileName(listName: string): string {
  const ascii = listName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_FILE_NAME_LENGTH)
    .replace(/[-.]+$/g, '');
  return `${ascii || FALLBACK_FILE_NAME}.csv`;
}

/** Content-Disposition for the download: the ASCII name, plus the UTF-8 one (RFC 6266, RFC 8187). */
export function csvContentDisposition(listName: string): string {
  // Controls, lone surrogates (which encodeURIComponent refuses) and characters no file system takes.
  const cleaned = listName.replace(/[\p{Cc}\p{Cf}\p{Cs}"\\/:*?<>|\s]+/gu, ' ').trim();
  const unicode = Array.from(cleaned).slice(0, MAX_FILE_NAME_LENGTH).join('').trim();
  const encoded = encodeURIComponent(`${unicode || FALLBACK_FILE_NAME}.csv`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${csvFileName(listName)}"; filename*=UTF-8''${encoded}`;
}

export interface ListCsv {
  fileName: string;
  contentDisposition: string;
  csv: string;
}

export async function exportListCsv(ownerId: string, id: string): Promise<ListCsv> {
  const list = await getList(ownerId, id);
  return { fileName: csvFileName(list.name), contentDisposition: csvContentDisposition(list.name), csv: listToCsv(list.items) };
}
