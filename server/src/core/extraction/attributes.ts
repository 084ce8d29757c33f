/**
 * What a figure is about: its attribute. A shallow reading of the sentence around each figure finds the *thing*
 * measured or counted (the noun the figure modifies or counts, the property noun before "of", the verb it is the
 * object of), its *owner* (the person or body it belongs to), a *place* it is measured from, and the qualifiers that
 * tell look-alikes apart (time scope, a part of a larger figure, an ordinal, an attribution). Two figures are
 * compared only when their attributes match (`attributesMatch`); one whose thing cannot be told, of a property that
 * many things have (a distance, a duration, a sum), is compared with nothing.
 */
import type { AllFields, Attribute, Claim, EntityMention, Span } from '../types';
import { STOPWORDS, firstTokenFrom, firstTokensOf, phraseWords, startsLowerCase, startsUpperCase, type Token } from '../reading/tokens';
import { fractionalYear } from '../reading/dateline';
import { intern, lemma, phrasesBy, sharesNamePart, verbBase } from '../words';
import { within } from '../spans';
import { scaleAfter } from './units';
import {
  ATTRIBUTION, DETERMINERS, DIRECTIONS, SPEECH_VERBS, INCREMENT_AFTER, INCREMENT_BEFORE, OCCASIONS, ORDINAL_WORDS, OVER_OCCASIONS, PART_BEFORE, PREDICATE_PROPERTIES, PROPERTY_NOUNS, THING_GROUPS,
  TIME_SCOPES,
  GAME_STRETCHES, POSSIBILITY_WORDS, STREET_WORDS, VARIANT_WORDS, PRODUCT_VARIANT_NOUNS, VARIANT_CLAUSE_BREAKS, DAY_WORDS, BACKGROUND_OPENERS, BACKGROUND_OPENING_WORDS, VERB_BASE, AUXILIARIES, OBJECT_PRONOUNS, PLAYER_TALLIES,
} from '../vocab/attributes';
import { COUNT_FRAMES, LOOSE_EVENT_CLASSES, NOUN_CLASSES } from '../vocab/frames';
import { QUAKE_WORDS, UNITS } from '../vocab/units';
import { MONTHS, TENS_WORDS, UNIT_WORDS, WEEKDAYS } from '../vocab/numberWords';

/** How far (in tokens) from the figure its clause is read for time scope, parts and attribution. */
const QUALIFIER_WINDOW = 8;
/** How far before the figure its owner may be named. */
const OWNER_WINDOW = 6;

/** Words that follow a noun phrase rather than end it: "a seven-year deal worth ...". */
const NOT_HEADS = new Set(['worth', 'valued', 'old', 'long', 'away', 'ago', 'later', 'earlier', 'apiece', 'each',
  'past', 'late', 'early', 'beyond', 'behind', 'along', 'inside', 'outside', 'despite', 'amid', 'like', 'upon', 'then',
  'ahead', 'instead', 'too', 'again', 'yet', 'ever', ...DAY_WORDS]);

/** Words after a duration that reckon it from another moment: "four years ago", "a day after the blast". */
const RELATIVE_TIME: Record<string, string> = { ago: 'ago', after: 'after', before: 'before', later: 'later', earlier: 'later', prior: 'before', since: 'since', into: 'into' };

const THING_OF = new Map(THING_GROUPS.flatMap((g) => g.map((w) => [w, g[0]] as const)));
/** Time-scope phrases by their first word, longest first: a token is tried only against phrases it can start. */
const TIME_PHRASES_BY_FIRST_WORD = phrasesBy(
  Object.entries(TIME_SCOPES).map(([phrase, scope]) => ({ words: phraseWords(phrase), scope })).sort((x, y) => y.words.length - x.words.length),
  (p) => p.words[0],
);
const PEOPLE = new Set(NOUN_CLASSES.people);
const STRETCHES = new Set(GAME_STRETCHES);
const SUBSET_FRAMES = new Set(COUNT_FRAMES.filter((f) => f.subset).map((f) => f.id));
/** How far apart two ages of one described person ("the 12-year-old girl") may be and still be one person's. */
const DESCRIBED_AGE_SLIP = 1.5 * 365.25 * 86400;

/** Dimensions whose figures many different things have: they are compared only when the thing is told. */
const NEEDS_THING = new Set(['length', 'duration', 'mass', 'area', 'money', 'percent', 'count']);
/** Of those, the ones so common in news that an untold figure is compared with nothing at all. */
const UNTOLD_NEVER_COMPARED = new Set(['length', 'duration', 'percent']);

/** Gives every claim of a report its attribute, read from the report's tokens and names. */
export function describeAttributes(claims: Claim[], tokens: Token[], entities: EntityMention[], reportDate?: string): void {
  const fullName = fullNamesOf(entities);
  const names = inFull(entities, fullName).sort((a, b) => a.span.start - b.span.start);
  const storyYear = mostFrequentYear(tokens);
  // when the report is dated, its figures are as of that day ("26" in January and "27" in September may both be right)
  const asOf = (reportDate && fractionalYear(reportDate)) || (storyYear ? Number(storyYear) : undefined);
  for (const c of claims) {
    const attr = attributeOf(c, tokens, names);
    // a sentence dated in another year than the report's own speaks of another event ("the 2004 tsunami killed ...")
    const years = yearsIn(tokens, c);
    if (years.length && storyYear && !years.includes(storyYear)) attr.time = `year ${years[0]}`;
    if (asOf) attr.asOf = asOf;
    // "Venstrup, 35," in a report that names Harlo Venstrup is Harlo Venstrup's age, not his son Edo's
    if (c.dimension === 'age' && attr.owner && !attr.owner.includes(' ')) attr.owner = fullName.get(attr.owner) ?? attr.owner;
    c.attribute = attr;
  }
  markDays(claims, tokens);
  // the marks of neighbours look at each figure and the next in the text
  const inTextOrder = [...claims].sort((a, b) => a.span.start - b.span.start);
  markListedFigures(inTextOrder, tokens);
  markPartsOfOpeningWhole(claims, tokens);
  markTotalsIncluding(inTextOrder, tokens);
  markOpeningStretches(inTextOrder, tokens);
  shareScopeAlongLists(inTextOrder, tokens);
  carryBackgroundTime(inTextOrder, tokens);
}

/**
 * "In April last year a quake struck off Quarnby. Five people died in the quake and its aftershocks." A sentence with
 * no time of its own that speaks of "the quake" of the sentence before, set in the past, is in that past too: news
 * tells its background in runs of sentences, and only the first says when.
 */
function carryBackgroundTime(inTextOrder: Claim[], tokens: Token[]): void {
  if (!inTextOrder.some((c) => isBackgroundTime(c.attribute?.time))) return;
  const bySentence = new Map<number, Claim[]>();
  for (const c of inTextOrder) {
    const k = tokens[firstTokenFrom(tokens, c.span.start)]?.sentence;
    if (k === undefined) continue;
    const list = bySentence.get(k);
    if (list) list.push(c);
    else bySentence.set(k, [c]);
  }
  let firstTokens: number[] | undefined;
  for (const [k, own] of bySentence) {
    const background = bySentence.get(k - 1)?.map((c) => c.attribute?.time).find(isBackgroundTime);
    if (!background || own.some((c) => c.attribute?.time)) continue;
    // tokens are in text order, so a sentence's tokens are one run
    firstTokens ??= firstTokensOf(tokens, tokens[tokens.length - 1].sentence + 1);
    const before = tokens.slice(firstTokens[k - 1], firstTokens[k]);
    const words = tokens.slice(firstTokens[k], firstTokens[k + 1]);
    if (!opensWithPastTime(before) || words.some(isTimeWord) || !refersBack(words, new Set(before.map((t) => t.lower)))) continue;
    for (const c of own) if (c.attribute) c.attribute.time = background;
  }
}

const isBackgroundTime = (t: string | undefined) => t === 'past' || !!t?.startsWith('year ');

/**
 * "In 2004 a tsunami …", "In April last year …", "Two years ago …": a sentence that opens on when it happened, as a
 * background paragraph does ("revisited it earlier this year after a prosecutor recommended charges" does not).
 */
function opensWithPastTime(words: Token[]): boolean {
  const opening = words.slice(0, BACKGROUND_OPENING_WORDS);
  const dated = opening.some((t) => (t.kind === 'number' && YEAR.test(t.text)) || BACKGROUND_OPENERS.has(t.lower));
  return dated && (opening[0]?.lower === 'in' || BACKGROUND_OPENERS.has(opening[0]?.lower ?? '') || opening.some((t) => t.lower === 'ago'));
}

/** Words that date a sentence itself: a year, a weekday, a month, "today". */
function isTimeWord(t: Token): boolean {
  return (t.kind === 'number' && YEAR.test(t.text)) || WEEKDAYS.includes(t.lower) || Object.hasOwn(MONTHS, t.lower) || NOW_WORDS.has(t.lower);
}

const NOW_WORDS = new Set(['today', 'yesterday', 'tonight', 'now', 'currently', 'latest']);

/** "in the quake": a definite noun the sentence before used. */
function refersBack(words: Token[], before: ReadonlySet<string>): boolean {
  for (let j = 0; j + 1 < words.length; j++) {
    const next = words[j + 1];
    if ((words[j].lower === 'the' || words[j].lower === 'that') && next.kind === 'word' && next.lower.length >= 4 && !STOPWORDS.has(next.lower) && before.has(next.lower)) return true;
  }
  return false;
}

/**
 * A report's people named by one word ("John", "Brannick") under the one full name of theirs the report gives ("John
 * Brannick"): another report that calls him by the other part then speaks of the same person. Maps each such word to
 * that full name.
 */
function fullNamesOf(entities: EntityMention[]): Map<string, string> {
  const fullNames = new Map<string, Set<string>>();
  for (const n of entities) {
    if (n.kind !== 'person' || !n.key.includes(' ')) continue;
    for (const part of n.key.split(' ')) {
      let keys = fullNames.get(part);
      if (!keys) fullNames.set(part, (keys = new Set()));
      keys.add(n.key);
    }
  }
  const unique = new Map<string, string>();
  for (const [part, keys] of fullNames) if (keys.size === 1) unique.set(part, [...keys][0]);
  return unique;
}

function inFull(entities: EntityMention[], fullName: Map<string, string>): EntityMention[] {
  return entities.map((n) => {
    const full = n.kind === 'person' && !n.key.includes(' ') ? fullName.get(n.key) : undefined;
    return full ? { ...n, key: full } : n;
  });
}

/**
 * "Wednesday's" (one token) or "Wednesday’s" (three): the weekday's number, or -1. Asked of every token of a report,
 * so the cheap tests (a word ending in "'s", or an apostrophe next) come before the look-up.
 */
function possessiveWeekday(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t.kind !== 'word') return -1;
  if (t.lower.endsWith("'s")) return WEEKDAYS.indexOf(t.lower.slice(0, -2));
  const apostrophe = tokens[j + 1]?.text;
  return (apostrophe === '’' || apostrophe === "'") && tokens[j + 2]?.lower === 's' ? WEEKDAYS.indexOf(t.lower) : -1;
}

