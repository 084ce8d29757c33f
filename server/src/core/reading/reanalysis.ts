/**
 * An edited report read again around the edit only. Typing into a report replaces it at every key, and analysing the
 * whole report again was about two fifths of an edit; most of what the analysis reads is left as it was. What is kept
 * is kept only when everything it was read from is provably the same, as with the pairings kept across an edit
 * (core/alignment/carryOver.ts):
 * - the text is folded, masked and split into sentences again whole (cheap, and masking reads across lines), and
 *   compared with the last reading: the sentences before the first change, and those after the last one, are the
 *   same (after it, but for a shift). Their tokens are kept (moved), the prose between is tokenised again
 *   (`tokensAfterEdit`);
 * - a step of the claim scan (claims.ts, `scanClaims`) reads the tokens around it only, no further than `readsOf`
 *   says (test/unit/reanalysis.test.ts checks that on news): a step whose reach lies wholly among the same sentences
 *   finds what it found before, moved. The scan is run again from a sentence before the edit, and stops once it
 *   reaches a token where the last scan stood too and from where every step read only the same sentences
 *   (`claimStepsAfterEdit`);
 * - the figures of kept steps keep their attributes when what attributes.ts reads of the whole report is as it was,
 *   and the figures around them are kept too (`describeAttributesAfterEdit`); and then the facts the index read of
 *   them (alignment.ts, `readForIndex`).
 * The entities, which read across the whole report (a surname's full name, acronyms, headlines), are found again.
 */
import type { AllFields, Claim, EntityMention, Span } from '../types';
import { firstTokenFrom, firstTokensOf, tokenizeRange, type Token } from './tokens';
import { scanClaims, type ClaimContext, type ClaimStep } from '../extraction/claims';
import { WEEKDAYS } from '../vocab/numberWords';
import { BACKGROUND_OPENERS, BACKGROUND_OPENING_WORDS } from '../vocab/attributes';

/** What an analysis keeps of a report for its next edit. */
export interface AnalysisMemo {
  reportId: string;
  prose: string;
  sentences: Span[];
  tokens: Token[];
  steps: ClaimStep[];
  /** The names as the analysis found them, and the report's date: what attributes read of the whole report. */
  entities: EntityMention[];
  date: string | undefined;
}

/** The report read anew, before its claims are read. */
export type ReadAgain = Omit<AnalysisMemo, 'steps' | 'entities' | 'date'>;

/** What the claim scan after an edit kept: the steps, the claims moved (each to the claim it was), the edit's range. */
export interface ClaimsAfterEdit {
  steps: ClaimStep[];
  movedFrom: Map<Claim, Claim>;
  range: EditedRange;
}

/**
 * How far from a step of the claim scan its readers look, in tokens: the context words of a claim (14 either way), the
 * trigger of a count (12 either way, and the phrase there), hedges and the like before it.
 */
const TOKENS_AROUND = 24;
/**
 * How far into the sentence before its own a step looks: a time's happening in the sentence before ("It took place
 * at 7:37", claims.ts's PREVIOUS_SENTENCE_WINDOW of 40 tokens), and the one token that tells that sentence ended.
 */
const PREVIOUS_SENTENCE_TOKENS = 41;

/**
 * The tokens a step of the claim scan from `at` to `end` may read, first and last (either may lie outside the
 * tokens): those within TOKENS_AROUND of it, and its sentence and the end of the sentence before, back from `at`.
 */
export function readsOf(tokens: readonly Token[], firstTokens: readonly number[], at: number, end: number): { first: number; last: number } {
  const sentenceStart = firstTokens[tokens[at].sentence];
  return { first: Math.min(at - TOKENS_AROUND, sentenceStart - PREVIOUS_SENTENCE_TOKENS), last: Math.max(at, end - 1) + TOKENS_AROUND };
}

