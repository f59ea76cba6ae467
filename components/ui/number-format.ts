// Numbers in US English without touching Intl on the way: the first Intl formatter a page makes
// costs Chromium 30–80 ms of main-thread time to load its locale data (measured here), and
// toLocaleString('en-US') builds a new formatter on every call (about 25 µs each). Whole numbers,
// which is what the pages show, get their thousands separators here; anything else goes to one
// Intl formatter made on first need. Same output as toLocaleString('en-US')
// (tests/unit/results/format.test.ts).
let fractionFormat: Intl.NumberFormat | undefined;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 1234 → "1,234". */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return (fractionFormat ??= new Intl.NumberFormat('en-US')).format(value);
  return `${value < 0 || Object.is(value, -0) ? '-' : ''}${groupThousands(String(Math.abs(value)))}`;
}

/** 1234.4 → "$1,234": rounded to whole dollars, halves away from zero, as Intl rounds. */
export function formatWholeUsd(usd: number): string {
  const dollars = Math.round(Math.abs(usd));
  if (!Number.isSafeInteger(dollars)) return `${usd < 0 ? '-' : ''}$${formatNumber(dollars)}`;
  return `${usd < 0 || Object.is(usd, -0) ? '-' : ''}$${groupThousands(String(dollars))}`;
}
