// Small builders for engine tests: a fully known program/profile by default, overridable per test,
// and a seeded catalog generator so large tests are reproducible.
import { mulberry32 } from '@/lib/catalog/prng';
import {
  PROGRAM_TYPES,
  REGIONS,
  RESEARCH_EMPHASES,
  SETTINGS,
  type ApplicantProfile,
  type EngineInput,
  type Preferences,
  type Program,
  type SpecialtyStats,
} from '@/lib/engine';
import { US_STATE_CODES, regionOfState } from '@/lib/reference/states';

export const SEASON_YEAR = 2027;

export function makeProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 'prog-0001',
    acgmeId: '1403500001',
    nrmpCode: null,
    name: 'Riverside Internal Medicine Residency',
    institution: 'Riverside Medical Center',
    specialtyCode: 'IM',
    city: 'Albany',
    state: 'NY',
    region: 'NORTHEAST',
    setting: 'URBAN',
    type: 'UNIVERSITY',
    track: 'CATEGORICAL',
    positions: 10,
    sponsorsJ1: true,
    sponsorsH1b: false,
    shareUsMd: 0.5,
    shareDo: 0.2,
    shareImg: 0.3,
    minStep2: null,
    minStep2Hard: null,
    typicalStep2: 245,
    yogLimitYears: null,
    maxAttempts: null,
    usceRequiredMonths: null,
    researchEmphasis: 'MEDIUM',
    source: 'test',
    sourceDate: null,
    ...overrides,
  };
}

export function makeProfile(overrides: Partial<ApplicantProfile> = {}): ApplicantProfile {
  return {
    applicantType: 'US_MD',
    graduationYear: SEASON_YEAR,
    step2Score: 245,
    examFailures: 0,
    researchItems: 2,
    usceMonths: 0,
    visaNeeded: 'NONE',
    ...overrides,
  };
}

export function makePreferences(overrides: Partial<Preferences> = {}): Preferences {
  return { specialties: ['IM'], ...overrides };
}

export function makeSpecialty(overrides: Partial<SpecialtyStats> = {}): SpecialtyStats {
  return {
    code: 'IM',
    name: 'Internal Medicine',
    match: 'NRMP',
    positions: 11632,
    applicants: 14734,
    matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: 48.5 },
    medianStep2MatchedUsMd: 254,
    meanContiguousRanksNonUsImg: 6.1,
    signals: { single: null, gold: 3, silver: 12 },
    referenceYear: 2026,
    sources: ['NRMP Charting Outcomes in the Match 2026'],
    ...overrides,
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `count` programs with a mix of known and unknown fields, in IM and FM. */
export function buildCatalog(count: number, seed = 42): Program[] {
  const random = mulberry32(seed);
  const maybe = <T>(value: T): T | null => (random() < 0.2 ? null : value);
  return Array.from({ length: count }, (_, i) => {
    const state = pick(random, US_STATE_CODES);
    const shareImg = Math.round(random() * 60) / 100;
    const shareDo = Math.round(random() * (1 - shareImg) * 50) / 100;
    return makeProgram({
      id: `prog-${String(count - i).padStart(4, '0')}`,
      name: `Program ${i}`,
      specialtyCode: random() < 0.7 ? 'IM' : 'FM',
      state,
      region: regionOfState(state) ?? pick(random, REGIONS),
      setting: maybe(pick(random, SETTINGS)),
      type: maybe(pick(random, PROGRAM_TYPES)),
      positions: maybe(1 + Math.floor(random() * 40)),
      sponsorsJ1: maybe(random() < 0.6),
      sponsorsH1b: maybe(random() < 0.3),
      shareUsMd: maybe(Math.round((1 - shareImg - shareDo) * 100) / 100),
      shareDo: maybe(shareDo),
      shareImg: maybe(shareImg),
      typicalStep2: maybe(230 + Math.floor(random() * 30)),
      minStep2: random() < 0.2 ? 220 + Math.floor(random() * 20) : null,
      minStep2Hard: maybe(random() < 0.5),
      yogLimitYears: random() < 0.3 ? 3 + Math.floor(random() * 5) : null,
      maxAttempts: random() < 0.3 ? Math.floor(random() * 3) : null,
      usceRequiredMonths: random() < 0.2 ? 1 + Math.floor(random() * 6) : null,
      researchEmphasis: maybe(pick(random, RESEARCH_EMPHASES)),
    });
  });
}

export function makeEngineInput(overrides: Partial<EngineInput> = {}): EngineInput {
  return {
    profile: makeProfile(),
    preferences: makePreferences({ specialties: ['IM', 'FM'] }),
    programs: buildCatalog(200),
    specialties: [makeSpecialty(), makeSpecialty({ code: 'FM', name: 'Family Medicine', medianStep2MatchedUsMd: 244 })],
    seasonYear: SEASON_YEAR,
    ...overrides,
  };
}
