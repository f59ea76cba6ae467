import { describe, expect, it } from 'vitest';
import { listChanges } from '@/components/lists/list-changes';
import { moveItem } from '@/components/lists/list-order';
import type { SavedListItemView, SavedListView } from '@/lib/lists/types';

function item(programId: string, rank: number): SavedListItemView {
  return {
    programId,
    acgmeId: null,
    programName: `Program ${programId}`,
    institution: 'Hospital',
    city: 'Boston',
    state: 'MA',
    specialtyCode: 'IM',
    rank,
    tier: 'target',
    chance: 0.5,
    matchChance: 0.1,
    signal: null,
    fit: 60,
    status: 'considering',
    note: '',
  };
}

const saved: SavedListView = {
  id: 'l1',
  name: 'Internal Medicine — Nov 24',
  version: 3,
  createdAt: '2025-11-24T00:00:00.000Z',
  updatedAt: '2025-11-24T00:00:00.000Z',
  engineVersion: 'e',
  plan: null,
  catalogVersion: 'c',
  input: {} as SavedListView['input'],
  items: [item('a', 1), item('b', 2), item('c', 3)],
};

describe('listChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(listChanges(saved, { ...saved })).toBeNull();
  });

  it('sends a new name alone, with the version it read', () => {
    expect(listChanges(saved, { ...saved, name: 'Top choices' })).toEqual({ version: 3, name: 'Top choices' });
  });

  it('sends every item in its new order after a move, without statuses or notes that did not change', () => {
    const moved = { ...saved, items: moveItem(saved.items, 2, 0) };
    expect(listChanges(saved, moved)).toEqual({
      version: 3,
      items: [
        { programId: 'c', rank: 1 },
        { programId: 'a', rank: 2 },
        { programId: 'b', rank: 3 },
      ],
    });
  });

  it('carries a changed status and note on their own item only', () => {
    const items = saved.items.map((entry) => (entry.programId === 'b' ? { ...entry, status: 'applied' as const, note: 'Call PD' } : entry));
    expect(listChanges(saved, { ...saved, items })?.items).toEqual([
      { programId: 'a', rank: 1 },
      { programId: 'b', rank: 2, status: 'applied', note: 'Call PD' },
      { programId: 'c', rank: 3 },
    ]);
  });
});
