/**
 * Analyses of a workspace's reports kept on disk between two starts of the language server, so that a second
 * start reads them instead of analysing every report again. One file per workspace, written after indexing:
 *
 *   a JSON header line {"version": …, "format": …, "tables": their CRC-32}, then [u32 length][the strings and object
 *   shapes of every record (compactCodec.ts)], then [u32 length][one record per report:
 *     [u32 id length][id, UTF-8][32-byte SHA-256 of the text and context][u32 length][the file's stamp and the
 *     context's SHA-256, or nothing][u32 length][what indexing reads][u32 its CRC-32][u32 length of what indexing
 *     does not read]],
 *   then what indexing does not read of each report, one after the other, read into a buffer of its own which
 *   outlives the rest of the file's bytes: its claims and their facts (read when one of its figures is first
 *   compared, and kept), then what only questions read (entities, sentences, where each name word is: lazyParts.ts).
 *
 * A record counts only for the same report id, text and context (known entities, metadata overrides), or for the
 * same report id, context and file stamp (size and times, see node/files.ts), which a start reads instead of the
 * text: the text is read only when a question needs it. The
 * version is a hash of the running engine's own code, so any other build ignores the file. Records are
 * decoded only when asked for, and only the records of reports read in this run are written back; a run that read
 * every record and analysed nothing leaves the file as it is.
 *
 * The strings are one table for the whole file (a word is written once, not once per report, and read once), which
 * a record refers to by number: a record kept from the last run is written back as it was, with the table it was
 * written with, which only grows. When it holds many strings no record of this run uses, the records are read and
 * written afresh.
 *
 * A record damaged in a file that is otherwise whole (the lengths add up) is safe too: what indexing reads is checked
 * against its CRC-32 as it is read (a record that fails is not used), and each lazy part against its own, written
 * with what indexing reads, when that part is first read, so that a warm start checks no more than it reads. A lazy
 * part that fails its check or its decoding is never answered from: the report is analysed again from its text (the
 * analyzer says how, see `AnalysisStore`), the question answered from that analysis, one line logged, and the record
 * written afresh at the next save, of this run or, once this run's is done, of the next (a note beside the file).
 */
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { AnalysisStore, StoredAnalysis } from '../core/analyzer';
import { factsOf, type ClaimFactsList, type IndexedReport } from '../core/alignment/alignment';
import { withClaimsReadLater, type CompactParts } from '../core/storage';
import type { Claim } from '../core/types';
import type { ReportNames } from '../core/findings/spelling';
import { checksumOf, CodecTables, decodeChecked, decodeTables, encode, encodeTables } from './compactCodec';
import { type LazyBytes, lazyObject } from './lazyParts';

/**
 * The layout of the file, written in its header beside the engine's version: a file of another layout is not read.
 * The version (a hash of the engine's code) changes with any build already; this says it for builds that give none.
 * 2: checksums of each record's parts.
 */
const FORMAT = 2;

interface CacheRecord {
  hash: Buffer;
  /** The stamp of the file the text was read from and the context's digest (`unreadKey`), or '' when it had none. */
  unread: string;
  /** What indexing reads of the report (see `encodeRecord`). */
  payload: Uint8Array;
  /** The payload's `checksumOf`. */
  payloadChecksum: number;
  /**
   * What indexing does not read, decoded when first read: the claims and their facts (`claimsBytes` of the payload
   * long), then what only questions about the report read.
   */
  lazy: Uint8Array;
}

/** What a record's payload holds: the analysis and index facts but for the lazy parts, and the keys of those. */
interface EagerRecord {
  /** All but the claims and the compact parts. */
  analysis: Omit<StoredAnalysis['analysis'], 'claims'>;
  /** All but the facts and the names' columns (the spelling index reads `nameForms` as it indexes). */
  indexed: Omit<IndexedReport, 'names' | 'facts'>;
  /** Comma-separated (names of fields, never holding one). */
  lazyKeys: { compact?: string; names: string };
  /** How many of the lazy bytes are the claims and their facts (`ClaimsPart`), the first. */
  claimsBytes: number;
  /** The `checksumOf` of the claims part, and of what only questions read. */
  claimsChecksum: number;
  questionsChecksum: number;
}

