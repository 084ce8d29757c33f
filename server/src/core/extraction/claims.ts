/**
 * Finds the numeric claims of a report: a number (digits or words) with its hedge, unit or counted noun, range and
 * parenthetical conversion; ages, weekdays and dates. Works on tokens of the folded, masked prose, so offsets are
 * those of the original text.
 */
import type { AllFields, Claim, Dimension, Span } from '../types';
import { STOPWORDS, firstTokenFrom, phraseWords, startsLowerCase, startsUpperCase, type Token } from '../reading/tokens';
import { adjacent, mayStartNumber, NUMBER_WORDS, parseNumberAt, parseOrdinalAt, type ParsedNumber } from './numbers';
import { lookupUnitAfter, lookupUnitPrefix, scaleAfter, type UnitMatch } from './units';
import { CLOCK_HEDGES, HEDGES, VAGUE_AMOUNTS } from '../vocab/hedges';
import { COUNT_FRAMES, EVENT_CLASSES, NOUN_CLASSES } from '../vocab/frames';
import { AUXILIARIES, DAY_WORDS, VERB_BASE } from '../vocab/attributes';
import { MONTHS, MULTIPLIER_WORDS, WEEKDAYS, ARTICLE_NUMBERS } from '../vocab/numberWords';
import { ABBREVIATED_NOUNS } from '../vocab/synonyms';
import { CALIBRE_CONTEXT, CAPITAL_ONLY_ZONES, QUAKE_WORDS, TIME_ZONES, UNITS } from '../vocab/units';
import { contextKeyOf, lemma, phrasesBy, verbBase } from '../words';

export interface ClaimContext {
  reportId: string;
  tokens: Token[];
  sentences: Span[];
}

interface HedgeMatch {
  phrase: string;
  low: number;
  high: number;
  start: number; // token index
}

/** Hedge phrases pre-split into words, longest first. */
const HEDGE_PHRASES = HEDGES.flatMap((h) => h.phrases.map((p) => ({ words: phraseWords(p), low: h.low, high: h.high, phrase: p })))
  .sort((a, b) => b.words.length - a.words.length);

const HEDGES_BY_LAST_WORD = phrasesBy(HEDGE_PHRASES, (h) => h.words[h.words.length - 1]);
const VAGUE_PHRASES = phrasesBy(Object.entries(VAGUE_AMOUNTS).map(([phrase, range]) => ({ phrase, range, words: phraseWords(phrase) })), (p) => p.words[0]);
const ARTICLE_PHRASES = phrasesBy(Object.entries(ARTICLE_NUMBERS).map(([phrase, value]) => ({ value, words: phraseWords(phrase) })), (p) => p.words[0]);

/** The words a claim reader can start at: weekdays, months, vague amounts, article numbers, number words. */
function mayStartClaim(lower: string): boolean {
  return (claimStartWords ??= findClaimStartWords()).has(lower);
}

/**
 * Every word a claim can start at, found once from the tables (a few hundred words): each word token is then one
 * look-up in a small set. Made when first asked, once the tables below are defined.
 */
let claimStartWords: Set<string> | undefined;

function findClaimStartWords(): Set<string> {
  const candidates = [
    ...WEEKDAYS, ...Object.keys(CLOCK_WORDS), ...Object.keys(MONTHS), ...VAGUE_PHRASES.keys(), ...ARTICLE_PHRASES.keys(), ...NUMBER_WORDS,
    // a table of a plain object answers these too ("constructor"): kept as they were answered
    ...Object.getOwnPropertyNames(Object.prototype),
  ];
  return new Set(candidates.filter(startsClaim));
}

function startsClaim(lower: string): boolean {
  return WEEKDAYS.includes(lower) || CLOCK_WORDS[lower] !== undefined || MONTHS[lower] !== undefined || VAGUE_PHRASES.has(lower) || ARTICLE_PHRASES.has(lower) || mayStartNumber(lower);
}

const TRIGGERS = phrasesBy(COUNT_FRAMES.flatMap((f) => f.triggers.map((t) => ({ words: phraseWords(t), frame: f.id }))), (t) => t.words[0]);
const EVENT_TRIGGERS = phrasesBy(Object.entries(EVENT_CLASSES).flatMap(([cls, words]) => words.map((w) => ({ words: phraseWords(w), frame: cls }))), (t) => t.words[0]);
const NOUN_CLASS_OF = new Map(Object.entries(NOUN_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)));
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight']);
const AGE_NOUN_CUES = new Set(['aged', 'age']);
/** Street names' last words: "24 Harbour Street" is an address. */
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'terrace']);

/** "24 Harbour Street", "1600 Pennsylvania Avenue": capitalised words after the number, ending in a street word. */
function isStreetNumber(tokens: Token[], end: number): boolean {
  for (let j = end; j < end + 4 && tokens[j]?.sentence === tokens[end - 1]?.sentence && tokens[j].kind === 'word' && startsUpperCase(tokens[j].text); j++) {
    if (j > end && STREET_WORDS.has(tokens[j].lower)) return true;
  }
  return false;
}

/** "to the Owls 7", "at the Quarnby 30": a number right after "the" and a team's name, with nothing counted after it. */
function isFieldPosition(tokens: Token[], i: number, end: number): boolean {
  const team = tokens[i - 1];
  if (!team || team.kind !== 'word' || !startsUpperCase(team.text) || tokens[i - 2]?.lower !== 'the') return false;
  return FIELD_PREPOSITIONS.has(tokens[i - 3]?.lower ?? '') && !countedNoun(tokens, end);
}

const FIELD_PREPOSITIONS = new Set(['to', 'at', 'from', 'inside', 'on', 'near', 'across', 'past']);

/** "aged 34", "age 12", "ranged in age from 39 to 60", "ages of 5 and 7": an age word right before, or before "from". */
function ageCueBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (AGE_NOUN_CUES.has(before)) return true;
  return AGE_RANGE_WORDS.has(before) && (AGE_NOUN_CUES.has(tokens[i - 2]?.lower ?? '') || tokens[i - 2]?.lower === 'ages');
}

const AGE_RANGE_WORDS = new Set(['from', 'between', 'of']);

/** "would have turned 20", "turns 65 next week": a bare number after these is an age. */
const AGE_VERBS = new Set(['turned', 'turns', 'turning', 'turn']);
/** Words that end a clause, or open a cause ("in protest at the killing"), when looking forward for a figure's verb. */
const CLAUSE_BREAKS = new Set(['and', 'but', ';', 'while', 'whereas', 'or', 'after', 'following', 'because', 'since']);
/** A comma between a figure and a trigger counts as this many more words: "55 injured, five of them critically". */
const COMMA_DISTANCE = 3;
/** How many tokens away a frame's trigger may stand from a count of things, and from a count of people. */
const NEAR_TRIGGER_WINDOW = 6;
const FAR_TRIGGER_WINDOW = 12;

/** Extracts all claims of one report; `steps`, when given, receives the scan's steps (see `scanClaims`). */
export function extractClaims(ctx: ClaimContext, steps: ClaimStep[] = []): Claim[] {
  scanClaims(ctx, 0, steps);
  const claims: Claim[] = [];
  for (const step of steps) if (step.claim) claims.push(step.claim);
  return claims;
}

/**
 * A step of the claim scan that did more than pass one token by: a claim read from token `at` on, or figures read
 * past (a score). The scan goes on at `end`: the tokens between are read by no other step. Every other token the scan
 * reached started nothing.
 */
export interface ClaimStep {
  at: number;
  end: number;
  claim?: Claim;
}

/**
 * The claim scan from token `from`, left to right, each step pushed on `steps`, until the end of the tokens or a token
 * the scan reaches for which `stopAt` says so; returns where it stopped. What a step finds depends on the tokens
 * around it alone (see core/reading/reanalysis.ts for how far around), so that an edited report is scanned again only
 * around the edit.
 */
export function scanClaims(ctx: ClaimContext, from: number, steps: ClaimStep[], stopAt?: (i: number) => boolean): number {
  const { tokens } = ctx;
  let i = from;
  while (i < tokens.length && !stopAt?.(i)) {
    const found = claimAt(ctx, i);
    if (found) {
      const end = Math.max(found.end, i + 1);
      steps.push({ at: i, end, claim: found.claim });
      i = end;
    } else {
      i++;
    }
  }
  return i;
}

interface Found {
  claim: Claim;
  end: number;
}

/** What a reader made of the tokens from i: a claim, or figures read past (a score), and where to go on. */
export interface Step {
  claim?: Claim;
  end: number;
}

/** The claim (or figures read past) starting at token i, if any: one step of the scan. Exported for the tests of how far a step reads. */
export function claimAt(ctx: ClaimContext, i: number): Step | undefined {
  const t = ctx.tokens[i];
  if (t.kind === 'punct') return undefined;
  // Most words start no claim: the readers below are tried only on words in one of their tables.
  if (t.kind === 'word' && !mayStartClaim(t.lower)) return undefined;
  return weekdayAt(ctx, i) ?? clockTimeAt(ctx, i) ?? dateAt(ctx, i) ?? vagueAmountAt(ctx, i) ?? pairAt(ctx, i) ?? quantityAt(ctx, i) ?? ordinalAt(ctx, i);
}

/** "20-13", "(10-5)": a game's score (read past, never compared) or a win-loss record. */
function pairAt(ctx: ClaimContext, i: number): Step | undefined {
  const pair = ctx.tokens[i].kind === 'number' ? pairAfter(ctx.tokens, i, i + 1) : undefined;
  return pair && recordOrScore(ctx, i, pair);
}

// ---------------------------------------------------------------------------------------------- weekdays, dates

