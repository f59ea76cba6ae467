// Points every integration test at the run's fresh database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
