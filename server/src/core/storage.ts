/**
 * How the analyzer keeps a report's entities and sentences once the report is indexed: as flat lists of numbers and
 * strings rather than an object (and a span object) for each, made into objects again when asked for. A workspace
 * of ten thousand reports holds half a million entity mentions and as many sentences, which as objects cost about
 * a fifth of the engine's memory; what asks for them (a hover, a report's own findings) asks about a few reports.
 *
 * Only lists of the shape the extractors make today are kept so (the keys below, in that order): any other is
 * kept as it is, so that a field added to a mention is never lost here.
 */
import type { Claim, EntityKind, EntityMention, Span } from './types';
import type { ReportAnalysis } from './reading/report';

/** Entities column by column: [start, end] pairs, then a list per field. */
export interface EntityColumns {
  spans: number[];
  texts: string[];
  keys: string[];
  kinds: EntityKind[];
}

/** What `compactAnalysis` keeps in place of `entities` and `sentences` (sentences as [start, end] pairs). */
export interface CompactParts {
  entities?: EntityColumns;
  sentences?: number[];
}

const SPAN_KEYS = 'start,end';
const ENTITY_KEYS = 'reportId,span,text,key,kind';

function isPlainSpan(s: Span): boolean {
  return Object.keys(s).join() === SPAN_KEYS;
}

function flatSpans(spans: readonly Span[]): number[] | undefined {
  const flat = new Array<number>(spans.length * 2);
  for (let k = 0; k < spans.length; k++) {
    if (!isPlainSpan(spans[k])) return undefined;
    flat[2 * k] = spans[k].start;
    flat[2 * k + 1] = spans[k].end;
  }
  return flat;
}

function entityColumns(entities: readonly EntityMention[], reportId: string): EntityColumns | undefined {
  const n = entities.length;
  const columns: EntityColumns = { spans: new Array(2 * n), texts: new Array(n), keys: new Array(n), kinds: new Array(n) };
  for (let k = 0; k < n; k++) {
    const e = entities[k];
    if (e.reportId !== reportId || Object.keys(e).join() !== ENTITY_KEYS || !isPlainSpan(e.span)) return undefined;
    columns.spans[2 * k] = e.span.start;
    columns.spans[2 * k + 1] = e.span.end;
    columns.texts[k] = e.text;
    columns.keys[k] = e.key;
    columns.kinds[k] = e.kind;
  }
  return columns;
}

function spansOf(flat: readonly number[]): Span[] {
  const spans = new Array<Span>(flat.length >> 1);
  for (let k = 0; k < spans.length; k++) spans[k] = { start: flat[2 * k], end: flat[2 * k + 1] };
  return spans;
}

function entitiesOf(columns: EntityColumns, reportId: string): EntityMention[] {
  const entities = new Array<EntityMention>(columns.texts.length);
  for (let k = 0; k < entities.length; k++) {
    // the keys in the order the extractor writes them (see ENTITY_KEYS)
    entities[k] = {
      reportId, span: { start: columns.spans[2 * k], end: columns.spans[2 * k + 1] },
      text: columns.texts[k], key: columns.keys[k], kind: columns.kinds[k],
    };
  }
  return entities;
}

/**
 * How an analysis read back from a store reads its claims (see `withClaimsReadLater`), and the claims once read: kept
 * from then on, since a claim is known by its identity (the index keeps its facts by claim). One holder for an
 * analysis and the copies made of it (`copyOnto`), so that all read the same claims.
 */
interface ClaimsLater {
  read: () => Claim[];
  claims?: Claim[];
}

const claimsLater = new WeakMap<object, ClaimsLater>();

function readClaims(analysis: object): Claim[] {
  const later = claimsLater.get(analysis)!;
  return (later.claims ??= later.read());
}

/**
 * What a compacted analysis inherits: `entities` and `sentences` read from its compact parts, new objects at each
 * reading (which no caller keeps for long). On the prototype, not the analysis itself: an accessor defined on
 * each analysis would turn every one into a slow dictionary-mode object, and each property read of it into a lookup.
 */
const COMPACTED: object = Object.create(Object.prototype, {
  entities: {
    get(this: ReportAnalysis): EntityMention[] {
      return entitiesOf(this.compact!.entities!, this.reportId);
    },
  },
  sentences: {
    get(this: ReportAnalysis): Span[] {
      return spansOf(this.compact!.sentences!);
    },
  },
});

/**
 * An analysis with its entities and sentences in compact form (`compact`), read back through properties of the
 * same names. Call once the analysis has been read for the index; the analysis given is not changed.
 */
export function compactAnalysis(analysis: ReportAnalysis): ReportAnalysis {
  const compact: CompactParts = {};
  const entities = entityColumns(analysis.entities, analysis.reportId);
  if (entities) compact.entities = entities;
  const sentences = flatSpans(analysis.sentences);
  if (sentences) compact.sentences = sentences;
  return readCompactParts({ ...analysis, compact });
}

