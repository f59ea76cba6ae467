// Database commands behind npm run db:* (README, "Migrations"). Expects DATABASE_URL (with-db sets it).
import { createMigration, migrateDatabase, migrationStatus, pendingSchemaChange } from '@/lib/db/migrations';
import { createPrismaClient } from '@/lib/db/create-client';
import { seedDemoCatalog } from '@/lib/catalog/seed';

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (run through npm run db:*, which sets it).');
  switch (command) {
    case 'migrate': {
      const applied = await migrateDatabase(url);
      console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
      return;
    }
    case 'status': {
      const status = await migrationStatus(url);
      console.log(status.summary);
      for (const problem of status.problems) console.log(`  problem: ${problem}`);
      const drift = await pendingSchemaChange(url);
      if (drift) console.log('schema.prisma has changes no migration covers: run `npm run db:new -- <name>`.');
      if (!status.applied || drift) process.exitCode = 1;
      return;
    }
    case 'new': {
      const name = rest.join('_');
      if (!name) throw new Error('Name the migration: npm run db:new -- add_saved_lists');
      const folder = await createMigration(url, name);
      console.log(folder ? `Wrote ${folder}/migration.sql — review it, then npm run db:migrate.` : 'schema.prisma matches the migrations: nothing to write.');
      return;
    }
    case 'seed': {
      const db = createPrismaClient(url);
      try {
        const result = await seedDemoCatalog(db);
        console.log(`Seeded the demo catalog: ${result.programs} programs in ${result.specialties} specialties.`);
      } finally {
        await db.$disconnect();
      }
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}": use migrate, status, new <name> or seed.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
