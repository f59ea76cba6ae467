// Numbers in US English, from one formatter made once: Number#toLocaleString('en-US') builds a new
// Intl.NumberFormat on every call (about 25 µs each here), and the results page formats several
// hundred numbers when the ranking arrives. Same output as toLocaleString('en-US').
const US_NUMBER = new Intl.NumberFormat('en-US');

/** 1234 → "1,234". */
export function formatNumber(value: number): string {
  return US_NUMBER.format(value);
}