function weekdayAt(ctx: ClaimContext, i: number): Found | undefined {
  const { tokens } = ctx;
  const day = WEEKDAYS.indexOf(tokens[i].lower);
  if (day < 0 || !/^[A-Z]/.test(tokens[i].text)) return undefined;
  let start = i;
  if (['on', 'late', 'early', 'since', 'by', 'last', 'next', 'until'].includes(tokens[i - 1]?.lower) && tokens[i - 1].sentence === tokens[i].sentence) start = i - 1;
  let end = i + 1;
  if (PART_OF_DAY.has(tokens[end]?.lower) && adjacent(tokens, end)) end++;
  // "Wednesday 5 May" is a date; the date reader takes it from the day number on.
  return { claim: makeClaim(ctx, { start, end, numberStart: i, dimension: 'weekday', value: day, low: day, high: day, unit: 'weekday', frame: eventClass(ctx, start, end) }), end };
}

function dateAt(ctx: ClaimContext, i: number): Found | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  let month: number | undefined;
  let day: number | undefined;
  let end = i;
  if (MONTHS[t.lower] !== undefined && /^[A-Z]/.test(t.text) && !(t.lower === 'may' && tokens[i + 1]?.kind !== 'number')) {
    // "November 18", "Dec. 6", "December 6, 2008"
    let j = i + 1;
    if (tokens[j]?.text === '.') j++;
    const n = tokens[j];
    if (n?.kind === 'number' && /^\d{1,2}$/.test(n.text) && Number(n.text) <= 31 && n.sentence === t.sentence) {
      month = MONTHS[t.lower];
      day = Number(n.text);
      end = j + 1;
      if (/^(st|nd|rd|th)$/.test(tokens[end]?.lower ?? '') && adjacent(tokens, end)) end++;
    }
  } else if (t.kind === 'number' && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 31) {
    // "18 November", "5th of May"
    let j = i + 1;
    if (/^(st|nd|rd|th)$/.test(tokens[j]?.lower ?? '') && adjacent(tokens, j)) j++;
    if (tokens[j]?.lower === 'of') j++;
    const m = tokens[j];
    if (m && MONTHS[m.lower] !== undefined && /^[A-Z]/.test(m.text) && m.sentence === t.sentence) {
      month = MONTHS[m.lower];
      day = Number(t.text);
      end = j + 1;
      if (tokens[end]?.text === '.' && m.text.length <= 4) end++;
    }
  }
  if (month === undefined || day === undefined) return undefined;
  // optional year: ", 2008" or " 2008"
  let k = end;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.kind === 'number' && /^(1[89]|20)\d\d$/.test(tokens[k].text)) end = k + 1;
  let start = i;
  if (tokens[i - 1]?.lower === 'on' && tokens[i - 1].sentence === t.sentence) start = i - 1;
  const value = month * 100 + day;
  return { claim: makeClaim(ctx, { start, end, numberStart: i, dimension: 'date', value, low: value, high: value, unit: 'date', frame: eventClass(ctx, start, end) }), end };
}

/** The event a weekday or date speaks of, from the nearest event verb in the sentence. */
function eventClass(ctx: ClaimContext, start: number, end: number): string | undefined {
  // "to visit" states a purpose, not what happened on that day
  const frame = nearestTrigger(ctx.tokens, start, end, EVENT_TRIGGERS, 8, (j) => !isPlanned(ctx.tokens, j), DAY_CLAUSE_BREAKS);
  // "were still coping Saturday after the killing": the day belongs to the verb right before it, not to a trigger further off
  const verb = verbRightBefore(ctx.tokens, start);
  if (frame && verb && !EVENT_TRIGGERS.get(verb)?.some((t) => t.frame === frame && t.words.length === 1)) return undefined;
  return frame;
}

/**
 * The verb-like word right before a day ("coping Saturday", "was killed on Monday", "went on trial Wednesday"),
 * skipping "on", "since", "later" and the like.
 */
function verbRightBefore(tokens: Token[], start: number): string | undefined {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[start].sentence || t.kind !== 'word') return undefined;
    if (DAY_PREPOSITIONS.has(t.lower)) continue;
    return verbBase(t.lower) || OWN_HAPPENINGS.has(t.lower) ? t.lower : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------- clock times

/** "noon" and "midnight", in minutes since midnight. */
const CLOCK_WORDS: Record<string, number> = { noon: 12 * 60, midnight: 0 };
const CLOCK_HEDGE_PHRASES = CLOCK_HEDGES.flatMap((h) => h.phrases.map((p) => ({ words: phraseWords(p), before: h.before, after: h.after, phrase: p })))
  .sort((a, b) => b.words.length - a.words.length);
/** Words after "2:15" that make it a point in a game or a race time, not a time of day: "the 2:15 mark", "4:12 left". */
const NOT_CLOCK_AFTER = new Set(['mark', 'left', 'remaining', 'elapsed', 'gone', 'minutes', 'mins', 'seconds', 'secs']);
/** Words before a bare "2:03" that make it a race or a running time: "won in 2:03", "a time of 3:45". */
const NOT_CLOCK_BEFORE = new Set(['in', 'of', 'ran', 'clocked', 'finished', 'record']);
/** Subjects that stand for the event of the sentence before: "It took place at 7:37 AM". */
const EVENT_PRONOUNS = new Set(['it', 'this', 'that']);
/** How far back in the sentence before its event word is looked for. */
const PREVIOUS_SENTENCE_WINDOW = 40;

/**
 * A time of day: "7:37", "3:20 p.m.", "11 p. m.", "8.39am", "0737 GMT", "09:10 hours", "12 noon", "at midnight", with its
 * hedge ("about", "shortly after", "by") and zone ("local time", "GMT"). The value is in minutes since midnight; the
 * zone is '' when none is written. A clock reading that is not a time of day ("the 2:15 mark") is read past.
 */
function clockTimeAt(ctx: ClaimContext, i: number): Step | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  const sameSentence = (j: number) => tokens[j]?.sentence === t.sentence;
  let hours: number;
  let minutes = 0;
  let j = i + 1;
  let written24 = false;
  if (t.kind === 'word') {
    // "at noon", "around midnight"; "a midnight vigil" is no time
    const value = CLOCK_WORDS[t.lower];
    if (value === undefined || !(tokens[i - 1]?.lower === 'at' || clockHedgeBefore(tokens, i)) || !sameSentence(i - 1)) return undefined;
    return finishClock(ctx, i, i + 1, value);
  }
  if (t.kind !== 'number') return undefined;
  const colon = tokens[i + 1]?.text === ':' && adjacent(tokens, i + 1) && tokens[i + 2]?.kind === 'number' && /^\d{2}$/.test(tokens[i + 2].text) && sameSentence(i + 2);
  if (/^\d{1,2}$/.test(t.text) && colon && (adjacent(tokens, i + 2) || meridiemAt(tokens, i + 3))) {
    // "7:37", "8: 39am"
    hours = Number(t.text);
    minutes = Number(tokens[i + 2].text);
    j = i + 3;
    // "6:07:15 PM": seconds are left out
    if (tokens[j]?.text === ':' && adjacent(tokens, j) && tokens[j + 1]?.kind === 'number' && adjacent(tokens, j + 1)) j += 2;
  } else if (/^\d{1,2}\.\d{2}$/.test(t.text) && meridiemAt(tokens, i + 1)) {
    // "8.39am", "9.25 a.m."
    [hours, minutes] = t.text.split('.').map(Number);
  } else if (/^\d{1,2}$/.test(t.text) && (meridiemAt(tokens, i + 1) || CLOCK_WORDS[tokens[i + 1]?.lower] !== undefined || /^o'?clock$/.test(tokens[i + 1]?.lower ?? ''))) {
    // "11 p.m.", "12 noon", "9 o'clock"
    hours = Number(t.text);
    const word = CLOCK_WORDS[tokens[i + 1].lower];
    if (word !== undefined && hours === 12) return finishClock(ctx, i, i + 2, word);
    if (!meridiemAt(tokens, i + 1)) j = i + 2;
  } else if (/^([01]\d|2[0-3])[0-5]\d$/.test(t.text) && (zoneAt(tokens, i + 1) || /^(hrs|hours)$/.test(tokens[i + 1]?.lower ?? '') || zonedTimeInParentheses(ctx, i + 1))) {
    // "0737 GMT", "1100 hrs", "1353 (1023 GMT)": a 24-hour clock
    if (tokens[i + 1].lower === 'hours' && !zoneAt(tokens, i + 2) && tokens[i - 1]?.lower !== 'at') return undefined;
    hours = Number(t.text.slice(0, 2));
    minutes = Number(t.text.slice(2));
    written24 = true;
  } else {
    return undefined;
  }
  if (hours > 23 || minutes > 59) return { end: j };
  const meridiem = meridiemAt(tokens, j);
  let numberEnd = j;
  if (meridiem) {
    if (hours > 12 || hours === 0) return { end: meridiem.end };
    hours = (hours % 12) + (meridiem.pm ? 12 : 0);
    numberEnd = meridiem.end;
  } else if (/^(hrs|hours)$/.test(tokens[j]?.lower ?? '') && sameSentence(j)) {
    written24 = true;
    numberEnd = j + 1;
  } else if (!written24 && !zoneAt(tokens, j)) {
    // a bare "2:15": a time of day unless a game clock or a race time
    const after = sameSentence(j) ? tokens[j]?.lower ?? '' : '';
    const before = sameSentence(i - 1) ? tokens[i - 1]?.lower ?? '' : '';
    if (NOT_CLOCK_AFTER.has(after) || (after === 'to' && ['go', 'play'].includes(tokens[j + 1]?.lower ?? '')) || NOT_CLOCK_BEFORE.has(before)) return undefined;
  }
  return finishClock(ctx, i, numberEnd, hours * 60 + minutes);
}

/** Builds a time's claim from its digits (tokens i to numberEnd): hedge before, zone after, the event it speaks of. */
function finishClock(ctx: ClaimContext, i: number, numberEnd: number, value: number): Step {
  const { tokens } = ctx;
  const zone = zoneAt(tokens, numberEnd);
  const end = zone?.end ?? numberEnd;
  const hedge = clockHedgeBefore(tokens, i);
  const start = hedge?.start ?? i;
  const claim = makeClaim(ctx, {
    start, end, numberStart: i, numberEnd, dimension: 'time', value, low: value - (hedge?.before ?? 0), high: value + (hedge?.after ?? 0),
    unit: 'time', zone: zone?.zone ?? '', hedge: hedge?.phrase, frame: timeFrame(ctx, start, end),
  });
  return withConversion(ctx, { claim, end });
}