/** A record's claims and their facts: read together, when the index first compares one of the report's figures. */
interface ClaimsPart {
  claims: Claim[];
  facts: ClaimFactsList;
}

export class DiskAnalysisCache implements AnalysisStore {
  /** Records of the file as it was at the start, by report id. */
  private readonly previous = new Map<string, CacheRecord>();
  /** Records of this run, by report id: what `save` writes. */
  private readonly current = new Map<string, CacheRecord>();
  private saved = false;
  /** The strings and shapes of the file's records, and of the records written in this run. */
  private tables = new CodecTables();
  /** Records of this run that are not the file's as it was: when none, and none of the file's went, it stays as it is. */
  private changed = false;
  /**
   * How many strings the table held when it was last written afresh (every one then used): a table grown to twice
   * that is rebuilt. Undefined while the table is this run's own.
   */
  private freshTableStrings: number | undefined;
  /** The last context a stamp was looked up with, and its digest. */
  private lastContext: { context: string; digest: string } | undefined;
  /** Whether records were left out for a note of damage (`damagedNotes`): the file is then written again. */
  private droppedDamaged = false;
  hits = 0;
  misses = 0;

  /** `warn` is told, in one line, of a record found damaged when it is read. */
  constructor(private readonly file: string, private readonly version: string, private readonly warn: (message: string) => void = () => {}) {
    try {
      this.read(file);
      this.dropNotedDamage();
    } catch {
      // No cache yet, or unreadable: every report is analysed, and the file is written afresh.
    }
  }

  get(reportId: string, text: string, context: string, stamp?: string, analyseAgain?: () => StoredAnalysis): StoredAnalysis | undefined {
    if (this.saved) return undefined;
    const hash = contentHash(text, context);
    const record = this.previous.get(reportId);
    if (!record || !record.hash.equals(hash)) {
      this.misses++;
      return undefined;
    }
    const stored = this.hit(reportId, record, analyseAgain);
    // the text is the one asked with (the hash says so): it is not stored twice
    if (stored) stored.analysis.text = text;
    else this.misses++;
    // the same text under a new stamp (a file touched, copied, checked out again): the next start knows it by the stamp
    const unread = stamp === undefined ? '' : this.unreadKey(stamp, context);
    if (stored && unread !== record.unread) {
      this.current.set(reportId, { ...record, unread });
      this.changed = true;
    }
    return stored;
  }

  getUnread(reportId: string, stamp: string, context: string, analyseAgain?: () => StoredAnalysis): StoredAnalysis | undefined {
    if (this.saved) return undefined;
    const record = this.previous.get(reportId);
    if (!record || record.unread === '' || record.unread !== this.unreadKey(stamp, context)) return undefined;
    return this.hit(reportId, record, analyseAgain);
  }

  /** The record read, as this run's; undefined when it cannot be read. */
  private hit(reportId: string, record: CacheRecord, analyseAgain: (() => StoredAnalysis) | undefined): StoredAnalysis | undefined {
    try {
      const stored = decodeRecord(record, this.tables, reportId, analyseAgain, this.onDamaged);
      this.current.set(reportId, record);
      this.hits++;
      return stored;
    } catch (damage) {
      // what indexing reads fails its check or its decoding: the report is analysed from its text, as for no record
      // (and not read again when the text is given after the stamp failed)
      this.previous.delete(reportId);
      this.warnDamaged(reportId, damage);
      return undefined;
    }
  }

  private warnDamaged(reportId: string, damage: unknown): void {
    this.warn(`The analysis of ${reportId} kept from the last start is damaged (${damage instanceof Error ? damage.message : String(damage)}); analysed again from its text.`);
  }

