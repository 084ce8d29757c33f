/** Tokens and sentences of a report's prose, with offsets into the original text. */
import type { Span } from '../types';
import { isAsciiLetter } from './fold';
import { ownCopy, type SharedWord } from '../words';

export type TokenKind = 'number' | 'word' | 'punct';

export interface Token {
  text: string;
  /** Lower-case form, for vocabulary look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the sentence holding it. */
  sentence: number;
  /** The word's entry, shared by every token of the same characters: what is asked of a word is remembered there. */
  word: Word;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{M}\d]/gu;

// Unicode-property regexes are kept in constants: the bundler rewrites each `/\p{…}/u` literal as `new RegExp(…)`,
// which would otherwise be built again at every call.
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const STARTS_LETTER = /^[\p{L}\p{M}]/u;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'st', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'jr', 'sr', 'gov', 'sen', 'rep', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'approx', 'est', 'fig', 'mt', 'ft', 'km', 'p', 'm',
]);

/**
 * Longest sentence, in UTF-16 units. Real sentences are far shorter; a longer run without a full stop (a scraped
 * blob, a megabyte line) is cut at the next space or punctuation after this length — or anywhere but inside a
 * surrogate pair at twice the length, when there is none — so that work done per sentence (context, names,
 * years) stays bounded and analysis time grows linearly with the text.
 */
export const MAX_SENTENCE_LENGTH = 2000;

const NEWLINE = 10;
const FULL_STOP = 46;
const EXCLAMATION_MARK = 33;
const QUESTION_MARK = 63;

/**
 * Splits prose into sentences: at line breaks, and at . ! ? followed by a capital, a digit or a quote; and once a
 * sentence reaches MAX_SENTENCE_LENGTH.
 */
export function splitSentences(prose: string, softWraps = false): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = trimSpan(prose, start, end);
    if (s.end > s.start) sentences.push(s);
    start = end;
  };
  for (let i = 0; i < prose.length; i++) {
    // compared as character codes, not one-character strings: a character past U+00FF ("’") is a string of its own
    // kind, which made the optimized loop bail out and be compiled again
    const c = prose.charCodeAt(i);
    if (c === NEWLINE && softWraps && isSoftWrap(prose, i)) {
      continue;
    } else if (c === NEWLINE) {
      push(i);
      start = i + 1;
    } else if ((c === FULL_STOP || c === EXCLAMATION_MARK || c === QUESTION_MARK) && endsSentence(prose, i)) {
      push(i + 1);
    } else if (i - start >= MAX_SENTENCE_LENGTH && overlongSentenceEndsAt(prose, i, i - start)) {
      push(i);
    }
  }
  push(prose.length);
  return sentences;
}