/** "(1023 GMT)" after a four-digit figure: the figure is a time, and this its conversion. */
function zonedTimeInParentheses(ctx: ClaimContext, j: number): boolean {
  const { tokens } = ctx;
  if (tokens[j]?.text !== '(' || tokens[j + 1]?.kind !== 'number' || tokens[j + 1].sentence !== tokens[j - 1].sentence) return false;
  return !!clockTimeAt(ctx, j + 1)?.claim?.zone;
}

/** "am", "PM", "a.m.", "p. m." at token j. */
function meridiemAt(tokens: Token[], j: number): { pm: boolean; end: number } | undefined {
  const t = tokens[j];
  if (!t || t.sentence !== tokens[j - 1]?.sentence) return undefined;
  if (t.lower === 'am' || t.lower === 'pm') return { pm: t.lower === 'pm', end: j + 1 };
  if ((t.lower === 'a' || t.lower === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'm' && tokens[j + 2].sentence === t.sentence) {
    // "a.m." and "p. m." are tokenised letter by letter; the last dot may also end the sentence
    return { pm: t.lower === 'p', end: tokens[j + 3]?.text === '.' && tokens[j + 3].sentence === t.sentence ? j + 4 : j + 3 };
  }
  return undefined;
}

/**
 * "to visit", "is to be charged", "will meet", "expected to arrive": a purpose or a plan, not what happened on the day
 * named.
 */
function isPlanned(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1]?.lower;
  if (before === 'to' || PLANNING_WORDS.has(before ?? '')) return true;
  return before === 'be' && (tokens[j - 2]?.lower === 'to' || PLANNING_WORDS.has(tokens[j - 2]?.lower ?? ''));
}

const PLANNING_WORDS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'shall', "'ll"]);

/** "shook the island on Monday as the death toll rose": past "as" a day's verb belongs to the next clause. */
const DAY_CLAUSE_BREAKS = new Set([...CLAUSE_BREAKS, 'as']);
const DAY_PREPOSITIONS = new Set(['on', 'late', 'early', 'later', 'earlier', 'since', 'by', 'last', 'until', 'from', 'before', 'after']);
/** Happenings of their own that a day right after them dates: "went on trial Wednesday for the killing". */
const OWN_HAPPENINGS = new Set(['trial', 'hearing', 'funeral', 'vigil', 'vigils', 'rally', 'rallies', 'meeting', 'ceremony', 'service', 'arraignment',
  'session', 'conference', 'briefing', 'statement', 'interview', 'court', 'appearance', 'march', 'protest', 'protests',
  // "the trial starts Monday": a scheduled happening's verb, in the present
  'starts', 'begins', 'opens', 'resumes', 'ends', 'closes', 'continues', 'start', 'begin', 'open', 'resume']);

/** The zone written after a time: "GMT", "local time", "(local time)", "EST". */
function zoneAt(tokens: Token[], j: number): { zone: string; end: number } | undefined {
  const t = tokens[j];
  if (!t || t.sentence !== tokens[j - 1]?.sentence) return undefined;
  if (t.text === '(' && tokens[j + 1]?.lower === 'local' && tokens[j + 2]?.lower === 'time' && tokens[j + 3]?.text === ')') return { zone: 'local', end: j + 4 };
  if (t.lower === 'local') return { zone: 'local', end: tokens[j + 1]?.lower === 'time' && tokens[j + 1].sentence === t.sentence ? j + 2 : j + 1 };
  const zone = TIME_ZONES[t.lower];
  if (zone && (!CAPITAL_ONLY_ZONES.has(t.lower) || t.text === t.text.toUpperCase())) return { zone, end: j + 1 };
  return undefined;
}

function clockHedgeBefore(tokens: Token[], i: number): { phrase: string; before: number; after: number; start: number } | undefined {
  for (const h of CLOCK_HEDGE_PHRASES) {
    const s = i - h.words.length;
    if (s >= 0 && h.words.every((w, k) => tokens[s + k].lower === w) && tokens[s].sentence === tokens[i].sentence) return { ...h, start: s };
  }
  return undefined;
}

/**
 * The event a time speaks of: the nearest event word in its sentence ("struck at 7:37"), or, when the sentence opens
 * with a pronoun ("It took place at 7:37 AM"), the event word nearest the end of the sentence before.
 */
