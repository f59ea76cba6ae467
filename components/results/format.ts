/** 0.62 with a 0.48–0.71 range → "62% (48–71%)". */
export function formatChance(chance: number, range: { low: number; high: number }): string {
  const pct = (share: number) => Math.round(share * 100);
  return `${pct(chance)}% (${pct(range.low)}–${pct(range.high)}%)`;
}

export function formatCount(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
