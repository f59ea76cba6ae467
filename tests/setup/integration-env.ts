// Points every integration test at the run's fresh database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');

// A fresh signing secret per run; the code under test reads it like production does.
process.env.AUTH_SECRET ??= `integration-${crypto.randomUUID()}-${crypto.randomUUID()}`;
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';
