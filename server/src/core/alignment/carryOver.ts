/**
 * Pairings kept across an edit. Typing into one report replaces it in the index, and every pairing worked out
 * before would otherwise be worked out again at the next question, although the other reports did not change and
 * most of the edited report's figures read as before. A pairing is kept only when everything it was worked out from
 * is provably the same: the rest is worked out afresh, as after any other change.
 *
 * What a claim's direct pairings (`ClaimIndex.directMatches`) read: its own fields but its place in the text, its
 * facts and their weights, its own report's claims under its key (how many, which values), the other reports of its
 * story with claims under that key and those claims, and the exchange rates. So, when one report is replaced:
 * - the stories and the exchange rates must be the same (`storiesAndRatesAlone`);
 * - under each key, the edited report's claims must read, one by one, as before but for where they stand
 *   (`sameClaimsUnderKey`): then the pairings of its figures under that key, and those of other reports' figures
 *   under that key, hold, the edited report's old claims read as their new selves;
 * - but a word whose rarity the edit changed (`reweighedWords`) changes the score of every pairing of a figure with
 *   that word around it, or with such a figure among its candidates: those are worked out afresh.
 * A figure's pairings (`ClaimIndex.matchesFor`) hold when every direct pairing they were read from was kept.
 */
import type { Claim } from '../types';
import type { ClaimFacts, Match } from './alignment';

/** The claim index's caches that an edit may leave as they were (see `ClaimIndex.changed`). */
export interface IndexCaches {
  direct: Map<Claim, Match[]>;
  matches: Map<Claim, KeptMatches>;
  ownGroups: Map<string, Map<string, Claim[]>>;
  stories: Map<string, Set<string> | undefined>;
  scopes: Map<string, Set<string>>;
  others: Map<string, string[]>;
}

/** A figure's pairings, and the figures whose direct pairings they were worked out from. */
export interface KeptMatches {
  matches: Match[];
  read: Claim[];
}

/** What the carry-over reads of the claim index, and the caches it refills. */
export interface CarryView {
  caches: IndexCaches;
  /** The facts of the claims of the reports whose claims were read. */
  facts: ReadonlyMap<Claim, ClaimFacts>;
  reportsWithWord(word: string): number;
  reportsWithName(word: string): number;
  /** The claims under a key of each other report of a report's story: what a figure of that report is compared with. */
  candidates(reportId: string, key: string): readonly (readonly Claim[])[];
}

/** A report as indexed, before or after an edit. */
export interface EditedReport {
  id: string;
  keys: readonly string[];
  claimsByKey: ReadonlyMap<string, readonly Claim[]>;
  contextWords: readonly string[];
  storyWords: readonly string[];
  conversions: readonly Claim[];
  /**
   * Whether it is the last report indexed (asked only when it has conversions). A replaced report is indexed anew, so
   * it becomes the last one, and the rates learnt from the same conversions are the same only when it was the last
   * before too: a rate through a third currency takes the first such currency learnt.
   */
  indexedLast: boolean;
}

/** The caches as they were before a report is replaced, and its claims' facts then (the index forgets them). */
export interface PairingsBefore {
  report: EditedReport;
  facts: Map<Claim, ClaimFacts>;
  caches: IndexCaches;
}

/** What `carryPairingsOver` needs of the index before a report is replaced: copies, since a change empties the caches. */
export function pairingsBefore(index: CarryView, report: EditedReport): PairingsBefore {
  const facts = new Map<Claim, ClaimFacts>();
  for (const claims of report.claimsByKey.values()) for (const c of claims) facts.set(c, index.facts.get(c)!);
  const { direct, matches, ownGroups, stories, scopes, others } = index.caches;
  return {
    report, facts,
    caches: { direct: new Map(direct), matches: new Map(matches), ownGroups: new Map(ownGroups), stories: new Map(stories), scopes: new Map(scopes), others: new Map(others) },
  };
}