  /** Told of a lazy part found damaged (see `LazyRecordParts`); one function for all the records. */
  private readonly onDamaged: DamageListener = (reportId, lazy, fresh, damage) => {
    this.warnDamaged(reportId, damage);
    this.replaceDamaged(reportId, lazy, fresh);
  };

  /** Writes a damaged record afresh at this run's save, or, when this run's is done, at the next run's. */
  private replaceDamaged(reportId: string, lazy: Uint8Array, fresh: StoredAnalysis): void {
    if (this.saved) {
      this.noteDamaged(reportId);
      return;
    }
    const kept = this.current.get(reportId);
    if (kept?.lazy !== lazy) return; // already replaced by another reading
    try {
      this.current.set(reportId, { hash: kept.hash, unread: kept.unread, ...encodeRecord(withoutTextAndReportIds(fresh), this.tables) });
    } catch {
      this.current.delete(reportId);
    }
    this.changed = true;
  }

  /** The file of the ids of records found damaged once this run's records were written: the next start leaves them out. */
  private get damagedNotes(): string {
    return `${this.file}.damaged`;
  }

  private noteDamaged(reportId: string): void {
    try {
      appendFileSync(this.damagedNotes, `${JSON.stringify(reportId)}\n`);
    } catch {
      // not noted: the record is found damaged again next time, and the report analysed again then too
    }
  }

  /** Leaves out the records noted as damaged by the last run, so that their reports are analysed and written afresh. */
  private dropNotedDamage(): void {
    let notes: string;
    try {
      notes = readFileSync(this.damagedNotes, 'utf8');
    } catch {
      return; // the most common case: no note
    }
    for (const line of notes.split('\n')) {
      try {
        if (line && this.previous.delete(JSON.parse(line) as string)) this.droppedDamaged = true;
      } catch {
        // a note cut short: that record is checked again when read
      }
    }
  }

  /** What a record keeps to be found by stamp: the stamp and the context's digest (the context of every report is most often one). */
  private unreadKey(stamp: string, context: string): string {
    if (context !== this.lastContext?.context) this.lastContext = { context, digest: createHash('sha256').update(context).digest('base64') };
    return `${stamp}\n${this.lastContext.digest}`;
  }

  set(reportId: string, text: string, context: string, stored: StoredAnalysis, stamp?: string): void {
    // Only a report's first reading counts: keystrokes in an open report are not kept.
    if (this.saved || this.current.has(reportId)) return;
    let encoded: EncodedRecord;
    try {
      encoded = encodeRecord(withoutTextAndReportIds(stored), this.tables);
    } catch {
      return; // not plain data: the report is analysed again at the next start
    }
    this.current.set(reportId, { hash: contentHash(text, context), unread: stamp === undefined ? '' : this.unreadKey(stamp, context), ...encoded });
    this.changed = true;
  }

  /** Writes this run's records (atomically: a temporary file renamed over the old one); later changes are not kept. */
  save(): void {
    if (this.saved) return;
    this.saved = true;
    try {
      // every record of the file was read, and nothing else was analysed: the file already says all there is
      if (this.changed || this.droppedDamaged || this.current.size !== this.previous.size) this.write();
    } finally {
      this.release();
    }
  }

  private write(): void {
    this.previous.clear();
    const strings = this.compactedTables();
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      const tables = encodeTables(this.tables);
      writeSync(fd, `${JSON.stringify({ version: this.version, format: FORMAT, strings, tables: checksumOf(tables) })}\n`);
      writeSync(fd, Buffer.concat([u32(tables.length), tables]));
      const heads = [...this.current].map(([reportId, record]) => {
        const id = Buffer.from(reportId, 'utf8');
        const unread = Buffer.from(record.unread, 'utf8');
        return Buffer.concat([
          u32(id.length), id, record.hash, u32(unread.length), unread,
          u32(record.payload.length), record.payload, u32(record.payloadChecksum), u32(record.lazy.length),
        ]);
      });
      writeSync(fd, u32(heads.reduce((n, head) => n + head.length, 0)));
      for (const head of heads) writeSync(fd, head);
      for (const record of this.current.values()) writeSync(fd, record.lazy);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
    // the records noted as damaged are written afresh now, or gone
    if (this.droppedDamaged) rmSync(this.damagedNotes, { force: true });
  }

