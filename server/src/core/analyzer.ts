/**
 * The engine's one entry point. The CLI, the language server and the tests all go through `createAnalyzer`.
 * It holds the reports of a workspace, analyses each once per text, keeps an index of claims keyed by
 * attribute, and answers findings and hovers for any report. No I/O: callers pass text in.
 */
import type { CrosscheckSettings, DistinctNames, FigureTable, Finding, HoverInfo, KnownEntity, ReportMeta, Claim, EntityMention, Span } from './types';
import { defaultSettings } from './config';
import { analyseForEditing, type ReportAnalysis } from './reading/report';
import type { AnalysisMemo } from './reading/reanalysis';
import { EntityLexicon } from './extraction/entities';
import { ClaimIndex, factsOf, readForIndex, type ClaimFacts, type ClaimFactsList, type IndexedReport } from './alignment/alignment';
import { SpellingIndex } from './findings/spelling';
import { TaughtSpellings } from './findings/taughtSpellings';
import { findingsFor } from './findings/findings';
import { hoverAt } from './findings/hover';
import { tableFor } from './findings/table';
import { compactAnalysis, readCompactParts, readsTextLater, textReaderOf, withTextReadLater } from './storage';

export interface Analyzer {
  /**
   * Adds or replaces a report. `meta` overrides what the text itself says (front matter, title line, file name).
   * `file`, when the text was read from a file the runtime can stamp, is that file: the text is then let go once
   * analysed and read again when a question needs it, and the stamp tells the text from then on (`upsertUnread`).
   */
  upsert(reportId: string, text: string, meta?: Partial<ReportMeta>, file?: ReportFile): void;
  /**
   * Indexes a report without reading its file when the file's stamp says the text is the one last given with that
   * stamp: already indexed, or an analysis in the store. The text is read when a question needs it. False when the
   * text must be read and given to `upsert`.
   */
  upsertUnread(reportId: string, file: ReportFile): boolean;
  remove(reportId: string): void;
  has(reportId: string): boolean;
  reportIds(): string[];
  /** Original text of a report, as last given (read again from its file when it was let go, see `ReportFile`). */
  text(reportId: string): string | undefined;
  meta(reportId: string): ReportMeta | undefined;
  claims(reportId: string): readonly Claim[];
  entities(reportId: string): readonly EntityMention[];
  /** The sentence of a report that holds `offset`, if any: what a citation of another report quotes. */
  sentenceAt(reportId: string, offset: number): Span | undefined;
  /** Findings of one report against all the others, reviewed ones left out, severities per settings. */
  findings(reportId: string): Finding[];
  /** What to show when hovering at `offset` in a report, if a figure or entity is there. */
  hover(reportId: string, offset: number): HoverInfo | undefined;
  /**
   * The Compare Figures table of a report: its figures and names against every other report of its story, from the
   * same pairings as its findings and hovers.
   */
  table(reportId: string): FigureTable | undefined;
  setKnownEntities(entities: KnownEntity[]): void;
  /** Groups of names recorded as different names: no spelling finding between two names of a group. */
  setDistinctNames(groups: DistinctNames[]): void;
  /** Review keys (see Finding.reviewKey) whose findings are not reported. */
  setReviewed(keys: Iterable<string>): void;
  setSettings(settings: Partial<CrosscheckSettings>): void;
  /** Increments whenever anything that findings depend on changes. */
  readonly generation: number;
}

export interface AnalyzerOptions {
  settings?: Partial<CrosscheckSettings>;
  knownEntities?: KnownEntity[];
  distinctNames?: DistinctNames[];
  reviewed?: Iterable<string>;
  /** Analyses kept between runs (the server's cache on disk), asked before a text is analysed. */
  store?: AnalysisStore;
}

/**
 * The file a report's text is read from, as the runtime knows it: its stamp (what tells its bytes without reading
 * them, such as its size and times: the same stamp, the same text) and how to read the text again.
 */
export interface ReportFile {
  stamp: string;
  read(): string;
}

