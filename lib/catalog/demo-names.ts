// Fictional institution names for the demo catalog. Every name carries one invented word (none is a
// real US place, university or hospital), so a demo program can never pass for a real one, even
// where a pattern such as "<word> Memorial Hospital of <city>" would otherwise match a real name.
import type { ProgramType } from '@/lib/engine/types';
import { deriveSeed } from './prng';

export const FICTIONAL_WORDS = [
  'Aldermoor', 'Ashmantle', 'Bramblecote', 'Briarwick', 'Carrowmere', 'Cindermoor', 'Dovecrest',
  'Dunhallow', 'Elmswick', 'Emberwyn', 'Fallowmere', 'Fernmantle', 'Gildermoor', 'Greymantle',
  'Hollowmere', 'Ironvale', 'Ivorhaven', 'Kestrelmoor', 'Larkmoor', 'Lindenmere', 'Marrowfell',
  'Oakmantle', 'Orchardmere', 'Pellridge', 'Quarrymoor', 'Quillmont', 'Ravenmere', 'Rowanmere',
  'Sablecrest', 'Silverfell', 'Thornmere', 'Umberwick', 'Valewynd', 'Wrenhallow', 'Wyncrest',
  'Yarrowmere', 'Zephyrcrest',
] as const;

type NamePattern = (word: string, city: string) => string;

const PATTERNS_BY_TYPE: Readonly<Record<ProgramType, readonly NamePattern[]>> = {
  UNIVERSITY: [
    (word) => `University of ${word} Medical Center`,
    (word) => `${word} University Hospital`,
    (word) => `${word} University School of Medicine`,
  ],
  COMMUNITY_UNIVERSITY_AFFILIATED: [
    (word, city) => `${word} Memorial Hospital of ${city}`,
    (word) => `${word} Regional Medical Center`,
    (word, city) => `${word} Health ${city}`,
    (word, city) => `${city} ${word} Medical Center`,
  ],
  COMMUNITY: [
    (word) => `${word} Community Hospital`,
    (word, city) => `${word} General Hospital of ${city}`,
    (word) => `${word} Valley Medical Center`,
    (word, city) => `${city} ${word} Family Health Center`,
  ],
  MILITARY: [
    (word) => `${word} Army Medical Center`,
    (word) => `${word} Naval Medical Center`,
    (word) => `${word} Air Force Medical Center`,
  ],
};

const placeHashes = new Map<string, number>();

function placeHash(type: ProgramType, city: string, state: string): number {
  const key = `${type}|${city}|${state}`;
  const cached = placeHashes.get(key);
  if (cached !== undefined) return cached;
  const hash = deriveSeed(0, key);
  placeHashes.set(key, hash);
  return hash;
}

/**
 * The `slot`-th institution of a type in a city. The name depends on the place, type and slot only,
 * never on the specialty, so a city's academic centre hosts several specialties, as real ones do;
 * different slots in one city give different names.
 */
export function institutionName(type: ProgramType, city: string, state: string, slot: number): string {
  const patterns = PATTERNS_BY_TYPE[type];
  const base = placeHash(type, city, state);
  const word = FICTIONAL_WORDS[(base + slot) % FICTIONAL_WORDS.length] ?? FICTIONAL_WORDS[0];
  const pattern = patterns[(base + slot) % patterns.length] ?? patterns[0];
  const name = pattern === undefined ? `${word} Medical Center` : pattern(word, city);
  // Past one lap of the word list a name would repeat: number the campus instead.
  const lap = Math.floor(slot / FICTIONAL_WORDS.length);
  return lap === 0 ? name : `${name}, Campus ${lap + 1}`;
}
