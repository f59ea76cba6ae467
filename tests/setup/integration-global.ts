// One fresh database per integration run, dropped after: on DATABASE_URL's server when it is set,
// otherwise on an embedded PostgreSQL of the tests' own (a separate folder from the dev database).
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrations';
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoCatalog } from '@/lib/catalog/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = await startEmbeddedPostgres(path.resolve('.data', 'test-postgres'));
    adminUrl = embedded.urlFor('postgres');
  }
  const name = `smartpick_test_${Date.now()}_${process.pid}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  // A throwaway database: commits need not wait for the disk (the fuzz tests write thousands of rows).
  await setDatabaseOption(adminUrl, name, 'synchronous_commit', 'off');
  await migrateDatabase(url);
  const db = createPrismaClient(url);
  await seedDemoCatalog(db);
  await db.$disconnect();
  process.env.DATABASE_URL = url;
  project.provide('databaseUrl', url);

  return async () => {
    await dropDatabase(adminUrl, name);
    await embedded?.stop();
  };
}

async function setDatabaseOption(adminUrl: string, database: string, option: string, value: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${database}" SET ${option} = ${value}`);
  } finally {
    await client.end();
  }
}