/** Where an overlong sentence (`length` so far) is cut: before a space or punctuation, or anywhere much later. */
function overlongSentenceEndsAt(prose: string, i: number, length: number): boolean {
  if (!LETTER_OR_DIGIT.test(prose[i])) return !isLowSurrogate(prose.charCodeAt(i));
  return length >= 2 * MAX_SENTENCE_LENGTH && !isLowSurrogate(prose.charCodeAt(i));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** In Markdown a single line break inside a paragraph is a space; a blank line, heading or list item is not. */
function isSoftWrap(prose: string, i: number): boolean {
  if (prose.charCodeAt(i - 1) === NEWLINE || prose.charCodeAt(i + 1) === NEWLINE || i + 1 >= prose.length) return false;
  const lineStart = prose.lastIndexOf('\n', i - 1) + 1;
  if (!prose.slice(lineStart, i).trim()) return false;
  const next = prose.slice(i + 1, i + 5);
  return !/^\s*([#>|*+-]|\d+[.)])/.test(next) && !/^\s*$/.test(prose.slice(i + 1, prose.indexOf('\n', i + 1) >>> 0));
}

/** Whether the . ! or ? at `i` ends a sentence; characters looked at by code, as in `splitSentences`. */
function endsSentence(prose: string, i: number): boolean {
  let j = i + 1;
  while (j < prose.length && isClosingMark(prose.charCodeAt(j))) j++;
  if (j >= prose.length) return true;
  if (!isSpaceOrTab(prose.charCodeAt(j))) return false;
  while (j < prose.length && isSpaceOrTab(prose.charCodeAt(j))) j++;
  if (j >= prose.length || prose.charCodeAt(j) === NEWLINE) return true;
  if (!/[A-Z0-9"'(]/.test(prose[j])) return false;
  if (prose.charCodeAt(i) !== FULL_STOP) return true;
  const word = /([A-Za-z.]+)$/.exec(prose.slice(Math.max(0, i - 12), i));
  if (!word) return true;
  const w = word[1].toLowerCase();
  return !(ABBREVIATIONS.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w));
}

/** A closing quote or bracket after a full stop: " ' ) */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 41;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Tokenises prose; each token knows its sentence. */
export function tokenize(prose: string, sentences: Span[]): Token[] {
  const tokens: Token[] = [];
  tokenizeRange(prose, sentences, 0, prose.length, 0, tokens);
  return tokens;
}

/**
 * Tokenises the prose from `from` to `to` onto `tokens`, the first token's sentence at or after `sentence`: what
 * `tokenize` finds there when no token runs across either end (a space before each).
 */
export function tokenizeRange(prose: string, sentences: Span[], from: number, to: number, sentence: number, tokens: Token[]): void {
  let s = sentence;
  tokenSpans(prose, (start, end) => {
    while (s < sentences.length - 1 && sentences[s].end <= start) s++;
    const word = WORDS.at(prose, start, end);
    tokens.push({ text: word.text, lower: word.lower, start, end, kind: word.kind, sentence: s, word });
  }, from, to);
}

/** A word as tokens hold it: its text, lower-case form and kind. */
export interface Word extends SharedWord {
  text: string;
  kind: TokenKind;
}

/**
 * The words met so far, found by a hash of their characters: a token takes its strings from here rather than cut
 * and lower-case new ones (news repeats a few thousand words, and every string made is one more for the garbage
 * collector, and one more to hash in each table it is looked up in). Open addressing over two parallel arrays.
 */
class WordTable {
  private words: (Word | undefined)[] = new Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private count = 0;

  at(prose: string, start: number, end: number): Word {
    if (end - start > LONGEST_KEPT_WORD) return newWord(prose.slice(start, end));
    let hash = 0x811c9dc5; // FNV-1a over UTF-16 units
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ prose.charCodeAt(k), 0x01000193);
    const mask = this.words.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      // compared with undefined, not tested for truth: a word of another hash is then passed without reading it
      if (word === undefined) return this.add(slot, hash, ownCopy(prose.slice(start, end)));
      if (this.hashes[slot] === hash && sameText(word.text, prose, start, end)) return word;
    }
  }

  private add(slot: number, hash: number, text: string): Word {
    const word = newWord(text);
    if (this.count >= MOST_WORDS_KEPT) return word;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    if (++this.count * 2 > this.words.length) this.grow();
    return word;
  }

  private grow(): void {
    const { words, hashes } = this;
    this.words = new Array(words.length * 2);
    this.hashes = new Int32Array(words.length * 2);
    const mask = this.words.length - 1;
    words.forEach((word, k) => {
      if (!word) return;
      let slot = hashes[k] & mask;
      while (this.words[slot]) slot = (slot + 1) & mask;
      this.words[slot] = word;
      this.hashes[slot] = hashes[k];
    });
  }
}

/** Longer tokens (a scraped blob, a long number) are rare: cut afresh, not kept. */
const LONGEST_KEPT_WORD = 40;
/** A bound on the table, so that a server reading a stream of new words for days keeps a fixed vocabulary. */
const MOST_WORDS_KEPT = 1 << 20;

const WORDS = new WordTable();

function newWord(text: string): Word {
  // the remembered fields are there from the start: every word of one shape, so the readers' property loads stay fast
  return { text, lower: text.toLowerCase(), kind: tokenKind(text), internedLower: undefined, contextKey: undefined };
}

function sameText(text: string, prose: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== prose.charCodeAt(start + k)) return false;
  return true;
}

type OnSpan = (start: number, end: number) => void;

/** `TOKEN` matched at one place only. */
const TOKEN_HERE = new RegExp(TOKEN.source, 'uy');

/**
 * The token `TOKEN` finds at `i`, if any (none at a space); returns where scanning goes on. For tokens that start
 * with, or run into, a character outside ASCII.
 */
function unicodeTokenAt(prose: string, i: number, onSpan: OnSpan): number {
  TOKEN_HERE.lastIndex = i;
  const m = TOKEN_HERE.exec(prose);
  if (!m) return i + 1;
  onSpan(i, i + m[0].length);
  return i + m[0].length;
}

/**
 * The spans `TOKEN` finds, scanned by character code: the same tokens without a match object each (tokenising is
 * most of what indexing allocates). A token that starts with a character outside ASCII, or whose letters run into
 * one (an accent, an apostrophe before one), is matched by `TOKEN` itself at its place.
 */
function tokenSpans(prose: string, onSpan: OnSpan, from = 0, to = prose.length): void {
  const n = to;
  let i = from;
  while (i < n) {
    const c = prose.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c >= 0x80) {
      i = unicodeTokenAt(prose, i, onSpan);
      continue;
    }
    let end = i + 1;
    if (isDigit(c)) {
      const run = digitsFrom(prose, i);
      if (run - i <= 3 && codeAt(prose, run) === 44 && threeDigitsAt(prose, run + 1)) {
        // "1,180" and "12,000,000": groups of a comma and three digits
        end = run;
        while (codeAt(prose, end) === 44 && threeDigitsAt(prose, end + 1)) end += 4;
        end = fractionFrom(prose, end);
      } else {
        end = fractionFrom(prose, run);
      }
    } else if (isAsciiLetter(c)) {
      while (isAsciiLetter(codeAt(prose, end))) end++;
      if (codeAt(prose, end) === 39 && isAsciiLetter(codeAt(prose, end + 1))) {
        end += 2; // "it's", "O'Brien"
        while (isAsciiLetter(codeAt(prose, end))) end++;
      }
      if (codeAt(prose, end) >= 0x80 || (codeAt(prose, end) === 39 && codeAt(prose, end + 1) >= 0x80)) {
        i = unicodeTokenAt(prose, i, onSpan); // "café", "l'été"
        continue;
      }
    }
    onSpan(i, end);
    i = end;
  }
}

