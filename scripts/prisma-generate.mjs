// Runs `prisma generate` without the native schema engine download that fails offline.
// generate needs no engine; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the fetch.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= require.resolve('prisma/package.json');
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
