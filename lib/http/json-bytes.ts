// A reply's JSON as UTF-8 bytes, the same bytes as JSON.stringify gives, written piece by piece.
//
// Why not Response.json: for a large reply (a ranking page is about 200 KB) V8's JSON.stringify
// returns its text as a chain of parts, and encoding it first copies the chain into one flat string
// of that size (twice that when a single character is outside Latin-1, such as the en dash of
// "2020–2024"), a fresh large-object allocation per request that the kernel must fault in. Measured
// on the ranking reply (npm run bench, README "Benchmarks"): about 4 ms of CPU per reply, against
// about 1.2 ms when each element of the large arrays is stringified and written on its own.

/** Containers this deep or deeper are stringified whole: pieces stay small, and writes few. */
const SPLIT_DEPTH = 2;
/** The first buffer; it doubles as needed (most replies are small, a ranking page about 200 KB). */
const INITIAL_BYTES = 16 * 1024;
/** The most bytes one UTF-16 code unit can take in UTF-8 (a surrogate pair, 2 units, takes 4). */
const MAX_BYTES_PER_UNIT = 3;

class ByteWriter {
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES);
  private length = 0;

  write(text: string): void {
    const needed = this.length + text.length * MAX_BYTES_PER_UNIT;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, needed));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  bytes(): Buffer<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Objects with a toJSON (a Date) go to JSON.stringify whole, which calls it. */
function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** Writes `value` as JSON.stringify would; returns false where JSON.stringify gives undefined. */
function writeValue(out: ByteWriter, value: unknown, depth: number): boolean {
  if (depth < SPLIT_DEPTH && typeof value === 'object' && value !== null && !hasToJson(value)) {
    if (Array.isArray(value)) {
      out.write('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.write(',');
        // An element JSON cannot represent (undefined, a function) is written null, as JSON.stringify does.
        if (!writeValue(out, value[i], depth + 1)) out.write('null');
      }
      out.write(']');
      return true;
    }
    if (isPlainObject(value)) {
      out.write('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const field = value[key];
        // Properties JSON cannot represent are left out, as JSON.stringify does.
        if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
        out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        writeValue(out, field, depth + 1);
      }
      out.write('}');
      return true;
    }
  }
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return false;
  out.write(text);
  return true;
}

/** UTF-8 bytes of JSON.stringify(value), without building the whole text as one string. */
export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  const out = new ByteWriter();
  if (!writeValue(out, value, 0)) throw new TypeError('jsonBytes: the value has no JSON form');
  return out.bytes();
}