function timeFrame(ctx: ClaimContext, start: number, end: number): string | undefined {
  const own = eventClass(ctx, start, end);
  if (own) return own;
  const { tokens } = ctx;
  const sentence = tokens[start].sentence;
  const first = firstTokenFrom(tokens, ctx.sentences[sentence]?.start ?? tokens[start].start);
  if (!EVENT_PRONOUNS.has(tokens[first]?.lower) || first === 0 || tokens[first - 1].sentence !== sentence - 1) return undefined;
  for (let j = first - 1; j >= Math.max(0, first - PREVIOUS_SENTENCE_WINDOW) && tokens[j].sentence === sentence - 1; j--) {
    for (const trig of EVENT_TRIGGERS.get(tokens[j].lower) ?? []) {
      if (trig.words.every((w, k) => tokens[j + k]?.lower === w) && tokens[j - 1]?.lower !== 'to') return trig.frame;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------- quantities

function vagueAmountAt(ctx: ClaimContext, i: number): Found | undefined {
  const { tokens } = ctx;
  for (const { phrase, range, words } of VAGUE_PHRASES.get(tokens[i].lower) ?? []) {
    if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue;
    if (tokens[i + words.length]?.lower !== 'of') continue;
    const end = i + words.length + 1;
    const noun = countedNoun(tokens, end);
    const value = Math.sqrt(range.low * range.high);
    return {
      claim: makeClaim(ctx, { start: i, end: noun ? noun.end : end, numberStart: i, numberEnd: end - 1, dimension: 'count', value, low: range.low, high: range.high, unit: '', hedge: phrase, ...countFrame(ctx, i, noun?.end ?? end, noun?.lemma, noun?.qualifier) }),
      end: noun ? noun.end : end,
    };
  }
  return undefined;
}

function quantityAt(ctx: ClaimContext, i: number): Found | undefined {
  const { tokens } = ctx;
  // i may be one past the last token: withConversion looks after a trailing "(" or ",".
  if (!tokens[i] || isPartOfName(tokens, i)) return undefined;
  const article = articleNumberAt(tokens, i);
  const num: ParsedNumber | undefined = article ?? parseNumberAt(tokens, i);
  if (!num) return undefined;
  let end = num.end;
  let value = num.value;
  let high = num.value;

  // "7:37", "11 p.m.", "0737 GMT" are clock times, "1,440 x 900" a size: never counts, and not compared.
  if (tokens[end]?.text === ':' && tokens[end + 1]?.kind === 'number' && adjacent(tokens, end) && adjacent(tokens, end + 1)) return undefined;
  if (isClockTime(tokens, end) || isDimensionsPair(tokens, i, end)) return undefined;
  // "iLife '09", "route 066", "24 Harbour Street": a number with a leading zero or an address counts nothing
  if (/^0\d/.test(tokens[i].text) || isStreetNumber(tokens, end)) return undefined;
  // "a 13-all tie" is a score; "drove to the Owls 7" a place on the field
  if ((tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'all') || isFieldPosition(tokens, i, end)) return undefined;

  if (pairAfter(tokens, i, end) || isSecondOfPair(tokens, i)) return undefined;

  const prefix = lookupUnitPrefix(tokens, i);
  let scale = scaleAfter(tokens, end, prefix?.unit.dimension === 'money') ?? moneyScaleAfter(tokens, end, !!prefix);
  if (scale) {
    value *= scale.factor;
    high = value;
    end = scale.end;
  }
  // ranges: "10 to 12", "10-12", "24- to 30-foot"
  const range = rangeAfter(tokens, end, num, prefix && prefix.start < i && tokens[prefix.start - 1]?.lower !== 'from' ? prefix : undefined);
  if (range) {
    // "10 to 12 million", "between $140 and $150 million": the scale written once is both ends'
    if (!scale && num.end === i + 1 && range.scaleWord) value *= range.scaleWord;
    high = range.value * (scale?.factor ?? 1);
    end = range.end;
    scale = scaleAfter(tokens, end, prefix?.unit.dimension === 'money') ?? scale;
    if (scale && range) {
      end = Math.max(end, scale.end);
    }
  }
  const age = ageAfter(tokens, end);

  const unit: UnitMatch | undefined = age ? undefined : prefix ?? weightNotMoney(ctx, i, lookupUnitAfter(tokens, end));
  if (!unit && !age && num.style === 'words' && num.value === 1 && !countedNoun(tokens, end)) return undefined;
  // "the 13-inch Zentrabook": a size that names a product model is part of its name, not a measurement
  if (unit && isModelDesignator(tokens, i, unit.end)) return undefined;
  // "ten times faster", "four times as many": a multiplier, not a count of times
  if (!unit && tokens[end]?.lower === 'times' && isComparative(tokens[end + 1])) return undefined;
  if (!unit && !age && isAttachedToWord(tokens, i, end)) return undefined;

  const hedgeAt = prefix && prefix.start < i ? prefix.start : i;
  const hedge = hedgeBefore(tokens, hedgeAt);
  const start = hedge ? hedge.start : hedgeAt;

  if (age) {
    return finish(ctx, { start, end: age.end, numberStart: i, numberEnd: num.end, value, high, hedge, dimension: 'age', factor: 365.25 * 86400, unit: 'yr', subjectFrom: age.end });
  }
  if (unit) {
    let unitEnd = prefix && prefix.start < i ? end : unit.end;
    // "a mile and a half", "two hours and a half": half a unit more
    if (!prefix && tokens[unitEnd]?.lower === 'and' && tokens[unitEnd + 1]?.lower === 'a' && tokens[unitEnd + 2]?.lower === 'half') {
      value += 0.5;
      high += 0.5;
      unitEnd += 3;
    }
    // "10 km to 15 km", "between 2 and 3 hours": a range with its unit written twice
    const upTo = !prefix && !range && tokens[i - 1]?.lower !== 'from' ? rangeAfter(tokens, unitEnd, num) : undefined;
    const unitAgain = upTo && lookupUnitAfter(tokens, upTo.end);
    if (upTo && unitAgain?.unit === unit.unit) {
      high = upTo.value;
      unitEnd = unitAgain.end;
    }
    // "5-foot-8", "5 feet 8 inches", "6 ft 2 in": a height in feet and inches
    const inches = unit.unit.symbol === 'ft' && !prefix ? inchesAfter(tokens, unitEnd) : undefined;
    if (inches) {
      value += inches.value / INCHES_PER_FOOT;
      high += inches.value / INCHES_PER_FOOT;
      unitEnd = inches.end;
    }
    const dimension = unit.unit.dimension === 'length' && unit.unit.symbol === 'mm' && sentenceHas(ctx, i, CALIBRE_CONTEXT) ? 'calibre' : unit.unit.dimension;
    const claim = finish(ctx, { start, end: unitEnd, numberStart: prefix && prefix.start < i ? prefix.start : i, numberEnd: num.end, value, high, hedge, dimension, factor: unit.unit.factor, offset: unit.unit.offset, unit: unit.unit.symbol });
    if (!hedge && isLooseOne(tokens, i, article)) roughen(claim.claim);
    return withConversion(ctx, claim);
  }
  if (isYear(tokens[i], num)) {
    return { claim: makeClaim(ctx, { start: i, end: i + 1, numberStart: i, dimension: 'year', value, low: value, high: value, unit: 'year' }), end: i + 1 };
  }
  if (tokens[end]?.lower === 'years' && tokens[end + 1]?.lower === 'old') {
    return finish(ctx, { start, end: end + 2, numberStart: i, numberEnd: num.end, value, high, hedge, dimension: 'age', factor: 365.25 * 86400, unit: 'yr', subjectFrom: -1 });
  }
  if (ageCueBefore(tokens, i) || (AGE_VERBS.has(tokens[i - 1]?.lower) && !countedNoun(tokens, end)) || isAgeApposition(tokens, i, end)) {
    return finish(ctx, { start, end, numberStart: i, numberEnd: num.end, value, high, hedge, dimension: 'age', factor: 365.25 * 86400, unit: 'yr', subjectFrom: -1 });
  }
  // "a 5.6 quake", "the 6.1 earthquake": a decimal before a quake word is its magnitude
  if (num.decimals > 0 && value < 10 && QUAKE_WORDS.has(tokens[end]?.lower ?? '')) {
    return finish(ctx, { start, end: end + 1, numberStart: i, numberEnd: num.end, value, high, hedge, dimension: 'magnitude', factor: 1, unit: 'M' });
  }
  const noun = countedNoun(tokens, end);
  const frame = countFrame(ctx, start, noun?.end ?? end, noun?.lemma, noun?.qualifier);
  const claimEnd = noun ? noun.end : end;
  const lowFactor = hedge?.low ?? 1;
  const highFactor = hedge?.high ?? 1;
  return {
    claim: makeClaim(ctx, { start, end: claimEnd, numberStart: i, numberEnd: num.end, dimension: 'count', value, low: value * lowFactor, high: high * highFactor, unit: '', hedge: hedge?.phrase, ...frame }),
    end: claimEnd,
  };
}

interface FinishArgs {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  high: number;
  hedge?: HedgeMatch;
  dimension: Dimension;
  factor: number;
  offset?: number;
  unit: string;
  /** Token index where an age's subject may start (after "-year-old"); -1 to look before the number. */
  subjectFrom?: number;
}

function finish(ctx: ClaimContext, a: FinishArgs): Found {
  const toBase = (v: number) => v * a.factor + (a.offset ?? 0);
  const base = toBase(a.value);
  const lowBase = toBase(a.value) * (a.hedge?.low ?? 1);
  const highBase = toBase(a.high) * (a.hedge?.high ?? 1);
  let subject: string | undefined;
  if (a.dimension === 'age') subject = ageSubject(ctx.tokens, a.start, a.subjectFrom ?? -1);
  if (a.dimension === 'money') subject = valuedThing(ctx.tokens, a.start, a.end);
  const claim = makeClaim(ctx, {
    start: a.start, end: a.end, numberStart: a.numberStart, dimension: a.dimension, value: base,
    low: Math.min(lowBase, highBase), high: Math.max(lowBase, highBase), unit: a.unit, hedge: a.hedge?.phrase,
    frame: a.dimension, subject,
  });
  return { claim, end: a.end };
}

/**
 * Attaches "(733 miles)" written right after a figure as its conversion, and further ones in the same parentheses
 * ("2m euros (£1.7m; $2.6m)").
 */
function withConversion(ctx: ClaimContext, found: Found): Found {
  const { tokens } = ctx;
  let j = found.end;
  if (tokens[j]?.text !== '(' && tokens[j]?.text !== ',') return found;
  const open = tokens[j].text;
  j++;
  const inner = convertedFigureAt(ctx, j);
  if (!inner || inner.claim.dimension !== found.claim.dimension) return found;
  if (open === ',' && tokens[inner.end]?.text !== ',' && tokens[inner.end]?.text !== '.' && tokens[inner.end]?.text !== ')') return found;
  // A sum in another currency is kept too: it tells the exchange rate the report used.
  found.claim.conversion = { span: inner.claim.span, value: inner.claim.value, unit: inner.claim.unit };
  let end = inner.end;
  while (open === '(' && [';', ','].includes(tokens[end]?.text ?? '')) {
    const more = convertedFigureAt(ctx, end + 1);
    if (!more || more.claim.dimension !== found.claim.dimension) break;
    (found.claim.otherConversions ??= []).push({ span: more.claim.span, value: more.claim.value, unit: more.claim.unit });
    end = more.end;
  }
  while (tokens[end] && tokens[end].text !== ')' && end - inner.end < 8 && tokens[end].sentence === tokens[j].sentence && open === '(') end++;
  if (open === '(' && tokens[end]?.text === ')') end++;
  return { claim: found.claim, end };
}

/** A figure inside a conversion, which may open with its currency sign: "($2.6 million)". */
function convertedFigureAt(ctx: ClaimContext, j: number): Found | undefined {
  const t = ctx.tokens[j];
  if (!t) return undefined;
  const time = clockTimeAt(ctx, j);
  if (time) return time.claim ? { claim: time.claim, end: time.end } : undefined;
  return quantityAt(ctx, j) ?? (t.kind !== 'number' && ctx.tokens[j + 1]?.kind === 'number' ? quantityAt(ctx, j + 1) : undefined);
}

function ordinalAt(ctx: ClaimContext, i: number): Step | undefined {
  const ord = parseOrdinalAt(ctx.tokens, i);
  if (!ord) return undefined;
  // "third-degree murder", "a first-time buyer": an ordinal joined to the next word names a kind, not a rank
  if (ctx.tokens[ord.end]?.text === '-' && adjacent(ctx.tokens, ord.end) && ctx.tokens[ord.end + 1]?.kind === 'word') return { end: ord.end + 2 };
  return { claim: makeClaim(ctx, { start: i, end: ord.end, numberStart: i, dimension: 'ordinal', value: ord.value, low: ord.value, high: ord.value, unit: '' }), end: ord.end };
}

// ---------------------------------------------------------------------------------------------- pieces

/** How loosely "a week", "a mile" is meant: writers say "a week" for five days or ten. */
const LOOSE_ONE = { low: 0.6, high: 1.5 };

/** "a week", "an hour", "a mile": the article as the number one, which speaks loosely ("a full week" does not). */
function isLooseOne(tokens: Token[], i: number, article: ParsedNumber | undefined): boolean {
  return !!article && article.end === i + 1 && (tokens[i].lower === 'a' || tokens[i].lower === 'an');
}

/** Gives a loosely written figure the interval it is meant within, with no hedge written. */
function roughen(claim: Claim): void {
  claim.low = claim.value * LOOSE_ONE.low;
  claim.high = claim.value * LOOSE_ONE.high;
}

/** "an entire day", "a minute", "a dozen": only when a unit follows (checked by the caller) or a count word. */
function articleNumberAt(tokens: Token[], i: number): ParsedNumber | undefined {
  let best: ParsedNumber | undefined;
  for (const { value, words } of ARTICLE_PHRASES.get(tokens[i].lower) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.lower === w && tokens[i + k].sentence === tokens[i].sentence)) {
      if (!best || i + words.length > best.end) best = { value, end: i + words.length, style: 'words', grouped: false, decimals: 0 };
    }
  }
  if (!best) return undefined;
  // "a dozen" stands on its own; "a"/"an" need a unit right after
  if (best.value === 12 || best.value === 6) {
    const rest = parseNumberAt(tokens, best.end);
    return rest ? undefined : best;
  }
  // "a minute", "an entire day", "a mile": but "a magnitude-6 quake" and "a percent" are not the number one
  const unit = lookupUnitAfter(tokens, best.end);
  return unit && (unit.unit.dimension === 'duration' || unit.unit.dimension === 'length') ? best : undefined;
}

/** "2m euros", "110bn euros": a short scale word counts when a currency follows it. */
function moneyScaleAfter(tokens: Token[], end: number, hasPrefix: boolean): { factor: number; end: number } | undefined {
  if (hasPrefix) return undefined;
  const scale = scaleAfter(tokens, end, true);
  return scale && lookupUnitAfter(tokens, scale.end)?.unit.dimension === 'money' ? scale : undefined;
}

function hedgeBefore(tokens: Token[], i: number): HedgeMatch | undefined {
  for (const h of HEDGES_BY_LAST_WORD.get(tokens[i - 1]?.lower) ?? []) {
    const n = h.words.length;
    const s = i - n;
    if (s < 0) continue;
    if (h.words.every((w, k) => tokens[s + k].lower === w) && tokens[s].sentence === tokens[i].sentence) {
      return { phrase: h.phrase, low: h.low, high: h.high, start: s };
    }
  }
  // "a maximum speed of 59 km/h": look past "speed of"
  if (tokens[i - 1]?.lower === 'of' && tokens[i - 3]?.lower === 'maximum') return { phrase: 'maximum', low: 0, high: 1, start: i - 3 };
  if (tokens[i - 1]?.lower === 'of' && tokens[i - 3]?.lower === 'top') return { phrase: 'top speed', low: 0, high: 1, start: i - 3 };
  return undefined;
}

/**
 * "10 to 12", "10-12", "between 10 and 12", and with the currency written again before the second figure when
 * `prefix` is the first's ("$24 to $26", "$12 billion to $13 billion").
 */
function rangeAfter(tokens: Token[], end: number, first: ParsedNumber, prefix?: UnitMatch): { value: number; end: number; scaleWord?: number } | undefined {
  let j = end;
  const t = tokens[j];
  if (t?.text === '-' && adjacent(tokens, j)) {
    j += tokens[j + 1]?.lower === 'to' ? 2 : 1; // "10-12", "24- to 30-foot"
  } else if (t?.lower === 'to' || (t?.lower === 'or' && !prefix)) {
    // "10 to 12"; "five or six years": either figure, the writer not sure which
    j++;
  } else if (t?.lower === 'and' && isBetween(tokens, end)) {
    j++;
  } else {
    return undefined;
  }
  const past = prefix ? afterRepeatedWords(tokens, j, prefix.start, prefix.end) : j;
  const second = parseNumberAt(tokens, past);
  if (!second || second.value <= first.value || second.style !== first.style) return undefined;
  // "12 million" after "10 to": the first figure has no scale of its own and takes the second's
  const scaleWord = second.style === 'digits' && second.end === past + 2 ? MULTIPLIER_WORDS[tokens[past + 1].lower] : undefined;
  const firstScaled = scaleWord && first.end === end && first.value * scaleWord < second.value ? first.value * scaleWord : first.value;
  // "dropped $100 to $1,199": a change and the new figure, not the ends of one range
  if (past > j && second.value > RANGE_SPREAD * firstScaled) return undefined;
  return { value: second.value, end: second.end, scaleWord: firstScaled !== first.value ? scaleWord : undefined };
}

/** How far apart the ends of a range with its currency written twice may be ("$24 to $26", not "$100 to $1,199"). */
const RANGE_SPREAD = 5;

/** Token j past a repeat of the words from..to ("$" again in "$24 to $26"), or j when they are not repeated there. */
function afterRepeatedWords(tokens: Token[], j: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[j + k - from]?.lower !== tokens[k].lower) return j;
  return j + to - from;
}

