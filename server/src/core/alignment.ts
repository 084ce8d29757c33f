/**
 * Decides which claims in different reports speak of the same attribute of the same thing. Claims are indexed by
 * an alignment key (frame + subject), so a lookup never scans the corpus; within a key, the words around the
 * figures, the names near them and the years in their sentences must agree well enough.
 */
import type { Agreement, Claim, EntityMention } from './types';
import type { ReportAnalysis } from './report';
import { COUNT_FRAMES } from './vocab/frames';
import { compareClaims } from './compare';
import { SpellingIndex, nameOccurrences, type NameOccurrence } from './spelling';
import { tokensWithin } from './tokens';
import { intern } from './words';

export interface Match {
  claim: Claim;
  /** How alike the two figures' contexts are, 0–1. */
  score: number;
  /** Both reports give only this one figure under the key: the pairing is not a guess among several. */
  unique: boolean;
  agreement: Agreement;
}

const COUNT_FRAME_IDS = new Set(COUNT_FRAMES.map((f) => f.id));
const MEASURES = new Set(['speed', 'length', 'area', 'duration', 'mass', 'temperature', 'percent', 'magnitude', 'calibre', 'age']);

/** Minimum context similarity for two claims to be the same attribute, by kind of key. */
const MIN_SCORE = { frame: 0.08, measure: 0.16, noun: 0.2, day: 0.12, percent: 0.3 };
const MIN_SCORE_UNIQUE = 0.02;

/** Duration units a reporter would use for the same span of time; "20 hours" and "four years" never are. */
const DURATION_BANDS: Record<string, number> = { s: 0, min: 1, h: 2, d: 3, wk: 4, mo: 5, yr: 6, decade: 7 };

/** Figures an order of magnitude apart, or durations in far-apart units, are not the same attribute. */
function plausiblySame(a: Claim, b: Claim): boolean {
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  const small = Math.min(Math.abs(a.value), Math.abs(b.value));
  if (a.dimension !== 'weekday' && a.dimension !== 'date' && small * 8 < big) return false;
  // magnitudes a whole point apart are different quakes (the main shock and an aftershock, or last year's)
  if (a.dimension === 'magnitude' && Math.abs(a.value - b.value) > 0.95) return false;
  if (a.dimension === 'duration' && Math.abs((DURATION_BANDS[a.unit] ?? 0) - (DURATION_BANDS[b.unit] ?? 0)) > 1) return false;
  return true;
}

/** The key under which comparable claims meet, or undefined for figures never compared (years, ordinals). */
export function alignmentKey(c: Claim): string | undefined {
  if (c.dimension === 'count') {
    if (!c.frame) return undefined;
    return COUNT_FRAME_IDS.has(c.frame) ? `${c.frame}:${c.subject ?? 'people'}` : c.frame;
  }
  if (c.dimension === 'money') return `money:${c.unit}`;
  if (MEASURES.has(c.dimension)) return c.dimension;
  if ((c.dimension === 'weekday' || c.dimension === 'date') && c.frame) return `${c.dimension}:${c.frame}`;
  return undefined;
}

function keyKind(key: string): keyof typeof MIN_SCORE {
  if (key === 'percent') return 'percent';
  if (key.startsWith('count:')) return 'noun';
  if (key.startsWith('weekday:') || key.startsWith('date:')) return 'day';
  if (COUNT_FRAME_IDS.has(key.split(':')[0])) return 'frame';
  return 'measure';
}

/**
 * What the index needs of a report beyond its analysis, read from its tokens: with it, the tokens (most of an
 * analysis) can go, and an analysis stored on disk can be indexed again without them.
 */
export interface IndexedReport {
  /** Per claim, in order: its alignment facts, or undefined for figures never compared. */
  facts: (ClaimFacts | undefined)[];
  names: NameOccurrence[];
  lowerWords: string[];
}

export function readForIndex(r: ReportAnalysis): IndexedReport {
  return {
    facts: r.claims.map((c) => {
      const key = alignmentKey(c);
      return key ? claimFacts(r, c, key) : undefined;
    }),
    names: nameOccurrences(r),
    lowerWords: [...r.lowerWords],
  };
}

export interface ClaimFacts {
  key: string;
  /** Each without repeats (arrays: far smaller than sets for the dozen words a claim has). */
  words: readonly string[];
  years: readonly string[];
  names: readonly string[];
  /** The person named nearest to the figure in its sentence: whose age, whose fall. */
  person?: string;
}

