// The engine's time at each catalog size, for npm run bench:engine and npm run bench (issue 18: linear
// from 1k to 100k programs, 100k within ENGINE_100K_TARGET_MS, µs per program at each size).
// Programs are the demo catalog's, repeated with new ids to reach each size (same spreads).
// µs/program at each size shows whether the time grows linearly. Wall time depends on what else the
// machine runs; CPU time (this process's, garbage collector threads included) much less so.
import os from 'node:os';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { planApplications } from '@/lib/engine';
import type { EngineInput, Program } from '@/lib/engine/types';

/** Issue 18: 100k programs ranked within this (median wall time). */
export const ENGINE_100K_TARGET_MS = 50;
/** No cliff: µs per program at 100k at most this many times that at 10k. */
export const ENGINE_LINEAR_FACTOR = 1.5;

const SIZES = [1_000, 10_000, 100_000, 200_000];
const { programs: demo, specialties } = generateDemoCatalog();

function catalogOf(size: number, specialtyCodes: readonly string[]): Program[] {
  const pool = demo.filter((p) => specialtyCodes.includes(p.specialtyCode));
  return Array.from({ length: size }, (_, i) => {
    const base = pool[i % pool.length]!;
    return { ...base, id: `${base.id}-${Math.floor(i / pool.length)}` };
  });
}

function inputFor(programs: Program[], specialtyCodes: string[]): EngineInput {
  return {
    profile: { applicantType: 'US_IMG', graduationYear: 2024, step2Score: 244, examFailures: 0, researchItems: 3, usceMonths: 4, visaNeeded: 'NONE' },
    preferences: { specialties: specialtyCodes, preferredStates: ['NY', 'NJ', 'PA'], excludedStates: ['AK'], settings: ['URBAN'] },
    programs,
    specialties,
    seasonYear: 2027,
    // A reply shows one page; reasons and fit factors are written only for it (as the API does).
    page: { offset: 0, limit: 50 },
  };
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
  cpuMedianMs: number;
}

function time(input: EngineInput, runs: number): Timing {
  for (let i = 0; i < 3; i++) planApplications(input); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    planApplications(input);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { medianMs: median(wall), p95Ms: [...wall].sort((a, b) => a - b)[Math.floor(runs * 0.95)]!, cpuMedianMs: median(cpu) };
}

export interface EngineRow {
  name: string;
  programs: number;
  timing: Timing;
}

/** Times the engine on the demo catalog and on synthetic catalogs of each size. */
export function measureEngine(): EngineRow[] {
  const rows: EngineRow[] = [];
  const allCodes = specialties.map((s) => s.code);
  {
    const input = inputFor([...demo], allCodes.slice(0, 5));
    const ranked = input.programs.filter((p) => input.preferences.specialties.includes(p.specialtyCode)).length;
    rows.push({ name: `demo catalog, 5 specialties (${ranked} ranked of ${demo.length})`, programs: demo.length, timing: time(input, 50) });
  }
  {
    const im = demo.filter((p) => p.specialtyCode === 'IM');
    rows.push({ name: 'demo catalog, Internal Medicine only', programs: im.length, timing: time(inputFor(im, ['IM']), 100) });
  }
  for (const size of SIZES) {
    const codes = ['IM', 'FM'];
    const programs = catalogOf(size, codes);
    rows.push({ name: 'synthetic IM + FM', programs: size, timing: time(inputFor(programs, codes), size >= 100_000 ? 10 : 30) });
  }
  return rows;
}

/** The table as npm run bench:engine has always printed it. */
export function printEngineTable(rows: readonly EngineRow[]): void {
  const cpus = os.cpus();
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, load average ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString()}`);
  console.log(
    'case'.padEnd(58),
    'programs'.padStart(9),
    'median ms'.padStart(10),
    'p95 ms'.padStart(8),
    'µs/program'.padStart(11),
    'CPU ms'.padStart(8),
    'CPU µs/program'.padStart(15),
  );
  for (const { name, programs: n, timing: t } of rows) {
    console.log(
      name.padEnd(58),
      String(n).padStart(9),
      t.medianMs.toFixed(2).padStart(10),
      t.p95Ms.toFixed(2).padStart(8),
      ((t.medianMs * 1000) / n).toFixed(2).padStart(11),
      t.cpuMedianMs.toFixed(2).padStart(8),
      ((t.cpuMedianMs * 1000) / n).toFixed(2).padStart(15),
    );
  }
}

/** Issue 18's engine targets, checked on the synthetic rows. */
export function engineChecks(rows: readonly EngineRow[]): Array<[string, boolean]> {
  const synthetic = (size: number) => rows.find((row) => row.name.startsWith('synthetic') && row.programs === size);
  const perProgram = (row: EngineRow | undefined) => (row ? (row.timing.medianMs * 1000) / row.programs : NaN);
  const at100k = synthetic(100_000);
  const ratio = perProgram(at100k) / perProgram(synthetic(10_000));
  return [
    [`engine ${at100k?.timing.medianMs.toFixed(1)} ms ≤ ${ENGINE_100K_TARGET_MS} ms at 100k programs`, (at100k?.timing.medianMs ?? Infinity) <= ENGINE_100K_TARGET_MS],
    [`engine µs/program at 100k ${ratio.toFixed(2)}× that at 10k ≤ ${ENGINE_LINEAR_FACTOR}× (linear, no cliff)`, ratio <= ENGINE_LINEAR_FACTOR],
  ];
}
