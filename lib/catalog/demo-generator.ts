// The demo catalog (DESIGN.md §6): fictional programs in real cities and states, in numbers and
// spreads that follow the published figures per specialty. Deterministic: one seed, one catalog.
//   - Programs per specialty: its 2026 positions (NRMP Charting Outcomes, 2026; Urology: AUA 2025)
//     divided by its mean positions per program (NRMP Main Residency Match 2020 quotas); Urology
//     uses the AUA's own program count.
//   - States: each specialty's share of programs by state in the ERAS 2021 participating lists.
//   - Positions: drawn from the specialty's NRMP 2020 spread, then scaled to the 2026 total.
//   - Tracks: ADVANCED (PGY-2 start) for the specialty's share of advanced programs in the NRMP 2020
//     program results, CATEGORICAL otherwise.
//   - PGY-1 years: Transitional Year (specialty TY) and preliminary internal medicine and surgery
//     programs, in the NRMP 2020 program results' numbers (lib/reference/pgy1.ts).
// Everything else (type, visa, residents' make-up, bars, policies) follows lib/catalog/demo-profiles.
import type { Program, SpecialtyStats } from '@/lib/engine/types';
import { SPECIALTY_REFERENCE, UROLOGY_AUA_FIGURES } from '@/lib/reference/specialties';
import { US_STATE_CODES, regionOfState, type StateCode } from '@/lib/reference/states';
import {
  ACGME_SPECIALTY_CODES,
  ACGME_STATE_CODES,
  ADVANCED_TRACK_SHARE_NRMP_2020,
  POSITIONS_PER_PROGRAM_NRMP_2020,
  programShareByState,
  type PositionsSpread,
} from '@/lib/reference/program-distribution';
import { PGY1_ONLY_SPECIALTIES, PGY1_TRACKS, PGY1_TRACK_CODES, TY_PROGRAMS_BY_STATE_ERAS_2021, type Pgy1TrackCode } from '@/lib/reference/pgy1';
import { apportion, createRng, deriveSeed, type Rng } from './prng';
import {
  DEFAULT_DEMO_PROFILE,
  DEMO_SPECIALTY_PROFILES,
  POSITIONS_FACTOR_BY_TYPE,
  POSITIONS_SPREAD_STAND_INS,
} from './demo-profiles';
import { drawProgramDetails, drawProgramType, pickCity } from './demo-program-details';
import { institutionName } from './demo-names';
import { DEMO_SOURCE } from './demo-source';

export { DEMO_SOURCE };
export const DEFAULT_DEMO_SEED = 20261124;

/** Specialties whose program count is published (AUA 2025): used as is, not derived from a spread. */
const PUBLISHED_PROGRAM_COUNTS: Readonly<Record<string, number>> = { URO: UROLOGY_AUA_FIGURES.programs };

export interface DemoCatalog {
  specialties: SpecialtyStats[];
  /** The residency programs a specialty's applicants rank (categorical and advanced). */
  programs: Program[];
  /** PGY-1 programs (track PRELIMINARY): Transitional Year, preliminary medicine and surgery. */
  pgy1Programs: Program[];
}

export function positionsSpreadOf(specialtyCode: string): PositionsSpread | undefined {
  const code = POSITIONS_SPREAD_STAND_INS[specialtyCode] ?? specialtyCode;
  return POSITIONS_PER_PROGRAM_NRMP_2020[code];
}

/** How many demo programs a specialty gets: its positions over its mean positions per program. */
export function demoProgramCount(specialty: SpecialtyStats): number {
  const published = PUBLISHED_PROGRAM_COUNTS[specialty.code];
  if (published !== undefined) return published;
  const spread = positionsSpreadOf(specialty.code);
  if (specialty.positions === null || spread === undefined) return 0;
  return Math.max(1, Math.round(specialty.positions / spread.meanPositions));
}

/** A draw from a spread given by its deciles, linear between them. */
function drawFromDeciles(rng: Rng, deciles: readonly number[]): number {
  const scaled = rng.next() * (deciles.length - 1);
  const index = Math.floor(scaled);
  const low = deciles[index] ?? 1;
  const high = deciles[index + 1] ?? low;
  return low + (scaled - index) * (high - low);
}

