// Route handlers have no body-size limit of their own (DESIGN.md §7): cap while streaming, then parse.
import type { z } from 'zod';
import { fieldErrors } from '@/lib/schemas/recommendation';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors';

/** 64 KB is ample for every payload we accept. */
export const MAX_BODY_BYTES = 64 * 1024;

export async function readBodyText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** Reads a JSON body, size-capped, and validates it with a strict zod schema. */
export async function parseJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new UnsupportedMediaTypeError();
  const text = await readBodyText(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ValidationError('Some fields need attention.', fieldErrors(parsed.error));
  return parsed.data;
}

/** Validates URL query parameters (strings) with a zod schema that coerces them. */
export function parseQuery<Schema extends z.ZodType>(url: URL, schema: Schema): z.infer<Schema> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError('Some query parameters need attention.', fieldErrors(parsed.error));
  return parsed.data;
}