/** Refills the index's emptied caches with what the replacement of one report provably left as it was. */
export function carryPairingsOver(index: CarryView, before: PairingsBefore, after: EditedReport): void {
  if (!storiesAndRatesAlone(index, before.report, after)) return;
  const id = after.id;
  const { caches } = index;
  const renamedByKey = new Map<string, Map<Claim, Claim> | undefined>();
  const renamedUnder = (key: string) => {
    if (!renamedByKey.has(key)) {
      renamedByKey.set(key, sameClaimsUnderKey(before.report.claimsByKey.get(key) ?? [], after.claimsByKey.get(key) ?? [], (a, b) => sameFacts(before.facts.get(a)!, index.facts.get(b)!)));
    }
    return renamedByKey.get(key);
  };
  // a word weighed otherwise now changes the score of every pairing of a figure with that word around it
  const reweighed = reweighedWords(index, before.report, after);
  const untouched = (c: Claim) => !reweighed.length || !holdsAnyOf(index.facts.get(c) ?? before.facts.get(c)!, reweighed);
  const untouchedByKey = new Map<string, boolean>();
  const candidatesUntouched = (reportId: string, key: string) => {
    const reportAndKey = `${reportId}\u0000${key}`;
    let found = untouchedByKey.get(reportAndKey);
    if (found === undefined) untouchedByKey.set(reportAndKey, (found = !reweighed.length || index.candidates(reportId, key).every((claims) => claims.every(untouched))));
    return found;
  };
  const newSelf = new Map<Claim, Claim>();
  for (const [claim, matches] of before.caches.direct) {
    const facts = claim.reportId === id ? before.facts.get(claim) : index.facts.get(claim);
    const renamed = facts && renamedUnder(facts.key);
    if (!renamed || !untouched(claim) || !candidatesUntouched(claim.reportId, facts.key)) continue;
    const kept = claim.reportId === id ? renamed.get(claim) : claim;
    const keptMatches = renamedMatches(matches, id, renamed);
    if (!kept || !keptMatches) continue;
    caches.direct.set(kept, keptMatches);
    newSelf.set(claim, kept);
  }
  // a figure's pairings hold when every direct pairing they were worked out from does (they are of other reports)
  for (const [claim, { matches, read }] of before.caches.matches) {
    const kept = newSelf.get(claim);
    if (kept && claim.reportId === id && read.every((c) => newSelf.has(c))) caches.matches.set(kept, { matches, read: read.map((c) => newSelf.get(c)!) });
  }
  for (const [story, members] of before.caches.stories) caches.stories.set(story, members);
  for (const [story, scope] of before.caches.scopes) caches.scopes.set(story, scope);
  // the other reports with claims under a key are the same, but where the edited report came to or left the key
  const oldKeys = new Set(before.report.keys);
  const newKeys = new Set(after.keys);
  for (const [reportAndKey, others] of before.caches.others) {
    const key = reportAndKey.slice(reportAndKey.indexOf('\u0000') + 1);
    if (oldKeys.has(key) === newKeys.has(key)) caches.others.set(reportAndKey, others);
  }
  for (const [reportAndKey, groups] of before.caches.ownGroups) if (!reportAndKey.startsWith(`${id}\u0000`)) caches.ownGroups.set(reportAndKey, groups);
}

/**
 * Whether replacing a report left every story and the exchange rates as they were: the name words it stopped or
 * started holding are held by no other report, and it has no conversions, or the same and was indexed last already.
 */
function storiesAndRatesAlone(index: CarryView, before: EditedReport, after: EditedReport): boolean {
  const now = new Set(after.storyWords);
  const heldByNoOther = changedWords(before.storyWords, after.storyWords).every((w) => index.reportsWithName(w) === (now.has(w) ? 1 : 0));
  const ratesAlone = (!before.conversions.length && !after.conversions.length) || (before.indexedLast && sameApartFromPlace(before.conversions, after.conversions));
  return heldByNoOther && ratesAlone;
}

/**
 * The context words (and names) whose rarity an edit changed: those the report stopped or started holding that
 * other reports hold too (a word held by no report weighs as one held by one, see `ClaimIndex.weighed`).
 */
function reweighedWords(index: CarryView, before: EditedReport, after: EditedReport): string[] {
  const now = new Set(after.contextWords);
  return changedWords(before.contextWords, after.contextWords).filter((w) => index.reportsWithWord(w) !== (now.has(w) ? 1 : 0));
}

/** Fields that say where a figure stands in its text: an edit before it moves it without changing what it says. */
const PLACE_FIELDS = new Set(['id', 'reportId', 'span', 'numberSpan', 'sentence']);