/** "between 10 and 12": the word before the first number is "between". */
function isBetween(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 6); k--) if (tokens[k].lower === 'between') return true;
  return false;
}

function isComparative(t: Token | undefined): boolean {
  return !!t && COMPARATIVES.has(t.lower);
}

/** Words after "N times" that make it a multiplier: "ten times faster", "four times as many", "three times the size". */
const COMPARATIVES = new Set(['as', 'more', 'less', 'the', 'than', 'higher', 'larger', 'bigger', 'greater', 'faster', 'slower',
  'smaller', 'lower', 'longer', 'shorter', 'heavier', 'lighter', 'stronger', 'weaker', 'deeper', 'wider', 'cheaper',
  'costlier', 'better', 'worse', 'louder', 'brighter', 'hotter', 'colder', 'older', 'younger', 'richer', 'poorer']);

/** "20-13", "10-5-1": digits joined by hyphens with no space, read as a pair unless they are a range. */
function pairAfter(tokens: Token[], i: number, end: number): { wins: number; losses: number; end: number } | undefined {
  const dash = tokens[end];
  const second = tokens[end + 1];
  if (tokens[i].kind !== 'number' || end !== i + 1 || dash?.text !== '-' || !adjacent(tokens, end) || second?.kind !== 'number' || !adjacent(tokens, end + 1)) return undefined;
  if (!/^\d{1,3}$/.test(tokens[i].text) || !/^\d{1,3}$/.test(second.text)) return undefined;
  let last = end + 2;
  // a draw column: "25-3-1"
  if (tokens[last]?.text === '-' && tokens[last + 1]?.kind === 'number' && adjacent(tokens, last) && adjacent(tokens, last + 1)) last += 2;
  // "10-12" before a unit or a counted noun is a range ("10-12 houses"); a record or score is followed by neither
  if (lookupUnitAfter(tokens, last)) return undefined;
  // "aged 18-25", "rose to 10-12": a second figure larger than the first is a range unless a result or record word,
  // or a parenthesis after a name, says otherwise
  if (Number(second.text) > Number(tokens[i].text) && !pairMarked(tokens, i, last)) return undefined;
  return { wins: Number(tokens[i].text), losses: Number(second.text), end: last };
}

function pairMarked(tokens: Token[], i: number, last: number): boolean {
  const word = (j: number) => (tokens[j]?.sentence === tokens[i].sentence ? tokens[j].lower : '');
  if (tokens[i - 1]?.text === '(' || STRONG_RECORD_WORDS.has(word(last)) || STRONG_RECORD_WORDS.has(word(i - 1))) return true;
  return [i - 1, i - 2, i - 3, last, last + 1].some((j) => SCORE_WORDS.has(word(j)));
}

const STRONG_RECORD_WORDS = new Set(['record', 'records', 'mark']);

function isSecondOfPair(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.text === '-' && adjacent(tokens, i) && tokens[i - 2]?.kind === 'number' && adjacent(tokens, i - 1);
}

/**
 * A pair of figures is a score when a result word stands by it ("a 20-13 win", "beat them 20-13") and a win-loss
 * record when a record word does or when it follows a name in parentheses or commas ("Venstrup (45-1)", "improved
 * to 10-5"). A score is not compared (every game has several); a record is, as a claim of its own.
 */
function recordOrScore(ctx: ClaimContext, i: number, pair: { wins: number; losses: number; end: number }): Step {
  const { tokens } = ctx;
  const word = (j: number) => (tokens[j]?.sentence === tokens[i].sentence ? tokens[j].lower : '');
  const before = word(i - 1);
  const after = word(pair.end);
  // "beat the Rams 20-13", "a 20-13 win over": a result word within three words before or two after
  // "tied with the Bulldogs at 12-12": a level pair a few words after a tie word is the score of the moment
  const levelScore = pair.wins === pair.losses && [2, 3, 4, 5, 6].some((k) => TIE_WORDS.has(word(i - k)));
  const nearScoreWord = levelScore || [i - 1, i - 2, i - 3, pair.end, pair.end + 1].some((j) => SCORE_WORDS.has(word(j)));
  const parenthesised = parenthesisedAfterName(tokens, i, pair.end);
  if (parenthesised === 'opponent') return { end: pair.end };
  const isRecord = parenthesised === 'record' || !nearScoreWord &&
    (RECORD_AFTER.has(after) || RECORD_BEFORE.has(before) || before === '(' || (before === ',' && startsUpperCase(tokens[i - 2]?.text ?? '')));
  if (!isRecord) return { end: pair.end };
  const value = pair.wins * 1000 + pair.losses;
  return { claim: makeClaim(ctx, { start: i, end: pair.end, numberStart: i, dimension: 'record', value, low: value, high: value, unit: '', frame: 'record' }), end: pair.end };
}

/**
 * "led Indianapolis (10-5) downfield", "Venstrup (45-1) won": a pair in parentheses right after a name is that side's
 * record, whatever result words stand around it; after the beaten side's name ("beat Quarnby (20-13)") it is the score.
 */
function parenthesisedAfterName(tokens: Token[], i: number, end: number): 'record' | 'opponent' | undefined {
  const name = tokens[i - 2];
  if (tokens[i - 1]?.text !== '(' || tokens[end]?.text !== ')' || !name || name.kind !== 'word' || !startsUpperCase(name.text)) return undefined;
  let j = i - 3;
  while (tokens[j] && tokens[j].sentence === name.sentence && tokens[j].kind === 'word' && (startsUpperCase(tokens[j].text) || tokens[j].lower === 'the')) j--;
  return OPPONENT_WORDS.has(tokens[j]?.sentence === name.sentence ? tokens[j].lower : '') ? 'opponent' : 'record';
}

/** Words before a team's name that make it the other side of a result: "beat Quarnby (20-13)", "a win over Quarnby". */
const OPPONENT_WORDS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeating', 'edged', 'routed', 'thrashed', 'downed', 'over', 'against', 'vs', 'versus']);

const TIE_WORDS = new Set(['tie', 'tied', 'tying', 'level', 'levelled', 'leveled', 'even', 'deadlocked', 'knotted']);
const SCORE_WORDS = new Set(['win', 'victory', 'loss', 'defeat', 'lead', 'tie', 'tied', 'tying', 'triumph', 'rout', 'edge', 'final', 'beat',
  'defeated', 'won', 'lost', 'trailing', 'trailed', 'led', 'score', 'scoreline', 'halftime', 'drubbing', 'thrashing']);
/** Words before a pair that make it a record ("improved to 10-5", "now 9-1"), and after it ("a 10-5 record", "9-1 in close games"). */
const RECORD_BEFORE = new Set(['to', 'at', 'is', 'are', 'record', 'improved', 'fell', 'dropped', 'moved', 'now', 'stands']);
const RECORD_AFTER = new Set(['record', 'records', 'mark', 'in', 'overall', 'start', 'season', 'campaign', 'career']);

/**
 * "weighs 2.38 pounds (1.08 kg)": "pounds" written out is a weight when a weight verb or a mass conversion stands by;
 * money is written with its sign ("£2.38") or beside a price word.
 */
function weightNotMoney(ctx: ClaimContext, i: number, unit: UnitMatch | undefined): UnitMatch | undefined {
  if (!unit || unit.unit.symbol !== 'GBP' || !/^pounds?$/.test(ctx.tokens[unit.end - 1]?.lower ?? '')) return unit;
  const massAfter = ctx.tokens[unit.end]?.text === '(' && lookupUnitAfter(ctx.tokens, unit.end + 2)?.unit.dimension === 'mass';
  return massAfter || sentenceHas(ctx, i, WEIGHT_WORDS) || heightBefore(ctx.tokens, i) ? { ...unit, unit: POUND_WEIGHT } : unit;
}

