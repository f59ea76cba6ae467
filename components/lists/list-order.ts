// Reordering a list: pure, so the buttons and drag and drop move items the same way.

/** The items with the one at `from` moved to `to` (both clamped), ranks renumbered 1..n. */
export function moveItem<T extends { rank: number }>(items: readonly T[], from: number, to: number): T[] {
  const last = items.length - 1;
  const source = Math.min(Math.max(from, 0), last);
  const target = Math.min(Math.max(to, 0), last);
  const moved = [...items];
  const [item] = moved.splice(source, 1);
  if (item === undefined) return [...items];
  moved.splice(target, 0, item);
  return moved.map((entry, index) => (entry.rank === index + 1 ? entry : { ...entry, rank: index + 1 }));
}
