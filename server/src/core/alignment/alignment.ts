/**
 * Decides which claims in different reports speak of the same attribute of the same thing. Claims are indexed by
 * an alignment key (frame + subject), so a lookup never scans the corpus; within a key, the words around the
 * figures, the names near them and the years in their sentences must agree well enough.
 */
import type { Agreement, Claim, EntityMention, Span } from '../types';
import type { ReportAnalysis } from '../reading/report';
import { COUNT_FRAMES, LOOSE_EVENT_CLASSES, NOUN_CLASSES, OTHER_EVENT_MARKERS } from '../vocab/frames';
import { VAGUE_AMOUNTS } from '../vocab/hedges';
import { convertedAtRate, ExchangeRates } from '../extraction/rates';
import { compareClaims, timesComparable } from './compare';
import { attributeSignature, attributesMatch, isTold, sameOwnedThing, thingKey } from '../extraction/attributes';
import { formsOnce, nameOccurrences, type ReportNames, type SpellingIndex } from '../findings/spelling';
import { STOPWORDS, startsLowerCase, tokensWithin } from '../reading/tokens';
import { contextKeyOf, intern, sharesNamePart } from '../words';
import { within } from '../spans';
import { carryPairingsOver, pairingsBefore, type CarryView, type EditedReport, type KeptMatches } from './carryOver';

export interface Match {
  claim: Claim;
  /** How alike the two figures' contexts are, 0–1. */
  score: number;
  /** Both reports give only this one figure under the key: the pairing is not a guess among several. */
  unique: boolean;
  /** Aligned surely enough to warn about a conflict: unique, or a score above the bar of its kind. */
  firm: boolean;
  /** The other claim in this claim's currency, when the two sums are in different currencies. */
  converted?: Claim;
  /** Reached through a third report rather than paired directly. */
  bridged?: boolean;
  agreement: Agreement;
}

const COUNT_FRAME_IDS = new Set(COUNT_FRAMES.map((f) => f.id));
const MEASURES = new Set(['speed', 'length', 'area', 'duration', 'mass', 'temperature', 'percent', 'magnitude', 'calibre', 'age']);

/** Minimum context similarity for two claims to be the same attribute, by kind of key. */
const MIN_SCORE = { frame: 0.05, measure: 0.1, noun: 0.13, day: 0.08, time: 0.08, percent: 0.2, age: 0.1 };
type KeyKind = keyof typeof MIN_SCORE;
/**
 * Score above which a conflicting pair is sure enough to warn about. A shared frame ("critically", "sank on") is
 * itself evidence, so frames and days need less shared wording than bare measures and counts of things.
 */
const WARN_SCORE: Record<KeyKind, number> = { frame: 0.09, day: 0.12, time: 0.12, measure: 0.2, noun: 0.35, percent: 0.2, age: 0.2 };
/**
 * Counts of people with no verb to say what befell them ("246 passengers"), and days of loose events ("said on
 * Tuesday"), are shown, never warned about.
 */
const neverFirm = byKey((key) => countsPeople(key) || LOOSE_EVENT_CLASSES.has(key.split(':')[1]));
const MIN_SCORE_UNIQUE = 0.02;
/**
 * Kinds too generic to pair on uniqueness alone: one percentage, one age or one count of people per report is
 * often about different things (a poll and a market, two people, passengers of two ships).
 */
const NEVER_UNIQUE = new Set<KeyKind>(['percent', 'age']);
const neverUnique = (key: string) => NEVER_UNIQUE.has(keyKind(key)) || countsPeople(key);

/** A count of people with no verb to say what befell them: "count:passengers", "count:women". */
function countsPeople(key: string): boolean {
  return key.startsWith('count:') && NOUN_CLASSES.people.includes(key.slice(6));
}
/** How many distinct values of one attribute in one report are looked at to tell whether the report disagrees with itself. */
const OWN_VALUES_LOOKED_AT = 4;
/** Pairings firm enough to reach a third report through. */
const BRIDGE_SCORE = 0.16;

/** Duration units a reporter would use for the same span of time; "20 hours" and "four years" never are. */
const DURATION_BANDS: Record<string, number> = { s: 0, min: 1, h: 2, d: 3, wk: 4, mo: 5, yr: 6, decade: 7 };

/** Figures an order of magnitude apart, or durations in far-apart units, are not the same attribute. */
function plausiblySame(a: Claim, b: Claim): boolean {
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  const small = Math.min(Math.abs(a.value), Math.abs(b.value));
  // two times in different zones are compared only when they read the same digits ("7:37 local" and "0737 GMT")
  if (a.dimension === 'time') return timesComparable(a, b);
  if (a.dimension !== 'weekday' && a.dimension !== 'date' && small * 8 < big) return false;
  // a happening misdated is a year off ("1969" for "1970"); years further apart date two happenings
  if (a.dimension === 'year' && Math.abs(a.value - b.value) > 1) return false;
  // magnitudes a whole point apart are different quakes (the main shock and an aftershock, or last year's)
  if (a.dimension === 'magnitude' && Math.abs(a.value - b.value) > 0.95) return false;
  if (a.dimension === 'duration' && Math.abs((DURATION_BANDS[a.unit] ?? 0) - (DURATION_BANDS[b.unit] ?? 0)) > 1) return false;
  return true;
}

/**
 * Which of two counterparts in one report to compare with: "tens of thousands" agrees with every crowd estimate,
 * so a report's precise figure comes first; then one that gives this very figure; otherwise the better-aligned one.
 */
