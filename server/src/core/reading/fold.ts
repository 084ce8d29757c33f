/**
 * Length-preserving normalisation. The folded text has exactly the original's UTF-16 length, so every offset
 * found in it is an offset in the original: look-alike letters become Latin inside Latin words, typographic
 * quotes, dashes and spaces become ASCII, and single characters whose NFKC form is one unit are replaced by it.
 */
import { LOOKALIKES, TYPOGRAPHY } from '../vocab/confusables';
import type { Span } from '../types';

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const WORD_CHAR = /[\p{L}\p{M}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
const nfkcCache = new Map<string, string>();

/** A-Z or a-z, by character code: the common case, without a Unicode regex. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A letter or mark (one UTF-16 unit), ASCII decided by code. */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? isAsciiLetter(code) : WORD_CHAR.test(ch);
}

/** A word that mixes look-alike letters of another script into Latin letters. */
export interface MixedScriptWord {
  span: Span;
  /** The word with its look-alikes replaced by Latin letters. */
  latin: string;
}

export interface FoldResult {
  folded: string;
  mixedWords: MixedScriptWord[];
}

/** Folds `text`; the result has the same length, and lists the mixed-script words it repaired. */
export function fold(text: string): FoldResult {
  // ASCII folds to itself: no look-alikes, no typography, nothing NFKC changes.
  if (!NON_ASCII.test(text)) return { folded: text, mixedWords: [] };
  // Only a character outside ASCII, or a word holding one, folds to something else: the ASCII between them is copied
  // in slices, not character by character (most reports have a few curly quotes and nothing else to fold).
  const out: string[] = new Array(text.length);
  const mixedWords: MixedScriptWord[] = [];
  const pieces: string[] = [];
  let copied = 0;
  for (let i = nextNonAscii(text, 0); i < text.length; i = nextNonAscii(text, i)) {
    const ch = text[i];
    let start = i;
    if (isWordChar(ch)) {
      // the word is the whole run of letters around the character, as a scan from the start would have found it
      while (start > copied && isWordChar(text[start - 1])) start--;
      i = foldWord(text, start, out, mixedWords);
    } else {
      out[i] = foldTypography(ch);
      i++;
    }
    pieces.push(text.slice(copied, start), out.slice(start, i).join(''));
    copied = i;
  }
  pieces.push(text.slice(copied));
  return { folded: pieces.join(''), mixedWords };
}

const NON_ASCII_FROM = /[^\x00-\x7f]/g;

/** The index of the first character outside ASCII at or after `from`, or the text's length. */
function nextNonAscii(text: string, from: number): number {
  NON_ASCII_FROM.lastIndex = from;
  return NON_ASCII_FROM.exec(text)?.index ?? text.length;
}

/** Folds the word starting at `start` into `out`; returns the index after it. */
function foldWord(text: string, start: number, out: string[], mixedWords: MixedScriptWord[]): number {
  let end = start;
  let hasLatin = false;
  let hasLookalike = false;
  while (end < text.length && isWordChar(text[end])) {
    const c = text[end];
    if (isAsciiLetter(c.charCodeAt(0)) || LATIN.test(c)) hasLatin = true;
    else if (LOOKALIKES[c]) hasLookalike = true;
    end++;
  }
  const mixed = hasLatin && hasLookalike;
  for (let j = start; j < end; j++) {
    const c = text[j];
    out[j] = mixed && LOOKALIKES[c] ? LOOKALIKES[c] : foldSingle(c);
  }
  if (mixed) mixedWords.push({ span: { start, end }, latin: out.slice(start, end).join('') });
  return end;
}

function foldTypography(ch: string): string {
  return TYPOGRAPHY[ch] ?? foldSingle(ch);
}

/** NFKC of one UTF-16 unit when that is again one unit (full-width digits, ligature-free compatibility forms). */
function foldSingle(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch;
  let folded = nfkcCache.get(ch);
  if (folded === undefined) {
    const n = ch.normalize('NFKC');
    folded = n.length === 1 ? n : ch;
    nfkcCache.set(ch, folded);
  }
  return folded;
}
