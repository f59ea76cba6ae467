// Runs a command with DATABASE_URL set: the given one, or an embedded PostgreSQL started here
// (and stopped when the command ends).
// Usage: tsx scripts/with-db.ts [--migrate] [--seed] [--database=NAME [--fresh]] -- cmd ...
//   --database=NAME  use that database on the same server (created when missing)
//   --fresh          drop and recreate that database first (only with --database: never the main one)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrations';
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoCatalogIfEmpty } from '@/lib/catalog/seed';

const EMBEDDED_DATABASE_NAME = 'smartpick';

/**
 * A local run (embedded database, or next dev) gets a random AUTH_SECRET kept in .data, so sessions
 * survive restarts without any setup. Production sets AUTH_SECRET and fails to start without it.
 */
async function provideLocalAuthSecret() {
  if (!process.env.AUTH_SECRET) {
    const file = path.resolve('.data', 'auth-secret');
    if (!existsSync(file)) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    process.env.AUTH_SECRET = (await readFile(file, 'utf8')).trim();
  }
  // Locally the site is wherever it is served; Auth.js then takes its URL from the request's Host.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';
}

async function main() {
  // No telemetry from Next.js or Prisma unless the user opts in.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  process.env.CHECKPOINT_DISABLE ??= '1';
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const flags = new Set(split === -1 ? args : args.slice(0, split));
  const command = split === -1 ? [] : args.slice(split + 1);

  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres();
    await ensureDatabase(embedded.urlFor('postgres'), EMBEDDED_DATABASE_NAME);
    process.env.DATABASE_URL = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    console.log(`[db] embedded PostgreSQL on 127.0.0.1:${embedded.port}${embedded.owned ? '' : ' (already running)'}`);
  }
  const databaseFlag = [...flags].find((flag) => flag.startsWith('--database='));
  if (flags.has('--fresh') && !databaseFlag) throw new Error('--fresh needs --database=NAME: it never drops the main database.');
  if (databaseFlag) {
    const name = databaseFlag.slice('--database='.length);
    if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid database name: ${name}`);
    const adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
    if (flags.has('--fresh')) await dropDatabase(adminUrl, name);
    await ensureDatabase(adminUrl, name);
    process.env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, name);
  }
  const url = process.env.DATABASE_URL;
  if (embedded || command.includes('dev') || command.includes('--dev')) await provideLocalAuthSecret();
  const stop = async () => {
    await embedded?.stop();
  };

  try {
    if (flags.has('--migrate')) {
      const applied = await migrateDatabase(url);
      if (applied.length > 0) console.log(`[db] applied migrations: ${applied.join(', ')}`);
    }
    if (flags.has('--seed')) {
      const db = createPrismaClient(url);
      try {
        const seeded = await seedDemoCatalogIfEmpty(db);
        if (seeded) console.log(`[db] seeded the demo catalog: ${seeded.programs} programs in ${seeded.specialties} specialties`);
      } finally {
        await db.$disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  if (command.length === 0) {
    await stop();
    return;
  }
  const [bin, ...rest] = command as [string, ...string[]];
  const child = spawn(bin, rest, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => {
    void stop().finally(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