function outranks(claim: Claim, m: { claim: Claim; score: number; inOurUnit: Claim }, previous: Match): boolean {
  if (!isVague(claim) && isVague(m.claim) !== isVague(previous.claim)) return !isVague(m.claim);
  // a report that gives this very figure of a like thing (every candidate's attribute matches) says it too, whatever
  // else it gives nearby ("seven life sentences and four of life without parole" does not contradict "four life
  // sentences without parole")
  const mAgrees = compareClaims(claim, m.inOurUnit) === 'agrees';
  const previousAgrees = previous.agreement === 'agrees';
  if (mAgrees !== previousAgrees) return mAgrees;
  return m.score > previous.score;
}

/** The agreement of two claims, and the other one in this one's currency when it was converted to compare. */
function compared(claim: Claim, inOurUnit: Claim): Pick<Match, 'agreement' | 'converted'> {
  const agreement = compareClaims(claim, inOurUnit);
  return convertedAtRate(inOurUnit) ? { agreement, converted: inOurUnit } : { agreement };
}

/**
 * The bar a pairing must clear. When each report gives a frame only once ("more than 400 detained", "more than
 * 200 arrested"), the shared frame is enough: nothing else in either report could be meant.
 */
function minimumScore(key: string, unique: boolean): number {
  // so too for the one time of day each report gives an event ("struck at 0737 GMT", "It took place at 7:37 AM")
  if (unique && (keyKind(key) === 'frame' || keyKind(key) === 'time')) return 0;
  return unique ? MIN_SCORE_UNIQUE : MIN_SCORE[keyKind(key)];
}

/** Similarity of two figures known to be about different people or years. */
const VETOED = -1;

/** Measures that many different things have ("four days", "a year", "two seasons"): they need more shared wording to warn. */
const LOOSE_KEYS = new Set(['duration']);
const LOOSE_EXTRA_SCORE = 0.1;

/**
 * Whether a pairing may make a warning. Being the only such figure in both reports is enough for a frame or a
 * measure (one speed, one death toll), not for a count of some noun ("three touchdowns" and "five touchdowns"
 * are often two players' tallies) nor for a duration.
 */
function isFirm(claim: Claim, m: { score: number; unique: boolean }): boolean {
  const key = alignmentKey(claim)!;
  if (neverFirm(key)) return false;
  const kind = keyKind(key);
  const loose = LOOSE_KEYS.has(key);
  return (m.unique && !loose && kind !== 'noun') || m.score >= WARN_SCORE[kind] + (loose ? LOOSE_EXTRA_SCORE : 0);
}

const UNTOLD_PEOPLE_FRAMES = new Set(['count:people', 'count:person', 'count:persons']);

/** The key under which comparable claims meet, or undefined for figures never compared (ordinals, years of no named happening). */
export function alignmentKey(c: Claim): string | undefined {
  if (c.dimension === 'count') {
    // "more than 200 people" with no verb to say what they did or what befell them tells too little to compare
    if (!c.frame || (UNTOLD_PEOPLE_FRAMES.has(c.frame) && !c.attribute?.verb)) return undefined;
    return COUNT_FRAME_IDS.has(c.frame) ? `${c.frame}:${c.subject ?? 'people'}` : c.frame;
  }
  if (c.dimension === 'money') return 'money';
  if (c.dimension === 'record') return 'record';
  // a year is compared only as the year of a named happening ("indicted in 1969", "a 2008 conviction")
  if (c.dimension === 'year') return c.attribute?.thing ? `year:${thingKey(c.attribute.thing)}` : undefined;
  if (MEASURES.has(c.dimension)) return c.dimension;
  // the day a report says something was said is the day of that report's saying: reports of different days differ
  if ((c.dimension === 'weekday' || c.dimension === 'date' || c.dimension === 'time') && c.frame && !LOOSE_EVENT_CLASSES.has(c.frame)) return `${c.dimension}:${c.frame}`;
  return undefined;
}

/**
 * A function of an alignment key, remembered per key: pairing asks it for every candidate, and a workspace has
 * only a few hundred keys.
 */
function byKey<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) known.set(key, (value = f(key)));
    return value as T;
  };
}

const keyKind = byKey(kindOfKey);

function kindOfKey(key: string): KeyKind {
  if (key === 'percent') return 'percent';
  if (key === 'age') return 'age';
  if (key.startsWith('count:')) return 'noun';
  if (key.startsWith('weekday:') || key.startsWith('date:')) return 'day';
  if (key.startsWith('time:')) return 'time';
  if (COUNT_FRAME_IDS.has(key.split(':')[0])) return 'frame';
  return 'measure';
}

/**
 * What the index needs of a report beyond its analysis, read from its tokens: with it, the tokens (most of an
 * analysis) can go, and an analysis stored on disk can be indexed again without them. Indexing reads only the
 * report's keys, context words, conversions, names and words; its claims and their facts are read when one of its
 * figures is first compared, so that a store can leave them undecoded until then (most reports of a large workspace
 * are never compared in a session).
 */
export interface IndexedReport {
  /**
   * Per claim, in order: its alignment facts (unweighed), or undefined for figures never compared; or how to read
   * them, for a report read back from a store that reads them when first asked for (see `factsOf`).
   */
  facts: ClaimFactsList | (() => ClaimFactsList);
  /** Per claim, in order: its alignment key (`facts[k].key`), or undefined for figures never compared. */
  claimKeys: (string | undefined)[];
  /**
   * Every word and name (names under NAME_PREFIX) around the report's figures but its times of day, each once: what
   * the index counts reports by to weigh a word's rarity (times of day, new to the index, leave every other pairing as it was).
   */
  contextWords: string[];
  /** The claims (by their place in `claims`) that give a sum in two currencies: the rates the reports use. */
  conversions: number[];
  names: ReportNames;
  /** The names' forms, each once, in the order first written (`formsOnce`): what the spelling index counts reports by. */
  nameForms: string[];
  lowerWords: string[];
  /** The report's story words (see `storyWords`): read here, so that a report read back from a store needs no entities to index. */
  storyWords: string[];
}