// a person's description gives height and weight together: "5-foot-8, 135 pounds", "six feet tall and 200 pounds"
const WEIGHT_WORDS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'heavier', 'lighter', 'light', 'tall', 'height', 'inch', 'inches']);

const INCHES_PER_FOOT = 12;
/** The units vocabulary's spellings of feet and of inches, and "in" after a height ("6 ft 2 in"). */
const spellingsOf = (symbol: string) => UNITS.find((u) => u.symbol === symbol)!.spellings.map((w) => w.toLowerCase());
const FEET_WORDS = new Set(spellingsOf('ft'));
const INCH_WORDS = new Set([...spellingsOf('in'), 'in']);

/** A height in feet and inches earlier in the sentence: "5-foot-8, 135 pounds" describes a person. */
function heightBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && tokens[j].sentence === tokens[i].sentence; j--) {
    const number = tokens[j - 1].text === '-' ? tokens[j - 2] : tokens[j - 1];
    if (FEET_WORDS.has(tokens[j].lower) && number?.kind === 'number' && inchesAfter(tokens, j + 1)) return true;
  }
  return false;
}

/** The inches after a number of feet: "-8" of "5-foot-8", "8 inches" of "5 feet 8 inches", "-8-inch". */
function inchesAfter(tokens: Token[], j: number): { value: number; end: number } | undefined {
  const glued = tokens[j]?.text === '-' && adjacent(tokens, j) && adjacent(tokens, j + 1);
  const at = glued ? j + 1 : j;
  const t = tokens[at];
  if (!t || t.kind !== 'number' || t.sentence !== tokens[j - 1]?.sentence) return undefined;
  const value = Number(t.text);
  if (!(value < INCHES_PER_FOOT)) return undefined;
  let end = at + 1;
  if (tokens[end]?.text === '-' && adjacent(tokens, end) && INCH_WORDS.has(tokens[end + 1]?.lower ?? '')) end += 2;
  else if (INCH_WORDS.has(tokens[end]?.lower ?? '') && tokens[end].sentence === t.sentence) end++;
  // "5 feet 8" with nothing after is no height: the 8 may count something else
  else if (!glued) return undefined;
  return { value, end };
}
const POUND_WEIGHT = UNITS.find((u) => u.symbol === 'lb')!;

/**
 * "11 p.m.", "7 am", "0737 GMT", "9 o'clock": a time of day after the number (what the clock reader did not take).
 * "local" counts only as "local time": "five local residents" are people.
 */
function isClockTime(tokens: Token[], end: number): boolean {
  if (!tokens[end] || tokens[end].sentence !== tokens[end - 1].sentence) return false;
  const zone = zoneAt(tokens, end);
  return !!meridiemAt(tokens, end) || /^o'?clock$/.test(tokens[end].lower) || (!!zone && (zone.zone !== 'local' || tokens[end + 1]?.lower === 'time'));
}

/** "1,440 x 900", "2880 × 1800": the sides of a screen or a room, not a count. */
function isDimensionsPair(tokens: Token[], i: number, end: number): boolean {
  const isTimes = (t: Token | undefined) => !!t && (t.lower === 'x' || t.text === '×');
  if (isTimes(tokens[end]) && tokens[end + 1]?.kind === 'number') return true;
  if (isTimes(tokens[i - 1]) && tokens[i - 1].kind !== 'number' && tokens[i - 2]?.kind === 'number') return true;
  // "2,880-by-1,800 pixels"
  const hyphenBy = (j: number) => tokens[j]?.text === '-' && tokens[j + 1]?.lower === 'by' && tokens[j + 2]?.text === '-';
  return (hyphenBy(end) && tokens[end + 3]?.kind === 'number') || (hyphenBy(i - 3) && tokens[i - 4]?.kind === 'number');
}

/** Nouns after a hyphenated size that make it the name of a product's variant: "the 13-inch model". */
const MODEL_NOUNS = new Set(['model', 'models', 'version', 'versions', 'option', 'options', 'edition', 'editions', 'variant',
  'variants', 'size', 'sizes', 'screen', 'display', 'laptop', 'notebook', 'tablet']);

/** "13-inch Zentrabook": a hyphenated size (number at `i`, unit ending before `end`) followed by a capitalised name. */
function isModelDesignator(tokens: Token[], i: number, end: number): boolean {
  const hyphenated = tokens[i + 1]?.text === '-' && adjacent(tokens, i + 1);
  const next = tokens[end];
  if (tokens[end - 1]?.text === '-') return false;
  return hyphenated && !!next && next.kind === 'word' && (startsUpperCase(next.text) || MODEL_NOUNS.has(next.lower)) && next.sentence === tokens[i].sentence;
}

function ageAfter(tokens: Token[], end: number): { end: number } | undefined {
  // "45 years old"
  if ((tokens[end]?.lower === 'years' || tokens[end]?.lower === 'year') && tokens[end + 1]?.lower === 'old') return { end: end + 2 };
  // "31-year-old", "32 year old"
  let j = end;
  if (tokens[j]?.text === '-') j++;
  if ((tokens[j]?.lower === 'year' || tokens[j]?.lower === 'years') && (tokens[j + 1]?.text === '-' ? tokens[j + 2]?.lower === 'old' : false)) {
    return { end: j + 3 };
  }
  // "an 11-year old girl": the second hyphen left out
  if (j > end && tokens[j]?.lower === 'year' && tokens[j + 1]?.lower === 'old') return { end: j + 2 };
  return undefined;
}

/** "Harlo Venstrup, 32," */
function isAgeApposition(tokens: Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  const name = tokens[i - 2]?.text === '.' && /^(?:Jr|Sr)$/.test(tokens[i - 3]?.text ?? '') ? tokens[i - 3] : tokens[i - 2];
  const after = tokens[end];
  // ("Harlo Venstrup III, 38," and "Harlo Venstrup Jr., 38,": a generational suffix ends the name)
  if (before?.text !== ',' || !name || !(/^[A-Z][a-z]/.test(name.text) || /^(?:II|III|IV)$/.test(name.text))) return false;
  const v = Number(tokens[i].text);
  return tokens[i].kind === 'number' && v >= 1 && v <= 110 && (!after || [',', '.', ')', ';'].includes(after.text) || after.lower === 'and');
}

/** What a sum is the value of: "a $2.5 million necklace", "a necklace worth £1.2m", "jewels valued at €2m". */
function valuedThing(tokens: Token[], start: number, end: number): string | undefined {
  let j = start - 1;
  if (tokens[j]?.lower === 'at') j--;
  if (VALUE_WORDS.has(tokens[j]?.lower ?? '')) {
    const noun = tokens[j - 1];
    return noun?.kind === 'word' && noun.sentence === tokens[start].sentence && !STOPWORDS.has(noun.lower) ? lemma(noun.lower) : undefined;
  }
  const after = countedNoun(tokens, end);
  return after && !VALUE_WORDS.has(after.lemma) && !/(ed|ing)$/.test(after.lemma) ? after.lemma : undefined;
}

const VALUE_WORDS = new Set(['worth', 'valued', 'value', 'costing', 'priced']);

/** A person named right after "-year-old" or right before ", 32": their name as the age's subject. */
function ageSubject(tokens: Token[], start: number, after: number): string | undefined {
  const name: string[] = [];
  if (after >= 0) {
    for (let j = after; j < tokens.length && name.length < 4 && /^[A-Z]/.test(tokens[j].text) && tokens[j].kind === 'word' && tokens[j].sentence === tokens[start].sentence; j++) name.push(tokens[j].lower);
    if (name.length) return name.join(' ');
    return undefined;
  }
  for (let j = start - 2; j >= 0 && name.length < 4 && tokens[j].kind === 'word' && /^[A-Z]/.test(tokens[j].text) && tokens[j].sentence === tokens[start].sentence; j--) name.unshift(tokens[j].lower);
  return name.length ? name.join(' ') : undefined;
}

/** Digits glued into a name or code: "COVID-19", "Luna-25", "AK-47s", "G8". */
function isPartOfName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'number') return false;
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && prev.kind === 'word' && !/^(M|US|A|AU|Rs|R|euro|magnitude)$/i.test(prev.text)) return true;
  if (prev?.text === '-' && prev.end === t.start && tokens[i - 2]?.end === prev.start && tokens[i - 2].kind === 'word' && tokens[i - 2].lower !== 'magnitude') {
    return true;
  }
  if (prev?.text === '#' || prev?.text === '№') return true;
  return false;
}

function isAttachedToWord(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end];
  return tokens[i].kind === 'number' && !!next && next.kind === 'word' && next.start === tokens[end - 1].end;
}

function isYear(t: Token, num: ParsedNumber): boolean {
  return num.style === 'digits' && !num.grouped && /^\d{4}$/.test(t.text) && num.value >= 1800 && num.value <= 2100;
}

function sentenceHas(ctx: ClaimContext, i: number, words: Set<string>): boolean {
  const s = ctx.tokens[i].sentence;
  for (let j = i - 12; j < i + 12; j++) if (ctx.tokens[j]?.sentence === s && words.has(ctx.tokens[j].lower)) return true;
  return false;
}

/** The head noun counted by a figure: "20 bulletproof cars" → car, "three people were killed" → people. */
/** Words right before a number that make it a vote: "voted nine to three". */
const VOTE_WORDS = new Set(['voted', 'vote', 'votes']);
/** Nouns of a parent: "a father of three" counts children. */
const PARENT_NOUNS = new Set(['mother', 'father', 'parent', 'mom', 'dad', 'mum', 'grandmother', 'grandfather', 'grandparent']);

/** Whether a word that could be a noun follows token j in its sentence. */
function nounFollows(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && next.sentence === tokens[j].sentence && next.kind === 'word' && !STOPWORDS.has(next.lower);
}

