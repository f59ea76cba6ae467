// Points every integration test at the run's fresh database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');

// A fresh signing secret per run; the code under test reads it like production does.
process.env.AUTH_SECRET ??= `integration-${crypto.randomUUID()}-${crypto.randomUUID()}`;
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';

// Handlers are called without our server in front (scripts/server.ts sets the peer address), so the
// tests name each client as one trusted proxy would: the rightmost X-Forwarded-For entry.
process.env.TRUST_PROXY_HOPS ??= '1';

// Tests rank from one address far more often than a person would: the ranking API's limit is off
// here, except in tests/integration/request-limits.test.ts, which sets its own.
process.env.RECOMMENDATIONS_RATE_LIMIT ??= '0';