/**
 * "Wednesday's quake hit 75 km west of the city", "the first quake struck on Sunday 135 km away": a sentence dated to
 * one day (not the day something was said) speaks of that day's happening; in a report of happenings on two or more
 * days, its other figures carry the day, so that figures of two days' happenings are not compared.
 */
function markDays(claims: Claim[], tokens: Token[]): void {
  const sentenceOf = (c: Claim) => tokens[firstTokenFrom(tokens, c.span.start)]?.sentence ?? -1;
  const daysBySentence = new Map<number, Set<number>>();
  const add = (sentence: number, day: number) => {
    let days = daysBySentence.get(sentence);
    if (!days) daysBySentence.set(sentence, (days = new Set()));
    days.add(day);
  };
  for (const c of claims) if (c.dimension === 'weekday' && c.frame && !LOOSE_EVENT_CLASSES.has(c.frame)) add(sentenceOf(c), c.value);
  // "Wednesday's quake": a day owning the happening dates it, though no claim is read from it
  for (let j = 0; j < tokens.length; j++) {
    const day = possessiveWeekday(tokens, j);
    if (day >= 0) add(tokens[j].sentence, day);
  }
  // a report that dates all its happenings to one day speaks of one happening: another report's other day is a
  // conflict over the day, not another happening
  const allDays = new Set([...daysBySentence.values()].flatMap((days) => [...days]));
  if (allDays.size < 2) return;
  for (const c of claims) {
    const days = daysBySentence.get(sentenceOf(c));
    if (days?.size === 1 && c.dimension !== 'weekday' && c.dimension !== 'date' && c.attribute) c.attribute.day = [...days][0];
  }
}

/** The year a report speaks of most: its own event's. */
function mostFrequentYear(tokens: Token[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.kind === 'number' && YEAR.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  let best: string | undefined;
  for (const [year, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

const YEAR = /^(19|20)\d\d$/;

/**
 * Years written in a claim's sentence, outside the claim itself: before it, or after it in the same clause. "Its
 * record rose to 9-5 and they made the playoffs a season after the worst record of 2011": 2011 is the later clause's.
 */
function yearsIn(tokens: Token[], c: Claim): string[] {
  if (c.dimension === 'year') return [];
  const end = firstTokenFrom(tokens, c.span.end);
  return markedIn(tokens, c, isYearAt).filter((j) => j < end || !clauseBreakBetween(tokens, end, j)).map((j) => tokens[j].text);
}

/** Whether a new clause starts between tokens `from` and `to`: a semicolon, "but", "while", "and they", "after posting". */
function clauseBreakBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j].lower;
    if (CLAUSE_BREAKS.has(w)) return true;
    if (w === 'and' && CLAUSE_SUBJECTS.has(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const CLAUSE_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'after', 'before', 'since', 'when', 'unlike']);

/**
 * The tokens of a claim's sentence (outside the claim) that `is` marks, found in a list made once per report: a
 * long sentence full of figures would otherwise be scanned once per figure.
 */
function markedIn(tokens: Token[], c: Claim, is: (tokens: Token[], j: number) => boolean): number[] {
  let byTest = marked.get(tokens);
  if (!byTest) marked.set(tokens, (byTest = new Map()));
  let list = byTest.get(is);
  if (!list) {
    list = [];
    for (let j = 0; j < tokens.length; j++) if (is(tokens, j)) list.push(j);
    byTest.set(is, list);
  }
  const out: number[] = [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[list[mid]].start < c.sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && tokens[list[k]].start < c.sentence.end; k++) {
    const t = tokens[list[k]];
    if (!(t.start >= c.span.start && t.end <= c.span.end)) out.push(list[k]);
  }
  return out;
}

const marked = new WeakMap<Token[], Map<(tokens: Token[], j: number) => boolean, number[]>>();
const isAttribution = (tokens: Token[], j: number) => ATTRIBUTION.has(tokens[j].lower);
const isYearAt = (tokens: Token[], j: number) => tokens[j].kind === 'number' && YEAR.test(tokens[j].text);

/** Words a total and a figure it includes may stand apart: "226 yards for the Owls, including an 84-yard run". */
const INCLUDING_GAP = 7;

/**
 * "ran for 226 yards, including an 84-yard scamper": a verb's figure that includes a single thing of its kind is a
 * total of several ("all told"), not the same attribute as the one it includes.
 */
function markTotalsIncluding(sorted: Claim[], tokens: Token[]): void {
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [total, part] = [sorted[k], sorted[k + 1]];
    if (!total.attribute || total.attribute.time || total.sentence.start !== part.sentence.start || total.dimension !== part.dimension) continue;
    // only a verb's total of single things the other names ("ran for 226 yards" against "an 84-yard run"): "killed 40
    // people, including 12 children" is the toll itself
    if (!total.attribute.thingFromVerb || !part.attribute?.thing || part.attribute.thingFromVerb) continue;
    const from = firstTokenFrom(tokens, total.span.end);
    const to = firstTokenFrom(tokens, part.span.start);
    if (to - from > INCLUDING_GAP) continue;
    for (let j = from; j < to; j++) if (tokens[j].lower === 'including') total.attribute.time = 'cumulative';
  }
}

/** Words between a figure and the stretch of time it was counted over: "10 points in the first six minutes". */
const STRETCH_GAP = 4;
/** Prepositions that open the stretch a figure was counted over. */
const STRETCH_PREPOSITIONS = new Set(['in', 'during', 'within', 'over', 'inside']);
/** Words that make a span of time the opening or closing stretch of a longer one. */
const STRETCH_ENDS = new Set(['first', 'last', 'final', 'opening', 'closing']);

/**
 * "had 10 points in the first six minutes", "killed 30 people within the first 24 hours": a figure counted over the
 * opening or closing stretch of a game or a day is a part of the whole figure, not the whole.
 */
function markOpeningStretches(sorted: Claim[], tokens: Token[]): void {
  for (let k = 0; k + 1 < sorted.length; k++) {
    // "the first" is read as an ordinal of its own: the span is the figure after it
    const figure = sorted[k];
    const span = sorted[k + 1].dimension === 'ordinal' && k + 2 < sorted.length ? sorted[k + 2] : sorted[k + 1];
    if (!figure.attribute || span.dimension !== 'duration' || figure.dimension === 'duration' || figure.sentence.start !== span.sentence.start) continue;
    const from = firstTokenFrom(tokens, figure.span.end);
    const to = firstTokenFrom(tokens, span.span.start);
    if (to - from > STRETCH_GAP || !STRETCH_ENDS.has(tokens[to - 1]?.lower ?? '')) continue;
    let hasPreposition = false;
    for (let j = from; j < to; j++) if (STRETCH_PREPOSITIONS.has(tokens[j].lower)) hasPreposition = true;
    if (hasPreposition) figure.attribute.part = true;
  }
}

/**
 * "has so far seized 14 rifles, 31 magazines and 923 rounds": counts listed side by side share the time scope read
 * for any of them, whichever end of the list it stands at.
 */
function shareScopeAlongLists(sorted: Claim[], tokens: Token[]): void {
  const listed = (a: Claim, b: Claim) => a.dimension === 'count' && b.dimension === 'count' && a.sentence.start === b.sentence.start &&
    !!a.attribute && !!b.attribute && onlyListWordsBetween(tokens, a, b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (a.attribute?.time && !b.attribute?.time && listed(a, b)) b.attribute!.time = a.attribute.time;
  }
  for (let k = sorted.length - 1; k > 0; k--) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (b.attribute?.time && !a.attribute?.time && listed(a, b)) a.attribute!.time = b.attribute.time;
  }
}

/** Whether only a comma, "and" or both stand between two figures ("14 rifles, 31 magazines and 923 rounds"). */
function onlyListWordsBetween(tokens: Token[], a: Claim, b: Claim): boolean {
  const from = firstTokenFrom(tokens, a.span.end);
  const to = firstTokenFrom(tokens, b.span.start);
  if (to <= from || to - from > 2) return false;
  for (let j = from; j < to; j++) if (tokens[j].lower !== 'and' && tokens[j].text !== ',') return false;
  return true;
}

/**
 * "two women and one man were killed", "seven soldiers, four civilians": figures listed side by side are parts of a
 * total, never the total itself.
 */
function markListedFigures(sorted: Claim[], tokens: Token[]): void {
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (a.sentence.start !== b.sentence.start || a.dimension !== 'count' || b.dimension !== 'count') continue;
    // only groups of people add up to a toll: "180 passengers and 24 crew" are two counts, not parts of one
    const noun = (c: Claim) => tokens[firstTokenFrom(tokens, c.span.end) - 1]?.lower ?? '';
    if (!PEOPLE.has(noun(a)) || !PEOPLE.has(noun(b))) continue;
    if (onlyListWordsBetween(tokens, a, b)) {
      a.attribute!.part = true;
      b.attribute!.part = true;
    }
  }
  // "a man and two women", "two women and a child": a count listed beside one person is a part of a group
  for (const c of sorted) {
    if (c.dimension !== 'count' || !c.attribute) continue;
    const s = firstTokenFrom(tokens, c.span.start);
    const e = firstTokenFrom(tokens, c.span.end);
    const onePersonBefore = tokens[s - 1]?.lower === 'and' && PEOPLE.has(tokens[s - 2]?.lower ?? '') && ONE_WORDS.has(tokens[s - 3]?.lower ?? '');
    const onePersonAfter = tokens[e]?.lower === 'and' && ONE_WORDS.has(tokens[e + 1]?.lower ?? '') && PEOPLE.has(tokens[e + 2]?.lower ?? '');
    if ((onePersonBefore || onePersonAfter) && PEOPLE.has(tokens[e - 1]?.lower ?? '')) {
      c.attribute.part = true;
      // which part: "two women" is not the "one man" beside it in another report
      c.attribute.modifiers.push(intern(tokens[e - 1].lower));
    }
  }
}

/** Words for a single one before a noun: "a man", "one woman". */
const ONE_WORDS = new Set(['a', 'an', 'one']);

function attributeOf(c: Claim, tokens: Token[], names: EntityMention[]): Attribute {
  const s = firstTokenFrom(tokens, c.span.start);
  let e = s;
  while (e < tokens.length && tokens[e].start < c.span.end) e++;
  // the written conversion "(31 miles per hour)" belongs to the figure: qualifiers are read around both
  const lastConversion = c.otherConversions?.at(-1)?.span ?? c.conversion?.span;
  let outer = e;
  if (lastConversion) while (outer < tokens.length && tokens[outer].start < lastConversion.end) outer++;
  if (tokens[outer]?.text === ')') outer++;
  const attr = newAttribute(c.frame ?? c.dimension);
  readThing(attr, c, tokens, s, e, outer);
  readOwnerAndPlace(attr, c, tokens, s, outer, names);
  readQualifiers(attr, c, tokens, s, outer);
  const factor = factorOfPair(tokens, s, e);
  if (factor) attr.modifiers.push(factor);
  if (VARIANT_DIMENSIONS.has(c.dimension)) attr.variant = variantOf(tokens, s, outer);
  attr.modifiers = attr.modifiers.map(intern);
  if (attr.thing) attr.thing = intern(attr.thing);
  return attr;
}