  /** Lets go of the records and the tables (their strings, and the map to find them by), which no later call reads. */
  private release(): void {
    this.previous.clear();
    this.current.clear();
    this.tables = new CodecTables();
  }

  /**
   * The tables to write, rebuilt from this run's records when they have grown to twice their size when last
   * rebuilt (strings of reports changed or gone); returns the size to record as the rebuilt one.
   */
  private compactedTables(): number {
    if (this.freshTableStrings === undefined) return this.tables.strings.length;
    if (this.tables.strings.length <= 2 * this.freshTableStrings) return this.freshTableStrings;
    const tables = new CodecTables();
    for (const [reportId, record] of this.current) {
      try {
        this.current.set(reportId, { hash: record.hash, unread: record.unread, ...reencodeRecord(record, this.tables, tables) });
      } catch {
        this.current.delete(reportId);
      }
    }
    this.tables = tables;
    return tables.strings.length;
  }

  private read(file: string): void {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const start = readAt(fd, 0, Math.min(size, 1 << 16));
      const headerEnd = start.indexOf(0x0a);
      if (headerEnd < 0) return;
      const header = JSON.parse(start.subarray(0, headerEnd).toString('utf8')) as { version?: string; format?: number; strings?: number; tables?: number };
      if (header.version !== this.version || header.format !== FORMAT) return;
      const tablesLength = readAt(fd, headerEnd + 1, 4).readUInt32LE();
      const tables = readAt(fd, headerEnd + 5, tablesLength);
      // every record reads its words from the table: a table damaged is a file damaged throughout
      if (checksumOf(tables) !== header.tables) return;
      this.tables = decodeTables(tables);
      this.freshTableStrings = header.strings ?? 0;
      const recordsAt = headerEnd + 5 + tablesLength;
      const recordsLength = readAt(fd, recordsAt, 4).readUInt32LE();
      const records = readAt(fd, recordsAt + 4, recordsLength);
      // what only questions read outlives the rest (a question may come any time): a buffer of its own, read as it is
      const lazyAt = recordsAt + 4 + recordsLength;
      const lazy = readAt(fd, lazyAt, Math.max(0, size - lazyAt), Buffer.allocUnsafeSlow);
      for (const { reportId, ...record } of readRecords(records, lazy) ?? []) this.previous.set(reportId, record);
    } finally {
      closeSync(fd);
    }
  }
}

