// Writes an import plan in one transaction: the CatalogImport record, the demo programs replaced,
// new programs in batches, changed fields only for changed programs, and a catalog revision so the
// engine's snapshot picks the new catalog up. Unchanged programs are not written (updatedAt stays).
import type { Prisma } from '@/lib/generated/prisma/client';
import { DEMO_SOURCE } from '../demo-generator';
import type { ImportPlan } from './plan';
import type { ImportFormat, Rejection, Repair } from './types';

const INSERT_BATCH = 1_000;

export interface ImportRecord {
  name: string;
  fileName: string;
  format: ImportFormat;
  dataYear: number | null;
  rowsRead: number;
  rejections: Rejection[];
  repairs: Repair[];
  importedBy: string;
}

export interface ApplyOptions {
  /** Test seam: throw after this many write statements, to prove a failure mid-write rolls everything back. */
  failAfterWrites?: number;
}

export async function applyPlan(
  tx: Prisma.TransactionClient,
  plan: ImportPlan,
  record: ImportRecord,
  options: ApplyOptions = {},
): Promise<number> {
  let writes = 0;
  const wrote = () => {
    writes += 1;
    if (options.failAfterWrites !== undefined && writes >= options.failAfterWrites) {
      throw new Error(`test seam: failing after ${writes} writes, as asked (failAfterWrites)`);
    }
  };

  const replacedDemo = Object.keys(plan.demoToDelete).sort();
  const entry = await tx.catalogImport.create({
    data: {
      ...record,
      inserted: plan.inserts.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged.length,
      rejectedCount: record.rejections.length,
      rejections: record.rejections as unknown as Prisma.InputJsonValue,
      repairs: record.repairs as unknown as Prisma.InputJsonValue,
      replacedDemo,
    },
    select: { id: true },
  });
  wrote();
  const importId = entry.id;
  const sourcesOf = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, importId]));

  if (replacedDemo.length > 0) {
    await tx.program.deleteMany({ where: { source: DEMO_SOURCE, specialtyCode: { in: replacedDemo } } });
    wrote();
  }
  for (let start = 0; start < plan.inserts.length; start += INSERT_BATCH) {
    const batch = plan.inserts.slice(start, start + INSERT_BATCH);
    await tx.program.createMany({
      data: batch.map(({ id, candidate }) => ({
        ...(candidate.fields as Prisma.ProgramCreateManyInput),
        id,
        source: record.name,
        importId,
        fieldSources: sourcesOf(Object.keys(candidate.fields)),
      })),
    });
    wrote();
  }
  for (const { existing, changed } of plan.updates) {
    const previous = (existing.fieldSources ?? {}) as Record<string, number>;
    await tx.program.update({
      where: { id: existing.id },
      data: {
        ...(changed as Prisma.ProgramUpdateInput),
        source: record.name,
        catalogImport: { connect: { id: importId } },
        fieldSources: { ...previous, ...sourcesOf(Object.keys(changed)) },
      },
    });
    wrote();
  }
  const deleted = Object.values(plan.demoToDelete).reduce((sum, count) => sum + count, 0);
  if (plan.inserts.length + plan.updates.length + deleted > 0) {
    await tx.catalogRevision.create({
      data: {
        reason: `import ${importId} "${record.name}": ${plan.inserts.length} inserted, ${plan.updates.length} updated, ${deleted} demo replaced`,
      },
    });
    wrote();
  }
  return importId;
}
