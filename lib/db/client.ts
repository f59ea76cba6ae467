// The one Prisma client, created lazily so that `next build` needs no database.
import 'server-only';
import { createPrismaClient, type Database } from './create-client';

const globalForDb = globalThis as unknown as { smartpickDb?: Database };

export function getDb(): Database {
  globalForDb.smartpickDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.smartpickDb;
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start an embedded PostgreSQL when DATABASE_URL is unset.',
    );
  }
  return url;
}
