/**
 * Parts of a cached analysis that indexing does not read, kept as their bytes and decoded when first read.
 *
 * At a warm start every report is indexed, but a question is about a few reports: indexing reads a report's
 * keys, words and name forms (each once), while its entities, sentences and name columns (where each name word is,
 * its form, its mention, the mention's sentence words) are read only for the reports a hover, a finding or a
 * spelling question is about (its claims too, read by analysisCache.ts when first compared, and kept). Those parts are most of a record; decoding them for every report was most of a warm start's
 * decoding, and as objects they cost several times their bytes in memory.
 *
 * A lazy object has the keys of the part it stands for as getters on a shared prototype (one per set of keys, so that
 * lazy objects stay fast objects, as in core/storage.ts), each reading the part decoded from the bytes. What is
 * decoded is kept for the last `DECODED_KEPT` records read, and decoded again after: a question about a few reports
 * reads their parts many times over (the spelling index reads a name column once per name word), and a workspace's
 * worth of decoded parts would be the memory this saves.
 */
import { type CodecTables, decodeChecked } from './compactCodec';

/** The bytes of a record's lazy parts, the tables they were written with, and their checksum (`checksumOf`). */
export interface LazyBytes {
  readonly bytes: Uint8Array;
  readonly tables: CodecTables;
  readonly checksum: number;
  /**
   * The parts as they should have been, when the bytes fail their checksum or cannot be decoded (a cache file
   * damaged where only a question reads it): the question is then answered as from sound bytes.
   */
  readAgain(damage: unknown): Record<string, Record<string, unknown>>;
}

/** How many records' decoded parts are kept. */
const DECODED_KEPT = 256;
const decodedParts = new Map<LazyBytes, Record<string, Record<string, unknown>>>();

function decoded(source: LazyBytes): Record<string, Record<string, unknown>> {
  let parts = decodedParts.get(source);
  if (!parts) {
    parts = decodedOrReadAgain(source);
    if (decodedParts.size >= DECODED_KEPT) decodedParts.clear();
    decodedParts.set(source, parts);
  }
  return parts;
}

function decodedOrReadAgain(source: LazyBytes): Record<string, Record<string, unknown>> {
  try {
    return decodeChecked(source.bytes, source.tables, source.checksum) as Record<string, Record<string, unknown>>;
  } catch (damage) {
    return source.readAgain(damage);
  }
}

/** Where a lazy object finds its bytes: a symbol, so that it is no key of the object (Object.keys, a spread). */
const SOURCE = Symbol('lazy part source');

interface LazyObject {
  [SOURCE]: LazyBytes;
}

/** By part, then by keys. */
const prototypes = new Map<string, Map<string, object>>();

/** The prototype of the lazy objects that stand for `part` with these keys (comma-separated): one getter per key. */
function prototypeFor(part: string, keys: string): object {
  let ofPart = prototypes.get(part);
  if (!ofPart) prototypes.set(part, (ofPart = new Map()));
  let prototype = ofPart.get(keys);
  if (!prototype) {
    const getters: PropertyDescriptorMap = {};
    for (const key of keys.split(',').filter(Boolean)) {
      getters[key] = {
        get(this: LazyObject): unknown {
          return decoded(this[SOURCE])[part][key];
        },
      };
    }
    prototype = Object.create(Object.prototype, getters) as object;
    ofPart.set(keys, prototype);
  }
  return prototype;
}

/**
 * An object whose `keys` (comma-separated: one string, the same for every record, is found at once) read `part` of
 * the lazy bytes when first asked for, and whose `own` values are its own (read at once).
 */
export function lazyObject<T>(source: LazyBytes, part: string, keys: string, own: Record<string, unknown> = {}): T {
  const object = Object.create(prototypeFor(part, keys)) as LazyObject & Record<string, unknown>;
  object[SOURCE] = source;
  for (const key of Object.keys(own)) object[key] = own[key];
  return object as unknown as T;
}
