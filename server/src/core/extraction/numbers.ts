/**
 * Reads a number written in digits or words at a token position: "1,180", "4.5", "twenty-five",
 * "four and a half", "1.2 million", "a dozen", "three hundred".
 */
import type { Token } from '../reading/tokens';
import { MULTIPLIER_WORDS, ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from '../vocab/numberWords';

export interface ParsedNumber {
  value: number;
  /** Token index after the number. */
  end: number;
  /** How it was written, so a replacement can keep the style. */
  style: 'digits' | 'words';
  /** Digits written with thousands separators ("1,180"). */
  grouped: boolean;
  /** Decimal places written. */
  decimals: number;
}

/** The words `mayStartNumber` looks up: those of the number-word tables. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(ORDINAL_WORDS)];

/** Whether a word can start a number written in words or an ordinal ("twenty", "three", "eighth"). */
export function mayStartNumber(lower: string): boolean {
  return UNIT_WORDS[lower] !== undefined || TENS_WORDS[lower] !== undefined || ORDINAL_WORDS[lower] !== undefined;
}

/** Parses a number starting at token `i`, or returns undefined. Looks only at tokens of the same sentence. */
export function parseNumberAt(tokens: Token[], i: number): ParsedNumber | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') return parseDigits(tokens, i);
  if (t.kind === 'word') return parseWords(tokens, i);
  return undefined;
}

function parseDigits(tokens: Token[], i: number): ParsedNumber {
  const t = tokens[i];
  let value = Number(t.text.replace(/,/g, ''));
  let end = i + 1;
  // "1.2 million", "four and a half million"
  const next = tokens[end];
  if (next && adjacent(tokens, end) && MULTIPLIER_WORDS[next.lower] && next.lower !== 'hundred') {
    value *= MULTIPLIER_WORDS[next.lower];
    end++;
  } else if (next && adjacent(tokens, end) && next.lower === 'hundred') {
    value *= 100;
    end++;
  } else if (next && Object.hasOwn(VULGAR_FRACTIONS, next.text) && next.sentence === t.sentence && next.start - t.end <= 1) {
    // "7½", "7 ½": a whole number and a fraction
    value += VULGAR_FRACTIONS[next.text];
    end++;
  }
  const decimals = /\.(\d+)$/.exec(t.text)?.[1].length ?? 0;
  return { value, end, style: 'digits', grouped: t.text.includes(','), decimals };
}

function parseWords(tokens: Token[], i: number): ParsedNumber | undefined {
  let total = 0;
  let current = 0;
  let end = i;
  let seen = false;
  while (end < tokens.length) {
    const t = tokens[end];
    if (t.sentence !== tokens[i].sentence) break;
    const w = t.lower;
    if (UNIT_WORDS[w] !== undefined) {
      current += UNIT_WORDS[w];
    } else if (TENS_WORDS[w] !== undefined) {
      current += TENS_WORDS[w];
      // "twenty-five"
      if (tokens[end + 1]?.text === '-' && UNIT_WORDS[tokens[end + 2]?.lower] !== undefined && adjacent(tokens, end + 2)) {
        current += UNIT_WORDS[tokens[end + 2].lower];
        end += 2;
      }
    } else if (w === 'hundred' && seen) {
      current = (current || 1) * 100;
    } else if (w === 'dozen' && seen) {
      // "two dozen schools"
      current = (current || 1) * 12;
    } else if (MULTIPLIER_WORDS[w] !== undefined && seen) {
      total += (current || 1) * MULTIPLIER_WORDS[w];
      current = 0;
    } else if (w === 'and' && seen && isHalf(tokens, end + 1)) {
      // "four and a half"
      current += 0.5;
      end += 3;
      continue;
    } else if (w === 'and' && seen && (UNIT_WORDS[tokens[end + 1]?.lower] !== undefined || TENS_WORDS[tokens[end + 1]?.lower] !== undefined) && total + current >= 100) {
      // "three hundred and twenty"
    } else {
      break;
    }
    seen = true;
    end++;
  }
  if (!seen) return undefined;
  return { value: total + current, end, style: 'words', grouped: false, decimals: 0 };
}

function isHalf(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'a' && tokens[i + 1]?.lower === 'half';
}

/** True when token `i` follows token `i-1` with at most one space between them. */
export function adjacent(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && b.start - a.end <= 1 && a.sentence === b.sentence;
}

/** "eighth", "8th", "21st". */
export function parseOrdinalAt(tokens: Token[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (ORDINAL_WORDS[t.lower] !== undefined) return { value: ORDINAL_WORDS[t.lower], end: i + 1 };
  const suffix = tokens[i + 1];
  if (t.kind === 'number' && suffix && suffix.start === t.end && /^(st|nd|rd|th)$/.test(suffix.lower)) {
    return { value: Number(t.text.replace(/,/g, '')), end: i + 2 };
  }
  return undefined;
}
