// `npm run catalog:import`: read → validate every row → plan against the database → write it all in
// one transaction (or nothing: --dry-run, or any fatal problem) → report.
import type { Database } from '@/lib/db/create-client';
import { ensureReferenceSpecialties } from '../seed';
import { invalidateCatalogSnapshot } from '../snapshot';
import { applyPlan, type ApplyOptions } from './apply';
import { planImport, type ImportPlan } from './plan';
import { readImportSource } from './read-source';
import type { ImportReport } from './report';
import { FatalImportError, describeRow, type ImportFormat, type Rejection, type RowRef } from './types';
import { validateCandidate, type ValidCandidate } from './validate';

/** Long enough for ~6,000 rows on a slow machine; the import holds no lock users wait on. */
const TRANSACTION_TIMEOUT_MS = 300_000;

export interface ImportOptions extends ApplyOptions {
  path: string;
  format?: ImportFormat;
  dryRun?: boolean;
  replaceDemo?: boolean;
  /** The name programs show as their source; a default per format. */
  name?: string;
  /** The year the file describes; by default the first 4-digit year in the file name. */
  year?: number;
  importedBy: string;
}

const KEY_LABEL = { acgmeId: 'ACGME id', nrmpCode: 'NRMP code' } as const;

function defaultName(format: ImportFormat, year: number | null, fileName: string): string {
  const suffix = year ? ` ${year}` : '';
  if (format === 'eras') return `ERAS participating programs${suffix}`;
  if (format === 'nrmp') return `NRMP program results${suffix}`;
  return `Catalog import ${fileName}`;
}

/** Validates every row; a key seen twice keeps its first row and rejects the later one, naming the first. */
function acceptRows(candidates: Parameters<typeof validateCandidate>[0][]): { accepted: ValidCandidate[]; rejections: Rejection[] } {
  const accepted: ValidCandidate[] = [];
  const rejections: Rejection[] = [];
  const firstSeen = new Map<string, RowRef>();
  for (const raw of candidates) {
    const result = validateCandidate(raw);
    const ref = { row: raw.row, ...(raw.file ? { file: raw.file } : {}) };
    if (!result.ok) {
      rejections.push({ ...ref, reason: result.reason });
      continue;
    }
    const { field, value } = result.candidate.key;
    const first = firstSeen.get(`${field}:${value}`);
    if (first) {
      rejections.push({ ...ref, reason: `${KEY_LABEL[field]} ${value} already appears at ${describeRow(first)}` });
      continue;
    }
    firstSeen.set(`${field}:${value}`, ref);
    accepted.push(result.candidate);
  }
  return { accepted, rejections };
}

function byRow(a: Rejection, b: Rejection): number {
  return (a.file ?? '').localeCompare(b.file ?? '', 'en') || a.row - b.row;
}

export async function importCatalog(db: Database, options: ImportOptions): Promise<ImportReport> {
  const { fileName, parsed } = await readImportSource(options.path, options.format);
  const yearInName = fileName.match(/(?:19|20)\d{2}/)?.[0];
  const dataYear = options.year ?? (yearInName ? Number(yearInName) : null);
  const name = options.name ?? defaultName(parsed.format, dataYear, fileName);
  const { accepted, rejections: invalid } = acceptRows(parsed.candidates);
  const baseRejections = [...parsed.rejections, ...invalid];

  const report = (plan: ImportPlan, importId: number | null): ImportReport => {
    const bySpecialty: Record<string, number> = {};
    for (const c of [...plan.inserts.map((i) => i.candidate), ...plan.updates.map((u) => u.candidate), ...plan.unchanged]) {
      bySpecialty[c.specialtyCode] = (bySpecialty[c.specialtyCode] ?? 0) + 1;
    }
    return {
      read: parsed.rowsRead,
      inserted: plan.inserts.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged.length,
      rejected: [...baseRejections, ...plan.rejections].sort(byRow),
      repaired: parsed.repairs,
      dryRun: Boolean(options.dryRun),
      importId,
      name,
      format: parsed.format,
      fileName,
      bySpecialty,
      replacedDemo: plan.demoToDelete,
    };
  };

  try {
    if (options.dryRun) return report(await planImport(db, accepted, Boolean(options.replaceDemo)), null);
    const result = await db.$transaction(
      async (tx) => {
        await ensureReferenceSpecialties(tx);
        const plan = await planImport(tx, accepted, Boolean(options.replaceDemo));
        const rejected = [...baseRejections, ...plan.rejections].sort(byRow);
        const importId = await applyPlan(
          tx,
          plan,
          { name, fileName, format: parsed.format, dataYear, rowsRead: parsed.rowsRead, rejections: rejected, repairs: parsed.repairs, importedBy: options.importedBy },
          options,
        );
        return report(plan, importId);
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    invalidateCatalogSnapshot();
    return result;
  } catch (error) {
    if (error instanceof FatalImportError) throw error;
    throw new FatalImportError(`database error, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