/** Up to `length` bytes of a file from `position` (fewer when the file ends sooner: a damaged file). */
function readAt(fd: number, position: number, length: number, allocate: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const bytes = allocate(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return read < length ? bytes.subarray(0, read) : bytes;
}

/**
 * The records of a file, their lazy parts in `lazy` one after the other; undefined when the lengths do not add up
 * (a damaged file): a lazy part that is not whole would fail only when a question reads it.
 */
function readRecords(data: Buffer, lazy: Buffer): (CacheRecord & { reportId: string })[] | undefined {
  const records: (CacheRecord & { reportId: string })[] = [];
  const part = (start: number): Buffer | undefined => {
    if (start + 4 > data.length) return undefined;
    const end = start + 4 + data.readUInt32LE(start);
    return end <= data.length ? data.subarray(start + 4, end) : undefined;
  };
  let at = 0;
  let lazyAt = 0;
  while (at < data.length) {
    const id = part(at);
    if (!id) return undefined;
    const hashAt = at + 4 + id.length;
    // the hash is whole when the length after it is there
    const unread = part(hashAt + 32);
    const payloadAt = hashAt + 36 + (unread?.length ?? 0);
    const payload = unread && part(payloadAt);
    const checksumAt = payloadAt + 4 + (payload?.length ?? 0);
    const lazyLengthAt = checksumAt + 4;
    if (!unread || !payload || lazyLengthAt + 4 > data.length) return undefined;
    const lazyLength = data.readUInt32LE(lazyLengthAt);
    if (lazyAt + lazyLength > lazy.length) return undefined;
    records.push({
      reportId: data.toString('utf8', at + 4, hashAt), hash: data.subarray(hashAt, hashAt + 32),
      unread: unread.toString('utf8'), payload, payloadChecksum: data.readUInt32LE(checksumAt), lazy: lazy.subarray(lazyAt, lazyAt + lazyLength),
    });
    lazyAt += lazyLength;
    at = lazyLengthAt + 4;
  }
  return lazyAt === lazy.length ? records : undefined;
}

/** What `encodeRecord` writes of a record. */
type EncodedRecord = Pick<CacheRecord, 'payload' | 'payloadChecksum' | 'lazy'>;

/**
 * A record's parts: what indexing reads, then what it does not: the claims and their facts, and what only questions
 * read (entities and sentences, the name columns), each in the compact form; the keys of the last part, the length of
 * the claims part and the checksums of both are written with the first, so that neither need be read to know them.
 */
function encodeRecord({ analysis, indexed }: StoredAnalysis, tables: CodecTables): EncodedRecord {
  const { compact, claims, ...analysisRead } = analysis;
  const { facts, names, ...indexRead } = indexed;
  const claimsPart = encode({ claims, facts: factsOf({ facts }) } satisfies ClaimsPart, tables);
  const questionsPart = encode({ compact: compact ?? {}, names }, tables);
  return withEagerPart({
    analysis: analysisRead,
    indexed: indexRead,
    lazyKeys: { compact: compact && Object.keys(compact).join(), names: Object.keys(names).join() },
  }, claimsPart, questionsPart, tables);
}

/** A record of these parts: what indexing reads told the lazy parts' length and checksums. */
function withEagerPart(eager: Omit<EagerRecord, 'claimsBytes' | 'claimsChecksum' | 'questionsChecksum'>, claimsPart: Uint8Array, questionsPart: Uint8Array, tables: CodecTables): EncodedRecord {
  const payload = encode({ ...eager, claimsBytes: claimsPart.length, claimsChecksum: checksumOf(claimsPart), questionsChecksum: checksumOf(questionsPart) } satisfies EagerRecord, tables);
  return { payload, payloadChecksum: checksumOf(payload), lazy: concatBytes(claimsPart, questionsPart) };
}

/** A record written with `from` as written with `to`: each of its parts checked, decoded and encoded again. */
function reencodeRecord(record: CacheRecord, from: CodecTables, to: CodecTables): EncodedRecord {
  const { claimsBytes, claimsChecksum, questionsChecksum, ...eager } = decodeChecked(record.payload, from, record.payloadChecksum) as EagerRecord;
  const claimsPart = encode(decodeChecked(record.lazy.subarray(0, claimsBytes), from, claimsChecksum), to);
  const questionsPart = encode(decodeChecked(record.lazy.subarray(claimsBytes), from, questionsChecksum), to);
  return withEagerPart(eager, claimsPart, questionsPart, to);
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** Told that a record's lazy part is damaged, with the analysis made afresh that stands in for it. */
type DamageListener = (reportId: string, lazy: Uint8Array, fresh: StoredAnalysis, damage: unknown) => void;

/**
 * A record's lazy parts: the bytes of what only questions read (`LazyBytes`), and, should any part turn out damaged,
 * the report analysed again, once however many parts fail. Without `analyseAgain` the damage is thrown, as no
 * analysis can stand in. An object of a class rather than closures, so that the ten thousand records of a warm start
 * share its methods; it keeps the record's lazy bytes (which the lazy parts keep anyway), not its payload, a view of
 * the file's records let go once read.
 */
class LazyRecordParts implements LazyBytes {
  /** What only questions read: the lazy bytes after the claims part. */
  readonly bytes: Uint8Array;
  /** The report analysed again, once a part was found damaged. */
  private fresh: StoredAnalysis | undefined;

  constructor(
    readonly reportId: string,
    private readonly lazy: Uint8Array,
    claimsBytes: number,
    readonly tables: CodecTables,
    readonly checksum: number,
    private readonly analyseAgain: (() => StoredAnalysis) | undefined,
    private readonly onDamaged: DamageListener,
  ) {
    this.bytes = lazy.subarray(claimsBytes);
  }

  readAgain(damage: unknown): Record<string, Record<string, unknown>> {
    return questionsPartFrom(this.analysedAgain(damage));
  }

  analysedAgain(damage: unknown): StoredAnalysis {
    if (this.fresh) return this.fresh;
    if (!this.analyseAgain) throw damage;
    this.fresh = this.analyseAgain();
    this.onDamaged(this.reportId, this.lazy, this.fresh, damage);
    return this.fresh;
  }
}

/**
 * Reads what `encodeRecord` wrote, as the analysis of `reportId`: the claims and their facts read when first asked
 * for (and kept), the rest of the lazy parts as objects that decode them when first read. Throws when what indexing
 * reads is damaged; a lazy part found damaged when read is read from the report analysed again instead.
 */
function decodeRecord(record: CacheRecord, tables: CodecTables, reportId: string, analyseAgain: (() => StoredAnalysis) | undefined, onDamaged: DamageListener): StoredAnalysis {
  const eager = decodeChecked(record.payload, tables, record.payloadChecksum) as EagerRecord;
  const { analysis: analysisRead, indexed, lazyKeys, claimsBytes } = eager;
  if (!(claimsBytes >= 0 && claimsBytes <= record.lazy.length)) throw new Error('bad record');
  const source = new LazyRecordParts(reportId, record.lazy, claimsBytes, tables, eager.questionsChecksum, analyseAgain, onDamaged);
  const readClaimsPart = claimsPartReader(record.lazy.subarray(0, claimsBytes), eager.claimsChecksum, source);
  if (lazyKeys.compact !== undefined) analysisRead.compact = lazyObject<CompactParts>(source, 'compact', lazyKeys.compact);
  const analysis = withClaimsReadLater(analysisRead, () => readClaimsPart().claims);
  if (!hasCompactEntities(analysis)) for (const e of analysis.entities) e.reportId = reportId;
  const names = lazyObject<ReportNames>(source, 'names', lazyKeys.names);
  return { analysis, indexed: indexedReadingFactsLater(indexed, names, () => readClaimsPart().facts) };
}

/** The claims part of an analysis made afresh, as `claimsPartOf` reads one back. */
function claimsPartFrom({ analysis, indexed }: StoredAnalysis): ClaimsPart {
  return { claims: analysis.claims, facts: factsOf(indexed) };
}

/** What only questions read of an analysis made afresh, as `encodeRecord` writes it. */
function questionsPartFrom({ analysis, indexed }: StoredAnalysis): Record<string, Record<string, unknown>> {
  return { compact: (analysis.compact ?? {}) as Record<string, unknown>, names: indexed.names as unknown as Record<string, unknown> };
}

/**
 * Reads a record's claims part when first called, and keeps it. A function of its own, so that what it keeps alive
 * is the part's bytes only (and the record's lazy parts), not the record (whose payload is a view of the file's
 * records, let go once read).
 */
function claimsPartReader(bytes: Uint8Array, checksum: number, parts: LazyRecordParts): () => ClaimsPart {
  let part: ClaimsPart | undefined;
  return () => (part ??= claimsPartRead(bytes, checksum, parts));
}

function claimsPartRead(bytes: Uint8Array, checksum: number, parts: LazyRecordParts): ClaimsPart {
  let decoded: ClaimsPart;
  try {
    decoded = decodeChecked(bytes, parts.tables, checksum) as ClaimsPart;
  } catch (damage) {
    return claimsPartFrom(parts.analysedAgain(damage));
  }
  return claimsPartOf(decoded, parts.reportId);
}

/** What the index reads of a record, its facts read from `facts` when first asked for (see `IndexedReport`). */
function indexedReadingFactsLater(indexed: EagerRecord['indexed'], names: ReportNames, facts: () => ClaimFactsList): IndexedReport {
  return {
    facts,
    claimKeys: indexed.claimKeys, contextWords: indexed.contextWords, conversions: indexed.conversions,
    names, nameForms: indexed.nameForms, lowerWords: indexed.lowerWords, storyWords: indexed.storyWords,
  };
}

/**
 * What a record keeps of an analysis: not the text (the hash stands for it), nor the report id that every claim,
 * entity and name repeats (a path, often longer than what it labels); keys stay in place, so that a read analysis
 * has the shape of a fresh one.
 */
function withoutTextAndReportIds({ analysis, indexed }: StoredAnalysis): StoredAnalysis {
  const prefix = analysis.reportId.length;
  return {
    analysis: {
      ...analysis, text: undefined,
      claims: analysis.claims.map((c) => ({ ...c, id: c.id.slice(prefix), reportId: undefined })),
      // entities the analyzer keeps compact (core/storage.ts) are in `analysis.compact`, without report ids
      ...(hasCompactEntities(analysis) ? {} : { entities: analysis.entities.map((e) => ({ ...e, reportId: undefined })) }),
    } as unknown as StoredAnalysis['analysis'],
    indexed,
  };
}

/**
 * One empty set and map for all the figures read back: most figures have no year or age beside them, and none is
 * weighed yet, and the index shares one empty set and map among those as it reads them (facts are never changed
 * in place, weighing replaces `weighted`); read back, each would otherwise be an object of its own.
 */
const NO_VALUES: ReadonlySet<never> = new Set();
const NOT_WEIGHED: ReadonlyMap<string, number> = new Map();

/** A claims part as read, with the report id `withoutTextAndReportIds` left out put back, and the shared empty sets. */
function claimsPartOf(part: ClaimsPart, reportId: string): ClaimsPart {
  for (const f of part.facts) {
    if (!f) continue;
    if (f.years.size === 0) f.years = NO_VALUES;
    if (f.ages.size === 0) f.ages = NO_VALUES;
    if (f.weighted.size === 0) f.weighted = NOT_WEIGHED;
  }
  for (const c of part.claims) {
    c.id = reportId + c.id;
    c.reportId = reportId;
  }
  return part;
}

/** Whether the analysis keeps its entities compact: asked of the keys, so that lazy entities are not read for it. */
function hasCompactEntities(analysis: StoredAnalysis['analysis']): boolean {
  return analysis.compact !== undefined && 'entities' in analysis.compact;
}

function contentHash(text: string, context: string): Buffer {
  return createHash('sha256').update(context).update('\0').update(text).digest();
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The cache file of a workspace (its folders, in order) under `cacheDir`. */
export function cacheFileFor(cacheDir: string, folders: string[]): string {
  const name = createHash('sha256').update(folders.join('\n')).digest('hex').slice(0, 16);
  return `${cacheDir}/analyses-${name}.bin`;
}

/** A version key for the engine: the hash of the running code, so that a rebuilt server ignores older caches. */
export function engineVersion(codeFile: string): string {
  try {
    return createHash('sha256').update(readFileSync(codeFile)).digest('hex');
  } catch {
    // Unknown code: a version no file can have, so that nothing stale is ever read.
    return `unversioned-${process.pid}-${Date.now()}`;
  }
}
