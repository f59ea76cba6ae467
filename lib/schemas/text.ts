// PostgreSQL text cannot hold U+0000 (NUL): a query or write carrying one fails (SQLSTATE 22021)
// instead of finding nothing. Client text is checked at the edge, so a NUL is a 400 with a field
// message (or a 404 for an id in a path), never a 500.
export const NUL_MESSAGE = 'Remove the NUL character (\\u0000): text cannot contain it';

export function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

/** Whether a path or query id could name a stored row: non-empty, at most `maxLength`, no NUL. */
export function couldBeId(id: string, maxLength: number): boolean {
  return id.length > 0 && id.length <= maxLength && !hasNul(id);
}
