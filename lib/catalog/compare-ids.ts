// The compare view's address, `/programs/compare?ids=a,b,c,d`: shared by the page (server) and the
// compare pick (browser), so both agree on the limit.

/** As many programs as fit side by side on a laptop screen. */
export const COMPARE_MAX_PROGRAMS = 4;

export interface CompareIds {
  /** Distinct ids in the order given, at most COMPARE_MAX_PROGRAMS. */
  ids: string[];
  /** Distinct ids asked for past the first COMPARE_MAX_PROGRAMS, left out. */
  dropped: number;
}

/** `ids` as given in the address (one value or repeated, comma-separated); blanks and repeats dropped. */
export function parseCompareIds(value: string | string[] | undefined): CompareIds {
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const distinct = [...new Set(parts.flatMap((part) => part.split(',')).map((id) => id.trim()).filter((id) => id.length > 0))];
  return { ids: distinct.slice(0, COMPARE_MAX_PROGRAMS), dropped: Math.max(0, distinct.length - COMPARE_MAX_PROGRAMS) };
}

export function compareHref(ids: readonly string[]): string {
  return `/programs/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`;
}
