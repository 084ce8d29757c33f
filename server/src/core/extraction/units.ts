/** Looks up units, currency prefixes and scale words around a number, from the tables in vocab/units.ts. */
import type { Token } from '../reading/tokens';
import { adjacent } from './numbers';
import { CASE_SENSITIVE_SPELLINGS, SCALE_WORDS, UNITS, type UnitDef } from '../vocab/units';

export interface UnitMatch {
  unit: UnitDef;
  /** Token index where the unit's words start (prefixes) … */
  start: number;
  /** … and the index after them (suffixes). */
  end: number;
  /** The spelling as written, to reuse the article's style in replacements. */
  written: string;
}

interface Spelling {
  unit: UnitDef;
  words: string[];
  /** `words` in lower case, for the spellings that are not case-sensitive. */
  lowerWords: string[];
  caseSensitive: boolean;
  text: string;
}

/** Splits a spelling the way the tokenizer splits text ("km/h" → km / h). */
function splitSpelling(s: string): string[] {
  return s.match(/\d+|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\d]/gu) ?? [];
}

function table(pick: (u: UnitDef) => string[] | undefined): Spelling[] {
  return UNITS.flatMap((unit) => (pick(unit) ?? []).map((text) => {
    const words = splitSpelling(text);
    return { unit, text, words, lowerWords: words.map((w) => w.toLowerCase()), caseSensitive: CASE_SENSITIVE_SPELLINGS.has(text) };
  })).sort((a, b) => b.words.length - a.words.length);
}

/**
 * Spellings by one of their words in lower case, each list in table order (longest first): a number is then tried
 * against the few spellings its neighbouring word can be part of, not against all of them.
 */
function byWord(spellings: Spelling[], word: (s: Spelling) => string): Map<string, Spelling[]> {
  const by = new Map<string, Spelling[]>();
  for (const s of spellings) {
    const key = word(s);
    let list = by.get(key);
    if (!list) by.set(key, (list = []));
    list.push(s);
  }
  return by;
}

/** Suffixes by their first word, prefixes by their last (the word next to the number). */
const SUFFIXES = byWord(table((u) => u.spellings), (s) => s.lowerWords[0]);
const PREFIXES = byWord(table((u) => u.prefixes), (s) => s.lowerWords[s.lowerWords.length - 1]);

function matchesAt(tokens: Token[], at: number, s: Spelling): boolean {
  return s.words.every((w, k) => {
    const t = tokens[at + k];
    if (!t || (k > 0 && !adjacentOrSpaced(tokens, at + k))) return false;
    // a spelling written without a space ("A$", "km/h") must be written so: "a $2.5 million" is not A$
    if (k > 0 && !s.text.includes(' ') && t.start !== tokens[at + k - 1].end) return false;
    return s.caseSensitive ? t.text === w : t.lower === s.lowerWords[k];
  });
}

function adjacentOrSpaced(tokens: Token[], i: number): boolean {
  return tokens[i].sentence === tokens[i - 1].sentence && tokens[i].start - tokens[i - 1].end <= 1;
}

/** A unit written after the number ending at token `end` ("km/h", "-hour", "kilometers per hour"). */
export function lookupUnitAfter(tokens: Token[], end: number): UnitMatch | undefined {
  let at = end;
  if (tokens[at]?.text === '-' && adjacent(tokens, at)) at++;
  if (!tokens[at] || !adjacentOrSpaced(tokens, at)) return undefined;
  for (const s of SUFFIXES.get(tokens[at].lower) ?? []) {
    if (!matchesAt(tokens, at, s)) continue;
    const after = tokens[at + s.words.length];
    // "m" must not be the start of a longer word, and one-letter units need the number right before them.
    if (s.words.length === 1 && s.text.length <= 2 && after && after.start === tokens[at].end && after.kind === 'word') continue;
    if (s.caseSensitive && s.text.length === 1 && tokens[at].start !== tokens[at - 1].end && s.unit.dimension !== 'temperature') continue;
    if (s.unit.dimension === 'temperature' && s.text.length === 1 && tokens[at].start !== tokens[at - 1].end && tokens[at - 1].text !== '°') continue;
    return { unit: s.unit, start: at, end: at + s.words.length, written: s.text };
  }
  return undefined;
}

/** A unit written before the number at `i` ("$", "US$", "€", "magnitude", "M"). */
export function lookupUnitPrefix(tokens: Token[], i: number): UnitMatch | undefined {
  let before = i;
  if (tokens[before - 1]?.text === '-' && adjacent(tokens, before)) before--;
  // "a magnitude of 6.1", "put the magnitude at 6.1"
  if (['of', 'at'].includes(tokens[before - 1]?.lower ?? '') && tokens[before - 2]?.lower === 'magnitude') before--;
  for (const s of PREFIXES.get(tokens[before - 1]?.lower) ?? []) {
    const start = before - s.words.length;
    if (start < 0 || !matchesAt(tokens, start, s)) continue;
    if (tokens[start].sentence !== tokens[i].sentence) continue;
    // "M" and "R" only glued to the number ("M6.1", "R26 million")
    if (s.caseSensitive && tokens[i].start !== tokens[start + s.words.length - 1].end) continue;
    return { unit: s.unit, start, end: i, written: s.text };
  }
  return undefined;
}

/** "million", "bn", "m" (money only) after a number. */
export function scaleAfter(tokens: Token[], end: number, money: boolean): { factor: number; end: number } | undefined {
  // "two-million-euro", "$2.6-million"
  if (tokens[end]?.text === '-' && tokens[end].start === tokens[end - 1]?.end && tokens[end + 1]?.start === tokens[end].end &&
    (SCALE_WORDS[tokens[end + 1].lower] ?? 0) >= 1000 && tokens[end + 1].lower.length > 2) {
    return { factor: SCALE_WORDS[tokens[end + 1].lower], end: end + 2 };
  }
  const t = tokens[end];
  if (!t || !adjacentOrSpaced(tokens, end)) return undefined;
  const factor = SCALE_WORDS[t.lower];
  if (factor === undefined) return undefined;
  const longWord = t.lower.length > 2;
  if (!longWord && !money) return undefined;
  if (!longWord && t.start !== tokens[end - 1].end) {
    // "2 m" is two metres; "2m euros" and "$2 bn" are sums
    if (t.lower === 'm') return undefined;
  }
  return { factor, end: end + 1 };
}

const UNIT_BY_SYMBOL = new Map(UNITS.map((u) => [u.symbol, u] as const));

/** A value in base units written in the unit `symbol` (°F with its offset, km as km); unchanged for an unknown unit. */
export function valueInUnit(value: number, symbol: string): number {
  const unit = UNIT_BY_SYMBOL.get(symbol);
  return unit ? (value - (unit.offset ?? 0)) / unit.factor : value;
}
