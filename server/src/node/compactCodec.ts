/**
 * A compact binary form of plain data (objects, arrays, Sets, Maps, strings, numbers, booleans, undefined, null),
 * for the analysis cache. Where `v8.serialize` writes every string and every object's keys out in full, this
 * writes each distinct string once in a table shared by a whole file, and each object as the number of its shape
 * (its list of keys, also in a table) followed by its values; whole numbers are variable-length integers.
 *
 * What it buys at a warm start: a file a fraction of the size, and strings read once per file rather than once per
 * occurrence, so that ten thousand reports' words are one set of strings in memory, as after a cold indexing.
 * An object met twice in one value is written once and referred to after, as v8 does.
 *
 * Not for class instances, functions or cycles: `encode` throws on those, and a caller keeps nothing for that value.
 */
import { crc32 } from 'node:zlib';

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
/** A whole number 0 ≤ n < 2^31, as a varint. */
const UINT = 4;
/** A whole number -2^31 < n < 0, as the varint of -n. */
const NEGATIVE = 5;
/** Any other number (fractions, -0, NaN, large ones), as 8 bytes. */
const FLOAT = 6;
const STRING = 7;
const ARRAY = 8;
const OBJECT = 9;
const SET = 10;
const MAP = 11;
/** An object, array, Set or Map written earlier in the same value, by its number there. */
const SAME = 12;

/** The strings and object shapes of a file: numbered in the order first met, shared by all its records. */
export class CodecTables {
  readonly strings: string[] = [];
  /** Each shape is the numbers of its keys in `strings`. */
  readonly shapes: number[][] = [];
  private stringIds: Map<string, number> | undefined;
  private shapeIds: Map<string, number> | undefined;
  /** Each shape's keys as strings, when first read. */
  private readonly keyNames: string[][] = [];

  constructor(strings: string[] = [], shapes: number[][] = []) {
    this.strings = strings;
    this.shapes = shapes;
  }

  stringId(s: string): number {
    // the lookup maps are built only when something is written: a warm start that only reads never needs them
    const ids = (this.stringIds ??= new Map(this.strings.map((x, k) => [x, k])));
    let id = ids.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      ids.set(s, id);
    }
    return id;
  }

  shapeId(keys: string[]): number {
    const ids = (this.shapeIds ??= new Map(this.shapes.map((keyIds, k) => [keyIds.map((id) => this.strings[id]).join('\u0000'), k])));
    const name = keys.join('\u0000');
    let id = ids.get(name);
    if (id === undefined) {
      id = this.shapes.push(keys.map((key) => this.stringId(key))) - 1;
      ids.set(name, id);
    }
    return id;
  }

  /** The keys of a shape, as strings. */
  keysOf(shape: number): string[] {
    let keys = this.keyNames[shape];
    if (!keys) {
      const ids = this.shapes[shape];
      if (!ids) throw new Error(`unknown shape ${shape}`);
      keys = this.keyNames[shape] = ids.map((id) => this.strings[id]);
    }
    return keys;
  }
}

/** A growing byte buffer. */
class Writer {
  bytes = new Uint8Array(1024);
  length = 0;
  private readonly float = new Float64Array(1);
  private readonly floatBytes = new Uint8Array(this.float.buffer);

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.length++] = b;
  }

  varint(n: number): void {
    this.room(5);
    while (n >= 0x80) {
      this.bytes[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.bytes[this.length++] = n;
  }

  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }

  double(x: number): void {
    this.room(8);
    this.float[0] = x;
    this.bytes.set(this.floatBytes, this.length);
    this.length += 8;
  }
}

/** Reads what a `Writer` wrote, checking every length against the bytes there are. */
class Reader {
  private at = 0;
  /**
   * The bytes as a DataView (for floats) and as a Buffer (for text), made when first needed: a record is decoded
   * with a reader of its own and most hold neither, and a table's strings are read from the one Buffer rather than
   * a Buffer made for each.
   */
  private view: DataView | undefined;
  private text: Buffer | undefined;

  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('truncated');
    return this.bytes[this.at++];
  }

  /** An unsigned number of up to 32 bits, seven bits a byte, low bits first. */
  varint(): number {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.byte();
      n |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return n >>> 0;
  }

  float64(): number {
    if (this.at + 8 > this.bytes.length) throw new Error('truncated');
    this.view ??= new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }

  utf8(length: number): string {
    if (this.at + length > this.bytes.length) throw new Error('truncated');
    const start = this.at;
    this.at += length;
    this.text ??= Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    return this.text.toString('utf8', start, start + length);
  }

  /** Throws unless every byte was read. */
  end(): void {
    if (this.at !== this.bytes.length) throw new Error('trailing bytes');
  }
}