// The scanner's helpers are functions of the module, not closures made at each call: a closure made afresh for each
// report is another call target each time, and the optimized scanner bailed out on it.

/** The code of the character at k, or -1 past the end (a code no test below takes). */
function codeAt(prose: string, k: number): number {
  return k < prose.length ? prose.charCodeAt(k) : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsFrom(prose: string, k: number): number {
  while (isDigit(codeAt(prose, k))) k++;
  return k;
}

function threeDigitsAt(prose: string, k: number): boolean {
  return isDigit(codeAt(prose, k)) && isDigit(codeAt(prose, k + 1)) && isDigit(codeAt(prose, k + 2));
}

/** Past ".5" at k, if written there. */
function fractionFrom(prose: string, k: number): number {
  return codeAt(prose, k) === 46 && isDigit(codeAt(prose, k + 1)) ? digitsFrom(prose, k + 1) : k;
}

function tokenKind(text: string): TokenKind {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'number';
  if (code < 0x80) return isAsciiLetter(code) ? 'word' : 'punct';
  return STARTS_LETTER.test(text) ? 'word' : 'punct';
}

/**
 * A vocabulary phrase as the words `tokenize` makes of it: "all-time" is three tokens ("all", "-", "time"), so a
 * phrase table written with hyphens matches the text it names.
 */
export function phraseWords(phrase: string): string[] {
  return phrase.split(' ').flatMap((w) => w.split(/(-)/).filter(Boolean));
}

/** Whether a word starts with a lower-case letter (ASCII by code, the rest by Unicode category). */
export function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 97 && code <= 122;
  return STARTS_LOWER.test(text);
}

/** Whether a word starts with a capital (ASCII by code, the rest by Unicode category). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return STARTS_UPPER.test(text);
}

/** Words that carry no meaning for telling attributes apart. */
export const STOPWORDS = new Set(('a an the and or but of to in on at by for with from as is are was were be been ' +
  'being has have had it its this that these those he she they them his her their we our you your i me my who whom ' +
  'which what when where while than then there here so such not no nor also into onto over under about after before ' +
  'since until up down out off per via said says say told according would could should will may might can did do ' +
  'does just only more most some any all each other another both many much very said one two three four five six ' +
  'seven eight nine ten first last new more less least at least around across near nearly including among ' +
  'against between through throughout during within without toward towards').split(' '));

/** Index of the first token starting at or after `offset` (tokens.length if none), by binary search. */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens lying inside `span`, found by binary search (tokens are in text order). */
export function tokensWithin(tokens: Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i].end <= span.end; i++) out.push(tokens[i]);
  return out;
}

/** The first token of each sentence (the token count past the last sentence). */
export function firstTokensOf(tokens: readonly Token[], sentenceCount: number): number[] {
  const first = new Array<number>(sentenceCount + 1);
  let k = 0;
  for (let s = 0; s <= sentenceCount; s++) {
    while (k < tokens.length && tokens[k].sentence < s) k++;
    first[s] = k;
  }
  return first;
}
