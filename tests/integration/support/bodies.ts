// Request bodies as an attacker would send them: over the cap, streamed without a length, or with a
// Content-Length that understates what follows.
import { BASE_URL } from '../helpers';

export const OVERSIZED_BYTES = 70 * 1024;

/** A body that arrives in 8 KB chunks, with no length known in advance (chunked transfer). */
export function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 8192));
      offset += 8192;
    },
  });
}

export type BodyVariant = 'declared length' | 'chunked, no length' | 'understated length';
export const BODY_VARIANTS: readonly BodyVariant[] = ['declared length', 'chunked, no length', 'understated length'];

/** A write of `body` to `path` in the given variant, with the headers a page of ours would send. */
export function oversizedRequest(
  method: string,
  path: string,
  body: string,
  variant: BodyVariant,
  headers: Record<string, string>,
): Request {
  const all = new Headers(headers);
  if (variant === 'declared length') {
    all.set('content-length', String(new TextEncoder().encode(body).byteLength));
    return new Request(`${BASE_URL}${path}`, { method, headers: all, body });
  }
  if (variant === 'understated length') all.set('content-length', '100');
  return new Request(`${BASE_URL}${path}`, { method, headers: all, body: streamOf(body), duplex: 'half' } as RequestInit);
}
