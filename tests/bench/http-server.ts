// The processes `npm run bench` starts (tests/bench/http.ts): next build, then scripts/with-db.ts
// around the app's server (scripts/server.ts, as npm start runs it) in a process group of its own, stopped on success, failure and Ctrl-C; and the
// CPU time that group spends, read from /proc, so a run can say what one request costs the server
// whatever else the machine is doing.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const children = new Set<ChildProcess>();
/**
 * Servers still starting: with-db installs its signal handling only once the database is migrated
 * and seeded, and a signal before that would leave PostgreSQL running. Stopping waits for these.
 */
const starting = new Map<ChildProcess, Promise<unknown>>();
const onStop: Array<() => void> = [];
let stopping: Promise<void> | null = null;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM to with-db, which passes it on to next start and, once next has exited,
 * stops the database it started; SIGKILL to the whole group if anything is left after 30 s.
 */
async function stop(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  children.delete(child);
  if (pid === undefined) return;
  const startUp = starting.get(child);
  if (startUp) {
    console.error('[bench] waiting for the server to finish starting, so that the database stops cleanly');
    await Promise.race([startUp.catch(() => undefined), exited(child), sleep(180_000)]);
  }
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const deadline = Date.now() + 30_000;
  await Promise.race([exited(child), sleep(30_000)]);
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) {
    console.error(`[bench] processes of group ${pid} still running after 30 s: SIGKILL`);
    process.kill(-pid, 'SIGKILL');
  }
}

/** Stops everything this process started (idempotent). */
export function stopAll(): Promise<void> {
  for (const callback of onStop.splice(0)) callback();
  stopping ??= Promise.all([...children].map(stop)).then(() => undefined);
  return stopping;
}

/** Called first when stopping (e.g. to stop a running load generator). */
export function beforeStop(callback: () => void): void {
  onStop.push(callback);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: stopping the server and the database`);
    void stopAll().finally(() => process.exit(130));
  });
}

/** Runs a command to its end (in this process group: Ctrl-C reaches it too). */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.add(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  children.delete(child);
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`);
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Server {
  base: string;
  /** Process group of the wrapper, next start and (when embedded) PostgreSQL. */
  group: number;
  log: string[];
}

export interface ServerOptions {
  port: number;
  database: string;
  /** Write a V8 CPU profile of next start into this folder. */
  cpuProfDir: string | null;
  /** Run the server and its database on this core only (taskset), or anywhere. */
  core: number | null;
}

/** with-db (a fresh scratch database, migrated and seeded) around next start on 127.0.0.1. */
export async function startServer(options: ServerOptions, env: NodeJS.ProcessEnv): Promise<Server> {
  if (await portInUse(options.port)) throw new Error(`Port ${options.port} is in use: pass --port.`);
  const node = [process.execPath, ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [])];
  // The product's own server (npm start): Next.js's handler behind scripts/server.ts, which sets the peer address.
  const next = [...node, '--import', 'tsx', 'scripts/server.ts', '-H', '127.0.0.1', '-p', String(options.port)];
  const args = ['scripts/with-db.ts', `--database=${options.database}`, '--fresh', '--migrate', '--seed', '--', ...next];
  // node --import tsx rather than the tsx command: that one relays a signal and SIGKILLs its child
  // 5 s later, before with-db has stopped next and the database on a busy machine.
  const command = [process.execPath, '--import', 'tsx', ...args];
  const pinned = options.core === null ? command : ['taskset', '-c', String(options.core), ...command];
  const child = spawn(pinned[0]!, pinned.slice(1), { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  children.add(child);
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log.push(line);
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${options.port}`;
  const ready = waitUntilUp(child, base, log);
  starting.set(child, ready);
  try {
    await ready;
    if (stopping) throw new Error('Stopped while the server was starting.');
    return { base, group: child.pid!, log };
  } finally {
    starting.delete(child);
  }
}

async function waitUntilUp(child: ChildProcess, base: string, log: string[]): Promise<void> {
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) break;
    const up = await fetch(`${base}/api/specialties`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
  }
  throw new Error(`The server did not come up on ${base}:\n${log.slice(-30).join('\n')}`);
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds (user + system) so far of the group's processes: the Node ones (next start and its
 * wrappers, which sit idle) and PostgreSQL's. Null where /proc cannot be read (not Linux).
 */
export function groupCpuSeconds(group: number): { node: number; postgres: number } | null {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    const total = { node: 0, postgres: 0 };
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // "pid (comm) state ppid pgrp ... utime stime": comm may hold spaces, so split after its ")".
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const seconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
      if (comm.startsWith('postgres')) total.postgres += seconds;
      else total.node += seconds;
    }
    return total;
  } catch {
    return null;
  }
}