/**
 * What the index reads of a report. `kept` gives the facts a figure had before an edit, when everything they are read
 * from (its sentence, its names, the figures beside it) is provably as it was (see core/reading/reanalysis.ts).
 */
export function readForIndex(r: ReportAnalysis, kept?: (c: Claim) => ClaimFacts | undefined): IndexedReport {
  const inOrder: InOrder = { claims: byStart(r.claims), entities: byStart(r.entities), sentences: new Map() };
  const facts = r.claims.map((c) => {
    const key = alignmentKey(c);
    if (!key) return undefined;
    const before = kept?.(c);
    return before?.key === key ? unweighed(before) : claimFacts(r, c, key, inOrder);
  });
  const names = nameOccurrences(r);
  return {
    facts,
    claimKeys: facts.map((f) => f?.key),
    contextWords: contextWordsOf(r.claims, facts),
    conversions: r.claims.flatMap((c, k) => (c.dimension === 'money' && c.conversion ? [k] : [])),
    names,
    nameForms: formsOnce(names),
    lowerWords: [...r.lowerWords],
    storyWords: [...storyWords(r.entities)],
  };
}

/** The words and names around a report's figures (see `IndexedReport.contextWords`), in the order first met. */
function contextWordsOf(claims: readonly Claim[], facts: readonly (ClaimFacts | undefined)[]): string[] {
  const words = new Set<string>();
  claims.forEach((c, k) => {
    const f = facts[k];
    if (!f || c.dimension === 'time') return;
    for (const w of f.words) words.add(w);
    for (const w of f.sentenceWords) words.add(w);
    for (const n of f.names) words.add(NAME_PREFIX + n);
  });
  return [...words];
}

export type ClaimFactsList = (ClaimFacts | undefined)[];

/** A report's facts (`IndexedReport.facts`), read when they are read later. */
export function factsOf(indexed: Pick<IndexedReport, 'facts'>): ClaimFactsList {
  return typeof indexed.facts === 'function' ? indexed.facts() : indexed.facts;
}

export interface ClaimFacts {
  key: string;
  /** Content words near the figure, each once (lists, not sets: they are only gone through, and a set costs twice the memory). */
  words: readonly string[];
  /** The rest of the sentence's content words, which count half. */
  sentenceWords: readonly string[];
  years: ReadonlySet<string>;
  names: readonly string[];
  /** Each word and name (names under NAME_PREFIX) with its weight: its rarity times its place (near, far, name). */
  weighted: ReadonlyMap<string, number>;
  weightTotal: number;
  /** The index generation the weights were worked out for. */
  weighedAt?: number;
  /** The sentence sets itself in another event or time ("In a separate incident, ..."). */
  otherEvent: boolean;
  /** Ages given in the sentence ("the 36-year-old climber"): a descriptor of whom the figure is about. */
  ages: ReadonlySet<number>;
  /** The person named nearest to the figure in its sentence: whose age, whose fall. */
  person?: string;
}

/**
 * A workspace of at most this many reports is taken to be one story (a folder of coverage of one event): every
 * report may speak of every other's figures. A larger one is an archive, and figures are compared only between
 * reports of one story: reports that share distinctive names. Exported for the archive, which finds a report's
 * story among its own reports by the same rule (core/archive.ts).
 */
export const ONE_STORY_WORKSPACE = 40;
/** A name held by at most this many reports (or this share of them) is distinctive; "Iran" in an archive is not. */
export const DISTINCTIVE_NAME_REPORTS = 25;
export const DISTINCTIVE_NAME_SHARE = 0.02;
/** Distinctive name words two reports must share to be of one story. */
export const SHARED_STORY_NAMES = 3;

/** The most reports that may hold a distinctive name word, in a workspace (or archive) of `reports` reports. */
export function distinctiveNameCap(reports: number): number {
  return Math.max(DISTINCTIVE_NAME_REPORTS, DISTINCTIVE_NAME_SHARE * reports);
}

/**
 * The words of the names a report mentions, by which stories are found: words of names, not whole names, so that
 * "Harlo Venstrup" and "Harlo Venstrup of Quarnby Rail" share two.
 */
export function storyWords(entities: readonly EntityMention[]): Set<string> {
  const words = new Set<string>();
  for (const e of entities) for (const w of e.key.split(' ')) if (w.length >= 3) words.add(w);
  return words;
}

/**
 * What the index keeps of a report: its analysis and what it indexed the report by (not the rest of its
 * `IndexedReport`: the spelling index keeps the names, and the lower-case words as numbers).
 */
interface IndexedEntry {
  analysis: ReportAnalysis;
  indexed: Pick<IndexedReport, 'facts' | 'contextWords' | 'conversions' | 'storyWords'>;
  /** The alignment keys of the report's figures, each once. */
  keys: string[];
  /**
   * The report's claims by alignment key, once its claims and their facts were read (when one of its figures was
   * first compared); undefined until then.
   */
  claimsByKey?: Map<string, Claim[]>;
}

/**
 * The cross-report index: claims by key, word and name frequencies, stories, exchange rates and the spellings of
 * names. It is kept up to date report by report; what depends on the whole workspace (word weights, rates,
 * pairings) is worked out at the next question and only for the figures asked about.
 */
