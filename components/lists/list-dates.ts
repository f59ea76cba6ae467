// Dates on list pages, in the same words on the server and in the browser (a fixed time zone, so
// the server's HTML and the hydrated page agree).

// Made on first use, not when the module loads: a page's first Intl formatter costs it tens of
// milliseconds of main-thread time (components/ui/number-format.ts).
let dateFormatter: Intl.DateTimeFormat | undefined;
const dateFormat = () => (dateFormatter ??= new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));

/** "Nov 24, 2025" from an ISO 8601 timestamp. */
export function formatListDate(iso: string): string {
  return dateFormat().format(new Date(iso));
}
