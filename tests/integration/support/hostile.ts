// Hostile request bodies for the fuzz tests: wrong types, numbers JSON cannot hold, tricky strings,
// deep nesting, prototype keys, broken JSON, oversized payloads, raw bytes and wrong content types,
// and one-leaf mutations of a valid body so that some cases pass validation and reach the database.
import fc from 'fast-check';
import { MAX_BODY_BYTES } from '@/lib/http/body';

/** A token written into the JSON text as is: numbers past double range, other languages' literals. */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_TOKENS = [
  '1e400', '-1e400', '1e-400', '-0', '-0.0', '2e308', '9007199254740993', '1.0000000000000002', '250.0', '2.5e2',
  'NaN', 'Infinity', '-Infinity', 'undefined', '0x1F', '01', '+1', '.5', '1.', "'text'", 'True', 'None',
];

/** Writes JSON, keeping own `__proto__` keys and RawJson tokens; non-finite numbers become null as in JSON.stringify. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).map((key) => `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

const TRICKY_STRINGS = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e308', '250', ' 250 ', '0x10', 'null', 'true', 'undefined', '{}', '[]',
  '\u0000', 'a\u0000b', 'IM\u0000', '\ud800', '\udfff', 'x\ud83d', '\u202eevil', '\u200b', '\ufeff', 'IM\u200b', 'ＩＭ',
  'US_MD\u0000', '😀', '👩‍⚕️'.repeat(40), 'مرحبا بالعالم', 'עברית', 'İ', 'ß', '<script>alert(1)</script>',
  "' OR 1=1 --", '"; DROP TABLE "Program"; --', '%', '%00', '%ff', '_', '\\', '"', '../../etc/passwd', '__proto__',
  'constructor', 'NY', 'ny', 'IM', 'US_MD', 'NONE', 'considering', 'x'.repeat(10_000), '\n'.repeat(500),
];

export const HOSTILE_KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'userId', 'ownerId', 'createdAt',
  'id', 'version', 'isAdmin', 'chance', '', ' ', '\u0000', '😀', 'profile', 'preferences', 'items', 'limit',
];

const loneSurrogates = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 4 })
  .map((codes) => `a${String.fromCharCode(...codes)}b`);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 20 }),
  loneSurrogates,
);

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e308, -1e308, 0, 1, -1, 0.5, 1.5, 249.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 1e21, 1e-7),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...RAW_TOKENS).map((token) => new RawJson(token)),
);

/** `{"a":{"a":…}}` or `[[…]]` this deep, as text. */
export function nested(depth: number, kind: 'array' | 'object', closed = true): RawJson {
  const [open, inner, close] = kind === 'array' ? ['[', '1', ']'] : ['{"a":', '1', '}'];
  return new RawJson(open.repeat(depth) + inner + (closed ? close.repeat(depth) : ''));
}

const deep = fc.record({
  depth: fc.oneof(fc.integer({ min: 50, max: 2_000 }), fc.constantFrom(10_000, 12_000, 20_000)),
  kind: fc.constantFrom('array' as const, 'object' as const),
  closed: fc.boolean(),
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.constant('NY'), { minLength: 61, maxLength: 400 }) },
  { weight: 1, arbitrary: deep.map(({ depth, kind }) => nested(Math.min(depth, 2_000), kind)) },
);

type Path = (string | number)[];