/** Dimensions of what a product variant has of its own: a price, a weight. */
const VARIANT_DIMENSIONS = new Set(['money', 'mass']);
const VARIANT_WORD_SET = new Set([...VARIANT_WORDS, ...UNITS.filter((u) => u.dimension === 'length').flatMap((u) => [u.symbol, ...u.spellings])]);
const VARIANT_BREAKS = new Set(VARIANT_CLAUSE_BREAKS);
const VARIANT_NOUNS = new Set(PRODUCT_VARIANT_NOUNS);
/** How far from the figure its variant may be named. */
const VARIANT_WINDOW = 12;

/**
 * The product variant a price or weight is of: a number-led word naming it ("13-inch", "256GB") after "for" ("$1,799
 * for a 15-inch version") or else the nearest before the figure in its clause ("the 15-inch model is offered in
 * $1,799 and $2,199 versions"). Two variants' prices are two prices.
 */
function variantOf(tokens: Token[], s: number, outer: number): string | undefined {
  const inClause = (j: number) => tokens[j]?.sentence === tokens[s].sentence && !VARIANT_BREAKS.has(tokens[j].lower);
  // "$1,799 for a 15-inch version", "the $2,799 17-inch model"
  const after = tokens[outer]?.lower === 'for' ? outer + 1 : outer;
  for (let j = after; j < after + (after > outer ? VARIANT_WINDOW / 2 : 1) && inClause(j); j++) {
    const found = variantWordAt(tokens, j);
    if (found) return found;
  }
  for (let j = s - 1; j >= Math.max(0, s - VARIANT_WINDOW) && inClause(j); j--) {
    const found = variantWordAt(tokens, j);
    if (found) return found;
  }
  return undefined;
}

const INCH_MARKS = new Set(['"', '″', '”']);

/** "13-inch" or "256GB" written from token j: a number joined to a variant word. */
function variantWordAt(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  if (t?.kind !== 'number') return undefined;
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const word = tokens[j + 1]?.text === '-' && joined(t, tokens[j + 1]) && joined(tokens[j + 1], tokens[j + 2]) ? tokens[j + 2] : joined(t, tokens[j + 1]) ? tokens[j + 1] : undefined;
  // '17"' and '17″': inches written with a mark
  if (word && INCH_MARKS.has(word.text)) return intern(`${t.text}-inch`);
  return word?.kind === 'word' && VARIANT_WORD_SET.has(word.lower) ? intern(`${t.text}-${lemma(word.lower)}`) : undefined;
}

/** Words joining the two sides of a size: "2,880 by 1,800 pixels", "10 feet by 12 feet", "1440 x 900". */
const BY_WORDS = new Set(['by', 'x', '×']);
/** Which side of a size a figure is: never compared with the other side ("2880 pixels" wide, "1,800 pixels" high). */
const FACTORS = ['first-side', 'second-side'];

/** The side of an "A by B" size the figure at tokens s to e is, or undefined when it stands alone. */
function factorOfPair(tokens: Token[], s: number, e: number): string | undefined {
  const number = (j: number) => tokens[j]?.kind === 'number' && tokens[j].sentence === tokens[s].sentence;
  if (BY_WORDS.has(tokens[e]?.lower ?? '') && number(e + 1)) return FACTORS[0];
  if (BY_WORDS.has(tokens[s - 1]?.lower ?? '') && (number(s - 2) || number(s - 3))) return FACTORS[1];
  return undefined;
}

/** Every attribute is made here, with all its fields (see AllFields): the readers below fill in what they find. */
function newAttribute(property: string): Attribute {
  const attr: AllFields<Attribute> = {
    property, thing: undefined, thingFromVerb: undefined, modifiers: [], owner: undefined, ownerName: undefined, place: undefined,
    located: undefined, time: undefined, part: undefined, increment: undefined, asOf: undefined, attributed: undefined, ownerUnknown: undefined,
    verb: undefined, people: undefined, stuff: undefined, day: undefined, group: undefined, ownerDescribed: undefined,
    variant: undefined,
  };
  return attr;
}

// ------------------------------------------------------------------------------------------------ the thing

/**
 * The nation or group of counted people, from a capitalised word after the number: "40 Ostrians", "four Ostrian
 * civilians" (both "ostrian"). Soldiers of one side and civilians of the other are different tolls of one day.
 */
function groupOf(tokens: Token[], from: number, end: number): string | undefined {
  for (let j = from; j < end; j++) {
    const t = tokens[j];
    if (t.kind === 'word' && startsUpperCase(t.text)) return intern(t.lower.replace(/(an|i)s$/, '$1'));
  }
  return undefined;
}

/** The index of "-time" ("four-time") among tokens s to e, or -1: a look at the claim's own tokens, not the report's. */
function timesWordWithin(tokens: Token[], s: number, e: number): number {
  for (let j = Math.max(s, 0); j <= e && j < tokens.length; j++) if (tokens[j].lower === 'time' && tokens[j - 1]?.text === '-') return j;
  return -1;
}