/** One report's analysis with what the index read of it: all that is needed to index it again. */
export interface StoredAnalysis {
  analysis: ReportAnalysis;
  indexed: IndexedReport;
}

/**
 * Keeps analyses, e.g. on disk between two starts of the server. `context` says what else the analysis depends
 * on (known entities, metadata overrides): a stored analysis counts only for the same id, text and context.
 */
export interface AnalysisStore {
  /**
   * `analyseAgain` analyses the report from its text, as if nothing were kept: what a store that reads parts of an
   * analysis only when asked for answers from when such a part turns out damaged (a store is only a speed-up).
   */
  get(reportId: string, text: string, context: string, stamp?: string, analyseAgain?: () => StoredAnalysis): StoredAnalysis | undefined;
  /** `stamp`, when given, lets `getUnread` find the analysis again without the text. */
  set(reportId: string, text: string, context: string, stored: StoredAnalysis, stamp?: string): void;
  /** The analysis kept for a report whose text had this stamp (and the same context), without the text. */
  getUnread?(reportId: string, stamp: string, context: string, analyseAgain?: () => StoredAnalysis): StoredAnalysis | undefined;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return new WorkspaceAnalyzer(options);
}

class WorkspaceAnalyzer implements Analyzer {
  private readonly reports = new Map<string, ReportAnalysis>();
  /** The stamp of each report's file, when the runtime gave one (see `ReportFile`). */
  private readonly stamps = new Map<string, string>();
  /** Each report's place in the workspace order (a replaced report keeps its place, as in `reports`). */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  private lexicon: EntityLexicon;
  /** Names and their spellings, kept up to date report by report (made in the constructor, once the names taught are known). */
  private spelling: SpellingIndex;
  /** The cross-report index, kept up to date report by report. */
  private index: ClaimIndex;
  private reviewed = new Set<string>();
  private settings: CrosscheckSettings;
  private knownEntities: KnownEntity[];
  private distinctNames: DistinctNames[];
  private readonly store: AnalysisStore | undefined;
  /** What the analysis of the report analysed last keeps for its next edit (see reading/reanalysis.ts). */
  private lastAnalysed: AnalysisMemo | undefined;
  /** The facts the index read of that report's claims, which an edit that leaves a sentence alone leaves as they were. */
  private lastFacts: { claims: readonly Claim[]; facts: ClaimFactsList } | undefined;
  /** The known entities as the store's context says them; computed when first needed. */
  private knownEntitiesKey: string | undefined;
  generation = 0;

  constructor(options: AnalyzerOptions) {
    this.settings = { ...defaultSettings, ...options.settings };
    this.knownEntities = options.knownEntities ?? [];
    this.distinctNames = options.distinctNames ?? [];
    this.lexicon = new EntityLexicon(this.knownEntities);
    this.spelling = this.newSpellingIndex();
    this.index = this.newClaimIndex();
    this.reviewed = new Set(options.reviewed ?? []);
    this.store = options.store;
  }

  upsert(reportId: string, text: string, meta?: Partial<ReportMeta>, file?: ReportFile): void {
    if (this.unchanged(reportId, meta, file?.stamp, text)) {
      // the same text as indexed, now with a stamp (a report closed in the editor, say): the stamp tells it from now on
      if (file) this.stamps.set(reportId, file.stamp);
      return;
    }
    const stored = this.analysed(reportId, text, meta, file);
    this.indexReport(file ? { analysis: withTextReadLater(stored.analysis, file.read), indexed: stored.indexed } : stored);
    this.setStamp(reportId, file?.stamp);
    this.changed();
  }

  upsertUnread(reportId: string, file: ReportFile): boolean {
    if (this.unchanged(reportId, undefined, file.stamp)) return true;
    const kept = this.store?.getUnread?.(reportId, file.stamp, this.storeContext(undefined), () => this.analyse(reportId, file.read(), undefined));
    if (!kept) return false;
    // read as `readCompactParts` reads a stored analysis, in the same one copy
    this.indexReport({ analysis: withTextReadLater(kept.analysis, file.read), indexed: kept.indexed });
    this.setStamp(reportId, file.stamp);
    this.changed();
    return true;
  }

