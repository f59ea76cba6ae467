// One demo program's type, city and details, drawn from the specialty's profile (demo-profiles.ts).
import {
  PROGRAM_TYPES,
  SETTINGS,
  type Program,
  type ProgramType,
  type ResearchEmphasis,
  type SpecialtyStats,
} from '@/lib/engine/types';
import { CITIES_BY_STATE, type ReferenceCity } from '@/lib/reference/cities';
import type { StateCode } from '@/lib/reference/states';
import type { Rng } from './prng';
import {
  DO_SHARE_FACTOR_BY_TYPE,
  IMG_SHARE_FACTOR_BY_TYPE,
  RESEARCH_WEIGHTS_BY_TYPE,
  SETTING_WEIGHTS_BY_TYPE,
  STEP2_OFFSET_BY_TYPE,
  STEP2_SD,
  UNKNOWN_RATE,
  type DemoSpecialtyProfile,
} from './demo-profiles';

/** Programs whose residents are at least this share IMGs count as IMG-friendly. */
const IMG_FRIENDLY_SHARE = 0.15;
const RESEARCH_ORDER: readonly ResearchEmphasis[] = ['HIGH', 'MEDIUM', 'LOW'];
// Demo assumptions, not published distributions: stated YOG limits of 3–5 years since
// graduation, and US clinical experience requirements of 2–12 months.
const YOG_LIMITS_YEARS = [3, 3, 4, 5, 5] as const;
const USCE_REQUIRED_MONTHS = [2, 3, 3, 6, 6, 12] as const;

export type ProgramDetails = Pick<
  Program,
  | 'sponsorsJ1'
  | 'sponsorsH1b'
  | 'shareUsMd'
  | 'shareDo'
  | 'shareImg'
  | 'minStep2'
  | 'minStep2Hard'
  | 'typicalStep2'
  | 'yogLimitYears'
  | 'maxAttempts'
  | 'usceRequiredMonths'
  | 'researchEmphasis'
>;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A multiplicative spread with mean 1 (log-normal). */
function noise(rng: Rng, sigma: number): number {
  return Math.exp(rng.normal((-sigma * sigma) / 2, sigma));
}

export function drawProgramType(rng: Rng, profile: DemoSpecialtyProfile): ProgramType {
  return PROGRAM_TYPES[rng.weightedIndex(profile.typeWeights)] ?? 'COMMUNITY_UNIVERSITY_AFFILIATED';
}

interface CityBuckets {
  /** The state's cities by setting, in SETTINGS order, each in the order cities.ts lists them. */
  bySetting: (readonly ReferenceCity[])[];
  /** Weights favouring the cities listed first (cities.ts lists the larger medical centres first). */
  rankWeights: number[][];
}

const cityBucketsByState = new Map<StateCode, CityBuckets>();

function cityBucketsOf(state: StateCode): CityBuckets {
  const cached = cityBucketsByState.get(state);
  if (cached !== undefined) return cached;
  const bySetting = SETTINGS.map((setting) => CITIES_BY_STATE[state].filter((city) => city.setting === setting));
  const buckets = { bySetting, rankWeights: bySetting.map((cities) => cities.map((_, rank) => 1 / (1 + 0.25 * rank))) };
  cityBucketsByState.set(state, buckets);
  return buckets;
}

/** A city of the state: first its setting (SETTING_WEIGHTS_BY_TYPE), then a city of that setting. */
export function pickCity(rng: Rng, state: StateCode, type: ProgramType): ReferenceCity {
  const { bySetting, rankWeights } = cityBucketsOf(state);
  const settingWeights = SETTING_WEIGHTS_BY_TYPE[type];
  const setting = rng.weightedIndex(bySetting.map((cities, i) => (cities.length > 0 ? (settingWeights[i] ?? 0) : 0)));
  const city = bySetting[setting]?.[rng.weightedIndex(rankWeights[setting] ?? [])];
  if (city === undefined) throw new Error(`No reference city in ${state}`);
  return city;
}

/** Shares of residents as whole percents that add up to exactly 100. */
function drawShares(rng: Rng, profile: DemoSpecialtyProfile, type: ProgramType) {
  const img = clamp(profile.imgShare * IMG_SHARE_FACTOR_BY_TYPE[type] * noise(rng, 0.5), 0, 0.95);
  const osteopathic = clamp(profile.doShare * DO_SHARE_FACTOR_BY_TYPE[type] * noise(rng, 0.4), 0, 1 - img);
  const imgPercent = Math.round(img * 100);
  const doPercent = Math.min(Math.round(osteopathic * 100), 100 - imgPercent);
  return { img: imgPercent / 100, osteopathic: doPercent / 100, usMd: (100 - imgPercent - doPercent) / 100 };
}