export class ClaimIndex {
  readonly reports = new Map<string, ReportAnalysis>();
  private readonly entries = new Map<string, IndexedEntry>();
  /**
   * The reports with claims under each alignment key: a claim is compared with other reports' claims only. A
   * report's claims under a key are its entry's `claimsUnder` that key.
   */
  private readonly byKey = new Map<string, Map<string, IndexedEntry>>();
  // Keyed by the claim itself, not its id: two claims may start at one offset ("dozens of 1,000 °C" is a vague
  // count and a temperature), and their ids are then the same. Holds the claims of the reports whose claims were read.
  private readonly facts = new Map<Claim, ClaimFacts>();
  /** In how many reports each context word or name occurs. */
  private readonly reportsWithWord = new Map<string, number>();
  private readonly reportsByName = new Map<string, Set<string>>();
  private readonly directCache = new Map<Claim, Match[]>();
  /** Each figure's pairings (`matchesFor`) and the figures whose direct pairings they were worked out from. */
  private readonly matchesCache = new Map<Claim, KeptMatches>();
  /** While `matchesFor` works a figure's pairings out: the figures whose direct pairings it reads. */
  private reading: Set<Claim> | undefined;
  private readonly ownGroupsCache = new Map<string, Map<string, Claim[]>>();
  private readonly storyCache = new Map<string, Set<string> | undefined>();
  private readonly scopeCache = new Map<string, Set<string>>();
  /** The other reports with claims under a key, in workspace order, by key and report: asked for every figure. */
  private readonly othersCache = new Map<string, string[]>();
  private ratesCache: ExchangeRates | undefined;
  /** Bumped by every change; facts weighed at an older generation are weighed again when next compared. */
  private generation = 0;

  /** `orderOf` gives each report's place in the workspace, so pairings do not depend on the order of edits. */
  constructor(private readonly orderOf: (reportId: string) => number, readonly spelling: SpellingIndex) {}

  /** Exchange rates learnt from the reports' own conversions. */
  get rates(): ExchangeRates {
    this.ratesCache ??= new ExchangeRates([...this.entries.values()].flatMap(({ analysis, indexed }) => indexed.conversions.map((k) => analysis.claims[k])));
    return this.ratesCache;
  }

  /**
   * Adds a report, or replaces it, from its analysis and what `readForIndex` read of it. Reads neither its claims
   * nor their facts (see `claimsByKeyOf`).
   */
  upsert(analysis: ReportAnalysis, indexed: IndexedReport): void {
    // what an edit leaves as it was is kept (carryOver.ts): an edit costs the pairings of what it changed
    const previous = this.entries.get(analysis.reportId);
    const before = previous?.claimsByKey && this.directCache.size ? pairingsBefore(this.carryView(), this.asEdited(previous)) : undefined;
    this.remove(analysis.reportId);
    const id = analysis.reportId;
    const { facts, contextWords, conversions, storyWords } = indexed;
    const entry: IndexedEntry = { analysis, indexed: { facts, contextWords, conversions, storyWords }, keys: distinctKeys(indexed.claimKeys) };
    for (const key of entry.keys) {
      let byReport = this.byKey.get(key);
      if (!byReport) this.byKey.set(key, (byReport = new Map()));
      byReport.set(id, entry);
    }
    for (const w of indexed.contextWords) this.reportsWithWord.set(w, (this.reportsWithWord.get(w) ?? 0) + 1);
    for (const n of indexed.storyWords) {
      let holders = this.reportsByName.get(n);
      if (!holders) this.reportsByName.set(n, (holders = new Set()));
      holders.add(id);
    }
    this.entries.set(id, entry);
    this.reports.set(id, analysis);
    this.changed(indexed.conversions.length > 0);
    if (before) carryPairingsOver(this.carryView(), before, this.asEdited(entry));
  }

  /** The caches and counts the carry-over reads and refills (carryOver.ts). */
  private carryView(): CarryView {
    return {
      caches: { direct: this.directCache, matches: this.matchesCache, ownGroups: this.ownGroupsCache, stories: this.storyCache, scopes: this.scopeCache, others: this.othersCache },
      facts: this.facts,
      reportsWithWord: (word) => this.reportsWithWord.get(word) ?? 0,
      reportsWithName: (word) => this.reportsByName.get(word)?.size ?? 0,
      candidates: (reportId, key) => {
        const byReport = this.byKey.get(key) ?? new Map<string, IndexedEntry>();
        return this.otherReportsWith(key, byReport, reportId).map((other) => this.claimsUnder(byReport.get(other), key));
      },
    };
  }

  /** A report as the carry-over compares it before and after an edit (its claims by key read now, if not yet). */
  private asEdited(entry: IndexedEntry): EditedReport {
    const { analysis, indexed, keys } = entry;
    return {
      id: analysis.reportId, keys, claimsByKey: this.claimsByKeyOf(entry), contextWords: indexed.contextWords, storyWords: indexed.storyWords,
      conversions: indexed.conversions.map((k) => analysis.claims[k]),
      // asked only of a report that teaches rates: the last indexed teaches them last (see EditedReport)
      indexedLast: indexed.conversions.length > 0 && [...this.entries.keys()].pop() === analysis.reportId,
    };
  }