/** Splits a specialty's positions over its programs: each keeps at least one position. */
function scalePositions(total: number, rawSizes: readonly number[]): number[] {
  const sizes = apportion(Math.max(total, rawSizes.length), rawSizes);
  for (let i = 0; i < sizes.length; i += 1) {
    if ((sizes[i] ?? 0) > 0) continue;
    const largest = sizes.indexOf(Math.max(...sizes));
    sizes[largest] = (sizes[largest] ?? 1) - 1;
    sizes[i] = 1;
  }
  return sizes;
}

function statesFor(shares: Partial<Record<StateCode, number>>, programCount: number): StateCode[] {
  const counts = apportion(
    programCount,
    US_STATE_CODES.map((state) => shares[state] ?? 0),
  );
  return US_STATE_CODES.flatMap((state, i) => Array.from({ length: counts[i] ?? 0 }, () => state));
}

function acgmeIdPrefix(specialtyCode: string, state: StateCode): string {
  // Unknown specialty codes get 999, the ACGME's transitional-year code.
  const specialty = ACGME_SPECIALTY_CODES[specialtyCode] ?? '999';
  return `${specialty}${ACGME_STATE_CODES[state]}`;
}

/** One set of programs to draw: a specialty's residency programs, or one of its PGY-1 tracks. */
interface ProgramSet {
  specialty: SpecialtyStats;
  /** Names the set's random stream and its ids ("IM", "IM-prelim"). */
  stream: string;
  idStem: string;
  states: StateCode[];
  spread: PositionsSpread | undefined;
  positions: number;
  /** ACGME sequences start after this (a preliminary set numbers its programs apart from the categorical ones). */
  sequenceBase: number;
  track: (trackRng: Rng) => Program['track'];
}

function generatePrograms(set: ProgramSet, seed: number): Program[] {
  const { specialty, spread, states } = set;
  const rng = createRng(deriveSeed(seed, set.stream));
  const profile = DEMO_SPECIALTY_PROFILES[specialty.code] ?? DEFAULT_DEMO_PROFILE;

  const sequenceByPrefix = new Map<string, number>();
  const slotsByPlace = new Map<string, number>();
  const drafts = states.map((state) => {
    const type = drawProgramType(rng, profile);
    const city = pickCity(rng, state, type);
    const placeKey = `${type}|${city.name}|${state}`;
    const slot = slotsByPlace.get(placeKey) ?? 0;
    slotsByPlace.set(placeKey, slot + 1);
    const prefix = acgmeIdPrefix(specialty.code, state);
    const sequence = (sequenceByPrefix.get(prefix) ?? set.sequenceBase) + 1;
    sequenceByPrefix.set(prefix, sequence);
    const rawSize = spread === undefined ? 1 : drawFromDeciles(rng, spread.deciles);
    return { state, type, city, slot, sequence, prefix, rawSize };
  });

  const positions = scalePositions(
    set.positions,
    drafts.map((draft) => draft.rawSize * POSITIONS_FACTOR_BY_TYPE[draft.type]),
  );

  // Tracks from a stream of their own, so that adding them changed no other draw of the catalog.
  const trackRng = createRng(deriveSeed(seed, `${set.stream}-track`));
  return drafts.map((draft, i): Program => {
    const institution = institutionName(draft.type, draft.city.name, draft.state, draft.slot);
    const region = regionOfState(draft.state);
    if (region === null) throw new Error(`No region for state ${draft.state}`);
    return {
      id: `demo-${set.idStem}-${String(i + 1).padStart(4, '0')}`,
      // Digit 6 is 9: ACGME sequences in the ERAS 2021 lists never start with 9, so a demo id
      // cannot collide with a real program's id when a real catalog is imported beside the demo.
      acgmeId: `${draft.prefix}9${String(draft.sequence).padStart(4, '0')}`,
      nrmpCode: null,
      name: `${institution} Program`,
      institution,
      specialtyCode: specialty.code,
      city: draft.city.name,
      state: draft.state,
      region,
      setting: draft.city.setting,
      type: draft.type,
      track: set.track(trackRng),
      positions: positions[i] ?? 1,
      ...drawProgramDetails(rng, specialty, profile, draft.type),
      source: DEMO_SOURCE,
      sourceDate: null,
    };
  });
}

