// Decides, against the database as it is, what each accepted row does: insert, update (only the
// fields that differ) or nothing. Reads only; apply.ts writes the plan.
import type { Prisma, Program as ProgramRow } from '@/lib/generated/prisma/client';
import { DEMO_SOURCE } from '../demo-generator';
import type { ImportField, ValidCandidate } from './validate';
import type { Rejection } from './types';

type Reader = Pick<Prisma.TransactionClient, 'program'>;

export interface PlannedInsert {
  id: string;
  candidate: ValidCandidate;
}

export interface PlannedUpdate {
  existing: ProgramRow;
  changed: Partial<Record<ImportField, unknown>>;
  candidate: ValidCandidate;
}

export interface ImportPlan {
  inserts: PlannedInsert[];
  updates: PlannedUpdate[];
  unchanged: ValidCandidate[];
  rejections: Rejection[];
  /** Demo programs to delete, by specialty (--replace-demo). */
  demoToDelete: Record<string, number>;
}

const KEY_LABEL = { acgmeId: 'ACGME id', nrmpCode: 'NRMP code' } as const;

function programIdFor(candidate: ValidCandidate): string {
  return candidate.key.field === 'acgmeId' ? `acgme-${candidate.key.value}` : `nrmp-${candidate.key.value}`;
}

function differences(existing: ProgramRow, candidate: ValidCandidate): Partial<Record<ImportField, unknown>> {
  const changed: Partial<Record<ImportField, unknown>> = {};
  for (const [field, value] of Object.entries(candidate.fields) as [ImportField, unknown][]) {
    if ((existing as unknown as Record<string, unknown>)[field] !== value) changed[field] = value;
  }
  return changed;
}

export async function planImport(db: Reader, accepted: readonly ValidCandidate[], replaceDemo: boolean): Promise<ImportPlan> {
  const acgmeIds = accepted.flatMap((c) => (c.fields.acgmeId ? [c.fields.acgmeId] : []));
  const nrmpCodes = accepted.flatMap((c) => (c.fields.nrmpCode ? [c.fields.nrmpCode] : []));
  const existing = await db.program.findMany({
    where: { OR: [{ acgmeId: { in: acgmeIds } }, { nrmpCode: { in: nrmpCodes } }] },
  });
  const byAcgme = new Map(existing.flatMap((p) => (p.acgmeId ? [[p.acgmeId, p] as const] : [])));
  const byNrmp = new Map(existing.flatMap((p) => (p.nrmpCode ? [[p.nrmpCode, p] as const] : [])));
  const replaced = new Set(replaceDemo ? accepted.map((c) => c.specialtyCode) : []);

  const plan: ImportPlan = { inserts: [], updates: [], unchanged: [], rejections: [], demoToDelete: {} };
  for (const candidate of accepted) {
    const reject = (reason: string) =>
      plan.rejections.push({ row: candidate.row, ...(candidate.file ? { file: candidate.file } : {}), reason });
    const { field, value } = candidate.key;
    let target = (field === 'acgmeId' ? byAcgme : byNrmp).get(value);
    const otherCode = field === 'acgmeId' ? candidate.fields.nrmpCode : undefined;
    const other = otherCode ? byNrmp.get(otherCode) : undefined;
    if (other && other.id !== target?.id && !(other.source === DEMO_SOURCE && replaced.has(other.specialtyCode))) {
      reject(`NRMP code ${otherCode} already belongs to another program (${other.id})`);
      continue;
    }
    if (target?.source === DEMO_SOURCE) {
      if (!replaced.has(target.specialtyCode)) {
        reject(
          `${KEY_LABEL[field]} ${value} is the id of a demo program (${target.id}); demo programs are never overwritten ` +
            '(--replace-demo removes the demo programs of the imported specialties)',
        );
        continue;
      }
      target = undefined;
    }
    if (!target) {
      plan.inserts.push({ id: programIdFor(candidate), candidate });
      continue;
    }
    const changed = differences(target, candidate);
    if (Object.keys(changed).length === 0) plan.unchanged.push(candidate);
    else plan.updates.push({ existing: target, changed, candidate });
  }

  if (replaced.size > 0) {
    const counts = await db.program.groupBy({
      by: ['specialtyCode'],
      where: { source: DEMO_SOURCE, specialtyCode: { in: [...replaced] } },
      _count: { _all: true },
    });
    for (const entry of counts) plan.demoToDelete[entry.specialtyCode] = entry._count._all;
  }
  return plan;
}
