import { defineConfig } from 'prisma/config';

// No env() here: Prisma's helper throws when DATABASE_URL is unset, and generate needs no database.
// Migrations are applied by scripts/db.ts through the WebAssembly schema engine (README, Decisions).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
