/**
 * Pairings kept across an edit. Typing into one report replaces it in the index, and every pairing worked out
 * before would otherwise be worked out again at the next question, although the other reports did not change and
 * most of the edited report's figures read as before. A pairing is kept only when everything it was worked out from
 * is provably the same: the rest is worked out afresh, as after any other change.
 *
 * What a claim's direct pairings (`ClaimIndex.directMatches`) read: its own fields but its place in the text, its
 * facts and their weights, its own report's claims under its key (how many, which values), the other reports of its
 * story with claims under that key and those claims, and the exchange rates. So, when one report is replaced:
 * - the workspace must be otherwise the same: the same words as rare as before, the same stories, the same rates
 *   (`editLeavesWorkspaceAlone`);
 * - under each key, the edited report's claims must read, one by one, as before but for where they stand
 *   (`sameClaimsUnderKey`): then the pairings of its figures under that key, and those of other reports' figures
 *   under that key, hold, the edited report's old claims read as their new selves.
 */
import type { Claim } from '../types';
import type { ClaimFacts, Match } from './alignment';

/** Fields that say where a figure stands in its text: an edit before it moves it without changing what it says. */
const PLACE_FIELDS = new Set(['id', 'reportId', 'span', 'numberSpan', 'sentence']);

/** Whether two claims say the same thing, wherever they stand: every field compared but those of place. */
export function sameClaimApartFromPlace(a: Claim, b: Claim): boolean {
  return sameApartFrom(a, b, PLACE_FIELDS);
}

/** Deep equality of plain data, fields of place left out at any depth (see `sameApartFrom`). */
export function sameApartFromPlace(a: unknown, b: unknown): boolean {
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
export function changedWords(before: readonly string[], after: readonly string[]): string[] {
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
export function sameClaimsUnderKey(before: readonly Claim[], after: readonly Claim[], sameFacts: (a: Claim, b: Claim) => boolean): Map<Claim, Claim> | undefined {
  if (before.length !== after.length) return undefined;
  const renamed = new Map<Claim, Claim>();
  for (let k = 0; k < before.length; k++) {
    if (!sameClaimApartFromPlace(before[k], after[k]) || !sameFacts(before[k], after[k])) return undefined;
    renamed.set(before[k], after[k]);
  }
  return renamed;
}

/** Two figures' facts are the same but for their weights, which an edit that leaves the workspace alone leaves alone. */
export function sameFacts(a: ClaimFacts, b: ClaimFacts): boolean {
  return sameApartFrom(a, b, WEIGHT_FIELDS);
}

const WEIGHT_FIELDS = new Set([...PLACE_FIELDS, 'weighted', 'weightTotal', 'weighedAt']);

/**
 * A claim's pairings with the edited report's old claims read as the new ones that say the same; undefined when one
 * of them was converted at a rate (the converted figure is a copy of the old claim, place and all).
 */
export function renamedMatches(matches: Match[], editedId: string, renamed: ReadonlyMap<Claim, Claim>): Match[] | undefined {
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
export function holdsAnyOf(facts: ClaimFacts, words: readonly string[]): boolean {
  return words.some((w) => facts.words.includes(w) || facts.sentenceWords.includes(w) || (w.startsWith(NAME_PREFIX) && facts.names.includes(w.slice(NAME_PREFIX.length))));
}

/** How the claim index writes a name among context words (alignment.ts's NAME_PREFIX). */
const NAME_PREFIX = '\u0000';
