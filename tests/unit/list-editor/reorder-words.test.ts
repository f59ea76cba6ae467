import { describe, expect, it } from 'vitest';
import { dropMove, reorderAnnouncements } from '@/components/lists/reorder-words';

const entries = [
  { programId: 'a', programName: 'Alpha IM' },
  { programId: 'b', programName: 'Beta IM' },
  { programId: 'c', programName: 'Gamma IM' },
];

describe('dropMove', () => {
  it('moves from the dragged program’s place to the place it was dropped on', () => {
    expect(dropMove(entries, 'c', 'a')).toEqual({ from: 2, to: 0 });
    expect(dropMove(entries, 'a', 'b')).toEqual({ from: 0, to: 1 });
  });

  it('is no move when dropped on itself, outside the list, or for an unknown program', () => {
    expect(dropMove(entries, 'b', 'b')).toBeNull();
    expect(dropMove(entries, 'b', undefined)).toBeNull();
    expect(dropMove(entries, 'zz', 'a')).toBeNull();
  });
});

describe('reorderAnnouncements', () => {
  const say = reorderAnnouncements(entries);

  it('names the program and its place in the whole list at every step', () => {
    expect(say.onDragStart({ active: { id: 'c' } })).toBe('Picked up Gamma IM, number 3 of 3.');
    expect(say.onDragOver({ active: { id: 'c' }, over: { id: 'b' } })).toBe('Gamma IM would move to number 2 of 3.');
    expect(say.onDragEnd({ active: { id: 'c' }, over: { id: 'a' } })).toBe('Dropped Gamma IM at number 1 of 3.');
  });

  it('says when nothing moves', () => {
    expect(say.onDragOver({ active: { id: 'a' }, over: null })).toBe('Alpha IM is not over a place in the list.');
    expect(say.onDragOver({ active: { id: 'a' }, over: { id: 'a' } })).toBeUndefined();
    expect(say.onDragEnd({ active: { id: 'a' }, over: { id: 'a' } })).toBe('Alpha IM stays at number 1 of 3.');
    expect(say.onDragCancel({ active: { id: 'b' } })).toBe('Move cancelled. Beta IM stays at number 2 of 3.');
  });
});
