// How long a 429 or 503 asks the client to wait (RFC 9110 §10.2.3): whole seconds, or an HTTP date.

/** Seconds to wait, rounded up, at least 1; null when the header is absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - now) / 1000));
}