  remove(reportId: string): void {
    const entry = this.entries.get(reportId);
    if (!entry) return;
    for (const claims of entry.claimsByKey?.values() ?? []) for (const c of claims) this.facts.delete(c);
    for (const key of entry.keys) {
      const byReport = this.byKey.get(key)!;
      byReport.delete(reportId);
      if (!byReport.size) this.byKey.delete(key);
    }
    for (const w of entry.indexed.contextWords) {
      const n = this.reportsWithWord.get(w)! - 1;
      if (n > 0) this.reportsWithWord.set(w, n);
      else this.reportsWithWord.delete(w);
    }
    for (const n of entry.indexed.storyWords) {
      const holders = this.reportsByName.get(n)!;
      holders.delete(reportId);
      if (!holders.size) this.reportsByName.delete(n);
    }
    this.entries.delete(reportId);
    this.reports.delete(reportId);
    this.changed(entry.indexed.conversions.length > 0);
  }

  /**
   * A report's claims by alignment key, read with their facts when first asked for: a question compares the
   * figures of a few reports (one story's), and a large workspace's claims need not all be objects to index it.
   */
  private claimsByKeyOf(entry: IndexedEntry): Map<string, Claim[]> {
    if (entry.claimsByKey) return entry.claimsByKey;
    const byKey = new Map<string, Claim[]>();
    const facts = factsOf(entry.indexed);
    entry.analysis.claims.forEach((c, k) => {
      const f = facts[k];
      if (!f) return;
      f.weighedAt = -1;
      this.facts.set(c, f);
      let list = byKey.get(f.key);
      if (!list) byKey.set(f.key, (list = []));
      list.push(c);
    });
    entry.claimsByKey = byKey;
    return byKey;
  }

  /** A report's claims under an alignment key, in the report's order. */
  private claimsUnder(entry: IndexedEntry | undefined, key: string): Claim[] {
    return (entry && this.claimsByKeyOf(entry).get(key)) ?? NO_CLAIMS;
  }

  /** A claim's facts, its report's claims read first when they were not yet (undefined for a figure never compared). */
  private factsOf(c: Claim): ClaimFacts | undefined {
    const f = this.facts.get(c);
    if (f) return f;
    const entry = this.entries.get(c.reportId);
    if (!entry || entry.claimsByKey) return undefined;
    this.claimsByKeyOf(entry);
    return this.facts.get(c);
  }

  private changed(ratesChanged: boolean): void {
    this.generation++;
    for (const cache of [this.directCache, this.matchesCache, this.ownGroupsCache, this.storyCache, this.scopeCache, this.othersCache]) forget(cache);
    if (ratesChanged) this.ratesCache = undefined;
  }