/**
 * The cross-report index: claims by key, entities by key, and the spellings of names. It is kept up to date
 * report by report (`upsert`, `remove`), so an edit costs the edited report's claims, not a rebuild; candidates
 * are always visited in the workspace's report order, so results never depend on the order of the edits.
 */
export class ClaimIndex {
  readonly reports = new Map<string, ReportAnalysis>();
  /** Each report's place in the workspace's order (a replaced report keeps its place, as in a Map). */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  private readonly byKey = new Map<string, KeyClaims>();
  private readonly facts = new Map<string, ClaimFacts>();
  private readonly clock = new ChangeClock();
  /** Matches of recently asked reports' claims, valid while no other report changes (typing in one article). */
  private readonly matchCache = new Map<string, { at: number; bySignature: Map<string, Match[]> }>();
  readonly spelling = new SpellingIndex((reportId) => this.order.get(reportId) ?? Infinity);

  constructor(reports: ReportAnalysis[]) {
    for (const r of reports) this.upsert(r);
  }

  /** Adds a report, or replaces the one with the same id; `indexed` is what `readForIndex` read of it. */
  upsert(r: ReportAnalysis, indexed: IndexedReport = readForIndex(r)): void {
    const previous = this.reports.get(r.reportId);
    if (previous) this.removeClaims(previous);
    else this.order.set(r.reportId, this.nextOrder++);
    this.reports.set(r.reportId, r);
    r.claims.forEach((c, k) => {
      const facts = indexed.facts[k];
      if (!facts) return;
      this.facts.set(c.id, facts);
      let entry = this.byKey.get(facts.key);
      if (!entry) this.byKey.set(facts.key, (entry = new KeyClaims()));
      entry.add(c, this.order.get(r.reportId)!);
    });
    this.spelling.upsert(r.reportId, indexed.names, indexed.lowerWords);
    this.clock.touch(r.reportId);
  }

  remove(reportId: string): void {
    const r = this.reports.get(reportId);
    if (!r) return;
    this.removeClaims(r);
    this.spelling.remove(reportId);
    this.reports.delete(reportId);
    this.order.delete(reportId);
    this.matchCache.delete(reportId);
    this.clock.touch(reportId);
  }

  private removeClaims(r: ReportAnalysis): void {
    for (const c of r.claims) {
      const facts = this.facts.get(c.id);
      if (!facts) continue;
      this.facts.delete(c.id);
      this.byKey.get(facts.key)?.remove(r.reportId);
    }
  }

  /**
   * For a claim, the best-aligned claim of each other report, with how the two compare. The same question gets
   * the same array while no other report changes (findings cache on it): callers must not modify it.
   */
  matchesFor(claim: Claim): Match[] {
    const facts = this.facts.get(claim.id);
    if (!facts) return [];
    const entry = this.byKey.get(facts.key)!;
    const ownCount = entry.byReport.get(claim.reportId)?.length ?? 0;
    const cache = this.cacheFor(claim.reportId);
    const signature = claimSignature(claim, facts, ownCount);
    let matches = cache.bySignature.get(signature);
    if (!matches) cache.bySignature.set(signature, (matches = this.computeMatches(claim, facts, entry, ownCount)));
    return matches;
  }

  private computeMatches(claim: Claim, facts: ClaimFacts, entry: KeyClaims, ownCount: number): Match[] {
    const best = new Map<string, Match>();
    for (const reportId of entry.reportsInOrder) {
      if (reportId === claim.reportId) continue;
      const others = entry.byReport.get(reportId)!;
      for (const other of others) {
        if (!plausiblySame(claim, other)) continue;
        const score = similarity(facts, this.facts.get(other.id)!, claim, other);
        // When each report gives only one figure of this kind (one speed, one magnitude), any shared word will do.
        const unique = ownCount === 1 && others.length === 1 && keyKind(facts.key) !== 'noun';
        if (score < (unique ? MIN_SCORE_UNIQUE : MIN_SCORE[keyKind(facts.key)])) continue;
        const previous = best.get(other.reportId);
        if (!previous || score > previous.score) best.set(other.reportId, { claim: other, score, unique, agreement: compareClaims(claim, other) });
      }
    }
    return [...best.values()];
  }