/** Where two readings of a report differ: what is the same before the change and after it. */
export interface EditedRange {
  /** Sentences, and their tokens, the same in both from the start. */
  sentencesBefore: number;
  tokensBefore: number;
  /** Sentences, and their tokens, the same in both to the end, but for the shifts. */
  sentencesAfter: number;
  tokensAfter: number;
  charShift: number;
  tokenShift: number;
  sentenceShift: number;
}

/** The sentences the same in a report's last reading and its reading now, at the start and at the end. */
function sameSentencesAtEnds(before: Pick<AnalysisMemo, 'prose' | 'sentences'>, prose: string, sentences: readonly Span[]): { sentencesBefore: number; sentencesAfter: number } {
  const charShift = prose.length - before.prose.length;
  const same = commonEnds(before.prose, prose);
  // the sentences wholly within the same text at the start, as the sentence split found them both times
  const most = Math.min(before.sentences.length, sentences.length);
  let sentencesBefore = 0;
  while (sentencesBefore < most && before.sentences[sentencesBefore].end <= same.start && sameSpan(before.sentences[sentencesBefore], sentences[sentencesBefore], 0)) sentencesBefore++;
  let sentencesAfter = 0;
  const lastBefore = (k: number) => before.sentences[before.sentences.length - 1 - k];
  while (
    sentencesBefore + sentencesAfter < most && lastBefore(sentencesAfter).start >= before.prose.length - same.end &&
    sameSpan(lastBefore(sentencesAfter), sentences[sentences.length - 1 - sentencesAfter], charShift)
  ) sentencesAfter++;
  return { sentencesBefore, sentencesAfter };
}

/**
 * The report's tokens now, from its last reading's: those of the sentences the same at the start as they were, those
 * of the sentences the same at the end moved, and the prose between tokenised again; and so the edit's range.
 * Undefined when a sentence starts inside a token there (an overlong sentence cut), or nothing is the same.
 */
export function tokensAfterEdit(before: AnalysisMemo, prose: string, sentences: Span[]): { tokens: Token[]; range: EditedRange } | undefined {
  const { sentencesBefore, sentencesAfter } = sameSentencesAtEnds(before, prose, sentences);
  if (!sentencesBefore && !sentencesAfter) return undefined;
  const firstTokens = firstTokensOf(before.tokens, before.sentences.length);
  const from = sentences[sentencesBefore]?.start ?? prose.length;
  const to = sentences[sentences.length - sentencesAfter]?.start ?? prose.length;
  // a token runs on over no space: one before each end of the prose read again keeps every token on one side
  const spaceBefore = (at: number) => at === 0 || at === prose.length || /\s/.test(prose[at - 1]);
  if (!spaceBefore(from) || !spaceBefore(to)) return undefined;
  const tokens = before.tokens.slice(0, firstTokens[sentencesBefore]);
  tokenizeRange(prose, sentences, from, to, sentencesBefore, tokens);
  const charShift = prose.length - before.prose.length;
  const sentenceShift = sentences.length - before.sentences.length;
  const firstAfter = firstTokens[before.sentences.length - sentencesAfter];
  for (let k = firstAfter; k < before.tokens.length; k++) {
    const t = before.tokens[k];
    tokens.push({ text: t.text, lower: t.lower, start: t.start + charShift, end: t.end + charShift, kind: t.kind, sentence: t.sentence + sentenceShift, word: t.word });
  }
  const range = {
    sentencesBefore, tokensBefore: firstTokens[sentencesBefore], sentencesAfter, tokensAfter: before.tokens.length - firstAfter,
    charShift, tokenShift: tokens.length - before.tokens.length, sentenceShift,
  };
  return { tokens, range };
}

