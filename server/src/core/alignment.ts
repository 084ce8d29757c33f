/**
 * Decides which claims in different reports speak of the same attribute of the same thing. Claims are indexed by
 * an alignment key (frame + subject), so a lookup never scans the corpus; within a key, the words around the
 * figures, the names near them and the years in their sentences must agree well enough.
 */
import type { Agreement, Claim, EntityMention } from './types';
import type { ReportAnalysis } from './report';
import { COUNT_FRAMES } from './vocab/frames';
import { compareClaims } from './compare';
import { SpellingIndex } from './spelling';
import { tokensWithin } from './tokens';

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

interface ClaimFacts {
  key: string;
  words: Set<string>;
  years: Set<string>;
  names: Set<string>;
  /** The person named nearest to the figure in its sentence: whose age, whose fall. */
  person?: string;
}

/** The cross-report index: claims by key, entities by key, and the spellings of names. */
export class ClaimIndex {
  readonly reports = new Map<string, ReportAnalysis>();
  /** Claims by alignment key, then by report: a claim is compared with other reports' claims only. */
  private readonly byKey = new Map<string, Map<string, Claim[]>>();
  private readonly facts = new Map<string, ClaimFacts>();
  readonly spelling: SpellingIndex;

  constructor(reports: ReportAnalysis[]) {
    for (const r of reports) {
      this.reports.set(r.reportId, r);
      const entities = [...r.entities].sort((a, b) => a.span.start - b.span.start);
      for (const c of r.claims) {
        const key = alignmentKey(c);
        if (!key) continue;
        this.facts.set(c.id, claimFacts(r, c, key, entities));
        let byReport = this.byKey.get(key);
        if (!byReport) this.byKey.set(key, (byReport = new Map()));
        let list = byReport.get(r.reportId);
        if (!list) byReport.set(r.reportId, (list = []));
        list.push(c);
      }
    }
    this.spelling = new SpellingIndex(reports);
  }

  /** For a claim, the best-aligned claim of each other report, with how the two compare. */
  matchesFor(claim: Claim): Match[] {
    const facts = this.facts.get(claim.id);
    if (!facts) return [];
    const best = new Map<string, Match>();
    const byReport = this.byKey.get(facts.key) ?? new Map<string, Claim[]>();
    const ownCount = byReport.get(claim.reportId)?.length ?? 0;
    for (const [reportId, candidates] of byReport) {
      if (reportId === claim.reportId) continue;
      // When each report gives only one figure of this kind (one speed, one magnitude), any shared word will do.
      const unique = ownCount === 1 && candidates.length === 1 && keyKind(facts.key) !== 'noun';
      for (const other of candidates) {
        if (!plausiblySame(claim, other)) continue;
        const score = similarity(facts, this.facts.get(other.id)!, claim, other);
        if (score < (unique ? MIN_SCORE_UNIQUE : MIN_SCORE[keyKind(facts.key)])) continue;
        const previous = best.get(reportId);
        if (!previous || score > previous.score) best.set(reportId, { claim: other, score, unique, agreement: compareClaims(claim, other) });
      }
    }
    return [...best.values()];
  }

  sourceOf(reportId: string): string {
    return this.reports.get(reportId)?.meta.source ?? reportId;
  }
}

/** `entities` are the report's, sorted by start. */
function claimFacts(r: ReportAnalysis, c: Claim, key: string, entities: EntityMention[]): ClaimFacts {
  const years = new Set<string>();
  const names = new Set<string>();
  for (const t of tokensWithin(r.tokens, c.sentence)) {
    if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text) && !(t.start >= c.span.start && t.end <= c.span.end)) years.add(t.text);
  }
  const inSentence = entitiesIn(entities, c);
  for (const e of inSentence) names.add(e.key);
  return { key, words: new Set(c.context), years, names, person: nearestPerson(inSentence, c) };
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

/** Entities inside the claim's sentence, found by binary search in `sorted` (by start), not by a scan of all. */
function entitiesIn(sorted: EntityMention[], c: Claim): EntityMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start < c.sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const found: EntityMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i].span.start < c.sentence.end; i++) {
    if (sorted[i].span.end <= c.sentence.end) found.push(sorted[i]);
  }
  return found;
}

/** Dice overlap of context words and names; different years or different named subjects rule a pair out. */
function similarity(a: ClaimFacts, b: ClaimFacts, ca: Claim, cb: Claim): number {
  if (a.years.size && b.years.size && ![...a.years].some((y) => b.years.has(y))) return 0;
  if (ca.subject && cb.subject && ca.dimension === 'age' && !sharesNamePart(ca.subject, cb.subject)) return 0;
  if (a.person && b.person && !sharesNamePart(a.person, b.person)) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  for (const n of a.names) if (b.names.has(n)) shared += 2;
  const total = a.words.size + b.words.size + 2 * (a.names.size + b.names.size);
  let score = total ? (2 * shared) / total : 0;
  if (a.years.size !== b.years.size && (a.years.size === 0 || b.years.size === 0)) score *= 0.5;
  if (ca.subject && cb.subject && ca.dimension === 'age') score += 0.5;
  if (a.person && b.person) score += 0.3;
  return score;
}

function sharesNamePart(a: string, b: string): boolean {
  const pa = a.split(' ');
  return b.split(' ').some((w) => w.length > 2 && pa.includes(w));
}