/**
 * The analysis (one just compacted, or read back from a store) as one that reads its compact parts: its own keys
 * but the compacted ones, in their order, so that a copy of it (`{ ...analysis }`, what a store writes) holds the
 * compact parts only.
 */
export function readCompactParts(analysis: ReportAnalysis): ReportAnalysis {
  const { compact } = analysis;
  if (!compact && !claimsLater.has(analysis)) return analysis;
  return copyOnto(COMPACTED, analysis, false);
}

/**
 * The analysis's own keys, in their order, on an object inheriting from `proto`: all but the compacted parts (which
 * `proto` reads from `compact`) and, when `textReadLater`, the text (which `proto` reads again).
 */
function copyOnto(proto: object, analysis: ReportAnalysis, textReadLater: boolean): Record<string, unknown> & ReportAnalysis {
  const { compact } = analysis;
  const later = claimsLater.get(analysis);
  const copy = Object.create(later ? readingClaimsLater(proto) : proto) as Record<string, unknown>;
  if (later) claimsLater.set(copy, later);
  for (const [key, value] of Object.entries(analysis)) {
    if (textReadLater && key === 'text') continue;
    // asked of the keys, not the values: a store may read its compact parts only when they are first asked for
    if ((key === 'entities' || key === 'sentences') && compact && key in compact) continue;
    copy[key] = value;
  }
  return copy as Record<string, unknown> & ReportAnalysis;
}

/**
 * `proto` (COMPACTED or TEXT_READ_LATER) with `claims` read when first asked for (see `withClaimsReadLater`): a
 * prototype of its own, since an analysis made here sets claims of its own, which an accessor inherited would refuse.
 */
const claimsReadLater = new Map<object, object>();

function readingClaimsLater(proto: object): object {
  let reading = claimsReadLater.get(proto);
  if (!reading) {
    reading = Object.create(proto, {
      claims: {
        get(this: ReportAnalysis): Claim[] {
          return readClaims(this);
        },
      },
    }) as object;
    claimsReadLater.set(proto, reading);
  }
  return reading;
}

/**
 * An analysis read back from a store (all but its claims, compact parts and all) whose claims are read from `read`
 * when first asked for, and kept from then on: indexing reads none (see `IndexedReport`), and most reports of a large
 * workspace are never compared in a session. The analysis given is marked, not copied: it reads its claims once
 * copied as `readCompactParts` or `withTextReadLater` copy it (what the analyzer does with every stored analysis),
 * one copy rather than two for every report of a warm start.
 */
export function withClaimsReadLater(analysis: Omit<ReportAnalysis, 'claims'>, read: () => Claim[]): ReportAnalysis {
  claimsLater.set(analysis, { read });
  return analysis as ReportAnalysis;
}

/**
 * Texts of reports indexed without reading them (see `withTextReadLater`), read when first asked for and kept for the
 * last TEXTS_KEPT reports read: a question about a report reads its text many times over (every figure it cites), and
 * a workspace's texts kept would be the memory this saves.
 */
const TEXTS_KEPT = 256;
const textsRead = new Map<object, string>();
const textReaders = new WeakMap<object, () => string>();

function readText(analysis: object): string {
  let text = textsRead.get(analysis);
  if (text === undefined) {
    text = textReaders.get(analysis)!();
    if (textsRead.size >= TEXTS_KEPT) textsRead.clear();
    textsRead.set(analysis, text);
  }
  return text;
}

/** What an analysis whose text is read later inherits: its compacted parts (as COMPACTED) and its text. */
const TEXT_READ_LATER: object = Object.create(COMPACTED, {
  text: {
    get(this: ReportAnalysis): string {
      return readText(this);
    },
  },
});

/**
 * The analysis (fresh, or read back from a store: its compact parts are read as `readCompactParts` reads them) with
 * its text read from `read` when first asked for rather than held: the runtime can read the text the analysis was
 * made from again (a file whose stamp says it is unchanged), and most reports' texts are never asked for.
 */
export function withTextReadLater(analysis: ReportAnalysis, read: () => string): ReportAnalysis {
  const later = copyOnto(TEXT_READ_LATER, analysis, true);
  textReaders.set(later, read);
  return later;
}

/** Whether an analysis reads its text when asked for (`withTextReadLater`): its text is then no proof of what it was made from. */
export function readsTextLater(analysis: ReportAnalysis): boolean {
  return textReaders.has(analysis);
}

/** How an analysis that reads its text later reads it. */
export function textReaderOf(analysis: ReportAnalysis): (() => string) | undefined {
  return textReaders.get(analysis);
}