  /**
   * The other reports of a report's story, or undefined when the workspace is one story. Two reports are of one
   * story when they share distinctive names: a place, a person, an organisation few other reports mention.
   */
  storyOf(reportId: string): Set<string> | undefined {
    if (this.reports.size <= ONE_STORY_WORKSPACE) return undefined;
    if (this.storyCache.has(reportId)) return this.storyCache.get(reportId);
    const cap = distinctiveNameCap(this.reports.size);
    const shared = new Map<string, number>();
    for (const name of this.entries.get(reportId)?.indexed.storyWords ?? []) {
      const holders = this.reportsByName.get(name)!;
      if (holders.size > cap) continue;
      for (const other of holders) if (other !== reportId) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const story = new Set<string>();
    for (const [other, n] of shared) if (n >= SHARED_STORY_NAMES) story.add(other);
    // a short report names little: two distinctive names will do when three find nothing
    if (!story.size) for (const [other, n] of shared) if (n >= SHARED_STORY_NAMES - 1) story.add(other);
    this.storyCache.set(reportId, story);
    return story;
  }

  /** The reports of a report's story, itself included, or undefined when the workspace is one story. */
  storyScope(reportId: string): ReadonlySet<string> | undefined {
    const story = this.storyOf(reportId);
    if (!story) return undefined;
    let scope = this.scopeCache.get(reportId);
    if (!scope) this.scopeCache.set(reportId, (scope = new Set([...story, reportId])));
    return scope;
  }

  /** A figure's facts with their weights for the current workspace (word frequencies change with every report). */
  private weighed(c: Claim): ClaimFacts | undefined {
    const f = this.factsOf(c);
    if (f && f.weighedAt !== this.generation) {
      const reports = this.reports.size;
      weigh(f, (word) => Math.log(1 + reports / (this.reportsWithWord.get(word) ?? 1)) / Math.log(2));
      f.weighedAt = this.generation;
    }
    return f;
  }

  /**
   * For a claim, the best-aligned claim of each other report, with how the two compare. A report whose wording is
   * too far from this one's is still reached through a third report when both pairings are each other's best:
   * "40 people dead" and "some 30 were killed" share no word, but each pairs firmly with "at least 40 killed".
   */
  matchesFor(claim: Claim): Match[] {
    const kept = this.matchesCache.get(claim);
    if (kept) return kept.matches;
    const read = new Set<Claim>();
    this.reading = read;
    try {
      const matches = this.findMatches(claim);
      this.matchesCache.set(claim, { matches, read: [...read] });
      return matches;
    } finally {
      this.reading = undefined;
    }
  }

  private findMatches(claim: Claim): Match[] {
    // a pairing is firm only when it is mutual: "two critically" in a separate incident is not what "ten
    // critically" pairs with, when the same report also says "ten"
    const direct = this.directMatches(claim).map((m) => (m.firm && !this.pairsBack(m.claim, claim) ? { ...m, firm: false } : m));
    const found = new Map(direct.map((m) => [m.claim.reportId, m]));
    const story = this.storyOf(claim.reportId);
    for (const m of direct) {
      if (!m.unique && m.score < BRIDGE_SCORE) continue;
      if (!this.isMutualBest(m.claim, claim)) continue;
      for (const second of this.directMatches(m.claim)) {
        if (second.claim.reportId === claim.reportId || found.has(second.claim.reportId)) continue;
        if (story && !story.has(second.claim.reportId)) continue;
        if (!second.unique && second.score < BRIDGE_SCORE) continue;
        const inOurUnit = this.rates.convert(second.claim, claim.unit);
        if (!inOurUnit || !this.isMutualBest(second.claim, m.claim) || !plausiblySame(claim, inOurUnit) || !attributesMatch(claim, second.claim)) continue;
        if (!sameSubject(this.factsOf(claim)!, this.factsOf(second.claim)!, claim, second.claim)) continue;
        if (this.conflictsWithOwnReport(claim, second.claim)) continue;
        found.set(second.claim.reportId, {
          claim: second.claim, score: Math.min(m.score, second.score) / 2, unique: false, firm: false, bridged: true,
          ...compared(claim, inOurUnit),
        });
      }
    }
    return [...found.values()];
  }

  private directMatches(claim: Claim): Match[] {
    this.reading?.add(claim);
    let cached = this.directCache.get(claim);
    if (cached) return cached;
    const best = new Map<string, Match>();
    const facts = this.factsOf(claim)!;
    // whether this claim's own report disagrees with it is the same for every candidate: asked once, when first needed
    let claimDisagrees: boolean | undefined;
    const ownDisagrees = () => (claimDisagrees ??= this.ownReportDisagrees(claim, facts));
    for (const m of this.candidatesFor(claim)) {
      if (!m.aligned) continue;
      const previous = best.get(m.claim.reportId);
      if (!previous || outranks(claim, m, previous)) {
        // the same thing of the same owner is sure enough to warn about, however the sentences are worded; a pairing
        // of two figures whose thing cannot be told is shown, never warned about
        const sure = isFirm(claim, m) || (m.claim.dimension !== 'year' && sameOwnedThing(claim, m.claim) && !neverFirm(facts.key));
        // two figures owned by "he" in two reports may be two people's
        const firm = sure && isTold(claim) && isTold(m.claim) && !claim.attribute?.ownerUnknown && !m.claim.attribute?.ownerUnknown &&
          !ownDisagrees() && !this.ownReportDisagrees(m.claim, facts);
        best.set(m.claim.reportId, { claim: m.claim, score: m.score, unique: m.unique, firm, ...compared(claim, m.inOurUnit) });
      }
    }
    cached = [...best.values()];
    this.directCache.set(claim, cached);
    return cached;
  }

  /**
   * Whether a claim's own report gives another value for the same attribute ("an eight-year deal" and later "the
   * ten-year offer"): the report speaks of several such things, and no pairing with it is sure enough to warn.
   */
  private ownReportDisagrees(claim: Claim, facts: ClaimFacts): boolean {
    return this.ownValuesOfKind(claim, facts.key).some((v) => v !== claim && attributesMatch(claim, v) && ((claim.dimension !== 'time' && claim.dimension !== 'year') || plausiblySame(claim, v)) && compareClaims(claim, v) === 'conflicts');
  }

  /**
   * A few distinct values a report gives under a key for figures of one attribute signature, worked out once per
   * report and key: a report of figures back to back then costs one pass, not one per pair.
   */
  private ownValuesOfKind(claim: Claim, key: string): Claim[] {
    const id = `${claim.reportId}\u0000${key}`;
    let groups = this.ownGroupsCache.get(id);
    if (!groups) {
      groups = new Map();
      for (const c of this.claimsUnder(this.byKey.get(key)?.get(claim.reportId), key)) {
        const signature = attributeSignature(c);
        let values = groups.get(signature);
        if (!values) groups.set(signature, (values = []));
        if (values.length < OWN_VALUES_LOOKED_AT && !values.some((v) => compareClaims(v, c) === 'agrees')) values.push(c);
      }
      this.ownGroupsCache.set(id, groups);
    }
    return groups.get(attributeSignature(claim)) ?? [];
  }

  /** Whether `other`'s best counterpart in `claim`'s report is `claim` itself. */
  private pairsBack(other: Claim, claim: Claim): boolean {
    return this.directMatches(other).some((m) => m.claim === claim);
  }

  /** Whether `a` is the claim of its report that `b` pairs with best. */
  private isMutualBest(a: Claim, b: Claim): boolean {
    return this.directMatches(b).some((m) => m.claim === a) && this.directMatches(a).some((m) => m.claim === b);
  }

  /** A bridged claim must not pair better with another claim of the asking report than with the asking claim. */
  private conflictsWithOwnReport(claim: Claim, other: Claim): boolean {
    const back = this.directMatches(other).find((m) => m.claim.reportId === claim.reportId);
    return !!back && back.claim !== claim;
  }

  /** Every plausible counterpart in other reports of the story, scored, and whether it clears the bar (exposed for debugging). */
  candidatesFor(claim: Claim): { claim: Claim; inOurUnit: Claim; score: number; unique: boolean; aligned: boolean }[] {
    const facts = this.weighed(claim);
    if (!facts) return [];
    const byReport = this.byKey.get(facts.key) ?? new Map<string, IndexedEntry>();
    const ownCount = this.claimsUnder(byReport.get(claim.reportId), facts.key).length;
    const out = [];
    for (const reportId of this.otherReportsWith(facts.key, byReport, claim.reportId)) {
      const candidates = this.claimsUnder(byReport.get(reportId)!, facts.key);
      for (const other of candidates) {
        // a sum in another currency is compared only at a rate the reports themselves use
        const inOurUnit = this.rates.convert(other, claim.unit);
        if (!inOurUnit || !plausiblySame(claim, inOurUnit) || !attributesMatch(claim, other)) continue;
        const otherFacts = this.weighed(other)!;
        const score = similarity(facts, otherFacts, claim, other);
        // When each report gives only one figure of this kind (one speed, one magnitude), any shared word will do,
        // unless only one of them is dated ("in 2019"), which marks another occasion.
        const unique = ownCount === 1 && candidates.length === 1 && !neverUnique(facts.key) &&
          (facts.years.size === 0) === (otherFacts.years.size === 0);
        // the same thing of the same owner is the same attribute, however differently the sentences are worded
        const aligned = score >= minimumScore(facts.key, unique) || (score > VETOED && sameOwnedThing(claim, other));
        out.push({ claim: other, inOurUnit, score: Math.max(0, score), unique, aligned });
      }
    }
    return out;
  }

  /** The other reports with claims under a key, in workspace order, within the story of `reportId`. */
  private otherReportsWith(key: string, byReport: Map<string, IndexedEntry>, reportId: string): string[] {
    const id = `${reportId}\u0000${key}`;
    let others = this.othersCache.get(id);
    if (!others) this.othersCache.set(id, (others = this.findOtherReportsWith(byReport, reportId)));
    return others;
  }

  /** What `otherReportsWith` remembers until the next change. */
  private findOtherReportsWith(byReport: Map<string, IndexedEntry>, reportId: string): string[] {
    const story = this.storyOf(reportId);
    const ids = story && story.size < byReport.size ? [...story].filter((id) => byReport.has(id)) : [...byReport.keys()].filter((id) => !story || story.has(id));
    return ids.filter((id) => id !== reportId).sort((a, b) => this.orderOf(a) - this.orderOf(b));
  }

  sourceOf(reportId: string): string {
    return this.reports.get(reportId)?.meta.source ?? reportId;
  }
}

/**
 * A report's claims and entities sorted by start, so that those of one sentence are found by binary search; and
 * what each sentence read so far gives the figures in it (read once for all of them).
 */
interface InOrder {
  claims: Claim[];
  entities: EntityMention[];
  sentences: Map<Span, SentenceFacts>;
}

/** What a sentence gives each figure in it: its years and where they stand, its content words, another event. */
interface SentenceFacts {
  years: { year: string; start: number; end: number }[];
  /** Content words in context form, each once, in the order they are first read. */
  words: string[];
  otherEvent: boolean;
}

function sentenceFacts(r: ReportAnalysis, sentence: Span): SentenceFacts {
  const facts: SentenceFacts = { years: [], words: [], otherEvent: setsOtherEvent(r.prose, sentence) };
  // each word once here, for all the sentence's figures, rather than once per figure
  const seen = new Set<string>();
  for (const t of tokensWithin(r.tokens, sentence)) {
    if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text)) facts.years.push({ year: intern(t.text), start: t.start, end: t.end });
    if (t.kind === 'word' && t.lower.length >= 3 && !STOPWORDS.has(t.lower) && startsLowerCase(t.text)) {
      const word = contextKeyOf(t.word);
      if (!seen.has(word)) {
        seen.add(word);
        facts.words.push(word);
      }
    }
  }
  return facts;
}