function generateSpecialtyPrograms(specialty: SpecialtyStats, seed: number): Program[] {
  const states = statesFor(programShareByState(specialty.code), demoProgramCount(specialty));
  const advancedShare = ADVANCED_TRACK_SHARE_NRMP_2020[specialty.code] ?? 0;
  return generatePrograms(
    {
      specialty,
      stream: specialty.code,
      idStem: specialty.code,
      states,
      spread: positionsSpreadOf(specialty.code),
      positions: specialty.positions ?? states.length,
      sequenceBase: 0,
      track: (trackRng) => (trackRng.next() < advancedShare ? 'ADVANCED' : 'CATEGORICAL'),
    },
    seed,
  );
}

/** ACGME sequences of preliminary demo programs start here, apart from their specialty's categorical ones. */
const PRELIMINARY_SEQUENCE_BASE = 5000;

/**
 * A PGY-1 track's programs: Transitional Year programs (specialty TY), and preliminary internal
 * medicine and surgery programs (specialties IM and GS, track PRELIMINARY), in the NRMP 2020
 * numbers (lib/reference/pgy1.ts). States follow the ERAS 2021 Transitional Year list, and the
 * specialty's own list for a preliminary year.
 */
function generatePgy1Programs(code: Pgy1TrackCode, specialty: SpecialtyStats, seed: number): Program[] {
  const track = PGY1_TRACKS[code];
  const shares = code === 'TY' ? shareOf(TY_PROGRAMS_BY_STATE_ERAS_2021) : programShareByState(code);
  const stem = code === 'TY' ? 'TY' : `${code}-prelim`;
  return generatePrograms(
    {
      specialty,
      stream: stem,
      idStem: stem,
      states: statesFor(shares, track.programs),
      spread: track.spread,
      positions: track.positions,
      sequenceBase: code === 'TY' ? 0 : PRELIMINARY_SEQUENCE_BASE,
      track: () => 'PRELIMINARY',
    },
    seed,
  );
}

function shareOf(counts: Partial<Record<StateCode, number>>): Partial<Record<StateCode, number>> {
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  return Object.fromEntries(Object.entries(counts).map(([state, count]) => [state, (count ?? 0) / total]));
}

/**
 * Builds the demo catalog: every reference specialty with published positions, and its programs.
 * Each specialty draws from its own stream of the seed, so its programs do not change when another
 * specialty is added or removed.
 */
export function generateDemoCatalog(seed: number = DEFAULT_DEMO_SEED): DemoCatalog {
  const specialties = SPECIALTY_REFERENCE.filter((specialty) => specialty.positions !== null).map(
    (specialty): SpecialtyStats => ({
      ...specialty,
      matchRate: { ...specialty.matchRate },
      signals: { ...specialty.signals },
      sources: [...specialty.sources],
    }),
  );
  const byCode = new Map(specialties.map((specialty) => [specialty.code, specialty]));
  const pgy1Only = PGY1_ONLY_SPECIALTIES.map((specialty): SpecialtyStats => ({ ...specialty, matchRate: { ...specialty.matchRate }, signals: { ...specialty.signals }, sources: [...specialty.sources] }));
  for (const specialty of pgy1Only) byCode.set(specialty.code, specialty);
  const programs = specialties.flatMap((specialty) => generateSpecialtyPrograms(specialty, seed));
  const pgy1Programs = PGY1_TRACK_CODES.flatMap((code) => {
    const specialty = byCode.get(code);
    return specialty ? generatePgy1Programs(code, specialty, seed) : [];
  });
  return { specialties: [...specialties, ...pgy1Only], programs, pgy1Programs };
}
