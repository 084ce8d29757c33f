/** Word-level helpers shared by the extractors. */
import { SYNONYM_OF } from './vocab/synonyms';
import { VERB_BASE } from './vocab/attributes';

const interned = new Map<string, string>();

/**
 * One shared copy of a word kept by the indexes: thousands of reports repeat the same few thousand words, and
 * each sliced or lower-cased copy would otherwise cost its own memory.
 */
export function intern(word: string): string {
  const known = interned.get(word);
  if (known !== undefined) return known;
  const copy = ownCopy(word);
  interned.set(copy, copy);
  return copy;
}

/** V8 keeps a cut of this many characters or more as a view into the string it was cut from. */
const SLICED_FROM = 13;

/**
 * A copy of `s` that holds its own characters: a word or title cut from a report's text would otherwise keep the
 * whole text alive, and the engine lets texts go once reports are indexed.
 */
export function ownCopy(s: string): string {
  return s.length < SLICED_FROM ? s : s.split('').join('');
}

/** A rough English lemma: enough to match "villages" with "village" and "injuries" with "injury". */
export function lemma(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Accents and other combining marks, once decomposed (a constant: see STARTS_LOWER in tokens.ts). */
const COMBINING_MARKS = /\p{M}/gu;

/** Lower-case, accents removed, hyphens and spaces unified: the key under which name variants meet. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[-‐–—_.\s]+/g, ' ')
    .trim();
}

/** The word as context for comparing figures: interchangeable words ("flattened", "destroyed") meet. */
export function contextForm(word: string): string {
  return SYNONYM_OF.get(word) ?? lemma(word);
}

/** Whether two name keys share a word of three letters or more ("robert buckley" and "buckley"). */
export function sharesNamePart(a: string, b: string): boolean {
  const pa = a.split(' ');
  return b.split(' ').some((word) => word.length > 2 && pa.includes(word));
}

/**
 * The base form of a verb form ("ran" → run, "travelled" → travel, "falling" → fall), or undefined for a word that
 * reads as no verb. With `pastOnly`, -ing forms are not taken.
 */
export function verbBase(word: string, pastOnly = false): string | undefined {
  const irregular = VERB_BASE[word];
  if (irregular) return irregular;
  return (pastOnly ? /[a-z]{3,}ed$/ : /[a-z]{3,}(ed|ing)$/).test(word) ? stemOfVerb(word) : undefined;
}

/** "travelled" → travel, "carried" → carry, "rushed" → rush, "falling" → fall. */
function stemOfVerb(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  const stem = word.endsWith('ing') ? word.slice(0, -3) : word.slice(0, -2);
  // "dropped" → drop, but "falling" → fall and "added" → add: English words end in -ll, -ss, -ff, -zz, and
  // three-letter ones in a doubled letter too
  if (stem.length >= 4 && /([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** Phrase tables keyed by one of their words, so that a token is tried only against phrases it can start or end. */
export function phrasesBy<T extends { words: string[] }>(phrases: T[], word: (p: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const p of phrases) by.set(word(p), [...(by.get(word(p)) ?? []), p]);
  return by;
}