/** Writes `value` with the strings and shapes of `tables` (which grow with any new ones). */
export function encode(value: unknown, tables: CodecTables): Uint8Array {
  const out = new Writer();
  const seen = new Map<object, number>();
  const open = new Set<object>();
  const write = (v: unknown): void => {
    switch (typeof v) {
      case 'undefined':
        out.byte(UNDEFINED);
        return;
      case 'boolean':
        out.byte(v ? TRUE : FALSE);
        return;
      case 'number':
        if (Number.isInteger(v) && v < 0x80000000 && v > -0x80000000 && !Object.is(v, -0)) {
          out.byte(v >= 0 ? UINT : NEGATIVE);
          out.varint(Math.abs(v));
        } else {
          out.byte(FLOAT);
          out.double(v);
        }
        return;
      case 'string':
        out.byte(STRING);
        out.varint(tables.stringId(v));
        return;
      case 'object': {
        if (v === null) {
          out.byte(NULL);
          return;
        }
        const earlier = seen.get(v);
        if (earlier !== undefined) {
          if (open.has(v)) throw new Error('cyclic value');
          out.byte(SAME);
          out.varint(earlier);
          return;
        }
        seen.set(v, seen.size);
        open.add(v);
        if (Array.isArray(v)) {
          out.byte(ARRAY);
          out.varint(v.length);
          for (let k = 0; k < v.length; k++) write(v[k]);
        } else if (v instanceof Set) {
          out.byte(SET);
          out.varint(v.size);
          for (const x of v) write(x);
        } else if (v instanceof Map) {
          out.byte(MAP);
          out.varint(v.size);
          for (const [k, x] of v) {
            write(k);
            write(x);
          }
        } else {
          const prototype = Object.getPrototypeOf(v);
          if (prototype !== Object.prototype && prototype !== null) throw new Error('not plain data');
          const keys = Object.keys(v);
          // set as a key it would set the prototype instead (see decode)
          if (keys.includes('__proto__')) throw new Error('not plain data');
          out.byte(OBJECT);
          out.varint(tables.shapeId(keys));
          for (const key of keys) write((v as Record<string, unknown>)[key]);
        }
        open.delete(v);
        return;
      }
      default:
        throw new Error(`cannot keep a ${typeof v}`);
    }
  };
  write(value);
  return out.bytes.slice(0, out.length);
}

/** Reads a value `encode` wrote with the same tables. Throws on bytes it did not write. */
export function decode(bytes: Uint8Array, tables: CodecTables): unknown {
  const input = new Reader(bytes);
  const varint = () => input.varint();
  const objects: unknown[] = [];
  const { strings } = tables;
  const read = (): unknown => {
    const tag = input.byte();
    switch (tag) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case UINT:
        return varint();
      case NEGATIVE:
        return -varint();
      case FLOAT:
        return input.float64();
      case STRING: {
        const s = strings[varint()];
        if (s === undefined) throw new Error('unknown string');
        return s;
      }
      case ARRAY: {
        const n = varint();
        const slot = objects.push(undefined) - 1;
        const list = new Array(n);
        for (let k = 0; k < n; k++) list[k] = read();
        return (objects[slot] = list);
      }
      case OBJECT: {
        const keys = tables.keysOf(varint());
        const object: Record<string, unknown> = {};
        objects.push(object);
        // keys set in the same order give objects of one shape one hidden class, as object literals do
        for (let k = 0; k < keys.length; k++) object[keys[k]] = read();
        return object;
      }
      case SET: {
        const n = varint();
        const slot = objects.push(undefined) - 1;
        const set = new Set();
        for (let k = 0; k < n; k++) set.add(read());
        return (objects[slot] = set);
      }
      case MAP: {
        const n = varint();
        const slot = objects.push(undefined) - 1;
        const map = new Map();
        for (let k = 0; k < n; k++) {
          const key = read();
          map.set(key, read());
        }
        return (objects[slot] = map);
      }
      case SAME: {
        const id = varint();
        if (id >= objects.length || objects[id] === undefined) throw new Error('bad reference');
        return objects[id];
      }
      default:
        throw new Error(`bad tag ${tag}`);
    }
  };
  const value = read();
  input.end();
  return value;
}

/**
 * A checksum of encoded bytes, written beside them: `decode` refuses most bytes it did not write, but a flipped bit
 * inside a number or a string's number reads as another value, which only a checksum tells.
 */
export function checksumOf(bytes: Uint8Array): number {
  return crc32(bytes);
}

/** Reads what `encode` wrote, as `decode`, after checking the bytes against the `checksumOf` written with them. */
export function decodeChecked(bytes: Uint8Array, tables: CodecTables, checksum: number): unknown {
  if (checksumOf(bytes) !== checksum) throw new Error('checksum mismatch');
  return decode(bytes, tables);
}

/** Writes the tables themselves: the strings (UTF-8, each with its length), then the shapes. */
export function encodeTables(tables: CodecTables): Buffer {
  const out = new Writer();
  out.varint(tables.strings.length);
  for (const s of tables.strings) {
    const bytes = Buffer.from(s, 'utf8');
    out.varint(bytes.length);
    out.raw(bytes);
  }
  out.varint(tables.shapes.length);
  for (const keys of tables.shapes) {
    out.varint(keys.length);
    for (const id of keys) out.varint(id);
  }
  return Buffer.from(out.bytes.buffer, 0, out.length);
}

/** Reads tables `encodeTables` wrote. */
export function decodeTables(bytes: Buffer): CodecTables {
  const input = new Reader(bytes);
  const varint = () => input.varint();
  const strings: string[] = new Array(varint());
  for (let k = 0; k < strings.length; k++) {
    strings[k] = input.utf8(varint());
  }
  const shapes: number[][] = new Array(varint());
  for (let k = 0; k < shapes.length; k++) {
    const keys: number[] = new Array(varint());
    for (let j = 0; j < keys.length; j++) {
      keys[j] = varint();
      // a key that would set an object's prototype is never written (see encode): a file holding one is not ours
      if (keys[j] >= strings.length || strings[keys[j]] === '__proto__') throw new Error('bad key');
    }
    shapes[k] = keys;
  }
  input.end();
  return new CodecTables(strings, shapes);
}
