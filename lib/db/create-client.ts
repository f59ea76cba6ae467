// Builds a Prisma client over node-postgres with the pool limits DESIGN.md §7 asks for.
// Kept free of 'server-only' so scripts and tests can use it outside Next.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** Wait at most this long for a pooled connection before failing (a 503, not a hang). */
export const POOL_CONNECTION_TIMEOUT_MS = 5_000;
/** Any one statement is cancelled after this long. */
export const STATEMENT_TIMEOUT_MS = 15_000;
export const POOL_MAX_CONNECTIONS = 10;

export type Database = PrismaClient;

/** The pool's limits; tests shrink them to exhaust a pool quickly. */
export interface PoolLimits {
  maxConnections?: number;
  connectionTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export function createPrismaClient(connectionString: string, limits: PoolLimits = {}): Database {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: limits.maxConnections ?? POOL_MAX_CONNECTIONS,
      connectionTimeoutMillis: limits.connectionTimeoutMs ?? POOL_CONNECTION_TIMEOUT_MS,
      statement_timeout: limits.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
    },
    {
      // An idle client's error (the server restarted, say) must not crash Node.
      onPoolError: (error) => console.warn(`[db] idle connection error: ${error.message}`),
    },
  );
  return new PrismaClient({ adapter });
}
