import { describe, expect, it } from 'vitest';
import { registerSchema } from '@/lib/schemas/auth';
import { createListSchema, listItemSchema, listNameSchema } from '@/lib/schemas/lists';
import { programQuerySchema } from '@/lib/schemas/programs';
import { fieldErrors } from '@/lib/schemas/recommendation';
import { couldBeId, NUL_MESSAGE } from '@/lib/schemas/text';

// PostgreSQL text cannot hold U+0000: found by tests/integration/fuzz.test.ts as 500s.
describe('text that reaches PostgreSQL', () => {
  it.each([
    ['a list name', () => listNameSchema.safeParse('Plan\u0000B'), '_'],
    ['a note', () => listItemSchema.safeParse({ programId: 'p1', rank: 1, note: 'x\u0000' }), 'note'],
    ['a program id', () => listItemSchema.safeParse({ programId: 'p\u00001', rank: 1 }), 'programId'],
    ['a sign-up name', () => registerSchema.safeParse({ email: 'a@example.org', password: 'long enough phrase', name: '\u0000' }), 'name'],
    ['the catalog search', () => programQuerySchema.safeParse({ q: 'card\u0000' }), 'q'],
  ])('refuses a NUL character in %s, naming the field', (_what, parse, field) => {
    const result = parse();
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)[field]).toEqual([NUL_MESSAGE]);
  });

  it('keeps other unusual text: emoji, right-to-left, zero-width', () => {
    expect(listNameSchema.parse('  שלום 👩‍⚕️ \u200b ')).toBe('שלום 👩‍⚕️ \u200b');
    expect(createListSchema.shape.name.safeParse('IM \u202e list').success).toBe(true);
  });

  it.each([
    ['cmwv6ry180001oi7d32gy6epd', true],
    ['', false],
    ['x'.repeat(65), false],
    ['cmwv6ry18\u0000', false],
  ])('tells whether %j could be a stored id', (id, expected) => {
    expect(couldBeId(id, 64)).toBe(expected);
  });
});