  /**
   * Whether the report is indexed as it would be from this text (or stamp) and metadata. A text read later is not
   * compared (reading it would read what is there now, not what was indexed): its stamp is.
   */
  private unchanged(reportId: string, meta: Partial<ReportMeta> | undefined, stamp: string | undefined, text?: string): boolean {
    const previous = this.reports.get(reportId);
    if (!previous || !sameMeta(previous.metaOverride, meta)) return false;
    if (stamp !== undefined && this.stamps.get(reportId) === stamp) return true;
    return text !== undefined && !readsTextLater(previous) && previous.text === text;
  }

  private setStamp(reportId: string, stamp: string | undefined): void {
    if (stamp === undefined) this.stamps.delete(reportId);
    else this.stamps.set(reportId, stamp);
  }

  remove(reportId: string): void {
    if (!this.reports.delete(reportId)) return;
    this.stamps.delete(reportId);
    this.order.delete(reportId);
    this.spelling.remove(reportId);
    this.index.remove(reportId);
    this.changed();
  }

  has(reportId: string): boolean {
    return this.reports.has(reportId);
  }

  reportIds(): string[] {
    return [...this.reports.keys()];
  }

  text(reportId: string): string | undefined {
    return this.reports.get(reportId)?.text;
  }

  meta(reportId: string): ReportMeta | undefined {
    return this.reports.get(reportId)?.meta;
  }

  claims(reportId: string): readonly Claim[] {
    return this.reports.get(reportId)?.claims ?? [];
  }

  entities(reportId: string): readonly EntityMention[] {
    return this.reports.get(reportId)?.entities ?? [];
  }