/** Compares a report's last reading with its reading now: the same sentences and tokens at both ends. */
function editedRange(before: AnalysisMemo, now: ReadAgain): EditedRange {
  const charShift = now.prose.length - before.prose.length;
  const sentenceShift = now.sentences.length - before.sentences.length;
  const tokenShift = now.tokens.length - before.tokens.length;
  const { sentencesBefore, sentencesAfter } = sameSentencesAtEnds(before, now.prose, now.sentences);
  // and their tokens, which the same text and the same sentences make the same: checked all the same, cheaply
  let tokensBefore = 0;
  while (tokensBefore < before.tokens.length && before.tokens[tokensBefore].sentence < sentencesBefore && sameToken(before.tokens[tokensBefore], now.tokens[tokensBefore], 0, 0)) tokensBefore++;
  if (before.tokens[tokensBefore]?.sentence < sentencesBefore || now.tokens[tokensBefore]?.sentence < sentencesBefore) return noneAlike(charShift, tokenShift, sentenceShift);
  const firstAfter = before.sentences.length - sentencesAfter;
  let tokensAfter = 0;
  const lastToken = (tokens: Token[], k: number) => tokens[tokens.length - 1 - k];
  while (
    tokensAfter < before.tokens.length - tokensBefore && lastToken(before.tokens, tokensAfter).sentence >= firstAfter &&
    sameToken(lastToken(before.tokens, tokensAfter), lastToken(now.tokens, tokensAfter), charShift, sentenceShift)
  ) tokensAfter++;
  if (lastToken(before.tokens, tokensAfter)?.sentence >= firstAfter || lastToken(now.tokens, tokensAfter)?.sentence >= firstAfter + sentenceShift) return noneAlike(charShift, tokenShift, sentenceShift);
  return { sentencesBefore, tokensBefore, sentencesAfter, tokensAfter, charShift, tokenShift, sentenceShift };
}

function noneAlike(charShift: number, tokenShift: number, sentenceShift: number): EditedRange {
  return { sentencesBefore: 0, tokensBefore: 0, sentencesAfter: 0, tokensAfter: 0, charShift, tokenShift, sentenceShift };
}

