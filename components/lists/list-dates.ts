// Dates on list pages, in the same words on the server and in the browser (a fixed time zone, so
// the server's HTML and the hydrated page agree).

const DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Nov 24, 2025" from an ISO 8601 timestamp. */
export function formatListDate(iso: string): string {
  return DATE.format(new Date(iso));
}