/** Whether two claims say the same thing, wherever they stand: every field compared but those of place. */
function sameClaimApartFromPlace(a: Claim, b: Claim): boolean {
  return sameApartFrom(a, b, PLACE_FIELDS);
}

/** Deep equality of plain data, fields of place left out at any depth (see `sameApartFrom`). */
function sameApartFromPlace(a: unknown, b: unknown): boolean {
  return sameApartFrom(a, b, PLACE_FIELDS);
}

/**
 * Deep equality of plain data, the fields named in `ignored` left out at any depth, and a field set to undefined taken
 * as no field. Generic on purpose: a field added to claims or their facts later is compared without anyone having to
 * remember this function. Asked for every figure of an edited report, so it makes no lists to compare objects.
 */
function sameApartFrom(a: unknown, b: unknown, ignored: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!sameApartFrom(a[k], b[k], ignored)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameApartFrom(v, b.get(k), ignored)) return false;
    return true;
  }
  if (Array.isArray(b) || b instanceof Set || b instanceof Map) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let fields = 0;
  for (const k in ra) {
    if (ignored.has(k) || ra[k] === undefined) continue;
    if (!sameApartFrom(ra[k], rb[k], ignored)) return false;
    fields++;
  }
  for (const k in rb) if (!ignored.has(k) && rb[k] !== undefined) fields--;
  return fields === 0;
}

/**
 * Words (or names) a replaced report stopped or started holding, which change a count of reports per word that
 * other reports' figures may be weighed or storied by: a word the replaced report alone holds (or held) changes
 * nothing for anyone else (a word's rarity counts an unheld word as held once, see `ClaimIndex.weighed`).
 */
function changedWords(before: readonly string[], after: readonly string[]): string[] {
  const was = new Set(before);
  const is = new Set(after);
  const changed: string[] = [];
  for (const w of is) if (!was.has(w)) changed.push(w);
  for (const w of was) if (!is.has(w)) changed.push(w);
  return changed;
}

/**
 * Old claims of the edited report mapped to the new ones that say the same, under one key, or undefined when the
 * claims under the key are not the same, one by one, in order. `sameFacts` tells whether two claims' facts (their
 * words, names, years) are the same.
 */
function sameClaimsUnderKey(before: readonly Claim[], after: readonly Claim[], sameFacts: (a: Claim, b: Claim) => boolean): Map<Claim, Claim> | undefined {
  if (before.length !== after.length) return undefined;
  const renamed = new Map<Claim, Claim>();
  for (let k = 0; k < before.length; k++) {
    if (!sameClaimApartFromPlace(before[k], after[k]) || !sameFacts(before[k], after[k])) return undefined;
    renamed.set(before[k], after[k]);
  }
  return renamed;
}

/** Two figures' facts are the same but for their weights, which an edit that leaves the workspace alone leaves alone. */
function sameFacts(a: ClaimFacts, b: ClaimFacts): boolean {
  return sameApartFrom(a, b, WEIGHT_FIELDS);
}

const WEIGHT_FIELDS = new Set([...PLACE_FIELDS, 'weighted', 'weightTotal', 'weighedAt']);

/**
 * A claim's pairings with the edited report's old claims read as the new ones that say the same; undefined when one
 * of them was converted at a rate (the converted figure is a copy of the old claim, place and all).
 */
function renamedMatches(matches: Match[], editedId: string, renamed: ReadonlyMap<Claim, Claim>): Match[] | undefined {
  if (!matches.some((m) => m.claim.reportId === editedId)) return matches;
  const out: Match[] = [];
  for (const m of matches) {
    if (m.claim.reportId !== editedId) out.push(m);
    else if (m.converted || !renamed.has(m.claim)) return undefined;
    else out.push({ ...m, claim: renamed.get(m.claim)! });
  }
  return out;
}

/** Whether a figure's facts hold any of these context words (or names, under their prefix in the word counts). */
function holdsAnyOf(facts: ClaimFacts, words: readonly string[]): boolean {
  return words.some((w) => facts.words.includes(w) || facts.sentenceWords.includes(w) || (w.startsWith(NAME_PREFIX) && facts.names.includes(w.slice(NAME_PREFIX.length))));
}

/** How the claim index writes a name among context words (alignment.ts's NAME_PREFIX). */
const NAME_PREFIX = '\u0000';