/** How many characters two texts share at their start, and at their end (not overlapping in either). */
function commonEnds(a: string, b: string): { start: number; end: number } {
  const most = Math.min(a.length, b.length);
  let start = 0;
  while (start < most && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return { start, end };
}

function sameSpan(a: Span, b: Span, shift: number): boolean {
  return a.start + shift === b.start && a.end + shift === b.end;
}

function sameToken(a: Token, b: Token | undefined, charShift: number, sentenceShift: number): boolean {
  return !!b && a.start + charShift === b.start && a.end + charShift === b.end && a.sentence + sentenceShift === b.sentence && a.kind === b.kind && a.text === b.text;
}

/**
 * The claim scan's steps over the report now, from its last reading's: the steps that read only sentences the edit
 * left alone are kept (moved, their claims copied without attributes), the scan is run again over the rest. `known`
 * is the edit's range when the tokens were read from the last reading's (`tokensAfterEdit`). Undefined when nothing
 * can be kept.
 */
export function claimStepsAfterEdit(before: AnalysisMemo, now: ReadAgain, known?: EditedRange): ClaimsAfterEdit | undefined {
  const range = known ?? editedRange(before, now);
  if (!range.tokensBefore && !range.tokensAfter) return undefined;
  const beforeFirst = firstTokensOf(before.tokens, before.sentences.length);
  const ctx: ClaimContext = { reportId: now.reportId, tokens: now.tokens, sentences: now.sentences };
  const { kept, from } = keptBefore(before, beforeFirst, range);
  const resume = resumeAt(before, beforeFirst, range);
  const movedFrom = new Map<Claim, Claim>();
  const steps = kept.map((s) => movedStep(s, ctx, 0, 0, movedFrom));
  const last = before.steps;
  const stopped = scanClaims(ctx, from, steps, resume === undefined ? undefined : (i) => i >= resume + range.tokenShift && isLanding(last, i - range.tokenShift));
  // the steps of the last scan from where this one stopped, moved
  for (let k = firstStepFrom(last, stopped - range.tokenShift); stopped < now.tokens.length && k < last.length; k++) {
    steps.push(movedStep(last[k], ctx, range.tokenShift, range.charShift, movedFrom));
  }
  return { steps, movedFrom, range };
}

/**
 * The last scan's steps kept at the start, and the token from which the scan is run again: the start of a sentence
 * far enough before the first changed one that no step before it read anything of the change.
 */
function keptBefore(before: AnalysisMemo, firstTokens: number[], range: EditedRange): { kept: ClaimStep[]; from: number } {
  const unchanged = range.tokensBefore;
  for (let sentence = range.sentencesBefore; sentence > 0; sentence--) {
    const start = firstTokens[sentence];
    // a token passed by before `start` read up to TOKENS_AROUND after it, and its own sentence, which ends before
    if (start + TOKENS_AROUND > unchanged) continue;
    const k = firstStepFrom(before.steps, start);
    const across = before.steps[k - 1];
    if (across && across.end > start && readsOf(before.tokens, firstTokens, across.at, across.end).last >= unchanged) continue;
    return { kept: before.steps.slice(0, k), from: across && across.end > start ? across.end : start };
  }
  return { kept: [], from: 0 };
}

/**
 * The first token (of the last scan) from which every step of the last scan read only tokens after the change, where
 * the scan stood; undefined when there is none. Where a step's reads begin only moves on along the text.
 */
function resumeAt(before: AnalysisMemo, firstTokens: number[], range: EditedRange): number | undefined {
  const unchanged = before.tokens.length - range.tokensAfter;
  let sentence = before.sentences.length - range.sentencesAfter;
  while (sentence < before.sentences.length && firstTokens[sentence] - PREVIOUS_SENTENCE_TOKENS < unchanged) sentence++;
  if (sentence >= before.sentences.length) return undefined;
  // a step there reads from TOKENS_AROUND before it, or the sentence before its own, after the change either way
  let at = firstTokens[sentence];
  const k = firstStepFrom(before.steps, at);
  const across = before.steps[k - 1];
  if (across && across.end > at) at = across.end;
  return at < before.tokens.length ? at : undefined;
}

/** Index of the first step at or after token `at`. */
function firstStepFrom(steps: readonly ClaimStep[], at: number): number {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the scan stood at token `at`: no step read past it. */
function isLanding(steps: readonly ClaimStep[], at: number): boolean {
  const across = steps[firstStepFrom(steps, at) - 1];
  return !across || across.end <= at;
}

/** A kept step, moved by `tokens` and `chars`, its claim a copy as the scan would make it there (no attribute yet). */
function movedStep(step: ClaimStep, ctx: ClaimContext, tokens: number, chars: number, movedFrom: Map<Claim, Claim>): ClaimStep {
  const claim = step.claim && movedClaim(step.claim, ctx, chars);
  if (claim) movedFrom.set(claim, step.claim!);
  return { at: step.at + tokens, end: step.end + tokens, claim };
}

/**
 * The claim moved by `chars`, made field by field as claims.ts's `makeClaim` makes a claim (not spread from the old
 * one): claims of one shape keep the code that reads them fast, and a copy by spreading is of another.
 */
function movedClaim(c: Claim, ctx: ClaimContext, chars: number): Claim {
  const span = moved(c.span, chars);
  const first = ctx.tokens[firstTokenFrom(ctx.tokens, span.start)];
  const claim: AllFields<Claim> = {
    id: `${ctx.reportId}#${span.start}`,
    reportId: c.reportId,
    span,
    numberSpan: moved(c.numberSpan, chars),
    sentence: ctx.sentences[first.sentence] ?? span,
    dimension: c.dimension,
    value: c.value,
    low: c.low,
    high: c.high,
    unit: c.unit,
    hedge: c.hedge,
    frame: c.frame,
    zone: c.zone,
    subject: c.subject,
    context: c.context,
    attribute: undefined,
    conversion: c.conversion && movedConversion(c.conversion, chars),
    otherConversions: c.otherConversions?.map((o) => movedConversion(o, chars)),
  };
  return claim;
}

type Conversion = NonNullable<Claim['conversion']>;

function movedConversion(conversion: Conversion, chars: number): Conversion {
  return { span: moved(conversion.span, chars), value: conversion.value, unit: conversion.unit };
}

function moved(span: Span, chars: number): Span {
  return { start: span.start + chars, end: span.end + chars };
}

/**
 * Gives the claims of a report read again after an edit their attributes (what `describeAttributes` does): a claim
 * moved from the last reading keeps its attribute when all the report-wide reading of attributes.ts is as it was
 * (`readsAlikeReportWide`). What an attribute reads around its figure (its sentence, the figures and names in it, the
 * sentence's subject up to 40 tokens back, a verb or a place a few tokens after) lies within what the figure's step of
 * the claim scan may read, and that is as it was, since the step was kept. Kept steps come in whole sentences (the
 * scan is kept up to a sentence's start and resumed at one), so the figures of a sentence are all kept or all
 * described: figures of a sentence mark each other (parts of a list, a total and what it includes). A sentence reads
 * the one before only in a background run (`withBackgroundRuns`). The described figures are described beside copies
 * of the weekdays kept (which days a report speaks of dates its figures). Returns the claims kept so, each to the
 * claim it was: their sentence and its names are as they were.
 */
export function describeAttributesAfterEdit(
  claims: Claim[], now: ReadAgain, entities: EntityMention[], date: string | undefined, before: AnalysisMemo, edit: ClaimsAfterEdit,
  describe: (claims: Claim[]) => void,
): Map<Claim, Claim> {
  const kept = new Map<Claim, Claim>();
  if (!readsAlikeReportWide(before, now, entities, date, edit)) {
    describe(claims);
    return kept;
  }
  const sentenceOf = (c: Claim) => now.tokens[firstTokenFrom(now.tokens, c.span.start)].sentence;
  const describedSentences = new Set<number>();
  for (const c of claims) if (!edit.movedFrom.has(c)) describedSentences.add(sentenceOf(c));
  withBackgroundRuns(describedSentences, now);
  const described: Claim[] = [];
  // a copy of each weekday kept that reads another day or happening, its attribute unused
  const daysKept = new Set<string>();
  for (const c of claims) {
    const was = edit.movedFrom.get(c);
    if (!was || describedSentences.has(sentenceOf(c))) described.push(c);
    else {
      c.attribute = was.attribute;
      kept.set(c, was);
      if (c.dimension === 'weekday' && !daysKept.has(dayRead(c))) {
        daysKept.add(dayRead(c));
        described.push({ ...c });
      }
    }
  }
  describe(described);
  return kept;
}

/**
 * Adds to the sentences described those a background run ties them to. A sentence that opens on a past time ("Last
 * year a quake …") gives that time to the figures of the sentence after it that speak of the same thing (attributes.ts,
 * `carryBackgroundTime`), and that one may pass it on: the sentence after a described one that may open so is
 * described too, and so is the sentence before a described one when it may open so (what it passes on is read with it).
 */
function withBackgroundRuns(described: Set<number>, now: ReadAgain): void {
  const firstTokens = firstTokensOf(now.tokens, now.sentences.length);
  const mayOpenOnPast = (sentence: number) => {
    for (let j = firstTokens[sentence]; j < Math.min(firstTokens[sentence + 1], firstTokens[sentence] + OPENING_TOKENS); j++) {
      if (now.tokens[j].kind === 'number' || BACKGROUND_OPENERS.has(now.tokens[j].lower)) return true;
    }
    return false;
  };
  for (let k = 0; k + 1 < now.sentences.length; k++) if (described.has(k) && mayOpenOnPast(k)) described.add(k + 1);
  for (let k = now.sentences.length - 1; k > 0; k--) if (described.has(k) && mayOpenOnPast(k - 1)) described.add(k - 1);
}

/**
 * A sentence opens on a past time with a year or one of BACKGROUND_OPENERS among its first
 * BACKGROUND_OPENING_WORDS (attributes.ts, `opensWithPastTime`): a number or such a word among the first
 * OPENING_TOKENS may, a margin past what is read.
 */
const OPENING_TOKENS = BACKGROUND_OPENING_WORDS + 3;

/** The day a weekday claim reads, and the happening it dates: all that the days of a report are read from. */
function dayRead(weekday: Claim): string {
  return `${weekday.value} ${weekday.frame ?? ''}`;
}

/**
 * Whether what attributes.ts reads of the whole report is as it was: the report's date; its year (the year its
 * tokens name most, the same when the edit took out the same four-digit numbers it put in); its names (the same
 * outside the edit, and the same full names of people: which full name a surname stands for); its days (no weekday in
 * the sentences edited, nor two tokens before them, where "Wednesday" may be made a possessive: a weekday's
 * happening is read in its own sentence, so the days read elsewhere are as they were).
 */
export function readsAlikeReportWide(before: AnalysisMemo, now: ReadAgain, entities: EntityMention[], date: string | undefined, edit: ClaimsAfterEdit): boolean {
  const { tokensBefore, tokensAfter } = edit.range;
  const changedBefore = before.tokens.slice(tokensBefore, before.tokens.length - tokensAfter);
  const changedNow = now.tokens.slice(tokensBefore, now.tokens.length - tokensAfter);
  return date === before.date && sameList(fourDigitNumbers(changedBefore), fourDigitNumbers(changedNow)) &&
    namesAlikeAround(before, now, entities, edit.range) && sameList(fullPersonNames(before.entities), fullPersonNames(entities)) &&
    !nearWeekday(before.tokens, tokensBefore, before.tokens.length - tokensAfter) && !nearWeekday(now.tokens, tokensBefore, now.tokens.length - tokensAfter);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

function fourDigitNumbers(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind === 'number' && t.text.length === 4).map((t) => t.text).sort();
}

/** The keys of people named in full: what a surname alone is read as (attributes.ts, `fullNamesOf`). */
function fullPersonNames(entities: readonly EntityMention[]): string[] {
  return [...new Set(entities.filter((n) => n.kind === 'person' && n.key.includes(' ')).map((n) => n.key))].sort();
}

/** Whether a weekday (or a word that begins like one) stands among tokens `from` to `to`, or two tokens before. */
function nearWeekday(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from - 2); j < to; j++) if (WEEKDAY_START.test(tokens[j].lower)) return true;
  return false;
}