/**
 * OTHER_EVENT_MARKERS as matched in a sentence: a whole phrase after a space, followed by a space or a comma. One
 * expression, so that a sentence is read once rather than twice for every marker.
 */
const OTHER_EVENT_PHRASE = new RegExp(` (?:${OTHER_EVENT_MARKERS.map(escapeRegExp).join('|')})[ ,]`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a sentence sets itself in another event or time ("In a separate incident, ..."). */
function setsOtherEvent(prose: string, sentence: Span): boolean {
  return OTHER_EVENT_PHRASE.test(` ${prose.slice(sentence.start, sentence.end).toLowerCase()} `);
}

function claimFacts(r: ReportAnalysis, c: Claim, key: string, inOrder: InOrder): ClaimFacts {
  const years = new Set<string>();
  const names = new Set<string>();
  // a figure's context words are each once already (see contextWords), and a few dozen at most: a list will do
  const words = c.context;
  const sentenceWords: string[] = [];
  let sentence = inOrder.sentences.get(c.sentence);
  if (!sentence) inOrder.sentences.set(c.sentence, (sentence = sentenceFacts(r, c.sentence)));
  for (const y of sentence.years) if (!(y.start >= c.span.start && y.end <= c.span.end)) years.add(y.year);
  for (const w of sentence.words) if (!words.includes(w)) sentenceWords.push(w);
  const inSentence = within(inOrder.entities, c.sentence);
  for (const e of inSentence) names.add(e.key);
  const ages = new Set<number>();
  for (const other of within(inOrder.claims, c.sentence)) {
    if (other.dimension === 'age' && other !== c) ages.add(Math.round(other.value / YEAR));
  }
  const { otherEvent } = sentence;
  return {
    key, words: copyOf(words), sentenceWords: copyOf(sentenceWords), years: orNone(years), names: listOf(names), ages: orNone(ages),
    otherEvent, weighted: NOT_WEIGHED, weightTotal: 0, person: nearestPerson(inSentence, c),
  };
}

/** Facts read before, as `claimFacts` reads them (of the same shape), not yet weighed: weighing replaces the weights. */
function unweighed(f: ClaimFacts): ClaimFacts {
  return {
    key: f.key, words: f.words, sentenceWords: f.sentenceWords, years: f.years, names: f.names, ages: f.ages,
    otherEvent: f.otherEvent, weighted: NOT_WEIGHED, weightTotal: 0, person: f.person,
  };
}

/**
 * The figures of a workspace are many, and most have no year, age or name beside them: their empty sets are one
 * shared set (an empty set costs over a hundred bytes), as are the weights of figures not yet compared. Facts are
 * never changed once read; weighing replaces `weighted`.
 */
const NONE: ReadonlySet<never> = new Set();
const NOT_WEIGHED: ReadonlyMap<string, number> = new Map();

function orNone<T>(set: Set<T>): ReadonlySet<T> {
  return set.size ? set : NONE;
}

const NO_WORDS: readonly never[] = [];
const NO_CLAIMS: Claim[] = [];

/**
 * Empties a cache that holds anything: clearing an empty map still makes it a new table, which indexing ten thousand
 * reports, each a change, did five times a report for nothing.
 */
function forget(cache: Map<unknown, unknown>): void {
  if (cache.size) cache.clear();
}

/** The keys of a report's figures, each once, in the order first met. */
function distinctKeys(claimKeys: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const key of claimKeys) if (key !== undefined) keys.add(key);
  return [...keys];
}

