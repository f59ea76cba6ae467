// Reads the .cpuprofile files that `node --cpu-prof` writes (npm run bench -- --cpu-prof DIR) and
// prints where the time went: the top functions by self time, and the inclusive time of the steps
// of a ranking request. Also runs alone: tsx tests/bench/cpu-profile.ts DIR|FILE.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Steps of a request whose inclusive time is worth reading (function names as they survive bundling). */
const STEPS = [
  'POST',
  'parseJsonBody',
  'safeParse',
  'recommendPrograms',
  'getCatalogSnapshot',
  'planApplications',
  'rankProgramsWithDetails',
  'buildSpecialtyStrategies',
  'unlockHintsAmongExcluded',
  'writePageDetails',
  'jsonResponse',
  'stringify',
  'garbage collector',
];

function where(frame: CallFrame): string {
  const file = frame.url.replace(/^file:\/\//, '');
  const short = file.includes('/node_modules/') ? file.slice(file.lastIndexOf('/node_modules/') + 14) : path.relative(process.cwd(), file) || file;
  return `${frame.functionName || '(anonymous)'} ${short ? `${short}:${frame.lineNumber + 1}` : ''}`.trim();
}

function summarize(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    if (node.callFrame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const name = STEPS.includes(frame.functionName) ? frame.functionName : where(frame);
      if (!seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
  }
  const busy = total - idle;
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  const lines = [`${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s busy (percentages of busy time)`, 'self time:'];
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${key}`);
  lines.push('inclusive time of named steps:');
  for (const name of STEPS) if (inclusive.has(name)) lines.push(`  ${pct(inclusive.get(name)!)}  ${name}`);
  lines.push('inclusive time, top frames:');
  for (const [key, us] of [...inclusive].filter(([key]) => !STEPS.includes(key)).sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${key}`);
  return lines;
}

/** Prints a summary of each .cpuprofile in `target` (a folder, newest first, or one file). */
export function summarizeCpuProfiles(target: string, top = 25): void {
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => path.join(target, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [target];
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    // The wrappers' profiles (tsx, with-db) are small and mostly idle; next start's is the big one.
    if (profile.samples.length < 1000) continue;
    console.log(`\nCPU profile ${path.relative(process.cwd(), file)}`);
    for (const line of summarize(profile, top)) console.log(line);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) throw new Error('Usage: tsx tests/bench/cpu-profile.ts DIR|FILE');
  summarizeCpuProfiles(target, Number(process.argv[3] ?? 25));
}