const WEEKDAY_START = new RegExp(`^(?:${WEEKDAYS.join('|')})`);

/** Whether the names outside the edited tokens are the same, as found, the ones after it moved by the edit's shift. */
function namesAlikeAround(before: AnalysisMemo, now: ReadAgain, entities: readonly EntityMention[], range: EditedRange): boolean {
  const endBefore = before.tokens[range.tokensBefore - 1]?.end ?? 0;
  const startAfter = before.tokens[before.tokens.length - range.tokensAfter]?.start ?? Infinity;
  const beforeEdit = (n: EntityMention) => n.span.end <= endBefore;
  const afterEdit = (n: EntityMention, shift: number) => n.span.start >= startAfter + shift;
  const alike = (a: EntityMention[], b: EntityMention[], shift: number) => a.length === b.length && a.every((n, k) => sameName(n, b[k], shift));
  return alike(before.entities.filter(beforeEdit), entities.filter(beforeEdit), 0) &&
    alike(before.entities.filter((n) => afterEdit(n, 0)), entities.filter((n) => afterEdit(n, range.charShift)), range.charShift);
}

function sameName(a: EntityMention, b: EntityMention, shift: number): boolean {
  return sameSpan(a.span, b.span, shift) && a.text === b.text && a.key === b.key && a.kind === b.kind && a.reportId === b.reportId;
}