  /** The match cache of a report, emptied when any other report changed since it was filled. */
  private cacheFor(reportId: string): { at: number; bySignature: Map<string, Match[]> } {
    let cache = this.matchCache.get(reportId);
    this.matchCache.delete(reportId);
    if (!cache || cache.at < this.clock.lastChangeExcept(reportId)) cache = { at: this.clock.now, bySignature: new Map() };
    this.matchCache.set(reportId, cache);
    // a few reports at a time: the open editors, not the whole workspace a batch check walks through
    if (this.matchCache.size > MATCH_CACHE_REPORTS) this.matchCache.delete(this.matchCache.keys().next().value!);
    return cache;
  }

  sourceOf(reportId: string): string {
    return this.reports.get(reportId)?.meta.source ?? reportId;
  }
}

const MATCH_CACHE_REPORTS = 8;

/** The claims under one alignment key, by report, with the reports in workspace order. */
class KeyClaims {
  readonly byReport = new Map<string, Claim[]>();
  readonly reportsInOrder: string[] = [];
  private readonly orders: number[] = [];

  add(c: Claim, order: number): void {
    const list = this.byReport.get(c.reportId);
    if (list) {
      list.push(c);
      return;
    }
    this.byReport.set(c.reportId, [c]);
    const at = lowerBound(this.orders, order);
    this.orders.splice(at, 0, order);
    this.reportsInOrder.splice(at, 0, c.reportId);
  }

  remove(reportId: string): void {
    if (!this.byReport.delete(reportId)) return;
    const at = this.reportsInOrder.indexOf(reportId);
    this.reportsInOrder.splice(at, 1);
    this.orders.splice(at, 1);
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tells when reports other than a given one last changed: typing in one article leaves every other report as it
 * was, so what was matched against them still holds.
 */
class ChangeClock {
  now = 0;
  private last: { reportId: string; at: number } | undefined;
  /** The latest change of a report other than `last.reportId`. */
  private lastOther = 0;

  touch(reportId: string): void {
    this.now++;
    if (this.last && this.last.reportId !== reportId) this.lastOther = this.last.at;
    this.last = { reportId, at: this.now };
  }

  lastChangeExcept(reportId: string): number {
    if (!this.last) return 0;
    return this.last.reportId === reportId ? this.lastOther : this.last.at;
  }
}

/** Everything `computeMatches` reads of a claim: two claims with the same signature have the same matches. */
function claimSignature(c: Claim, f: ClaimFacts, ownCount: number): string {
  return JSON.stringify([c.reportId, c.dimension, String(c.value), String(c.low), String(c.high), c.unit, c.subject, f.key, f.words, f.years, f.names, f.person ?? null, ownCount === 1]);
}

function claimFacts(r: ReportAnalysis, c: Claim, key: string): ClaimFacts {
  const years = new Set<string>();
  const names = new Set<string>();
  for (const t of tokensWithin(r.tokens, c.sentence)) {
    if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text) && !(t.start >= c.span.start && t.end <= c.span.end)) years.add(intern(t.text));
  }
  const inSentence = entitiesIn(r.entities, c);
  for (const e of inSentence) names.add(e.key);
  return { key, words: c.context, years: [...years], names: [...names], person: nearestPerson(inSentence, c) };
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

function entitiesIn(entities: EntityMention[], c: Claim): EntityMention[] {
  return entities.filter((e) => e.span.start >= c.sentence.start && e.span.end <= c.sentence.end);
}

/** Dice overlap of context words and names; different years or different named subjects rule a pair out. */
function similarity(a: ClaimFacts, b: ClaimFacts, ca: Claim, cb: Claim): number {
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return 0;
  if (ca.subject && cb.subject && ca.dimension === 'age' && !sharesNamePart(ca.subject, cb.subject)) return 0;
  if (a.person && b.person && !sharesNamePart(a.person, b.person)) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.includes(w)) shared++;
  for (const n of a.names) if (b.names.includes(n)) shared += 2;
  const total = a.words.length + b.words.length + 2 * (a.names.length + b.names.length);
  let score = total ? (2 * shared) / total : 0;
  if (a.years.length !== b.years.length && (a.years.length === 0 || b.years.length === 0)) score *= 0.5;
  if (ca.subject && cb.subject && ca.dimension === 'age') score += 0.5;
  if (a.person && b.person) score += 0.3;
  return score;
}

function sharesNamePart(a: string, b: string): boolean {
  const pa = a.split(' ');
  return b.split(' ').some((w) => w.length > 2 && pa.includes(w));
}
