import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonResponse } from '@/lib/http/errors';
import { jsonBytes } from '@/lib/http/json-bytes';

const same = (value: unknown) => expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value));

describe('jsonBytes', () => {
  it('gives the UTF-8 bytes of JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        same(value);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same bytes for values JSON.stringify drops, converts or calls toJSON on', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withBoxedValues: true }), (value) => {
        fc.pre(value !== undefined);
        same(value);
      }),
      { numRuns: 500 },
    );
    same({ a: undefined, b: () => 1, c: Symbol('c'), d: [undefined, () => 1, Symbol('d')], e: new Date(0), f: { toJSON: () => 'f' }, g: [{ toJSON: () => 7 }] });
    same(Object.assign([1, 2], { toJSON: () => 'array with toJSON' }));
    same({ nested: { deeper: { deepest: [{ x: 1 }, [2, [3]]] } } });
  });

  it('encodes text outside Latin-1, astral characters and lone surrogates as JSON.stringify does', () => {
    same({ range: '4–9%', emoji: '🩺', lone: '\ud800x', latin: 'Mayagüez', mixed: ['–', 'ü', '≥', '\udfff'] });
  });

  it('grows past its first buffer for a large reply', () => {
    const results = Array.from({ length: 500 }, (_, i) => ({ rank: i + 1, name: `Program ${i} – ${'x'.repeat(300)}`, reasons: ['a', 'b–c'] }));
    const value = { total: 500, results };
    same(value);
    expect(jsonBytes(value).byteLength).toBeGreaterThan(150_000);
  });

  it('refuses a value with no JSON form, as Response.json does', () => {
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
    expect(() => jsonBytes(() => 1)).toThrow(TypeError);
  });
});

describe('jsonResponse', () => {
  it('sends JSON with the API headers and the given status', async () => {
    const response = jsonResponse({ a: '–' }, { status: 201, headers: { 'Retry-After': '5' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ a: '–' });
  });
});
