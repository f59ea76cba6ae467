// The catalog the engine ranks, read once per catalog version and kept in memory (DESIGN.md §7:
// ranking never queries the catalog per request). A revision check runs at most every few seconds.
import type { Database } from '@/lib/db/create-client';
import type { Program, SpecialtyStats } from '@/lib/engine/types';
import { DEMO_SOURCE } from './demo-source';
import { PROGRAM_IMPORT_DATE, toProgram, toSpecialtyStats } from './mappers';

/**
 * How stale a snapshot may be before the revision is checked again: under 5 s, so that an import
 * reaches every instance within 5 s, the reload included (issue 18; tests/e2e/two-instances.spec.ts).
 */
export const CATALOG_VERSION_CHECK_MS = 4_000;

export interface CatalogSnapshot {
  version: string;
  specialties: SpecialtyStats[];
  specialtiesByCode: Map<string, SpecialtyStats>;
  /** The programs a specialty's applicants rank: every track but PRELIMINARY (one PGY-1 year, not the residency). */
  programsBySpecialty: Map<string, Program[]>;
  /** Preliminary (PGY-1 only) programs, by specialty: the year an advanced specialty needs first (issue 16). */
  preliminaryBySpecialty: Map<string, Program[]>;
  programCount: number;
  /** Every program is a generated demo program (source "demo"): pages can say so before any ranking. */
  demoOnly: boolean;
}

interface CacheState {
  snapshot?: CatalogSnapshot;
  checkedAt: number;
  loading?: Promise<CatalogSnapshot>;
}

const cache: CacheState = { checkedAt: 0 };

async function currentRevision(db: Database): Promise<string> {
  const latest = await db.catalogRevision.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return `rev-${latest?.id ?? 0}`;
}

/** Loads specialties and programs from one consistent read (a repeatable-read transaction). */
async function loadSnapshot(db: Database): Promise<CatalogSnapshot> {
  const [version, specialtyRows, programRows] = await db.$transaction(
    async (tx) => [
      await currentRevision(tx as unknown as Database),
      await tx.specialty.findMany({ orderBy: { code: 'asc' } }),
      await tx.program.findMany({ orderBy: { id: 'asc' }, include: PROGRAM_IMPORT_DATE }),
    ] as const,
    { isolationLevel: 'RepeatableRead', timeout: 30_000 },
  );
  const specialties = specialtyRows.map(toSpecialtyStats);
  const programsBySpecialty = new Map<string, Program[]>();
  const preliminaryBySpecialty = new Map<string, Program[]>();
  for (const row of programRows) {
    const program = toProgram(row);
    const byCode = program.track === 'PRELIMINARY' ? preliminaryBySpecialty : programsBySpecialty;
    const list = byCode.get(program.specialtyCode);
    if (list) list.push(program);
    else byCode.set(program.specialtyCode, [program]);
  }
  return {
    version,
    specialties,
    specialtiesByCode: new Map(specialties.map((s) => [s.code, s])),
    programsBySpecialty,
    preliminaryBySpecialty,
    programCount: programRows.length,
    demoOnly: programRows.length > 0 && programRows.every((row) => row.source === DEMO_SOURCE),
  };
}

export async function getCatalogSnapshot(db: Database, now = Date.now()): Promise<CatalogSnapshot> {
  if (cache.snapshot && now - cache.checkedAt < CATALOG_VERSION_CHECK_MS) return cache.snapshot;
  cache.loading ??= (async () => {
    try {
      const version = await currentRevision(db);
      if (cache.snapshot?.version !== version) cache.snapshot = await loadSnapshot(db);
      cache.checkedAt = Date.now();
      return cache.snapshot;
    } finally {
      cache.loading = undefined;
    }
  })();
  return cache.loading;
}

/**
 * The snapshot held in memory, possibly a few seconds stale, without waiting for the database: for a
 * page that must not wait on it. A missing or stale one is (re)loaded in the background.
 */
export function peekCatalogSnapshot(db: Database, now = Date.now()): CatalogSnapshot | undefined {
  if (!cache.snapshot || now - cache.checkedAt >= CATALOG_VERSION_CHECK_MS) {
    getCatalogSnapshot(db, now).catch(() => {
      // The requests that need the catalog report the failure themselves.
    });
  }
  return cache.snapshot;
}

/** Forget the cached snapshot (tests, and after an import in the same process). */
export function invalidateCatalogSnapshot(): void {
  cache.snapshot = undefined;
  cache.checkedAt = 0;
}
