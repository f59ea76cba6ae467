import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/schemas/recommendation';
import { createListSchema, updateListSchema } from '@/lib/schemas/lists';

const input = {
  profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 248, visaNeeded: 'NONE' },
  preferences: { specialties: ['IM'] },
};
const valid = { name: 'My list', input, items: [{ programId: 'demo-IM-0001', rank: 1 }] };

function errorsFor(schema: typeof createListSchema | typeof updateListSchema, body: unknown) {
  const parsed = schema.safeParse(body);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('list schemas', () => {
  it('accepts a minimal list and trims its name', () => {
    expect(createListSchema.parse({ ...valid, name: '  My list ' }).name).toBe('My list');
  });

  it.each([
    ['name', { ...valid, name: '' }, /Name the list/],
    ['name', { ...valid, name: 'x'.repeat(121) }, /at most 120/],
    ['input.offset', { ...valid, input: { ...input, offset: 0 } }, /Not a field this request takes/],
    ['input.profile.step2Score', { ...valid, input: { ...input, profile: { ...input.profile, step2Score: 400 } } }, /at most 300/],
    ['items', { ...valid, items: [] }, /at least one program/],
    ['items.0.programId', { ...valid, items: [{ programId: 'x'.repeat(65), rank: 1 }] }, /at most 64/],
    ['items.0.rank', { ...valid, items: [{ programId: 'a', rank: 1.5 }] }, /whole number/],
    ['items.0.status', { ...valid, items: [{ programId: 'a', rank: 1, status: 'INTERVIEWED' }] }, /Status is one of/],
    ['items.0.tier', { ...valid, items: [{ programId: 'a', rank: 1, tier: 'likely' }] }, /reach, target or safety/],
    ['items.0.fit', { ...valid, items: [{ programId: 'a', rank: 1, fit: 90 }] }, /Not a field this request takes/],
    ['items.1.rank', { ...valid, items: [{ programId: 'a', rank: 2 }, { programId: 'b', rank: 2 }] }, /Rank 2 is given to two programs/],
    ['items.1.programId', { ...valid, items: [{ programId: 'a', rank: 1 }, { programId: 'a', rank: 2 }] }, /Program a is on the list twice/],
    ['ownerId', { ...valid, ownerId: 'u1' }, /Not a field this request takes/],
    ['engineVersion', { ...valid, engineVersion: '9.9.9' }, /Not a field this request takes/],
  ])('refuses a bad %s', (field, body, message) => {
    expect(errorsFor(createListSchema, body)[field]?.join(' ')).toMatch(message);
  });

  it('takes every status as a lower-case word', () => {
    for (const status of ['considering', 'applied', 'interview_offered', 'interviewed', 'ranked', 'withdrawn']) {
      expect(createListSchema.safeParse({ ...valid, items: [{ programId: 'a', rank: 1, status }] }).success).toBe(true);
    }
  });

  it.each([
    ['version', { name: 'x' }, /Give the version/],
    ['version', { version: 0, name: 'x' }, /at least 1/],
    ['_', { version: 1 }, /Change the name, the programs or both/],
    ['id', { version: 1, name: 'x', id: 'other' }, /Not a field this request takes/],
    ['items.1.rank', { version: 1, items: [{ programId: 'a', rank: 1 }, { programId: 'b', rank: 1 }] }, /Rank 1/],
  ])('refuses a change with a bad %s', (field, body, message) => {
    expect(errorsFor(updateListSchema, body)[field]?.join(' ')).toMatch(message);
  });
});