function drawVisa(rng: Rng, profile: DemoSpecialtyProfile, type: ProgramType, img: number) {
  // Military programs train commissioned officers, who must be US citizens.
  if (type === 'MILITARY') return { sponsorsJ1: false, sponsorsH1b: false };
  // Programs that train many IMGs are the ones that sponsor visas.
  const affinity = clamp(0.4 + (0.6 * img) / Math.max(profile.imgShare, 0.01), 0.2, 1.6);
  const sponsorsJ1 = rng.chance(clamp(profile.j1Rate * affinity, 0, 0.97));
  // Nearly every H-1B sponsor also sponsors J-1; keep the specialty's overall H-1B rate.
  const sponsorsH1b = rng.chance(sponsorsJ1 ? profile.h1bRate / profile.j1Rate : 0.02);
  return { sponsorsJ1, sponsorsH1b };
}

function drawStep2(rng: Rng, specialty: SpecialtyStats, profile: DemoSpecialtyProfile, type: ProgramType, imgFriendly: boolean) {
  const median = specialty.medianStep2MatchedUsMd;
  // No published median (Urology): the program's bar stays unknown rather than invented.
  if (median === null) return { typicalStep2: null, minStep2: null, minStep2Hard: null };
  const bar = Math.round(clamp(median + STEP2_OFFSET_BY_TYPE[type] + rng.normal(0, STEP2_SD), 200, 280));
  const typicalStep2 = rng.chance(UNKNOWN_RATE.typicalStep2) ? null : bar;
  const community = type === 'COMMUNITY' || type === 'COMMUNITY_UNIVERSITY_AFFILIATED';
  const statesMinimum = rng.chance(imgFriendly && community ? 0.45 : profile.competitive ? 0.2 : 0.25);
  if (!statesMinimum) return { typicalStep2, minStep2: null, minStep2Hard: null };
  // Stated minimums are round numbers well below the program's typical matched score.
  const minStep2 = Math.floor((bar - rng.int(10, 25)) / 5) * 5;
  return { typicalStep2, minStep2, minStep2Hard: rng.chance(imgFriendly ? 0.55 : 0.35) };
}

function drawMaxAttempts(rng: Rng, profile: DemoSpecialtyProfile, imgFriendly: boolean): number | null {
  if (rng.chance(UNKNOWN_RATE.maxAttempts)) return null;
  const weights = profile.competitive ? [0.7, 0.3, 0] : imgFriendly ? [0.25, 0.4, 0.35] : [0.45, 0.45, 0.1];
  return rng.weightedIndex(weights);
}

function drawYogLimit(rng: Rng, type: ProgramType, img: number): number | null {
  const community = type === 'COMMUNITY' || type === 'COMMUNITY_UNIVERSITY_AFFILIATED';
  if (community && img >= IMG_FRIENDLY_SHARE) return rng.chance(0.55) ? rng.pick(YOG_LIMITS_YEARS) : null;
  if (type === 'UNIVERSITY' && img >= 0.1) return rng.chance(0.1) ? 5 : null;
  return null;
}

function drawUsce(rng: Rng, type: ProgramType, imgFriendly: boolean): number | null {
  if (!imgFriendly || type === 'MILITARY') return null;
  const draw = rng.next();
  if (draw < 0.4) return rng.pick(USCE_REQUIRED_MONTHS);
  return draw < 0.6 ? 0 : null;
}

function drawResearch(rng: Rng, profile: DemoSpecialtyProfile, type: ProgramType): ResearchEmphasis | null {
  if (rng.chance(UNKNOWN_RATE.research)) return null;
  const [high, medium, low] = RESEARCH_WEIGHTS_BY_TYPE[type];
  const tilt = profile.competitive ? Math.min(0.1, low) : 0;
  return RESEARCH_ORDER[rng.weightedIndex([high + tilt, medium, low - tilt])] ?? null;
}

export function drawProgramDetails(
  rng: Rng,
  specialty: SpecialtyStats,
  profile: DemoSpecialtyProfile,
  type: ProgramType,
): ProgramDetails {
  const shares = drawShares(rng, profile, type);
  const imgFriendly = shares.img >= IMG_FRIENDLY_SHARE;
  const sharesKnown = !rng.chance(UNKNOWN_RATE.shares);
  const visa = drawVisa(rng, profile, type, shares.img);
  const visaKnown = !rng.chance(UNKNOWN_RATE.visa);
  return {
    sponsorsJ1: visaKnown ? visa.sponsorsJ1 : null,
    sponsorsH1b: visaKnown ? visa.sponsorsH1b : null,
    shareUsMd: sharesKnown ? shares.usMd : null,
    shareDo: sharesKnown ? shares.osteopathic : null,
    shareImg: sharesKnown ? shares.img : null,
    ...drawStep2(rng, specialty, profile, type, imgFriendly),
    yogLimitYears: drawYogLimit(rng, type, shares.img),
    maxAttempts: drawMaxAttempts(rng, profile, imgFriendly),
    usceRequiredMonths: drawUsce(rng, type, imgFriendly),
    researchEmphasis: drawResearch(rng, profile, type),
  };
}