function listOf<T>(set: Set<T>): readonly T[] {
  return set.size ? [...set] : NO_WORDS;
}

/** An exact-size copy of a list, or the shared empty one. */
function copyOf<T>(list: readonly T[]): readonly T[] {
  return list.length ? list.slice() : NO_WORDS;
}

function nearestPerson(entities: EntityMention[], c: Claim): string | undefined {
  let best: EntityMention | undefined;
  let bestDistance = Infinity;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const d = e.span.end <= c.span.start ? c.span.start - e.span.end : e.span.start - c.span.end;
    if (d >= 0 && d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best?.key;
}

function byStart<T extends { span: Span }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.span.start - b.span.start);
}

const NAME_PREFIX = '\u0000';
/** Weight of a near word, a sentence word and a name, before the word's own rarity. */
const NEAR = 1;
const FAR = 0.5;
const NAME = 2;

/** A vague amount ("dozens of", "hundreds of"): an order of size, not a figure. */
export const isVague = (c: Claim) => c.hedge !== undefined && c.hedge in VAGUE_AMOUNTS;

/** How much a year, or a phrase like "in a separate incident", beside only one of two figures weakens their pairing. */
const ONE_SIDE_DATED = 0.35;

/** Context similarity below which a shared person adds nothing. */
const SAME_PERSON_BASE = 0.08;
/** How much naming the same thing a sum is the value of adds to a pairing. */
const SAME_THING_VALUED = 0.15;

/** Seconds in a year: ages are durations in seconds. */
const YEAR = 365.25 * 86400;

/** Different years, ages, or different people named with the figure, mean different things were counted. */
function sameSubject(a: ClaimFacts, b: ClaimFacts, ca: Claim, cb: Claim): boolean {
  if (a.years.size && b.years.size && ![...a.years].some((y) => b.years.has(y))) return false;
  // a year apart may be one person misreported (31 beside 32); further apart, two people
  if (a.ages.size && b.ages.size && ![...a.ages].some((x) => [...b.ages].some((y) => Math.abs(x - y) <= 1))) return false;
  if (ca.subject && cb.subject && ca.dimension === 'age' && !sharesNamePart(ca.subject, cb.subject)) return false;
  return !(a.person && b.person && !sharesNamePart(a.person, b.person));
}

/** Gives each of a figure's words and names its weight, once, so that comparing two figures is one pass. */
function weigh(f: ClaimFacts, rarity: (word: string) => number): void {
  const weighted = new Map<string, number>();
  for (const x of f.sentenceWords) weighted.set(x, FAR * rarity(x));
  for (const x of f.words) weighted.set(x, NEAR * rarity(x));
  for (const n of f.names) weighted.set(NAME_PREFIX + n, NAME * rarity(NAME_PREFIX + n));
  f.weighted = weighted;
  f.weightTotal = 0;
  for (const v of weighted.values()) f.weightTotal += v;
}

/**
 * Weighted Dice overlap of the words and names around two figures, rare words counting more; different years or
 * different named subjects rule a pair out.
 */
function similarity(a: ClaimFacts, b: ClaimFacts, ca: Claim, cb: Claim): number {
  if (!sameSubject(a, b, ca, cb)) return VETOED;
  const [small, large] = a.weighted.size <= b.weighted.size ? [a.weighted, b.weighted] : [b.weighted, a.weighted];
  let shared = 0;
  for (const [x, wx] of small) {
    const wy = large.get(x);
    if (wy !== undefined) shared += wx + wy;
  }
  const total = a.weightTotal + b.weightTotal;
  let score = total ? shared / total : 0;
  if (a.years.size !== b.years.size && (a.years.size === 0 || b.years.size === 0)) score *= ONE_SIDE_DATED;
  if (a.otherEvent !== b.otherEvent) score *= ONE_SIDE_DATED;
  if (ca.subject && cb.subject && ca.dimension === 'age') score += 0.5;
  // the same thing valued ("a $2.5 million necklace", "a necklace worth £1.2m")
  if (ca.dimension === 'money' && ca.subject && ca.subject === cb.subject) score += SAME_THING_VALUED;
  // The same person (or the same descriptor, "the 36-year-old") makes the pairing firm, provided the words
  // around the figures say something alike: "fell 600 m" and "within 80 m of the hut" are both about Venstrup.
  if (score < SAME_PERSON_BASE) return score;
  if (a.person && b.person) score += 0.3;
  else if (a.ages.size && b.ages.size) score += 0.15;
  return score;
}
