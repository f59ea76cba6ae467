import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { demoProgramCount, generateDemoCatalog, positionsSpreadOf } from '@/lib/catalog/demo-generator';
import { FICTIONAL_WORDS } from '@/lib/catalog/demo-names';
import { PROGRAM_TYPES, type Program } from '@/lib/engine/types';
import { CITIES_BY_STATE } from '@/lib/reference/cities';
import { ACGME_SPECIALTY_CODES, ACGME_STATE_CODES } from '@/lib/reference/program-distribution';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { PGY1_ONLY_SPECIALTIES, isPgy1OnlySpecialty } from '@/lib/reference/pgy1';
import { US_STATES, regionOfState, type StateCode } from '@/lib/reference/states';

const catalog = generateDemoCatalog();
const { specialties } = catalog;
const programs = [...catalog.programs, ...catalog.pgy1Programs];

/** A specialty's residency programs (its PGY-1-only preliminary programs apart). */
function programsOf(code: string): Program[] {
  return programs.filter((program) => program.specialtyCode === code && program.track !== 'PRELIMINARY');
}

function preliminaryOf(code: string): Program[] {
  return programs.filter((program) => program.specialtyCode === code && program.track === 'PRELIMINARY');
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function known<T>(values: readonly (T | null)[]): T[] {
  return values.filter((value): value is T => value !== null);
}

describe('generateDemoCatalog', () => {
  it('gives the same catalog for the same seed', () => {
    expect(generateDemoCatalog()).toEqual(catalog);
    expect(generateDemoCatalog(7)).toEqual(generateDemoCatalog(7));
  });

  it('gives a different catalog for a different seed', () => {
    const other = generateDemoCatalog(20261125);
    expect(other.programs.map((program) => program.name)).not.toEqual(programs.map((program) => program.name));
  });

  it('never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    generateDemoCatalog(42);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('has no Math.random anywhere in the catalog code', () => {
    const dir = path.resolve(__dirname, '../../../lib/catalog');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/Math\.random/);
    }
  });

  it('builds between 4,500 and 5,500 residency programs, and keeps the PGY-1 ones apart', () => {
    const residencies = catalog.programs;
    expect(residencies.filter((program) => program.track === 'PRELIMINARY')).toEqual([]);
    expect(catalog.pgy1Programs.every((program) => program.track === 'PRELIMINARY')).toBe(true);
    expect(residencies.length).toBeGreaterThanOrEqual(4500);
    expect(residencies.length).toBeLessThanOrEqual(5500);
  });

  it.each([
    ['TY', 171, 1434],
    ['IM', 340, 1867],
    ['GS', 247, 1149],
  ])('has the NRMP 2020 PGY-1 track %s: %i preliminary programs, %i positions', (code, count, positions) => {
    const own = preliminaryOf(code);
    expect(own).toHaveLength(count);
    expect(own.reduce((sum, program) => sum + (program.positions ?? 0), 0)).toBe(positions);
    for (const program of own) expect(program.positions).toBeGreaterThanOrEqual(1);
  });

  it('has Transitional Year programs only on the preliminary track, and no other preliminary specialty', () => {
    expect(programsOf('TY')).toEqual([]);
    expect(new Set(programs.filter((p) => p.track === 'PRELIMINARY').map((p) => p.specialtyCode))).toEqual(new Set(['TY', 'IM', 'GS']));
    // The ERAS 2021 Transitional Year list's busiest states.
    const byState = new Map<string, number>();
    for (const program of preliminaryOf('TY')) byState.set(program.state, (byState.get(program.state) ?? 0) + 1);
    expect([...byState].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([state]) => state).sort()).toEqual(['FL', 'MI']);
  });

  it('covers at least 20 specialties, every one of them with programs', () => {
    expect(specialties.length).toBeGreaterThanOrEqual(20);
    for (const specialty of specialties) {
      const own = isPgy1OnlySpecialty(specialty.code) ? preliminaryOf(specialty.code) : programsOf(specialty.code);
      expect(own.length, specialty.code).toBeGreaterThan(0);
    }
  });

  it('returns the reference specialties, unchanged, then the PGY-1-only ones (Transitional Year)', () => {
    expect(specialties).toEqual([...SPECIALTY_REFERENCE.filter((specialty) => specialty.positions !== null), ...PGY1_ONLY_SPECIALTIES]);
  });

  it("gives each specialty its 2026 positions, over programs sized like the specialty's real ones", () => {
    for (const specialty of specialties.filter((s) => !isPgy1OnlySpecialty(s.code))) {
      const own = programsOf(specialty.code);
      expect(own.reduce((sum, program) => sum + (program.positions ?? 0), 0), specialty.code).toBe(specialty.positions);
      expect(own.length, specialty.code).toBe(demoProgramCount(specialty));
      const spread = positionsSpreadOf(specialty.code);
      if (specialty.code !== 'URO' && spread !== undefined && specialty.positions !== null) {
        expect(Math.abs(own.length - specialty.positions / spread.meanPositions), specialty.code).toBeLessThanOrEqual(0.5);
      }
      for (const program of own) expect(program.positions, program.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives Urology the AUA program count', () => {
    expect(programsOf('URO')).toHaveLength(148);
  });

  it('gives every program a unique, stable id of the form demo-<SPEC>-<nnnn>', () => {
    expect(new Set(programs.map((program) => program.id)).size).toBe(programs.length);
    for (const program of programs) {
      const stem = program.track === 'PRELIMINARY' && program.specialtyCode !== 'TY' ? `${program.specialtyCode}-prelim` : program.specialtyCode;
      expect(program.id).toMatch(new RegExp(`^demo-${stem}-\\d{4}$`));
    }
    expect(programsOf('IM')[0]?.id).toBe('demo-IM-0001');
  });

  it('gives every program a unique 10-digit ACGME id: specialty code, state code, then a sequence', () => {
    const ids = programs.map((program) => program.acgmeId);
    expect(new Set(ids).size).toBe(programs.length);
    for (const program of programs) {
      expect(program.acgmeId).toMatch(/^\d{10}$/);
      expect(program.acgmeId?.slice(0, 3)).toBe(ACGME_SPECIALTY_CODES[program.specialtyCode]);
      expect(program.acgmeId?.slice(3, 5)).toBe(ACGME_STATE_CODES[program.state as StateCode]);
    }
    expect(programsOf('ANES')[0]?.acgmeId?.startsWith('040')).toBe(true);
  });

  it('places every program in a reference city of a real state, with its region and setting', () => {
    for (const program of programs) {
      expect(Object.hasOwn(US_STATES, program.state), program.state).toBe(true);
      expect(program.region).toBe(regionOfState(program.state));
      const city = CITIES_BY_STATE[program.state as StateCode].find((candidate) => candidate.name === program.city);
      expect(city, `${program.city}, ${program.state}`).toBeDefined();
      expect(program.setting).toBe(city?.setting);
    }
  });

  it('places the most programs where the ERAS lists have the most', () => {
    const imByState = new Map<string, number>();
    for (const program of programsOf('IM')) imByState.set(program.state, (imByState.get(program.state) ?? 0) + 1);
    const busiest = [...imByState].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(busiest).toBe('NY');
  });

  it('marks every program as demo, with no NRMP code', () => {
    for (const program of programs) {
      expect(program.source).toBe('demo');
      expect(program.nrmpCode).toBeNull();
    }
  });

  it('names institutions with an invented word, never after a real state university', () => {
    const stateUniversity = new RegExp(`University of (${Object.values(US_STATES).map((state) => state.name).join('|')})\\b`);
    const suspicious = programs.filter(
      (program) => !FICTIONAL_WORDS.some((word) => program.institution.includes(word)) || stateUniversity.test(program.institution),
    );
    expect(suspicious).toEqual([]);
  });

  it('keeps shares of residents in [0, 1], summing to at most 1, and all known or all unknown', () => {
    const invalid = programs.filter((program) => {
      const shares = known([program.shareUsMd, program.shareDo, program.shareImg]);
      const sum = shares.reduce((total, share) => total + share, 0);
      return ![0, 3].includes(shares.length) || shares.some((share) => share < 0 || share > 1) || sum > 1 + 1e-9;
    });
    expect(invalid).toEqual([]);
    expect(programs.filter((program) => program.shareImg !== null).length).toBeGreaterThan(0);
  });

  it('mixes program types roughly as the real landscape does', () => {
    const share = (type: string) => programs.filter((program) => program.type === type).length / programs.length;
    expect(share('UNIVERSITY')).toBeGreaterThan(0.28);
    expect(share('UNIVERSITY')).toBeLessThan(0.42);
    expect(share('COMMUNITY_UNIVERSITY_AFFILIATED')).toBeGreaterThan(0.33);
    expect(share('COMMUNITY')).toBeGreaterThan(0.14);
    expect(share('MILITARY')).toBeGreaterThan(0.015);
    expect(share('MILITARY')).toBeLessThan(0.05);
    for (const program of programs) expect(PROGRAM_TYPES).toContain(program.type);
  });

  it('fills IM residencies with many IMGs and dermatology and orthopaedics with almost none', () => {
    const meanImg = (code: string) => mean(known(programsOf(code).map((program) => program.shareImg)));
    expect(meanImg('IM')).toBeGreaterThan(0.25);
    expect(meanImg('FM')).toBeGreaterThan(0.2);
    expect(meanImg('DERM')).toBeLessThan(0.05);
    expect(meanImg('ORTHO')).toBeLessThan(0.05);
  });

  it('sponsors J-1 visas often in IMG-friendly specialties, rarely in competitive surgical ones, H-1B less', () => {
    const rate = (code: string, field: 'sponsorsJ1' | 'sponsorsH1b') =>
      mean(known(programsOf(code).map((program) => program[field])).map(Number));
    for (const code of ['IM', 'FM', 'PEDS', 'PSYCH', 'NEURO', 'PATH']) expect(rate(code, 'sponsorsJ1'), code).toBeGreaterThan(0.5);
    for (const code of ['ORTHO', 'PLASTICS', 'DERM']) expect(rate(code, 'sponsorsJ1'), code).toBeLessThan(0.2);
    expect(rate('IM', 'sponsorsH1b')).toBeGreaterThan(0.15);
    expect(rate('IM', 'sponsorsH1b')).toBeLessThan(rate('IM', 'sponsorsJ1'));
  });

  it("centres programs' Step 2 CK bars on the specialty's median, university programs above community ones", () => {
    for (const specialty of specialties) {
      const bars = known(programsOf(specialty.code).map((program) => program.typicalStep2));
      if (specialty.medianStep2MatchedUsMd === null) {
        expect(bars, specialty.code).toEqual([]);
        continue;
      }
      expect(Math.abs(mean(bars) - specialty.medianStep2MatchedUsMd), specialty.code).toBeLessThan(4);
    }
    const barOf = (type: string) =>
      mean(known(programsOf('IM').filter((program) => program.type === type).map((program) => program.typicalStep2)));
    expect(barOf('UNIVERSITY')).toBeGreaterThan(barOf('COMMUNITY') + 3);
  });

  it('states minimum Step 2 CK scores for some programs, below their typical score, some of them hard', () => {
    const stated = programs.filter((program) => program.minStep2 !== null);
    expect(stated.length / programs.length).toBeGreaterThan(0.15);
    expect(stated.some((program) => program.minStep2Hard === true)).toBe(true);
    for (const program of stated) {
      expect(program.minStep2Hard).not.toBeNull();
      if (program.typicalStep2 !== null) expect(program.minStep2).toBeLessThan(program.typicalStep2);
    }
    for (const program of programs.filter((candidate) => candidate.minStep2 === null)) expect(program.minStep2Hard).toBeNull();
  });

  it('limits years since graduation in some IMG-taking community programs, and attempts to 0, 1 or 2', () => {
    const limited = programs.filter((program) => program.yogLimitYears !== null);
    expect(limited.length).toBeGreaterThan(0);
    for (const program of limited) {
      expect(program.yogLimitYears).toBeGreaterThanOrEqual(3);
      expect(program.yogLimitYears).toBeLessThanOrEqual(5);
    }
    const community = limited.filter((program) => program.type !== 'UNIVERSITY' && program.type !== 'MILITARY');
    expect(community.length / limited.length).toBeGreaterThan(0.8);
    for (const program of programs) expect([0, 1, 2, null]).toContain(program.maxAttempts);
  });

  it('asks for US clinical experience only in programs that take IMGs', () => {
    const asking = programs.filter((program) => (program.usceRequiredMonths ?? 0) > 0);
    expect(asking.length).toBeGreaterThan(0);
    for (const program of asking) if (program.shareImg !== null) expect(program.shareImg).toBeGreaterThanOrEqual(0.15);
  });

  it('ties research emphasis to program type', () => {
    const highShare = (type: string) => {
      const ofType = programs.filter((program) => program.type === type && program.researchEmphasis !== null);
      return ofType.filter((program) => program.researchEmphasis === 'HIGH').length / ofType.length;
    };
    expect(highShare('UNIVERSITY')).toBeGreaterThan(highShare('COMMUNITY') + 0.3);
  });

  it('leaves a realistic share of fields unknown', () => {
    const unknownShare = (pick: (program: Program) => unknown) =>
      programs.filter((program) => pick(program) === null).length / programs.length;
    for (const pick of [
      (program: Program) => program.shareImg,
      (program: Program) => program.sponsorsJ1,
      (program: Program) => program.researchEmphasis,
    ]) {
      expect(unknownShare(pick)).toBeGreaterThan(0.05);
      expect(unknownShare(pick)).toBeLessThan(0.25);
    }
    const withMedian = programs.filter((program) => program.specialtyCode !== 'URO');
    const unknownBars = withMedian.filter((program) => program.typicalStep2 === null).length / withMedian.length;
    expect(unknownBars).toBeGreaterThan(0.05);
    expect(unknownBars).toBeLessThan(0.25);
  });

  it('does not let military programs sponsor visas', () => {
    for (const program of programs.filter((candidate) => candidate.type === 'MILITARY')) {
      expect(program.sponsorsJ1).not.toBe(true);
      expect(program.sponsorsH1b).not.toBe(true);
    }
  });
});
