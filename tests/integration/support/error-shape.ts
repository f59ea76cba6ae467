// The documented error body (DESIGN.md §4, lib/http/errors.ts): {error: {code, message, fields?}},
// and nothing that betrays the server's insides.
import { z } from 'zod';

export const apiErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z][a-z_]*$/),
    message: z.string().min(1).max(1_000),
    fields: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

/** Stack frames, file paths and driver or ORM wording: none of it belongs in a reply. */
const LEAKS = /\bat [\w.<>$]+ \(|node_modules|\.(?:ts|js|mjs):\d+|Prisma|prisma\.|invocation|ECONNREFUSED|pg_|SELECT |INSERT |UPDATE "/;

/** Parses an error reply's text; throws with the text when it is not the documented shape or leaks. */
export function parseErrorBody(text: string): ApiError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`error reply is not JSON: ${text.slice(0, 300)}`);
  }
  const parsed = apiErrorSchema.safeParse(json);
  if (!parsed.success) throw new Error(`error reply has not the documented shape: ${text.slice(0, 300)}`);
  const leak = LEAKS.exec(parsed.data.error.message);
  if (leak) throw new Error(`error reply leaks server details (${leak[0]}): ${text.slice(0, 300)}`);
  return parsed.data;
}
