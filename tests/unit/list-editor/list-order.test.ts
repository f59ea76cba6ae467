import { describe, expect, it } from 'vitest';
import { moveItem } from '@/components/lists/list-order';

const items = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, rank: index + 1 }));
const order = (list: readonly { id: string }[]) => list.map((item) => item.id).join('');

describe('moveItem', () => {
  it.each([
    [1, 0, 'bacd'],
    [0, 1, 'bacd'],
    [0, 3, 'bcda'],
    [3, 0, 'dabc'],
    [2, 2, 'abcd'],
    [0, -1, 'abcd'],
    [3, 9, 'abcd'],
  ])('moves the item at %i to %i', (from, to, expected) => {
    expect(order(moveItem(items, from, to))).toBe(expected);
  });

  it('numbers the ranks 1..n in the new order', () => {
    expect(moveItem(items, 3, 0).map((item) => item.rank)).toEqual([1, 2, 3, 4]);
  });

  it('leaves the input untouched', () => {
    moveItem(items, 0, 3);
    expect(order(items)).toBe('abcd');
  });
});