  sentenceAt(reportId: string, offset: number): Span | undefined {
    const sentences = this.reports.get(reportId)?.sentences ?? [];
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sentences[middle].end <= offset) low = middle + 1;
      else if (sentences[middle].start > offset) high = middle - 1;
      else return sentences[middle];
    }
    return undefined;
  }

  findings(reportId: string): Finding[] {
    const report = this.reports.get(reportId);
    if (!report) return [];
    return findingsFor(report, this.currentIndex(), this.settings).filter((f) => !this.reviewed.has(f.reviewKey));
  }

  hover(reportId: string, offset: number): HoverInfo | undefined {
    const report = this.reports.get(reportId);
    return report ? hoverAt(report, offset, this.currentIndex()) : undefined;
  }

  table(reportId: string): FigureTable | undefined {
    const report = this.reports.get(reportId);
    return report ? tableFor(report, this.currentIndex(), this.reportIds()) : undefined;
  }

  setKnownEntities(entities: KnownEntity[]): void {
    this.knownEntities = entities;
    this.knownEntitiesKey = undefined;
    this.lexicon = new EntityLexicon(entities);
    this.spelling = this.newSpellingIndex();
    this.index = this.newClaimIndex();
    for (const [id, r] of this.reports) this.indexReport(this.analysedAgain(id, r));
    this.changed();
  }

  setDistinctNames(groups: DistinctNames[]): void {
    this.distinctNames = groups;
    // Which names are kept apart decides no analysis: the spelling index only stops asking about those pairs.
    this.spelling.teach(this.taughtSpellings());
    this.changed();
  }

  private taughtSpellings(): TaughtSpellings {
    return new TaughtSpellings(this.knownEntities, this.distinctNames);
  }

  private newClaimIndex(): ClaimIndex {
    return new ClaimIndex((reportId) => this.order.get(reportId) ?? Infinity, this.spelling);
  }

  private newSpellingIndex(): SpellingIndex {
    return new SpellingIndex((reportId) => this.order.get(reportId) ?? Infinity, this.taughtSpellings());
  }

  /**
   * The report's analysis, from the store when it holds one for this text. The index reads what it needs of the
   * tokens first; the tokens themselves (the largest part of an analysis) are then let go, and the entities and
   * sentences kept compact (storage.ts), so that a workspace of thousands of reports fits in memory.
   */
  private analysed(reportId: string, text: string, meta: Partial<ReportMeta> | undefined, file?: Pick<ReportFile, 'stamp'> & Partial<ReportFile>): StoredAnalysis {
    if (!this.store) return this.analyse(reportId, text, meta);
    const context = this.storeContext(meta);
    const readText = textReader(text, file);
    const analyseAgain = () => this.analyse(reportId, readText(), meta);
    const kept = this.store.get(reportId, text, context, file?.stamp, analyseAgain);
    if (kept) return { analysis: readCompactParts(kept.analysis), indexed: kept.indexed };
    const stored = this.analyse(reportId, text, meta);
    this.store.set(reportId, text, context, stored, file?.stamp);
    return stored;
  }

  /** A report analysed again (the known entities changed); a text read later stays read later. */
  private analysedAgain(reportId: string, previous: ReportAnalysis): StoredAnalysis {
    const reader = textReaderOf(previous);
    const stamp = this.stamps.get(reportId);
    const again = this.analysed(reportId, previous.text, previous.metaOverride, stamp === undefined ? undefined : { stamp, read: reader });
    return reader ? { analysis: withTextReadLater(again.analysis, reader), indexed: again.indexed } : again;
  }

  /** What else than the text an analysis depends on, as the store's context says it. */
  private storeContext(meta: Partial<ReportMeta> | undefined): string {
    return `${(this.knownEntitiesKey ??= JSON.stringify(this.knownEntities))}\n${JSON.stringify(meta ?? {})}`;
  }

  private analyse(reportId: string, text: string, meta: Partial<ReportMeta> | undefined): StoredAnalysis {
    // the report analysed last is the one typed into, if any is: its next edit is read again around the edit only
    const { analysis, memo, sameSentenceAs } = analyseForEditing(reportId, text, this.lexicon, meta, this.lastAnalysed);
    const factsBefore = sameSentenceAs.size ? factsByClaim(this.lastFacts) : undefined;
    const indexed = readForIndex(analysis, factsBefore && ((c) => factsBefore.get(sameSentenceAs.get(c)!)));
    this.lastAnalysed = memo;
    this.lastFacts = { claims: analysis.claims, facts: factsOf(indexed) };
    analysis.tokens = [];
    analysis.lowerWords = new Set();
    analysis.prose = '';
    return { analysis: compactAnalysis(analysis), indexed };
  }

  private indexReport({ analysis, indexed }: StoredAnalysis): void {
    const id = analysis.reportId;
    if (!this.order.has(id)) this.order.set(id, this.nextOrder++);
    this.reports.set(id, analysis);
    // what `indexed` holds lives on in the indexes, but for its lower-case words, which the spelling index keeps as numbers
    this.spelling.upsert(id, indexed.names, indexed.nameForms, indexed.lowerWords);
    this.index.upsert(analysis, indexed);
  }

  setReviewed(keys: Iterable<string>): void {
    this.reviewed = new Set(keys);
    this.generation++;
  }

  setSettings(settings: Partial<CrosscheckSettings>): void {
    this.settings = { ...defaultSettings, ...settings };
    this.generation++;
  }

  private changed(): void {
    this.generation++;
  }

  private currentIndex(): ClaimIndex {
    return this.index;
  }
}

/** Each claim's facts, as the index read them (a claim with no alignment key has none). */
function factsByClaim(read: { claims: readonly Claim[]; facts: ClaimFactsList } | undefined): Map<Claim, ClaimFacts> {
  const byClaim = new Map<Claim, ClaimFacts>();
  read?.claims.forEach((c, k) => {
    const facts = read.facts[k];
    if (facts) byClaim.set(c, facts);
  });
  return byClaim;
}

/**
 * How to read a report's text again: from its file when it has one, since such a text is let go once analysed (a
 * function apart, so that a closure holding the text is made only for a text held anyway).
 */
function textReader(text: string, file: Partial<ReportFile> | undefined): () => string {
  return file?.read ?? (() => text);
}

function sameMeta(a: Partial<ReportMeta> | undefined, b: Partial<ReportMeta> | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}
