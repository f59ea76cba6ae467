// Catalog reads for GET /api/programs and the catalog pages.
import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Program } from '@/lib/engine/types';
import type { ProgramQuery } from '@/lib/schemas/programs';
import { PROGRAM_IMPORT_DATE, toProgram } from './mappers';

export interface ProgramPage {
  total: number;
  offset: number;
  limit: number;
  programs: Program[];
}

function whereFor(query: ProgramQuery): Prisma.ProgramWhereInput {
  const and: Prisma.ProgramWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q, mode: 'insensitive' } },
        { institution: { contains: query.q, mode: 'insensitive' } },
        { city: { contains: query.q, mode: 'insensitive' } },
      ],
    });
  }
  if (query.specialty?.length) and.push({ specialtyCode: { in: query.specialty } });
  if (query.state?.length) and.push({ state: { in: query.state } });
  if (query.region?.length) and.push({ region: { in: query.region } });
  if (query.type?.length) and.push({ type: { in: query.type } });
  if (query.setting?.length) and.push({ setting: { in: query.setting } });
  if (query.j1 !== undefined) and.push({ sponsorsJ1: query.j1 });
  if (query.h1b !== undefined) and.push({ sponsorsH1b: query.h1b });
  return { AND: and };
}

export async function listPrograms(query: ProgramQuery): Promise<ProgramPage> {
  const db = getDb();
  const where = whereFor(query);
  const [total, rows] = await Promise.all([
    db.program.count({ where }),
    db.program.findMany({ where, orderBy: [{ state: 'asc' }, { city: 'asc' }, { name: 'asc' }, { id: 'asc' }], skip: query.offset, take: query.limit, include: PROGRAM_IMPORT_DATE }),
  ]);
  return { total, offset: query.offset, limit: query.limit, programs: rows.map(toProgram) };
}

export async function getProgram(id: string): Promise<Program | null> {
  const row = await getDb().program.findUnique({ where: { id }, include: PROGRAM_IMPORT_DATE });
  return row ? toProgram(row) : null;
}