/** "hit", "struck", "fell": an irregular verb form the vocabulary knows, other than "runs" or "running". */
function isIrregularPast(word: string): boolean {
  return !!VERB_BASE[word] && !/(s|ing)$/.test(word);
}

/** Words that follow a counted noun without being part of it. */
const ADVERBS_OF_PLACE_AND_TIME = new Set(['below', 'above', 'away', 'ago', 'later', 'earlier', 'apart', 'behind', 'ahead', 'back', 'down', 'up', 'long', 'high', 'deep', 'tall', 'wide', 'old',
  'late', 'early', 'again', 'apiece', 'each']);

/**
 * A model's code at token j, capitals and a number ("AR-15", "AR 15", "F-16"), when a noun follows it: its name
 * written one way ("ar15") and the token after it.
 */
function modelCodeAt(tokens: Token[], j: number): { name: string; end: number } | undefined {
  const letters = tokens[j];
  if (!/^[A-Z]{1,4}$/.test(letters.text)) return undefined;
  let k = j + 1;
  if (tokens[k]?.text === '-' && adjacent(tokens, k)) k++;
  const digits = tokens[k];
  if (digits?.kind !== 'number' || digits.sentence !== letters.sentence || !/^\d{1,4}$/.test(digits.text) || digits.start - tokens[k - 1].end > 1) return undefined;
  const noun = tokens[k + 1];
  if (!noun || noun.kind !== 'word' || noun.sentence !== letters.sentence || noun.start === digits.end) return undefined;
  if (!startsLowerCase(noun.text) && !NOUN_CLASS_OF.has(noun.lower)) return undefined;
  return { name: `${letters.lower}${digits.text}`, end: k + 1 };
}

const NOT_COUNTED = new Set(['left', 'remaining', 'apiece', 'alone']);


export function countedNoun(tokens: Token[], end: number): { lemma: string; end: number; qualifier?: string } | undefined {
  let head: { lemma: string; end: number; qualifier?: string } | undefined;
  let qualifier: string | undefined;
  for (let j = end, n = 0; j < tokens.length && n < 4; j++, n++) {
    const t = tokens[j];
    if (t.sentence !== tokens[end - 1]?.sentence) break;
    if (t.text === '-' && adjacent(tokens, j) && tokens[j + 1] && adjacent(tokens, j + 1)) continue;
    // "two other rifles", "12 other defendants": others besides some already told, counted apart from them
    if (n === 0 && t.lower === 'other' && tokens[j + 1]?.kind === 'word' && tokens[j + 1].sentence === t.sentence && !STOPWORDS.has(tokens[j + 1].lower)) {
      qualifier = 'other';
      continue;
    }
    if (t.kind !== 'word' || STOPWORDS.has(t.lower) || DAY_WORDS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4)) break;
    // "with 41 left", "12 remaining", "two apiece": what is left of something, not a thing counted
    if (n === 0 && NOT_COUNTED.has(t.lower)) break;
    // "47 KO's", "3 TDs": a counted noun abbreviated in capitals, not a name
    const abbreviated = n === 0 ? abbreviatedNoun(t.text) : undefined;
    if (abbreviated) return { lemma: abbreviated, end: j + 1 };
    // "40 Ostrians", "nine Kestrelis": people of a nation or a group, counted like "people" (attributes.ts reads which)
    if (n === 0 && isGroupPlural(t.text)) {
      head = { lemma: 'people', end: j + 1 };
      break;
    }
    // "12 AR-15 rifles", "nine AR 15 Rifles", "two F-16 jets": a model's code before the noun says which kind
    const code = n === 0 ? modelCodeAt(tokens, j) : undefined;
    if (code) {
      qualifier = code.name;
      j = code.end - 1;
      continue;
    }
    // "247 News Agency", "three Harlow bank workers": a capitalised word is a name unless it names people
    if (startsUpperCase(t.text) && !NOUN_CLASS_OF.has(t.lower) && n === 0) {
      if (!tokens[j + 1] || tokens[j + 1].kind !== 'word' || startsUpperCase(tokens[j + 1].text)) return undefined;
      // "11 Ostrian pirates" are a sub-group of "23 pirates", never the same count
      qualifier = t.lower;
      continue;
    }
    if (head && /(ed|ing)$/.test(t.lower) && !NOUN_CLASS_OF.has(t.lower)) {
      // "one rocket propelled grenade launcher": the word was a modifier of a longer name, not what is counted
      const next = tokens[j + 1];
      if (next && next.sentence === t.sentence && next.kind === 'word' && !STOPWORDS.has(next.lower) && t.lower.endsWith('ed') && adjacent(tokens, j)) return undefined;
      break;
    }
    if (TRIGGER_WORDS.has(t.lower) && head) break;
    // "one landed near the school", "two bombs hit the camp": a verb, not a noun, follows the number or the noun
    // ("355 damaged shops": a participle before a noun describes it)
    if (!NOUN_CLASS_OF.has(t.lower) && !TRIGGER_WORDS.has(t.lower) && (head ? /s$/.test(tokens[j - 1].lower) && isIrregularPast(t.lower) : /ed$/.test(t.lower) && !!verbBase(t.lower, true) && !nounFollows(tokens, j))) break;
    // "eight stories below", "three doors away": the word after the noun says where, it is not the noun
    if (head && ADVERBS_OF_PLACE_AND_TIME.has(t.lower)) break;
    // "20,000 people took to the streets": a word after a known noun is the verb, not a longer noun, unless it is
    // a known noun itself ("five Israeli soldiers")
    if (head && NOUN_CLASS_OF.has(tokens[j - 1].lower) && !NOUN_CLASS_OF.has(t.lower)) break;
    head = { lemma: lemma(t.lower), end: j + 1, qualifier };
    // "a 12-member jury", "a 45-caliber gun", "a five-boat attack": a word joined to the number by a hyphen is what
    // is counted, and the noun after it is what the compound describes
    if (j === end + 1 && tokens[end].text === '-') break;
  }
  if (head && CHARGE_NOUNS.has(head.lemma)) head.qualifier = chargeAfter(tokens, head.end) ?? head.qualifier;
  return head;
}

/**
 * A capitalised plural with the endings of a people's name ("Ostrians", "Kestrelis", "Lanchese"): a count of people
 * of one nation or group. A capitalised word of another shape is a name ("247 News Agency").
 */
export function isGroupPlural(text: string): boolean {
  return startsUpperCase(text) && /[a-z](ans|is|ese)$/.test(text);
}