/** `outer` is past the figure's written conversion ("15 km (9.3 miles) from the port"), where predicates stand. */
function readThing(attr: Attribute, c: Claim, tokens: Token[], s: number, e: number, outer: number): void {
  if (c.dimension === 'count') {
    // what is counted: "three people", "11 Ostrian pirates"; a frame's figure counts people unless told otherwise
    const subject = c.subject ?? (c.frame?.startsWith('count:') ? c.frame.slice(6) : undefined);
    if (subject) {
      const words = subject.split(' ');
      attr.thing = canonicalThing(words.pop()!);
      attr.modifiers.push(...words);
      if (PEOPLE.has(attr.thing)) attr.group = groupOf(tokens, firstTokenFrom(tokens, c.numberSpan.end), e);
    }
    // "missed 10 games" and "played 10 games" count different games; "killed 12 people" is the frame's already
    if (c.frame?.startsWith('count:')) {
      // "200 people marched", "15,000 people sheltered in schools": what people did, when no verb before says it
      // "hosted the ceremony five times": a count of occasions is of the verb before its object
      // "sentenced him to four life sentences": a verb that only names the counted thing again says nothing more
      const broughtTo = verbBeforeObjectTo(tokens, s);
      const verb = (attr.thing === 'time' ? verbBeforeObject(tokens, s) : verbBefore(tokens, s)) ?? (attr.thing === 'people' ? verbAfterSubject(tokens, e) : undefined) ??
        (broughtTo && !sameThing(broughtTo, attr.thing ?? '') ? broughtTo : undefined);
      if (verb && !LIGHT_VERBS.has(verb)) attr.verb = intern(verb);
    }
    // "a four-time all-star", "a two-time NBA champion": what was won that many times, the last word of the
    // honour's name ("NBA" only says which league)
    const times = timesWordWithin(tokens, s, e);
    if (times >= 0) {
      const honour = honourAfter(tokens, times + 1);
      attr.thing = honour ? `time ${honour}` : 'time';
      attr.modifiers = [];
    }
    return;
  }
  if (c.dimension === 'age') {
    attr.thing = 'person';
    return;
  }
  if (c.dimension === 'year') {
    // "a 2008 conviction", "indicted in 1969", "In 1970, he was indicted": the happening the year dates
    const after = isAttributive(tokens, s, e) ? nounAfter(tokens, e) : undefined;
    // "the 2009 season", "the 2010 election": the year names which one, it does not date a happening
    if (after && RECURRING.has(after.head)) return;
    if (after) return setThing(attr, after);
    const verb = verbNear(tokens, s, e);
    if (verb) {
      attr.thing = verb;
      attr.thingFromVerb = true;
    }
    return;
  }
  if (c.dimension === 'record') {
    // "9-1 in one-score games" is a record in some games, not the season's
    const sameSentence = tokens[e]?.sentence === tokens[s].sentence;
    const games = sameSentence && tokens[e]?.lower === 'in' ? nounAfter(tokens, e + 1) : undefined;
    // "a 9-14 start" is part of a season, "a 10-5 record" the whole of it
    const noun = sameSentence ? nounAfter(tokens, e)?.head : undefined;
    attr.thing = games ? `record in ${games.head}` : noun && noun !== 'record' ? `record ${noun}` : 'record';
    return;
  }
  // "a 5.6 quake": the quake word is part of the figure and names its thing
  if (c.dimension === 'magnitude' && QUAKE_WORDS.has(tokens[e - 1]?.lower ?? '')) return void (attr.thing = canonicalThing(tokens[e - 1].lower));
  if (c.dimension === 'weekday' || c.dimension === 'date' || c.dimension === 'time' || c.dimension === 'magnitude' || c.dimension === 'temperature') {
    const after = isAttributive(tokens, s, e) ? nounAfter(tokens, e) : undefined;
    if (after) setThing(attr, after);
    return;
  }
  // "four years ago", "two days after the break-in": a time reckoned from another moment, never a span of the event
  const anchor = tokens[e]?.sentence === tokens[s].sentence ? RELATIVE_TIME[tokens[e]?.lower] : undefined;
  if (c.dimension === 'duration' && anchor) {
    attr.time = anchor;
    let j = e + 1;
    if (tokens[j]?.lower === 'to') j++;
    while (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
    // "had married two weeks before the shooting", "married three weeks before he was killed": the happening so
    // dated is the verb's, whatever the moment it is reckoned from is called
    const happening = anchor === 'before' || anchor === 'after' ? verbBeforeObject(tokens, s) : undefined;
    if (happening && !LIGHT_VERBS.has(happening)) {
      attr.thing = attr.verb = happening;
      attr.thingFromVerb = true;
      return;
    }
    const after = anchor === 'ago' || anchor === 'later' ? undefined : nounAfter(tokens, j);
    attr.thing = after ? after.head : anchor;
    return;
  }
  // "a $2.5 million necklace", "watches worth £1.7m": the thing a sum is the value of
  // "$1,199 and $1,499 versions": a variant of a product is no thing of its own, its price is the product's
  if (c.dimension === 'money' && c.subject && !VARIANT_NOUNS.has(c.subject)) return void (attr.thing = canonicalThing(c.subject));
  // "an 86-yard run", "a 20-hour journey": the noun the figure modifies
  if (isAttributive(tokens, s, e)) {
    const after = nounAfter(tokens, e);
    // "the seven-year offers", "two 15-minute breaks": one figure of several things, each of which has it
    if (after?.plural && !attr.time) attr.time = 'each';
    if (after) return setThing(attr, after);
  }
  // "13 inches of snow", "40 miles of highway", "5 tonnes of food": a measure of a stuff or a stretch of something (a
  // percentage "of voters" or a span "of battery life" says too little of which one)
  // "caused $5 million of damage", "stole £900,000 worth of jewels": a sum of something is its value
  const of = c.dimension === 'money' && tokens[outer]?.lower === 'worth' ? outer + 1 : outer;
  const stuff = (STUFF_MEASURES.has(c.dimension) || c.dimension === 'money') && tokens[of]?.lower === 'of' && tokens[of].sentence === tokens[s].sentence ? stuffAfter(tokens, of + 1) : undefined;
  if (stuff) {
    attr.thing = canonicalThing(stuff);
    if (c.dimension !== 'money') attr.stuff = true;
    return;
  }
  // "struck 120 km north of the capital", "40 km away": a direction after the figure says what it is before any verb
  const next = tokens[outer]?.sentence === tokens[s].sentence ? tokens[outer]?.lower : undefined;
  if (next && (DIRECTIONS.has(next) || next === 'away')) return void (attr.thing = 'distance');
  // "ran for 226 yards", "travelled 1,180 km", "fell 600 metres from a ridge", "rose 5 percent"; a speed's verb says
  // how it moved ("limited to", "travels at"), not what
  const verb = NEEDS_THING.has(c.dimension) ? verbBefore(tokens, s) : undefined;
  if (verb) {
    attr.thing = verb;
    attr.thingFromVerb = true;
    return;
  }
  // "10 km deep", "40 km north of the capital", "300 m long"
  const predicate = next;
  if (predicate && (PREDICATE_PROPERTIES[predicate] || DIRECTIONS.has(predicate))) {
    attr.thing = PREDICATE_PROPERTIES[predicate] ?? 'distance';
    return;
  }
  // "a depth of 10 km", "the journey of 1,180 km", "a speed of 50 km/h"
  if (tokens[s - 1]?.lower === 'of' && tokens[s - 2]?.kind === 'word') {
    const noun = tokens[s - 2].lower;
    const property = PROPERTY_NOUNS[noun];
    if (property === undefined && !STOPWORDS.has(noun)) return void (attr.thing = canonicalThing(noun));
    // "a speed of 50 km/h" says only what the unit says
    if (property && property !== c.dimension) attr.thing = property;
    if (property !== undefined) {
      const owner = possessorBefore(tokens, s - 2);
      if (owner) attr.thing = property ? `${owner} ${property}` : owner;
      if (attr.thing) return;
    }
  }
  // "The bridge spans 1,180 km", "The cliff stands 300 feet above the bay": the subject of the verb before the figure
  if (NEEDS_THING.has(c.dimension)) {
    const subject = subjectBefore(tokens, s);
    if (subject) attr.thing = subject;
  }
}

/**
 * The noun of "the NOUN VERB [about] FIGURE" ("the bridge spans 1,180 km") or of "NOUN is [an estimated] FIGURE"
 * ("property damage is an estimated $2 million"): what the figure is the measure of.
 */
function subjectBefore(tokens: Token[], s: number): string | undefined {
  let j = s - 1;
  while (j >= 0 && BETWEEN_VERB_AND_FIGURE.has(tokens[j].lower) && tokens[j].sentence === tokens[s].sentence) j--;
  const [det, noun, verb] = [tokens[j - 2], tokens[j - 1], tokens[j]];
  const inSentence = (t: Token | undefined) => !!t && t.sentence === tokens[s].sentence;
  const isContent = (t: Token) => t.kind === 'word' && !STOPWORDS.has(t.lower) && startsLowerCase(t.text);
  if (inSentence(verb) && COPULAS.has(verb.lower) && inSentence(noun) && isContent(noun)) return canonicalThing(noun.lower);
  if (!inSentence(det) || !DETERMINERS.has(det.lower)) return undefined;
  return isContent(noun) && isContent(verb) ? canonicalThing(noun.lower) : undefined;
}

/** Verbs that set a subject equal to the figure after them. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'stood', 'stands', 'totalled', 'totaled', 'reached']);

function setThing(attr: Attribute, phrase: { head: string; modifiers: string[] }): void {
  attr.thing = phrase.head;
  attr.modifiers.push(...phrase.modifiers);
}

/**
 * Whether the figure is written as a modifier of a noun: hyphenated to its unit ("86-yard", "20-hour") or right
 * after a determiner with no hedge between ("a 1,180 km journey", "his 59 km/h train").
 */
function isAttributive(tokens: Token[], s: number, e: number): boolean {
  for (let j = s + 1; j < e; j++) if (tokens[j].text === '-' && tokens[j].start === tokens[j - 1].end && tokens[j + 1]?.start === tokens[j].end) return true;
  const before = tokens[s - 1];
  return !!before && before.sentence === tokens[s].sentence && DETERMINERS.has(before.lower) && tokens[s].kind === 'number';
}

/**
 * The noun phrase right after a figure: up to three content words, the last one its head ("touchdown run"), and
 * whether that head is plural.
 */
function nounAfter(tokens: Token[], e: number): { head: string; modifiers: string[]; plural: boolean } | undefined {
  const words: string[] = [];
  for (let j = e, n = 0; n < 3; j++, n++) {
    const t = tokens[j];
    // "one-possession games", "two-point conversions": a compound led by a number is a modifier
    if (t && t.sentence === tokens[e - 1]?.sentence && (t.kind === 'word' || t.kind === 'number') && tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end && tokens[j + 2]?.kind === 'word' &&
      tokens[j + 2].start === tokens[j + 1].end && (t.kind === 'number' || Object.hasOwn(UNIT_WORDS, t.lower))) {
      words.push(`${t.lower}-${tokens[j + 2].lower}`);
      j += 2;
      continue;
    }
    if (!t || t.kind !== 'word' || t.sentence !== tokens[e - 1]?.sentence || STOPWORDS.has(t.lower) || NOT_HEADS.has(t.lower)) break;
    if (startsUpperCase(t.text) && !words.length) break;
    if (words.length && /(ed|ly|ing)$/.test(t.lower)) break;
    words.push(t.lower);
    if (tokens[j + 1]?.text === '-' && tokens[j + 2]?.kind === 'word' && tokens[j + 1].start === t.end) j++;
  }
  if (!words.length) return undefined;
  const last = words.pop()!;
  const head = canonicalThing(last);
  return { head, modifiers: words.filter((w) => ORDINAL_WORDS.has(w)), plural: last.endsWith('s') && lemma(last) !== last };
}

/** The last word of an honour's name from token j on: "NBA All-Star" → all-star, "Pro Bowl pick" → pick. */
function honourAfter(tokens: Token[], j: number): string | undefined {
  let last: string | undefined;
  for (let words = 0; words < 3 && tokens[j]?.kind === 'word' && tokens[j].sentence === tokens[j - 1]?.sentence; words++) {
    const word = compoundAt(tokens, j)!;
    if (STOPWORDS.has(word)) break;
    last = word;
    j += 1 + 2 * (word.split('-').length - 1);
  }
  return last;
}

/** The word at token j, with the words hyphens join to it: "all-star", "Pro Bowl" stays "pro". */
function compoundAt(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || t.sentence !== tokens[j - 1]?.sentence) return undefined;
  let word = t.lower;
  while (tokens[j + 1]?.text === '-' && tokens[j + 2]?.kind === 'word' && tokens[j + 1].start === tokens[j].end && tokens[j + 2].start === tokens[j + 1].end) {
    word += `-${tokens[j + 2].lower}`;
    j += 2;
  }
  return word;
}

