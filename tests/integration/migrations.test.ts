import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationStatus, pendingSchemaChange, readMigrations } from '@/lib/db/migrations';

const url = () => process.env.DATABASE_URL!;

describe('migrations', () => {
  it('schema.prisma and the migrations agree (write one with npm run db:new if this fails)', async () => {
    expect(await pendingSchemaChange(url())).toBe('');
  });

  it('the test database has every migration applied, recorded where Prisma records them', async () => {
    const status = await migrationStatus(url());
    expect(status.problems).toEqual([]);
    expect(status.applied).toBe(true);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const rows = await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name');
      const names = (await readMigrations()).migrationDirectories.map((m) => m.path);
      expect(rows.rows.map((r) => r.migration_name)).toEqual(names);
    } finally {
      await client.end();
    }
  });

  it('applying again is a no-op', async () => {
    expect(await migrateDatabase(url())).toEqual([]);
  });
});