/** Every place in a JSON value a mutation can touch, the root's children first. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  // defineProperty, so that "__proto__" becomes an own key (as JSON.parse makes it), not the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { action: 'keep' }
  | { action: 'replace' | 'wrapInArray' | 'delete'; at: number; value: unknown }
  | { action: 'addKey'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ action: 'keep' as const }) },
  { weight: 6, arbitrary: fc.record({ action: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ action: fc.constantFrom('delete' as const, 'wrapInArray' as const), at: fc.nat(), value: fc.constant(null) }) },
  { weight: 2, arbitrary: fc.record({ action: fc.constant('addKey' as const), at: fc.nat(), key: fc.constantFrom(...HOSTILE_KEYS), value: hostileValue }) },
);

/** A copy of `valid` with one change; an added key goes on the root or on one of its objects. */
export function applyMutation(valid: unknown, change: Mutation): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  if (change.action === 'keep') return copy;
  const paths = pathsOf(copy);
  const objects = [[], ...paths.filter((p) => { const v = get(copy, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })];
  if (change.action === 'addKey') {
    const at = objects[change.at % objects.length]!;
    setOwn(get(copy, at) as Record<string, unknown>, change.key, change.value);
    return copy;
  }
  const path = paths[change.at % paths.length]!;
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (change.action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else setOwn(parent, key, change.action === 'replace' ? change.value : [parent[key]]);
  return copy;
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

export interface BodyCase {
  kind: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** Send Content-Length (as a client would); the handler must also cap bodies that do not declare one. */
  declareLength: boolean | 'lie';
}

const encode = (text: string) => new TextEncoder().encode(text);

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/problem+json'];
export const NON_JSON_TYPES = [
  'text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/jsonp', 'json', '*/*', 'application/javascript', 'image/png',
];

/** Whether the handler must treat the body as JSON (no Content-Type is read as JSON too). */
export function isJsonType(type: string | null): boolean {
  return type === null || JSON_TYPES.includes(type);
}

/** Every kind of hostile body, built around one valid body of the route. */
export function hostileBodies(valid: unknown): fc.Arbitrary<BodyCase> {
  const validText = JSON.stringify(valid);
  const firstKey = Object.keys(valid as object)[0] ?? 'a';
  const json = (kind: string, text: fc.Arbitrary<string>) =>
    text.map((t): BodyCase => ({ kind, bytes: encode(t), contentType: 'application/json', declareLength: false }));
  return fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: mutation.map((m) => applyMutation(valid, m)).map((body) => ({ kind: 'mutated valid body', text: toJsonText(body) })) },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'any JSON value', text: JSON.stringify(v) ?? 'null' })) },
        { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), hostileValue, { maxKeys: 5 }).map((v) => ({ kind: 'object of hostile fields', text: toJsonText(v) })) },
        { weight: 2, arbitrary: deep.map(({ depth, kind, closed }) => ({ kind: `deep nesting (${depth >= 10_000 ? '≥10k' : '<10k'})`, text: nested(depth, kind, closed).text })) },
        { weight: 1, arbitrary: deep.map(({ depth, kind }) => ({ kind: 'deep nesting in a field', text: validText.replace(/:("[^"]*"|\d+)/, `:${nested(depth, kind).text}`) })) },
        { weight: 2, arbitrary: fc.nat({ max: validText.length - 1 }).map((n) => ({ kind: 'truncated JSON', text: validText.slice(0, n) })) },
        { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => ({ kind: 'JSON with trailing text', text: `${validText}${s || ','}` })) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => ({ kind: 'random text', text: s })) },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', '""', '0', '[]', '{}', 'true', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}').map((t) => ({ kind: 'tiny JSON', text: t })) },
        {
          weight: 1,
          arbitrary: fc.tuple(hostileValue, fc.boolean()).map(([value, first]) => {
            const duplicate = `${JSON.stringify(firstKey)}:${toJsonText(value)}`;
            return { kind: 'duplicate keys', text: first ? `{${duplicate},${validText.slice(1)}` : `${validText.slice(0, -1)},${duplicate}}` };
          }),
        },
      ).map(({ kind, text }) => ({ kind, bytes: encode(text) })),
      fc.oneof({ weight: 12, arbitrary: fc.constant<string | null>('application/json') }, { weight: 1, arbitrary: fc.constantFrom<string | null>(null, ...JSON_TYPES, ...NON_JSON_TYPES) }),
    )
    .map(([{ kind, bytes }, contentType]): BodyCase => ({ kind: isJsonType(contentType) ? kind : 'wrong content type', bytes, contentType, declareLength: true }))
    .chain((base) =>
      fc.oneof(
        { weight: 20, arbitrary: fc.constant(base) },
        {
          weight: 2,
          arbitrary: fc
            .record({ size: fc.integer({ min: MAX_BODY_BYTES - validText.length + 1, max: 2 * MAX_BODY_BYTES }), declare: fc.constantFrom(true, false, 'lie' as const) })
            .map(({ size, declare }) => ({ kind: 'oversized', bytes: encode(validText.replace('{', `{"pad":"${'x'.repeat(size)}",`)), contentType: 'application/json', declareLength: declare })),
        },
        {
          weight: 1,
          arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ kind: 'raw bytes', bytes, contentType: 'application/json', declareLength: true })),
        },
        { weight: 1, arbitrary: json('JSON with invalid UTF-8', fc.constant(validText)).map((c) => ({ ...c, bytes: withInvalidUtf8(c.bytes) })) },
      ),
    );
}

function withInvalidUtf8(bytes: Uint8Array): Uint8Array {
  const middle = Math.floor(bytes.length / 2);
  return new Uint8Array([...bytes.slice(0, middle), 0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, ...bytes.slice(middle)]);
}

/** A Request carrying the case's bytes exactly (a Uint8Array body gets no default Content-Type). */
export function requestFor(url: string, method: string, body: BodyCase, headers: Record<string, string> = {}): Request {
  const all: Record<string, string> = { ...headers };
  if (body.contentType !== null) all['content-type'] = body.contentType;
  if (body.declareLength === true) all['content-length'] = String(body.bytes.byteLength);
  if (body.declareLength === 'lie') all['content-length'] = '10';
  return new Request(url, { method, headers: all, body: new Uint8Array(body.bytes) });
}