/** "the train's speed of": the possessor of a property noun, if written before it. */
function possessorBefore(tokens: Token[], noun: number): string | undefined {
  for (let j = noun - 1; j >= Math.max(0, noun - 3); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[noun].sentence) return undefined;
    if (t.text === "'" || t.lower === 's') continue;
    if (/'s$/.test(t.lower)) return canonicalThing(t.lower.slice(0, -2));
    if (t.kind !== 'word' || STOPWORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Words between a verb and its object figure: "ran for 86 yards", "travelled some 1,180 km". */
/** Verbs that only say a count is there ("had 11 points", "recorded 12 rebounds"): they set no two counts apart. */
const LIGHT_VERBS = new Set(['have', 'had', 'has', 'get', 'got', 'record', 'post', 'total', 'add', 'be', 'is', 'was', 'were', 'include', 'includ', 'finish', 'end', 'make', 'made', 'take', 'give', 'see', 'reach', 'count', 'number']);

const BETWEEN_VERB_AND_FIGURE = new Set(['for', 'by', 'to', 'another', 'some', 'just', 'nearly', 'almost', 'about', 'around', 'over', 'up', 'down', 'out', 'back', 'a', 'an', 'the', 'only', 'roughly', 'approximately', 'more', 'than', 'at', 'least', 'less', 'under', 'exactly', 'off',
  // verbs that only put a value on something ("valued at", "estimated at"): the thing is what they value
  'valued', 'estimated', 'priced', 'worth', 'put', 'totalling', 'totaling', 'amounting', 'costing']);

/** The verb a figure is the object or extent of, in its base form ("ran for 226 yards" → run). */
function verbBefore(tokens: Token[], s: number): string | undefined {
  let spanOpened = false;
  for (let j = s - 1; j >= Math.max(0, s - 8); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[s].sentence || t.kind !== 'word') return undefined;
    const base = verbBase(t.lower);
    if (base && !BETWEEN_VERB_AND_FIGURE.has(t.lower)) return canonicalThing(base);
    if (t.lower === 'for') spanOpened = true;
    // "shook houses for one minute", "felt the ground shaking beneath them for about a minute": a span opened by
    // "for" belongs to the verb before its object; otherwise only hedges and adverbs stand between verb and figure
    if (!spanOpened && !BETWEEN_VERB_AND_FIGURE.has(t.lower) && !/[a-z]{3,}ly$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** Tokens an object may take between its verb and a span after it: "married the deputy", "arrested him". */
const MAX_OBJECT = 3;

/**
 * The verb of "VERB [OBJECT] FIGURE": "married the deputy three weeks before", "arrested him two days after". The
 * object is a pronoun or a short phrase of lower-case words.
 */
function verbBeforeObject(tokens: Token[], s: number): string | undefined {
  const direct = verbBefore(tokens, s);
  if (direct) return direct;
  for (let j = s - 1; j >= Math.max(0, s - 1 - MAX_OBJECT); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[s].sentence || t.kind !== 'word' || !startsLowerCase(t.text)) return undefined;
    const base = verbBase(t.lower);
    if (base && j < s - 1 && !AUXILIARIES.has(t.lower)) return canonicalThing(base);
    if (!OBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower) && STOPWORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * The verb of "VERB OBJECT to FIGURE": "stretched the Owls to six games", "pushed it to seven". The figure is what the
 * object was brought to, which the verb tells apart from other counts of the same noun ("won 40 games").
 */
function verbBeforeObjectTo(tokens: Token[], s: number): string | undefined {
  if (tokens[s - 1]?.lower !== 'to') return undefined;
  for (let j = s - 2; j >= Math.max(0, s - 2 - MAX_OBJECT); j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[s].sentence || t.kind !== 'word') return undefined;
    const base = startsLowerCase(t.text) && j < s - 2 ? verbBase(t.lower) : undefined;
    if (base && !AUXILIARIES.has(t.lower)) return canonicalThing(base);
    if (!startsUpperCase(t.text) && !OBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Dimensions whose figure may measure a stuff ("of snow"). */
const STUFF_MEASURES = new Set(['length', 'mass', 'volume', 'area']);

/** The noun right after "of" that a measure is of: a lower-case content word ("of snow"), not "of the coast" or "of Quarnby". */
function stuffAfter(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !startsLowerCase(t.text) || STOPWORDS.has(t.lower) || DETERMINERS.has(t.lower)) return undefined;
  const next = tokens[j + 1];
  // "two hours of heavy rain": the noun after an adjective
  if (next && next.sentence === t.sentence && next.kind === 'word' && startsLowerCase(next.text) && !STOPWORDS.has(next.lower) && !verbBase(next.lower, true)) return lemma(next.lower);
  return lemma(t.lower);
}

/** The verb a counted subject does, right after it past auxiliaries: "people (were) sheltered", "people marched". */
function verbAfterSubject(tokens: Token[], e: number): string | undefined {
  let j = e;
  while ((AUXILIARIES.has(tokens[j]?.lower ?? '') || BESIDE_VERB.has(tokens[j]?.lower ?? '')) && tokens[j].sentence === tokens[e - 1]?.sentence) j++;
  const t = tokens[j];
  if (!t || t.sentence !== tokens[e - 1]?.sentence || t.kind !== 'word') return undefined;
  const base = verbBase(t.lower, true);
  return base ? canonicalThing(base) : undefined;
}

/** Words that may stand between a subject and its verb besides the auxiliaries: "people also fled", "were still sheltering". */
const BESIDE_VERB = new Set(['be', 'also', 'still']);

/** Things a year names one of, rather than dates: seasons, elections, budgets, tournaments. */
const RECURRING = new Set(['season', 'campaign', 'election', 'budget', 'year', 'tournament', 'championship', 'olympics',
  'cup', 'census', 'model', 'edition', 'draft', 'class', 'series', 'festival', 'session', 'term', 'league', 'playoff']);

/** The verb of a year's clause: before it ("were indicted in 1969") or after an opening phrase ("In 1970, he was indicted"). */
function verbNear(tokens: Token[], s: number, e: number): string | undefined {
  const isVerb = (t: Token | undefined) => !!t && t.sentence === tokens[s].sentence && t.kind === 'word' && startsLowerCase(t.text) && !!verbBase(t.lower, true);
  for (let j = s - 1; j >= Math.max(0, s - 3); j--) {
    if (isVerb(tokens[j])) return canonicalThing(verbBase(tokens[j].lower, true)!);
    if (!['in', 'since', 'by', 'until', 'of', 'from', 'during'].includes(tokens[j]?.lower ?? '')) break;
  }
  if (tokens[s - 1]?.lower === 'in' && tokens[e]?.text === ',') {
    for (let j = e + 1; j < e + 10; j++) if (isVerb(tokens[j])) return canonicalThing(verbBase(tokens[j].lower, true)!);
  }
  // "Voters in 2009 approved the bond": the verb right after the year's phrase
  if (tokens[s - 1]?.lower === 'in' && isVerb(tokens[e])) return canonicalThing(verbBase(tokens[e].lower, true)!);
  return undefined;
}

/** One name for things reporters call by several ("scamper" and "run"), and singular nouns. */
export function canonicalThing(word: string): string {
  const w = VERB_BASE[word] ?? word;
  return THING_OF.get(w) ?? THING_OF.get(lemma(w)) ?? lemma(w);
}

/** What two things are compared on: words without a final "e", so that "race" meets the stem of "raced". */
export function thingKey(thing: string): string {
  return thing.replace(/e\b/g, '');
}

/** The owner is one of the people its sentence names (not a team, a body or a place). */
function ownedByPerson(a: Attribute): boolean {
  return !!a.owner && !!a.people?.some((p) => samePerson(p, a.owner!));
}

function sameThing(a: string, b: string): boolean {
  return a === b || thingKey(a) === thingKey(b);
}

// ------------------------------------------------------------------------------------------------ owner, place

function readOwnerAndPlace(attr: Attribute, c: Claim, tokens: Token[], s: number, e: number, names: EntityMention[]): void {
  // an age's owner is the person it is written beside ("Harlo Venstrup, 32,", "32-year-old Harlo Venstrup"), never a
  // name elsewhere in the clause: "the 12-year-old girl" in a sentence about Venstrup is not his age
  if (c.dimension === 'age') {
    if (c.subject) attr.owner = c.subject;
    else describedOwner(attr, tokens, e);
    return;
  }
  // "the 12000 block of East 14th Street": a block is its street's, whoever the sentence names
  if (c.dimension === 'count' && attr.thing === 'block' && tokens[e]?.lower === 'of') return void (attr.place = streetAt(tokens, e + 1));
  const sentence = c.sentence;
  // gathered in a set, not an array filtered and mapped: an empty array and a full one are of two hidden classes
  // (elements kinds), and this function, one of the costliest to compile, was compiled again on meeting the second
  const people = new Set<string>();
  for (const n of within(names, sentence)) if ((n.kind === 'person' || isNamedSubject(n, tokens)) && !isSpeaker(n, tokens)) people.add(n.key);
  if (people.size) attr.people = [...people].map(intern);
  const from = tokens[Math.max(0, s - OWNER_WINDOW)]?.start ?? 0;
  let owner: EntityMention | undefined;
  for (const n of within(names, { start: Math.max(sentence.start, from), end: c.span.start })) {
    // only people and bodies own figures; a bare capitalised word ("Australian") tells too little
    // a record's owner may be a team named by its city: "Indianapolis (10-5)", "Indianapolis' record rose to 9-5"
    if (n.kind === 'person' || n.kind === 'organisation' || isNamedSubject(n, tokens) || (c.dimension === 'record' && onlyLinkingWords(tokens, n.span.end, s))) owner = n;
  }
  // a record is written right after whose it is: "Venstrup (45-1)", "Venstrup, 45-1,", "Venstrup, who is 9-1"
  if (c.dimension === 'record' && owner && !onlyLinkingWords(tokens, owner.span.end, s)) owner = undefined;
  // "the Owls were 5-3 away and moved their record to 8-2": "their record" is the clause's subject's
  const pronounsRecord = c.dimension === 'record' && !owner && recordOfPronounBefore(tokens, s) ? subjectNameOf(names, tokens, sentence, c.span.start) : undefined;
  if (pronounsRecord) return void setOwner(attr, pronounsRecord);
  // "Venstrup (45-1, 38 KOs)": a figure in the parentheses after a name is that name's, like the record beside it
  const bracketed = nameBeforeParentheses(tokens, s, names);
  if (bracketed) owner = bracketed;
  // "Inspector Dave Gaskin said the man fell 600 m": whoever says the figure does not own it
  if (owner && !bracketed && saysBetween(tokens, owner.span.end, s)) owner = undefined;
  if (owner && (bracketed || !separatedByFigure(tokens, owner.span.end, s))) {
    setOwner(attr, owner);
  } else if (c.dimension !== 'weekday' && c.dimension !== 'date' && pronounOwnerBefore(tokens, s)) {
    attr.ownerUnknown = true;
  }
  // "14 points from backup centre Edda Brannick", "a 40-yard run by Brannick": a count's giver after it owns it
  const giver = c.dimension === 'count' ? giverAfter(tokens, e, names, sentence) : undefined;
  if (giver) {
    setOwner(attr, giver);
    attr.ownerUnknown = undefined;
    return;
  }
  // "40 km north of Tokyo", "120 km from the capital": the place measured from
  // ("half a mile away in Quarnby" names where, not where from)
  const origin = originAfter(tokens, e);
  if (origin > 0) {
    const place = within(names, { start: tokens[origin - 1].end, end: Math.min(sentence.end, (tokens[origin + 4] ?? tokens[tokens.length - 1]).end) })[0]?.key ??
      unnamedOrigin(tokens, origin, names);
    if (place) {
      attr.place = place;
      const located = locatedBefore(tokens, s);
      if (located) attr.located = intern(located);
    }
  }
  // "24 people died in the district", "230,000 in 13 countries", "In Quarnby, 12 were hurt": where a count was counted
  if (c.dimension === 'count' && !attr.place) attr.place = countedIn(tokens, s, e, names);
}

/**
 * The token after "from", or after "north of", "north-northeast of", "off", "away from", right after a distance at
 * token e: where the place measured from begins; -1 when the distance names none.
 */
function originAfter(tokens: Token[], e: number): number {
  const at = (j: number) => tokens[j]?.lower ?? '';
  if (at(e) === 'from') return e + 1;
  let j = e;
  if (!DIRECTIONS.has(at(j)) && at(j) !== 'off' && at(j) !== 'away') return -1;
  // "north-northeast of": one direction written as two
  if (tokens[j + 1]?.text === '-' && DIRECTIONS.has(at(j + 2))) j += 2;
  return at(j + 1) === 'of' || at(j + 1) === 'from' ? j + 2 : -1;
}

/**
 * A place measured from that has no name: "25 miles south of the quake", "10 km from the epicentre" (the noun, as
 * the place's key), so that it is told apart from a distance to a named town. A noun the name follows with "of" is
 * that name's: "west of the region's main city of Quarnby" is measured from Quarnby.
 */
function unnamedOrigin(tokens: Token[], origin: number, names: EntityMention[]): string | undefined {
  let j = origin;
  if (!DETERMINERS.has(tokens[j]?.lower ?? '')) return undefined;
  let head: string | undefined;
  for (j++; j < tokens.length && j < origin + 6 && tokens[j].sentence === tokens[origin].sentence; j++) {
    const t = tokens[j];
    // "the region's main city": a possessive before the noun
    if (t.text === "'s" || t.text === '’s') continue;
    if (t.kind !== 'word' || !startsLowerCase(t.text) || STOPWORDS.has(t.lower)) break;
    head = t.lower;
  }
  if (!head) return undefined;
  const named = tokens[j]?.lower === 'of' && tokens[j + 1] ? names.find((n) => n.span.start === tokens[j + 1].start) : undefined;
  return named?.key ?? intern(`the ${canonicalThing(head)}`);
}

/** Words between what stands somewhere and its distance: "the building, about 15 miles", "the epicentre was 10 km". */
const BEFORE_DISTANCE = new Set([',', 'about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'just',
  'is', 'was', 'are', 'were', 'lies', 'lay', 'located', 'situated', 'sits', 'stands', 'only', 'barely']);

/**
 * The noun a distance locates, when a determiner introduces it right before the figure: "a motorist 50 miles north of
 * Quarnby", "the building, about 15 miles north of Quarnby", "the epicentre was 10 km from Quarnby". Two things at
 * different distances from one place are no conflict. A verb before the figure ("struck 40 km north") names none.
 */
function locatedBefore(tokens: Token[], s: number): string | undefined {
  let j = s - 1;
  while (j >= 0 && j > s - 6 && tokens[j].sentence === tokens[s].sentence && BEFORE_DISTANCE.has(tokens[j].lower)) j--;
  const noun = tokens[j];
  if (!noun || noun.sentence !== tokens[s].sentence || noun.kind !== 'word' || !startsLowerCase(noun.text) || STOPWORDS.has(noun.lower)) return undefined;
  // "struck", "hit": a verb, whose subject is further back
  if (verbBase(noun.lower) && !noun.lower.endsWith('ing')) return undefined;
  const before = tokens[j - 1];
  const adjectiveBefore = tokens[j - 2];
  const introduced = (t: Token | undefined) => !!t && t.sentence === noun.sentence && DETERMINERS.has(t.lower);
  if (!introduced(before) && !(before?.kind === 'word' && startsLowerCase(before.text) && introduced(adjectiveBefore))) return undefined;
  return canonicalThing(noun.lower);
}

/** Two or more capitalised words, perhaps possessive: "Gloria Fenwick", "Harlo Venstrup's" (a constant: see STARTS_LOWER in tokens.ts). */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+(?:['’]s)?$/u;

/**
 * A name of two or more capitalised words that no cue made a place or a body, written as the subject of a verb or
 * with a possessive ("Harlo Venstrup caught five passes", "Harlo Venstrup's 30-yard run"): news introduces most
 * people once, in full, without a title. A place is rarely the subject of what a figure measures ("left Port Arden on
 * Saturday" has the name after a verb, not before one).
 */
function isNamedSubject(n: EntityMention, tokens: Token[]): boolean {
  if (n.kind !== 'other' || !FULL_NAME.test(n.text)) return false;
  if (/['’]s$/.test(n.text)) return true;
  const next = tokens[firstTokenFrom(tokens, n.span.end)];
  return !!next && next.kind === 'word' && next.start - n.span.end <= 1 && (!!verbBase(next.lower, true) || SUBJECT_VERBS.has(next.lower));
}

/** Verbs of a figure's subject that no -ed ending shows. */
const SUBJECT_VERBS = new Set(['has', 'had', 'ran', 'caught', 'threw', 'won', 'lost', 'took', 'made', 'hit', 'broke', 'set', 'scored', 'is', 'was']);

/** "their record to 9-1", "its record improved to 10-5": a possessive pronoun's record just before the figure. */
function recordOfPronounBefore(tokens: Token[], s: number): boolean {
  for (let j = s - 1; j >= Math.max(0, s - RECORD_PRONOUN_WINDOW) && tokens[j].sentence === tokens[s].sentence; j--) {
    if (tokens[j].lower === 'record') return OWNERS_PRONOUNS.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}

const RECORD_PRONOUN_WINDOW = 4;
const OWNERS_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** The first name of the sentence before `before` that can own a figure: the clause's subject, as news writes it. */
function subjectNameOf(names: EntityMention[], tokens: Token[], sentence: Span, before: number): EntityMention | undefined {
  // a team is often a bare capitalised plural ("the Owls"), of no kind the names could tell: any name but a place's
  return within(names, { start: sentence.start, end: before }).find((n) => n.kind !== 'place' && !isSpeaker(n, tokens));
}

/**
 * "He caught 29 passes", "her 12-year sentence": a person owns the figure, known only by a pronoun. A possessive
 * owns only the figure right after it ("his home in the 3000 block" is the home's).
 */
function pronounOwnerBefore(tokens: Token[], s: number): boolean {
  const sentence = tokens[s].sentence;
  if (POSSESSIVE_PRONOUNS.has(tokens[s - 1]?.lower ?? '') && tokens[s - 1].sentence === sentence) return true;
  for (let j = s - 1; j >= Math.max(0, s - OWNER_WINDOW); j--) {
    if (tokens[j].sentence !== sentence || tokens[j].kind === 'number') return false;
    if (SUBJECT_PRONOUNS.has(tokens[j].lower)) return true;
  }
  // "He finished with 269 yards and caught 29 passes": the sentence's subject owns its figures
  // looked for from SENTENCE_SCAN tokens back, not from the report's start (token s itself is of the sentence)
  let first = Math.max(0, s - SENTENCE_SCAN);
  while (tokens[first].sentence !== sentence) first++;
  return SUBJECT_PRONOUNS.has(tokens[first].lower);
}

/** How far back a sentence's first word is looked for. */
const SENTENCE_SCAN = 40;

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Words that end the clause a count's place is looked for in. */
const CLAUSE_END = new Set([',', ';', 'and', 'but', 'while', 'after', 'when', 'as', '.', 'since', 'because']);
const IN_PLACE = new Set(['in', 'across', 'throughout', 'around', 'inside']);

function countedIn(tokens: Token[], s: number, e: number, names: EntityMention[]): string | undefined {
  const sentence = tokens[s].sentence;
  for (let j = e; j < Math.min(tokens.length, e + 10); j++) {
    const t = tokens[j];
    if (t.sentence !== sentence || CLAUSE_END.has(t.lower) || (t.kind === 'number' && j > e)) break;
    if (IN_PLACE.has(t.lower)) return placeAt(tokens, j + 1, names);
  }
  return undefined;
}

/** A "block" numbered this high is a block of a street address ("the 3000 block"), not a count of blocks. */
const ADDRESS_BLOCK = 100;

/** "the 12500 block": a number that names a stretch of a street by its house numbers, not an amount. */
export function isStreetBlock(c: Claim): boolean {
  return c.frame === 'count:block' && c.value >= ADDRESS_BLOCK;
}

/**
 * The street named from token j ("East 14th Street", "Harbour Road"), by the words that tell it from others: no
 * compass word, no "Street" ("14th Street" and "East 14th Street" are one street).
 */
function streetAt(tokens: Token[], j: number): string | undefined {
  const words: string[] = [];
  for (let k = j; k < j + 5 && tokens[k]?.sentence === tokens[j]?.sentence; k++) {
    const t = tokens[k];
    // "14th" is read as the number and its suffix
    const suffix = t.kind === 'word' && tokens[k - 1]?.kind === 'number' && tokens[k - 1].end === t.start;
    if (!(startsUpperCase(t.text) || t.kind === 'number' || suffix)) break;
    // the suffix stays ("9th", not "9"): names are compared by words of three letters or more
    if (suffix && words.length) words[words.length - 1] += t.lower;
    else if (!DIRECTIONS.has(t.lower) && !STREET_WORDS.has(t.lower)) words.push(t.lower);
  }
  return words.length ? intern(words.join(' ')) : undefined;
}

/** The place named at token j: a name, or a noun of places ("the province", "13 countries"). */
function placeAt(tokens: Token[], j: number, names: EntityMention[]): string | undefined {
  while (DETERMINERS.has(tokens[j]?.lower ?? '') || tokens[j]?.kind === 'number') j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const name = within(names, { start: t.start, end: tokens[Math.min(tokens.length - 1, j + 4)].end }).find((n) => n.span.start === t.start);
  if (name) return name.key;
  return PLACE_NOUNS.has(t.lower) ? lemma(t.lower) : undefined;
}

const PLACE_NOUNS = new Set(['province', 'provinces', 'district', 'districts', 'region', 'regions', 'country', 'countries',
  'city', 'cities', 'state', 'states', 'village', 'villages', 'town', 'towns', 'area', 'areas', 'county', 'counties',
  'capital', 'island', 'islands', 'nation', 'nations', 'world', 'hospital', 'hospitals', 'camp', 'camps']);

const LINKING_WORDS = new Set([',', '(', 'who', 'is', 'was', 'are', 'were', 'now', 'stands', 'stood', 'sits', 'at', 'to', 'improved',
  'moved', 'fell', 'dropped', 'rose', 'climbed', 'slipped', 'went', 'record', 'mark', "'s", 's', "'"]);

/**
 * "a 12-year-old girl", "the 36-year-old driver": an age with no name is the age of whom the noun after it describes,
 * compared only with the same description (see `attributesMatch`).
 */
function describedOwner(attr: Attribute, tokens: Token[], e: number): void {
  const described = tokens[e]?.sentence === tokens[e - 1]?.sentence ? nounAfter(tokens, e) : undefined;
  if (!described || described.plural) return;
  attr.owner = intern(`the ${described.head}`);
  attr.ownerName = attr.owner;
  attr.ownerDescribed = true;
}

/** The figure is this name's: its key, and the name as written ("Venstrup's" read as "Venstrup") for messages. */
function setOwner(attr: Attribute, owner: EntityMention): void {
  attr.owner = owner.key;
  attr.ownerName = owner.text.replace(/['’]s$/, '');
}

/**
 * The name whose parenthesis holds token `s`, past at most a record and a comma ("Venstrup (45-1, 38"), or whose
 * commas hold it after a record ("Venstrup, 45-1, 38 KOs,").
 */
function nameBeforeParentheses(tokens: Token[], s: number, names: EntityMention[]): EntityMention | undefined {
  let j = s - 1;
  let record = false;
  while (j >= Math.max(0, s - 8) && (tokens[j].kind === 'number' || tokens[j].text === '-' || tokens[j].text === ',')) {
    if (tokens[j].text === '-' && tokens[j - 1]?.kind === 'number') record = true;
    j--;
  }
  if (j === s - 1 || !tokens[j]) return undefined;
  const before = tokens[j].text === '(' ? tokens[j - 1] : record && tokens[j + 1]?.text === ',' ? tokens[j] : undefined;
  return before && names.find((n) => n.span.end === before.end);
}

/** A person named after "from" or "by" right after a count, past a few words of their role ("from backup centre"). */
function giverAfter(tokens: Token[], e: number, names: EntityMention[], sentence: Span): EntityMention | undefined {
  if (tokens[e]?.lower !== 'from' && tokens[e]?.lower !== 'by') return undefined;
  let j = e + 1;
  while (j < e + 4 && tokens[j]?.kind === 'word' && startsLowerCase(tokens[j].text) && !STOPWORDS.has(tokens[j].lower)) j++;
  const next = tokens[j];
  if (!next || next.start >= sentence.end) return undefined;
  const name = within(names, { start: next.start, end: sentence.end })[0];
  return name && name.span.start === next.start && (name.kind === 'person' || (name.kind !== 'place' && FULL_NAME.test(name.text))) ? name : undefined;
}

/** Whether only linking words stand between a name (ending at `nameEnd`) and the token at `s`. */
function onlyLinkingWords(tokens: Token[], nameEnd: number, s: number): boolean {
  for (let j = s - 1; j >= 0 && tokens[j].start >= nameEnd; j--) if (!LINKING_WORDS.has(tokens[j].lower)) return false;
  return true;
}

/** "Dave Gaskin said", "said Dave Gaskin", "according to Dave Gaskin": the name gives the figures, it is not their subject. */
function isSpeaker(n: EntityMention, tokens: Token[]): boolean {
  const after = firstTokenFrom(tokens, n.span.end);
  const before = firstTokenFrom(tokens, n.span.start) - 1;
  const word = (j: number) => (tokens[j]?.sentence === tokens[after - 1]?.sentence ? tokens[j].lower : '');
  return SPEECH_VERBS.has(word(after)) || SPEECH_VERBS.has(word(before)) || (word(before) === 'to' && word(before - 1) === 'according');
}

/** A verb of saying between a name and a figure: the name is the figure's source, the clause after it has its own subject. */
function saysBetween(tokens: Token[], nameEnd: number, s: number): boolean {
  for (let j = s - 1; j >= 0 && tokens[j].start >= nameEnd; j--) if (SPEECH_VERBS.has(tokens[j].lower)) return true;
  return false;
}

/** Another figure between a name and this one: the name belongs to that figure's clause. */
function separatedByFigure(tokens: Token[], nameEnd: number, s: number): boolean {
  for (let j = s - 1; j >= 0 && tokens[j].start >= nameEnd; j--) if (tokens[j].kind === 'number' && !isAgeInCommas(tokens, j, nameEnd)) return true;
  return false;
}

/** "Harlo Venstrup, 32, fell 600 m": the age set off by commas right after the name is part of naming him. */
function isAgeInCommas(tokens: Token[], j: number, nameEnd: number): boolean {
  return tokens[j - 1]?.text === ',' && tokens[j - 1].start === nameEnd && tokens[j + 1]?.text === ',';
}

// ------------------------------------------------------------------------------------------------ qualifiers

/** Dimensions that are rates already: "per hour" beside a speed is its unit, not a period. */
const RATES = new Set(['speed', 'percent', 'magnitude', 'temperature']);

function readQualifiers(attr: Attribute, c: Claim, tokens: Token[], s: number, e: number): void {
  const sentence = tokens[s].sentence;
  const lo = Math.max(0, s - QUALIFIER_WINDOW);
  const hi = Math.min(tokens.length, e + QUALIFIER_WINDOW);
  for (let j = lo; j < hi; j++) {
    if (tokens[j].sentence !== sentence || (j >= s && j < e)) continue;
    const phrase = timePhraseAt(tokens, j);
    const scope = scopeAt(tokens, j, c, e, phrase);
    if (scope && !attr.time) attr.time = scope;
    // a phrase is read whole: the "season" of "$23 million per season" is no season scope of another figure
    if (phrase) j += phrase.words.length - 1;
  }
  if (!attr.time && c.dimension === 'money') attr.time = unitPriceAt(tokens, e);
  if (!attr.time && isPossibility(tokens, s)) attr.time = 'possible';
  // "…, according to a witness", "organisers estimated": anywhere in the sentence, someone gives the figure
  if (markedIn(tokens, c, isAttribution).length) attr.attributed = true;
  // "In their five operations so far, the crew have seized ...": an opening phrase sets the scope of the whole sentence,
  // and so does a count of the occasions anywhere in it ("... 923 rounds during the five operations it carried out")
  if (!attr.time) attr.time = openingScope(c, tokens, s) ?? occasionsInSentence(c, tokens);
  // "an 84-yard scamper in the first quarter" is the one run whenever told; "68 yards in the first half" a tally
  if (attr.time && STRETCHES.has(attr.time) && c.dimension !== 'count' && isAttributive(tokens, s, e)) attr.time = undefined;
  // "five of them", "including three children", "three of the 40"
  const before = tokens[s - 1]?.sentence === sentence ? tokens[s - 1].lower : '';
  const twoBefore = tokens[s - 2]?.sentence === sentence ? `${tokens[s - 2].lower} ${before}` : '';
  if (PART_BEFORE.has(before) || PART_BEFORE.has(twoBefore)) attr.part = true;
  const after = tokens[firstTokenFrom(tokens, c.numberSpan.end)];
  if (INCREMENT_BEFORE.has(before) || (after?.sentence === sentence && INCREMENT_AFTER.has(after.lower))) attr.increment = true;
  // "completed his first 17 passes", "the last three games": the opening or closing run of a larger count
  if (c.dimension === 'count' && RUN_OF_WORDS.has(before)) attr.part = true;
  if (tokens[e]?.lower === 'of' && tokens[e].sentence === sentence && ['them', 'whom', 'the', 'those', 'which', 'his', 'her', 'their'].includes(tokens[e + 1]?.lower ?? '')) attr.part = true;
  // "one other person died", "two other victims": some of a toll, besides those already told
  if (c.dimension === 'count' && after?.lower === 'other' && after.sentence === sentence && c.frame && !c.frame.startsWith('count:')) attr.part = true;
  // "55 wounded, five of them critically": the count of the critically wounded is all of what it counts
  if (c.frame && SUBSET_FRAMES.has(c.frame)) attr.part = undefined;
  if (ORDINAL_WORDS.has(before) && !attr.modifiers.includes(before)) attr.modifiers.push(before);

}

/** Words that end the clause a possibility is read in, going back from the figure. */
const POSSIBILITY_BREAKS = new Set([',', ';', ':', 'but', 'and', 'while', 'after', 'when', 'who', 'which', 'that']);

/** "could be sentenced to up to 20 years", "faces 12 years": a figure of what may come, not of what happened. */
function isPossibility(tokens: Token[], s: number): boolean {
  for (let j = s - 1; j >= Math.max(0, s - QUALIFIER_WINDOW); j--) {
    const t = tokens[j];
    // "could catch Venstrup on an 86-yard run": past a name, the figure is of another phrase than the modal's verb
    if (t.sentence !== tokens[s].sentence || POSSIBILITY_BREAKS.has(t.lower) || startsUpperCase(t.text)) return false;
    if (POSSIBILITY_WORDS.has(t.text) && tokens[j + 1]?.lower !== 'have') return true;
  }
  return false;
}

/**
 * "Of the 23 pirates arrested, 12 are Ostrian": a figure after an opening "Of the …," that counts the same as the
 * figure there (both arrests) is a part of it. "Of the five still in hospital, two are critical" counts another thing.
 */
function markPartsOfOpeningWhole(claims: Claim[], tokens: Token[]): void {
  for (const c of claims) {
    if (!c.attribute || !c.frame) continue;
    const whole = openingWhole(c, claims, tokens);
    if (whole && whole.frame === c.frame) c.attribute.part = true;
  }
}

/** The figure of a sentence's opening "Of the 23 pirates arrested," when `c` comes after that phrase. */
function openingWhole(c: Claim, claims: Claim[], tokens: Token[]): Claim | undefined {
  const opening = openingPhrase(c, tokens, firstTokenFrom(tokens, c.span.start));
  if (!opening) return undefined;
  const { first, comma } = opening;
  if (tokens[first].lower !== 'of' || !DETERMINERS.has(tokens[first + 1]?.lower ?? '')) return undefined;
  return claims.find((w) => w !== c && w.span.start >= tokens[first].start && w.span.end <= tokens[comma].start);
}

/** Words right before a count that make it a run at one end of a larger count. */
const RUN_OF_WORDS = new Set(['first', 'last', 'next', 'opening', 'final', 'initial']);

/**
 * A sum per unit of something, from the words right after it: "$25 per share", "$25-per-share", "$3 a gallon." is the
 * price of one share or one gallon ("per-share"), never a total. After "a" the noun must end its phrase, so that
 * "$13 billion, a price that …" is no rate.
 */
function unitPriceAt(tokens: Token[], e: number): string | undefined {
  let j = e;
  // "$24 to $26 per share": the low end of a range is a price per share too
  if (RANGE_WORDS.has(tokens[j]?.lower ?? '')) {
    const upper = tokens.slice(j + 1, j + 5).findIndex((t) => t.kind === 'number');
    if (upper < 0) return undefined;
    j += upper + 2;
    j = scaleAfter(tokens, j, true)?.end ?? j;
  }
  if (tokens[j]?.text === '-') j++;
  const word = tokens[j]?.lower;
  if (word !== 'per' && word !== 'a' && word !== 'an') return undefined;
  if (tokens[j + 1]?.text === '-') j++;
  const noun = tokens[j + 1];
  if (!noun || noun.kind !== 'word' || noun.sentence !== tokens[e - 1]?.sentence || STOPWORDS.has(noun.lower)) return undefined;
  const next = tokens[j + 2];
  const endsPhrase = !next || next.sentence !== noun.sentence || next.kind !== 'word' || PHRASE_ENDERS.has(next.lower);
  return word === 'per' || endsPhrase ? `per-${lemma(noun.lower)}` : undefined;
}

const RANGE_WORDS = new Set(['to']);

/** Words that end a noun phrase: "$3 a gallon in May", "$24 a share and more". */
const PHRASE_ENDERS = new Set(['in', 'on', 'at', 'for', 'and', 'or', 'from', 'to', 'than', 'while', 'with', 'by', 'as', 'after', 'before', 'since', 'when']);

/** Tokens an opening phrase may have before its comma ("In their five operations so far,"). */
const OPENING_PHRASE_TOKENS = 12;

/**
 * A sentence's opening phrase, from its first token to its first comma, when the figure at token s comes after that
 * comma: what sets the scope of the whole sentence ("In their five operations so far, …", "Of the 23 arrested, …").
 */
function openingPhrase(c: Claim, tokens: Token[], s: number): { first: number; comma: number } | undefined {
  const first = firstTokenFrom(tokens, c.sentence.start);
  let comma = first;
  while (comma < s && tokens[comma].text !== ',') comma++;
  return comma >= s || comma - first > OPENING_PHRASE_TOKENS ? undefined : { first, comma };
}

/** The time scope written in a sentence's opening phrase (up to its first comma), when the figure comes after it. */
function openingScope(c: Claim, tokens: Token[], s: number): string | undefined {
  const opening = openingPhrase(c, tokens, s);
  if (!opening) return undefined;
  for (let j = opening.first; j < opening.comma; j++) {
    const scope = scopeAt(tokens, j, c, s);
    if (scope) return scope;
  }
  return undefined;
}

/**
 * The time scope written at token j for a figure ending at token e. A period makes a rate only right after the figure
 * ("$500 a month", "20 per game"); "within a week" or "in a year" elsewhere is a time, not a rate.
 */
function scopeAt(tokens: Token[], j: number, c: Claim, e: number, phrase = timePhraseAt(tokens, j)): string | undefined {
  const scope = phrase?.scope ?? (countsOccasions(tokens, j) ? 'cumulative' : undefined);
  const period = scope?.startsWith('per-') || scope === 'each';
  return period && (RATES.has(c.dimension) || j < e || j > e + 1) ? undefined : scope;
}

function occasionsInSentence(c: Claim, tokens: Token[]): string | undefined {
  return markedIn(tokens, c, countsOccasions).length ? 'cumulative' : undefined;
}

/** "during the five raids", "in their last 10 games": a count of occasions at token j. */
function countsOccasions(tokens: Token[], j: number): boolean {
  // the noun after is the rare part: looked at first, so that most tokens cost one set look-up
  if (!OCCASIONS.has(tokens[j + 1]?.lower ?? '') || !OVER_OCCASIONS.has(tokens[j - 1]?.lower ?? '')) return false;
  const t = tokens[j];
  const n = t.kind === 'number' ? Number(t.text.replace(/,/g, '')) : Object.hasOwn(UNIT_WORDS, t.lower) ? UNIT_WORDS[t.lower] : TENS_WORDS[t.lower];
  return n !== undefined && n >= 2;
}

/** The time-scope phrase (TIME_SCOPES) starting at token j, longest first. */
function timePhraseAt(tokens: Token[], j: number): { words: string[]; scope: string } | undefined {
  for (const p of TIME_PHRASES_BY_FIRST_WORD.get(tokens[j].lower) ?? []) {
    if (p.words.every((w, k) => tokens[j + k]?.lower === w && tokens[j + k].sentence === tokens[j].sentence)) return p;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------ matching

/**
 * Whether two name keys can be one person or body: the same last word, and the same first word when both give one
 * ("Harlo Venstrup" and "Venstrup" are one; "Harlo Venstrup" and "Edda Venstrup" are two).
 */
function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.at(-1) !== pb.at(-1)) return sharesNamePart(a, b) && (pa.length === 1 || pb.length === 1);
  // "Harlo Venstrup" and "Englishman Harlo Venstrup": the given name is the first word or the one before the surname
  return pa.length === 1 || pb.length === 1 || pa[0] === pb[0] || pa.at(-2) === pb.at(-2);
}

/** Whether a figure's attribute is known well enough to compare it with another report's. */
export function isTold(c: Claim): boolean {
  const a = c.attribute;
  if (!a) return true;
  if (!NEEDS_THING.has(c.dimension)) return true;
  return !!a.thing;
}

/**
 * Whether two figures speak of the same attribute: the same thing (or people of one kind), no two different owners
 * or places, the same time scope, both whole or both parts, and no different ordinals ("the second blast").
 */
export function attributesMatch(a: Claim, b: Claim): boolean {
  const x = a.attribute;
  const y = b.attribute;
  if (!x || !y) return true;
  if (isTold(a) !== isTold(b)) return false;
  // a distance, a span of time or a percentage whose thing cannot be told is compared with nothing: too many things
  // in one story have one ("three years", "40 km", "5 percent")
  if (UNTOLD_NEVER_COMPARED.has(a.dimension) && !isTold(a)) return false;
  // an age is a person's, a record a team's or a fighter's: compared only when both name whose they are
  if ((a.dimension === 'age' || a.dimension === 'record') && !(x.owner && y.owner)) return false;
  // "the 12-year-old girl" and "the 15-year-old girl" of one story are often two girls: a described owner's age is
  // compared only with the same description's, and only a year or so apart (a slip, not another person)
  if (x.ownerDescribed || y.ownerDescribed) {
    if (!x.ownerDescribed || !y.ownerDescribed || x.owner !== y.owner || Math.abs(a.value - b.value) > DESCRIBED_AGE_SLIP) return false;
  }
  // "five times" says how often something was done: only how often the same thing was done is compared
  // ("arrested four times" says it already: arrests)
  if (x.property === 'count:time' && !(x.verb && y.verb)) return false;
  // so is a player's tally ("nine points", "three touchdowns"): every player of the game has one
  if (a.dimension === 'count' && isPlayerTally(x) && !(x.owner && y.owner)) return false;
  // a verb varies between writers ("plunged", "closed down"): two verbs never set figures apart, but a verb and a noun
  // must name the same thing ("ran for 40 yards" and "a 40-yard run")
  if (x.thing && y.thing && !sameThing(x.thing, y.thing) && !(x.thingFromVerb && y.thingFromVerb && a.dimension !== 'year') && !(PEOPLE.has(x.thing) && PEOPLE.has(y.thing))) return false;
  if (x.owner && y.owner && !samePerson(x.owner, y.owner)) return false;
  // "nine Ostrians" and "40 Kestrelis" killed on one day are the tolls of two sides; either may be all "people"
  if (x.group && y.group && x.group !== y.group) return false;
  if (x.verb && y.verb && x.verb !== y.verb) return false;
  // "Venstrup scored 14 points" and "Brannick added 11 points": sentences about other people speak of other figures
  if (x.people && y.people && !x.people.some((p) => y.people!.some((q) => samePerson(p, q)))) return false;
  // "Brannick had 11 points" is not the figure of a sentence that names only Venstrup; a team's or a body's figure
  // ("Indianapolis (10-5)") may stand in a sentence that names a player
  if ((ownedByPerson(x) && y.people && !y.people.some((q) => samePerson(x.owner!, q))) || (ownedByPerson(y) && x.people && !x.people.some((q) => samePerson(y.owner!, q)))) return false;
  if (x.place && y.place && !sharesNamePart(x.place, y.place)) return false;
  // "9 km from the border" and "10 miles away": a distance from somewhere is not one from an unnamed place
  if (x.thing === 'distance' && y.thing === 'distance' && !!x.place !== !!y.place) return false;
  // "a motorist 50 miles north of Quarnby" and "the plant, 15 miles north of Quarnby": two things, one place
  if (x.located && y.located && !sameThing(x.located, y.located)) return false;
  if (timeScope(x) !== timeScope(y)) return false;
  if (x.variant && y.variant && x.variant !== y.variant) return false;
  if (x.day !== undefined && y.day !== undefined && x.day !== y.day) return false;
  if (!!x.part !== !!y.part || x.increment || y.increment) return false;
  if (x.part && y.part && x.modifiers.join(' ') !== y.modifiers.join(' ')) return false;
  // the two sides of a size ("2880 pixels by 1800") are two figures
  const side = (a: Attribute) => a.modifiers.find((m) => FACTORS.includes(m));
  if (side(x) && side(y) && side(x) !== side(y)) return false;
  const ox = x.modifiers.filter((m) => ORDINAL_WORDS.has(m));
  const oy = y.modifiers.filter((m) => ORDINAL_WORDS.has(m));
  if (ox.length && oy.length && !ox.some((m) => oy.includes(m))) return false;
  return true;
}


/** A count of what a player tallies, by the noun written ("22 carries") or the thing it stands for (a run). */
function isPlayerTally(a: Attribute): boolean {
  return (!!a.thing && PLAYER_TALLIES.has(a.thing)) || PLAYER_TALLIES.has(a.property.slice('count:'.length));
}

/** Things read from verbs that are whole words ("ran" → run), which a label can name. */
const WHOLE_VERB_THINGS = new Set([...Object.values(VERB_BASE), ...THING_OF.values()]);
const PROPERTY_WORDS = new Set([...Object.values(PROPERTY_NOUNS), ...Object.values(PREDICATE_PROPERTIES)]);
/** The rates of TIME_SCOPES that are periods of time ("per-season", "per-year"), as against units ("per-share"). */
const PERIODS = new Set(Object.values(TIME_SCOPES).filter((scope) => scope.startsWith('per-')));
const TIME_LABELS: Record<string, string> = {
  season: 'over the season', career: 'over a career', past: 'an earlier one', other: 'in another incident', possible: 'as a possibility',
  'so-far': 'so far', year: 'this year', each: 'each', cumulative: 'all told',
  ...Object.fromEntries(GAME_STRETCHES.map((stretch) => [stretch, `in the ${stretch}`])),
};

/** A record is a season's unless told otherwise: "for the season, 9-1" and "8-1" speak of one season. */
function timeScope(a: Attribute): string {
  return a.property === 'record' && a.time === 'season' ? '' : a.time ?? '';
}

/**
 * The attribute in plain words, from the property's label: "distance of the run (Edda Brannick)", "depth",
 * "number of boats, over the season". What the user reads to see why two figures were put side by side.
 */
export function describeAttribute(c: Claim, propertyLabel: string): string {
  const a = c.attribute;
  if (!a) return propertyLabel;
  let label = propertyLabel;
  // a clipped stem of a verb ("plung") reads badly and the sentence shows the verb: such a thing is left unnamed
  const named = a.thing && (!a.thingFromVerb || WHOLE_VERB_THINGS.has(a.thing)) && !(a.thing in RELATIVE_TIME);
  const thing = a.thing && named && a.thing !== 'person' && !PEOPLE.has(a.thing) && c.dimension !== 'count' && c.dimension !== 'record' ? a.thing : undefined;
  if (thing && a.stuff) label = `amount of ${thing}`;
  else if (thing && PROPERTY_WORDS.has(thing.split(' ').pop()!)) label = thing;
  else if (thing) label = `${propertyLabel} of the ${[...a.modifiers.filter((m) => ORDINAL_WORDS.has(m)), thing].join(' ')}`;
  // "$25 per share": the price of one unit ("Price per share"), where "$15 million per season" is a sum per period
  if (c.dimension === 'money' && a.time?.startsWith('per-') && !PERIODS.has(a.time) && label === propertyLabel) label = 'price';
  if (a.ownerName && c.dimension !== 'age') label += ` (${a.ownerName})`;
  if (a.time?.startsWith('per-')) label += ` ${a.time.replace('per-', 'per ')}`;
  else if (a.time && TIME_LABELS[a.time]) label += `, ${TIME_LABELS[a.time]}`;
  return label;
}

/**
 * Whether two figures name the same thing of the same owner ("Venstrup (45-1)" and "Venstrup, 43-1"; "Venstrup's
 * 84-yard run" and "an 86-yard run by Venstrup"): the attribute itself pairs them, whatever else their sentences say.
 */
export function sameOwnedThing(a: Claim, b: Claim): boolean {
  const x = a.attribute;
  const y = b.attribute;
  // the year of one happening ("indicted in 1969", "In 1970, he was indicted") needs no owner: the year is the question
  if (a.dimension === 'year' && x?.thing && y?.thing) return sameThing(x.thing, y.thing) && attributesMatch(a, b);
  // the time between one happening and another ("married two weeks before the shooting"): the verb is the question
  if (a.dimension === 'duration' && x?.verb && x.verb === y?.verb && (x.time === 'before' || x.time === 'after')) return attributesMatch(a, b);
  if (!x?.thing || !y?.thing || x.thingFromVerb || y.thingFromVerb || !sameThing(x.thing, y.thing) || !attributesMatch(a, b)) return false;
  if (x.owner && y.owner) return samePerson(x.owner, y.owner);
  // the distance of one place from another ("1,150 km from Quarnby", "1,500 km south of Quarnby")
  return !!(x.place && y.place);
}

/**
 * A key that figures whose attributes match share (those that share it may still not match): what a report's
 * figures are grouped by, so that each is compared only with its own kind.
 */
export function attributeSignature(c: Claim): string {
  const a = c.attribute;
  if (!a) return '';
  const thing = a.thing && !a.thingFromVerb && !PEOPLE.has(a.thing) ? thingKey(a.thing) : '';
  return `${thing}|${a.place ?? ''}|${timeScope(a)}|${a.part ? 'part' : ''}`;
}
