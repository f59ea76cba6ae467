// The programs a person has picked to compare (at most four), kept in localStorage so the pick
// survives moving between the catalog, a program's page and the results. Ids only: no scores.
import { useSyncExternalStore } from 'react';
import { COMPARE_MAX_PROGRAMS, compareHref as compareHrefForIds } from '@/lib/catalog/compare-ids';

export { COMPARE_MAX_PROGRAMS };
export const COMPARE_STORAGE_KEY = 'smartpick:compare';

export interface ComparedProgram {
  id: string;
  name: string;
}

const listeners = new Set<() => void>();
let cached: { text: string | null; programs: readonly ComparedProgram[] } = { text: null, programs: [] };
const EMPTY: readonly ComparedProgram[] = [];

function parse(text: string | null): readonly ComparedProgram[] {
  if (!text) return EMPTY;
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return EMPTY;
    return value
      .filter((item): item is ComparedProgram => typeof item?.id === 'string' && typeof item?.name === 'string')
      .slice(0, COMPARE_MAX_PROGRAMS);
  } catch {
    return EMPTY;
  }
}

function readStored(): readonly ComparedProgram[] {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(COMPARE_STORAGE_KEY);
  } catch {
    text = null;
  }
  if (text !== cached.text) cached = { text, programs: parse(text) };
  return cached.programs;
}

function write(programs: readonly ComparedProgram[]): void {
  try {
    window.localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(programs));
  } catch {
    // Storage blocked: keep the pick for this page view only.
    cached = { text: JSON.stringify(programs), programs };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === COMPARE_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current pick; empty on the server and during hydration. */
export function useComparedPrograms(): readonly ComparedProgram[] {
  return useSyncExternalStore(subscribe, readStored, () => EMPTY);
}

/** Adds a program; false when four are already picked. */
export function addToCompare(program: ComparedProgram): boolean {
  const current = readStored();
  if (current.some((p) => p.id === program.id)) return true;
  if (current.length >= COMPARE_MAX_PROGRAMS) return false;
  write([...current, program]);
  return true;
}

export function removeFromCompare(id: string): void {
  write(readStored().filter((p) => p.id !== id));
}

export function clearCompare(): void {
  write(EMPTY);
}

/** The compare page's address for a pick. */
export function compareHref(programs: readonly Pick<ComparedProgram, 'id'>[]): string {
  return compareHrefForIds(programs.map((p) => p.id));
}
