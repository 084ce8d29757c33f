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
  // every rule below takes off a final "s": most words are done at the first test (lemmas are asked per token)
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('sses')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Accents and other combining marks, once decomposed (a constant: see STARTS_LOWER in tokens.ts). */
const COMBINING_MARKS = /\p{M}/gu;

/** Lower-case, accents removed, hyphens and spaces unified: the key under which name variants meet. */
export const nameKey: (text: string) => string = memoByWord(foldNameKey);

function foldNameKey(text: string): string {
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

/**
 * Remembers a function of a word: the extractors ask the same few thousand words the same questions in every
 * report. Past `limit` words the memory starts afresh, so that a server reading new words for days stays bounded.
 */
function memoByWord<T>(f: (word: string) => T, limit = 1 << 18): (word: string) => T {
  let known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      if (known.size >= limit) known = new Map();
      // a word cut from a report's text is kept as a copy of its own (see ownCopy)
      known.set(ownCopy(word), (value = f(word)));
    }
    return value;
  };
}

/**
 * A word of the text as the tokenizer shares it between tokens of the same characters, with what has been asked of
 * it: every token of "killed" in every report asks the same, and a field of the word is nearer than a table.
 */
export interface SharedWord {
  lower: string;
  /** `lower`, interned. */
  internedLower?: string;
  /** `contextKey(lower)`. */
  contextKey?: string;
}

/** `contextForm` of a lower-case word, interned: what the indexes keep of the words around a figure. */
export const contextKey: (lower: string) => string = memoByWord((lower) => intern(contextForm(lower)));

/** `contextKey` of a token's word, remembered by the word. */
export function contextKeyOf(word: SharedWord): string {
  return (word.contextKey ??= contextKey(word.lower));
}

/** A token's lower-case form, interned, remembered by the word. */
export function internedLowerOf(word: SharedWord): string {
  return (word.internedLower ??= intern(word.lower));
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
  return hasVerbEnding(word, pastOnly) ? stemOfVerb(word) : undefined;
}

/** `/[a-z]{3,}ed$/`, or with `ing` too unless `pastOnly`, tested by character (verb forms are asked per token). */
function hasVerbEnding(word: string, pastOnly: boolean): boolean {
  if (word.endsWith('ed')) return lowerLettersBefore(word, word.length - 2, 3);
  return !pastOnly && word.endsWith('ing') && lowerLettersBefore(word, word.length - 3, 3);
}

/** Whether the `count` characters before `end` are all a–z. */
function lowerLettersBefore(word: string, end: number, count: number): boolean {
  if (end < count) return false;
  for (let k = end - count; k < end; k++) {
    const code = word.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Consonants whose doubling before -ed or -ing is the spelling's, not the verb's ("dropped" → drop). */
const DOUBLED_CONSONANTS = new Set(['b', 'd', 'g', 'm', 'n', 'p', 'r', 't']);

/** "travelled" → travel, "carried" → carry, "rushed" → rush, "falling" → fall. */
function stemOfVerb(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  const stem = word.endsWith('ing') ? word.slice(0, -3) : word.slice(0, -2);
  // "dropped" → drop, but "falling" → fall and "added" → add: English words end in -ll, -ss, -ff, -zz, and
  // three-letter ones in a doubled letter too
  if (stem.length >= 4 && endsInDoubled(stem)) return stem.slice(0, -1);
  return stem;
}

function endsInDoubled(stem: string): boolean {
  const last = stem[stem.length - 1];
  return last === stem[stem.length - 2] && DOUBLED_CONSONANTS.has(last);
}

/** Phrase tables keyed by one of their words, so that a token is tried only against phrases it can start or end. */
export function phrasesBy<T extends { words: string[] }>(phrases: T[], word: (p: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const p of phrases) by.set(word(p), [...(by.get(word(p)) ?? []), p]);
  return by;
}
