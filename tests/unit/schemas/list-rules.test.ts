import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkListName } from '@/lib/schemas/list-rules';
import { listNameSchema } from '@/lib/schemas/lists';

describe('the browser check of a list name', () => {
  it('gives listNameSchema’s verdict, trimmed name and first message for any name', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 130 }),
      fc.constantFrom('', '   ', ' My list ', 'a\u0000b', 'x'.repeat(120), ` ${'x'.repeat(120)} `, 'x'.repeat(121)),
      fc.jsonValue({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(name, (value) => {
        const parsed = listNameSchema.safeParse(value);
        const expected = parsed.success ? { ok: true, name: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message };
        expect(checkListName(value)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