function abbreviatedNoun(text: string): string | undefined {
  const m = /^([A-Z]{2,3})(?:'?s)?$/.exec(text);
  return m ? ABBREVIATED_NOUNS[m[1].toLowerCase()] : undefined;
}

/** Nouns counted per offence: "three counts of vehicular homicide" and "one count of murder" are two charges. */
const CHARGE_NOUNS = new Set(['count', 'charge']);

/** The offence after "counts of": "vehicular homicide", "first-degree murder" (up to four words). */
function chargeAfter(tokens: Token[], end: number): string | undefined {
  if (tokens[end]?.lower !== 'of') return undefined;
  const words: string[] = [];
  for (let j = end + 1; j < tokens.length && words.length < 4 && tokens[j].sentence === tokens[end].sentence; j++) {
    const t = tokens[j];
    if (t.text === '-' && adjacent(tokens, j)) continue;
    if (t.kind !== 'word' || STOPWORDS.has(t.lower)) break;
    words.push(t.lower);
  }
  return words.length ? words.join(' ') : undefined;
}

const TRIGGER_WORDS = new Set(COUNT_FRAMES.flatMap((f) => f.triggers));
const TRIGGER_FRAME = new Map(COUNT_FRAMES.flatMap((f) => f.triggers.map((t) => [t, f.id] as const)));

function countFrame(ctx: ClaimContext, start: number, end: number, noun: string | undefined, qualifier?: string): { frame?: string; subject?: string } {
  const { tokens } = ctx;
  // "a father of three", "a mother of 12": her children, whatever befell her
  if (!noun && tokens[start - 1]?.lower === 'of' && PARENT_NOUNS.has(tokens[start - 2]?.lower ?? '')) return { frame: 'count:children', subject: 'children' };
  // "nine voting for the death penalty", "the jury voted nine to three": votes, no toll
  if (noun && /ing$/.test(noun) && !NOUN_CLASS_OF.has(noun) && !TRIGGER_WORDS.has(noun) && verbBase(noun)) return {};
  const voteBefore = (j: number) => VOTE_WORDS.has(tokens[j]?.lower ?? '');
  // "nine in favour of the death penalty": votes
  if (tokens[end]?.lower === 'in' && /^favou?r$/.test(tokens[end + 1]?.lower ?? '')) return {};
  if (voteBefore(start - 1) || (tokens[start - 1]?.lower === 'to' && !!parseNumberAt(tokens, start - 2) && voteBefore(start - 3))) return {};
  const nounClass = noun ? NOUN_CLASS_OF.get(noun) ?? NOUN_CLASS_OF.get(noun + 's') ?? noun : undefined;
  const nounWord = ctx.tokens[end - 1]?.lower;
  // "a two-vehicle crash killed three": the compound describes the crash; nothing befell the two vehicles. Only a
  // compound of a thing news counts is a count ("a 200-student school"); "a 45-caliber gun", "the 64-bit version"
  // and "a 10-point lead" name a kind or a margin, compared with nothing
  if (nounClass && tokens[start + 1]?.text === '-' && end === start + 3) {
    const counted = NOUN_CLASS_OF.has(noun!) || NOUN_CLASS_OF.has(noun + 's');
    // "a 3-pointer", "a two-pointer" standing alone name a kind too
    if (!counted) return {};
    if (nounFollows(tokens, end - 1)) return ownCount(nounClass, noun!, qualifier);
  }
  // a bare figure or a count of people looks further for what was counted: "put the march at roughly 30,000 people"
  const reach = nounClass === undefined || nounClass === 'people' ? FAR_TRIGGER_WINDOW : NEAR_TRIGGER_WINDOW;
  // "400 protesters have been detained": a verb right after says what befell them; else the noun may ("40 bodies")
  // "35,000 bodies never recovered", "12 people not yet found": a count of what did not happen is no toll of the event
  if (noun && negatedAfter(tokens, end)) return {};
  // "left 14 others trapped", "leaving 300 homeless": the state the count was left in says what befell it, and a
  // state no frame names ("trapped") is no toll of the verb before
  if (LEAVE_WORDS.has(tokens[start - 1]?.lower ?? '')) {
    const state = verbAfter(tokens, end) ?? TRIGGER_FRAME.get(nounWord);
    return state ? { frame: state, subject: qualified('people', qualifier) } : {};
  }
  // "six were killed and 14 trapped under the rubble": a bare count's own participle says what befell it, and one no
  // frame names is no toll of the verb before
  if (!noun && untriggeredParticiple(tokens, start, end)) return {};
  // "accused of shooting three co-workers, killing two": a count right after a verb is that verb's object, and a
  // trigger further off is another clause's
  const objectOf = objectOfVerb(tokens, start);
  // "six were killed and five people remain in hospital": a count that opens its own clause with its own verb is
  // that verb's subject, and the trigger before the conjunction is the other clause's
  if (noun && CLAUSE_OPENERS.has(tokens[start - 1]?.lower ?? '') && OWN_PREDICATES.has(tokens[end]?.lower ?? '') && !verbAfter(tokens, end)) {
    return nounClass ? ownCount(nounClass, noun, qualifier) : {};
  }
  const frame = (noun && (verbAfter(ctx.tokens, end) ?? TRIGGER_FRAME.get(nounWord))) ||
    (objectOf === undefined ? nearestTrigger(ctx.tokens, start, end, TRIGGERS, reach) : TRIGGER_FRAME.get(objectOf));
  if (frame) {
    // "50 hurt", "80 wounded": the trigger itself stands where the noun would, and people are meant
    const subject = nounClass === undefined || nounClass === 'people' || TRIGGER_WORDS.has(nounWord) ? 'people' : nounClass;
    // "four Ostrian civilians were killed": whose people they are is a group (attributes.ts), not another kind of victim
    return { frame, subject: subject === 'people' ? subject : qualified(subject, qualifier) };
  }
  if (!nounClass) return {};
  // without a verb to say what happened to them, "two women" and "seven children" are different groups
  return ownCount(nounClass, noun!, qualifier);
}

/** Conjunctions that open a new clause before a count: "… were killed and five people remain …". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas']);
/** Verbs a counted subject may have of its own, that say nothing befell it: "five people remain in hospital". */
const OWN_PREDICATES = new Set([...AUXILIARIES, 'remain', 'remained', 'remains', 'stay', 'stayed', 'stays']);

/** A count of its own noun ("count:students", "count:boat"): people by the word written, other things by class. */
function ownCount(nounClass: string, noun: string, qualifier: string | undefined): { frame: string; subject: string } {
  const subject = qualified(nounClass === 'people' ? noun : nounClass, qualifier);
  return { frame: `count:${subject}`, subject };
}

/** A participle right after a bare count that no frame names: "14 trapped", "20 stranded" (not "12 injured"). */
function untriggeredParticiple(tokens: Token[], start: number, end: number): boolean {
  const t = tokens[end];
  return !!t && t.sentence === tokens[start].sentence && t.kind === 'word' && startsLowerCase(t.text) && /ed$/.test(t.lower) &&
    !TRIGGER_FRAME.has(t.lower) && !!verbBase(t.lower);
}

/** Verbs of a count left in some state: "left 14 trapped", "leaving 300 homeless". */
const LEAVE_WORDS = new Set(['left', 'leaving', 'leaves', 'leave']);

/** "never", "not" right after a counted noun (past auxiliaries and "still"): what follows did not happen to them. */
function negatedAfter(tokens: Token[], end: number): boolean {
  for (let j = end; j < end + 3 && tokens[j]?.sentence === tokens[end - 1]?.sentence; j++) {
    const w = tokens[j].lower;
    if (w === 'never' || w === 'not' || w === "n't") return true;
    if (!AUXILIARIES.has(w) && w !== 'still') return false;
  }
  return false;
}

/** The verb right before a count ("shooting", "evacuated"), when the word there is one: the count is its object. */
function objectOfVerb(tokens: Token[], start: number): string | undefined {
  const t = tokens[start - 1];
  if (!t || t.kind !== 'word' || t.sentence !== tokens[start].sentence || !startsLowerCase(t.text)) return undefined;
  return /(ed|ing)$/.test(t.lower) && verbBase(t.lower) ? t.lower : undefined;
}

/** The frame of a passive verb right after a counted noun: "were detained", "have been killed". */
function verbAfter(tokens: Token[], end: number): string | undefined {
  for (let j = end; j < end + 3 && tokens[j]?.sentence === tokens[end - 1]?.sentence; j++) {
    const frame = TRIGGER_FRAME.get(tokens[j].lower);
    if (frame) return frame;
    if (!AUXILIARIES.has(tokens[j].lower)) return undefined;
  }
  return undefined;
}


/** "11 Ostrian pirates" are a sub-group of "23 pirates": the qualifier is part of what is counted. */
function qualified(subject: string, qualifier: string | undefined): string {
  return qualifier ? `${qualifier} ${subject}` : subject;
}

/**
 * The frame of the nearest trigger phrase to the figure in its sentence, looking both ways up to `window` tokens:
 * "three people were killed", "killing 10 people", "killed 40 Palestinians seeking shelter" (the verb before is
 * nearer than the noun after). Another figure, or a conjunction ahead, ends the search in that direction.
 */
function nearestTrigger(
  tokens: Token[], start: number, end: number, triggers: Map<string, { words: string[]; frame: string }[]>, window: number,
  accept: (j: number) => boolean = () => true, breaks: ReadonlySet<string> = CLAUSE_BREAKS,
): string | undefined {
  const sentence = tokens[start].sentence;
  const at = (j: number) => {
    if (tokens[j]?.sentence !== sentence || !accept(j)) return undefined;
    for (const trig of triggers.get(tokens[j]?.lower) ?? []) if (trig.words.every((w, k) => tokens[j + k]?.lower === w)) return trig.frame;
    return undefined;
  };
  let ahead: { frame: string; distance: number } | undefined;
  let commas = 0;
  for (let d = 0; d < window; d++) {
    const after = end + d;
    if (tokens[after]?.sentence === sentence && isNumberish(tokens, after) && d > 0) break;
    // "killed 40 people and injured 100": past a conjunction the verb belongs to the next clause
    if (breaks.has(tokens[after]?.lower ?? '') || (tokens[after]?.lower === 'in' && tokens[after + 1]?.lower === 'protest')) break;
    if (tokens[after]?.text === ',') commas++;
    const f = at(after);
    if (f) {
      ahead = { frame: f, distance: d + 1 + COMMA_DISTANCE * commas };
      break;
    }
  }
  commas = 0;
  for (let d = 1; d <= window; d++) {
    if (tokens[start - d]?.text === ',') commas++;
    if (d + COMMA_DISTANCE * commas >= (ahead?.distance ?? Infinity)) break;
    const f = at(start - d);
    if (f) return f;
    // "the shooting of Harlo Venstrup, 15, on Saturday": an age set off by commas is read past, another figure is not
    const apposition = tokens[start - d - 1]?.text === ',' && tokens[start - d + 1]?.text === ',';
    if (isNumberish(tokens, start - d) && !apposition) break;
  }
  return ahead?.frame;
}

/** A figure that competes for a trigger; "24-hour" in "a 24-hour strike" is a modifier and does not. */
function isNumberish(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t?.kind === 'number' && !(tokens[j + 1]?.text === '-' && adjacent(tokens, j + 1));
}

// ---------------------------------------------------------------------------------------------- assembly

/** What makeClaim needs: token positions, and the claim's own fields that the extractor decides. */
type MakeArgs = Pick<Claim, 'dimension' | 'value' | 'low' | 'high' | 'unit' | 'hedge' | 'frame' | 'subject' | 'zone'> & {
  start: number;
  end: number;
  numberStart: number;
  numberEnd?: number;
};

/** Every claim is made here, with all its fields (see AllFields): those set later (attribute, conversions) start undefined. */
function makeClaim(ctx: ClaimContext, a: MakeArgs): Claim {
  const { tokens, sentences } = ctx;
  const first = tokens[a.start];
  const last = tokens[Math.max(a.start, a.end - 1)];
  const span = { start: first.start, end: last.end };
  const numberFirst = tokens[a.numberStart];
  const numberLast = tokens[Math.max(a.numberStart, (a.numberEnd ?? a.end) - 1)];
  const numberSpan = { start: numberFirst.start, end: numberLast.end };
  const claim: AllFields<Claim> = {
    id: `${ctx.reportId}#${span.start}`,
    reportId: ctx.reportId,
    span,
    numberSpan,
    sentence: sentences[first.sentence] ?? span,
    dimension: a.dimension,
    value: a.value,
    low: a.low,
    high: a.high,
    unit: a.unit,
    hedge: a.hedge,
    frame: a.frame,
    zone: a.zone,
    subject: a.subject,
    context: contextWords(tokens, a.start, a.end),
    attribute: undefined,
    conversion: undefined,
    otherConversions: undefined,
  };
  return claim;
}

/** Content words around a figure in its sentence, lemmatised, numbers and function words left out. */
function contextWords(tokens: Token[], start: number, end: number): string[] {
  const sentence = tokens[start].sentence;
  // a window of 28 tokens: a list looked through costs less than a set made for every figure
  const words: string[] = [];
  for (let j = Math.max(0, start - 14); j < Math.min(tokens.length, end + 14); j++) {
    if (j >= start && j < end) continue;
    const t = tokens[j];
    if (t.sentence !== sentence || t.kind !== 'word' || STOPWORDS.has(t.lower) || t.lower.length < 3) continue;
    const word = contextKeyOf(t.word);
    if (!words.includes(word)) words.push(word);
  }
  // exact size: every claim keeps its list
  return words.slice();
}
