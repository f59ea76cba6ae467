// A list as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled), written by
// csv-stringify (the family of the csv-parse our importer uses) rather than by hand. Safe to open in
// a spreadsheet (OWASP, "CSV Injection"):
// - every text field holding a comma, semicolon, tab, quote or line break is quoted, so a spreadsheet
//   in a semicolon or tab locale cannot split it into cells (issue 14, W7: a note "x;=1+1" was written
//   unquoted and became a formula there);
// - a formula prefix (= + - @ and their full-width forms) at the start of a text field or after any of
//   those separators inside it gets an apostrophe, so even a program that splits inside quotes finds
//   no formula.
import 'server-only';
import { stringify } from 'csv-stringify/sync';
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
  // Issue 17: added after today's columns, so a sheet reading them by position still works.
  'match_chance_pct',
  'signal',
] as const;

/** A formula prefix at the start or after a separator, past any spaces (which some importers trim). */
const FORMULA_AFTER_SEPARATOR = /(^|[,;\t\r\n])(\s*)([=+\-@＝＋－＠])/g;
/** A leading tab or carriage return is itself read as a formula start by some importers. */
const CONTROL_START = /^[\t\r]/;
/** Text fields holding any of these are quoted. */
const QUOTE_WHEN = /[,;\t"\r\n]/;

/** The text with every formula prefix neutralised (see the header). */
export function neutraliseFormulas(text: string): string {
  const neutral = text.replace(FORMULA_AFTER_SEPARATOR, "$1$2'$3");
  return CONTROL_START.test(neutral) ? `'${neutral}` : neutral;
}

type Cell = string | number | null;

const cellValue = (value: Cell): string | number => (value === null ? '' : typeof value === 'string' ? neutraliseFormulas(value) : value);

function writeCsv(rows: readonly (readonly Cell[])[], eof: boolean): string {
  return stringify(
    rows.map((row) => row.map(cellValue)),
    { record_delimiter: 'windows', quoted_match: QUOTE_WHEN, eof },
  );
}

/** One field as it appears in the file. */
export function csvField(value: Cell): string {
  return writeCsv([[value]], false);
}

/** 0–1 → percent to 0.1 point, the precision the engine gives. */
const percent = (chance: number | null): number | null => (chance === null ? null : Math.round(chance * 1000) / 10);

function csvRow(item: SavedListItemView): Cell[] {
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
    percent(item.matchChance),
    item.signal,
  ];
}

export function listToCsv(items: readonly SavedListItemView[]): string {
  return writeCsv([[...CSV_COLUMNS], ...items.map(csvRow)], true);
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
