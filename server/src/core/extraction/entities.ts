/**
 * Named entities: runs of capitalised words (with the connectors names use: "of", "al-", "bin"), titles stripped,
 * acronym definitions read as aliases, and the workspace's known-entities file applied. Each mention gets a
 * canonical key under which house-style variants ("Kim Jong-un", "Kim Jong Un") meet.
 */
import type { EntityKind, EntityMention, KnownEntity, Span } from '../types';
import { firstTokenFrom, startsUpperCase, tokensWithin, type Token } from '../reading/tokens';
import { intern, nameKey } from '../words';
import { COMPASS_WORDS, ENTITY_CUES, NAME_CONNECTORS, NOT_NAMES, PERSON_NOUNS, TITLES } from '../vocab/entities';
import { MONTHS, WEEKDAYS } from '../vocab/numberWords';

/** Known entities and their aliases, by folded key. */
export class EntityLexicon {
  private readonly canonical = new Map<string, { key: string; kind?: EntityKind; name: string }>();

  constructor(known: KnownEntity[]) {
    for (const e of known) {
      const key = nameKey(e.name);
      this.canonical.set(key, { key, kind: e.kind, name: e.name });
      for (const alias of e.aliases ?? []) this.canonical.set(nameKey(alias), { key, kind: e.kind, name: e.name });
    }
  }

  /** The canonical key and kind for a surface key, if the known-entities file names it. */
  lookup(key: string): { key: string; kind?: EntityKind; name: string } | undefined {
    return this.canonical.get(key);
  }

  get size(): number {
    return this.canonical.size;
  }
}

const isCapitalised = (t: Token | undefined) => !!t && t.kind === 'word' && startsUpperCase(t.text);
const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...WEEKDAYS, ...Object.keys(MONTHS).filter((m) => m.length > 3)]);

/** Finds entity mentions in a report's tokens. Title-case headlines are skipped: every word is capitalised there. */
export function extractEntities(reportId: string, tokens: Token[], sentences: Span[], lexicon: EntityLexicon): EntityMention[] {
  const mentions: EntityMention[] = [];
  const headline = headlineSentences(tokens, sentences.length);
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]) || headline.has(tokens[i].sentence)) {
      i++;
      continue;
    }
    const run = nameRun(tokens, i);
    i = Math.max(run.end, i + 1);
    for (const part of namesJoinedByAnd(tokens, run)) {
      const mention = toMention(reportId, tokens, part.start, part.end, lexicon);
      if (mention) mentions.push(mention);
    }
  }
  const trimmed = withoutSentenceOpeners(reportId, tokens, mentions, lexicon);
  applyAcronymDefinitions(tokens, trimmed);
  propagatePersons(tokens, trimmed);
  return trimmed;
}

/**
 * "Describing Quarnby as unsafe, …": a verb form that opens a sentence and is capitalised nowhere else in the
 * report is no part of the name after it, when the report names that alone elsewhere ("Quarnby"). "Beijing Normal
 * University" keeps its first word: the report never names "Normal University" alone.
 */
function withoutSentenceOpeners(reportId: string, tokens: Token[], mentions: EntityMention[], lexicon: EntityLexicon): EntityMention[] {
  // a given name opens sentences too ("Tyler Harrow scored …"): only a verb form is read as the sentence's
  const opening = new Map<EntityMention, number>();
  for (const m of mentions) {
    if (!m.key.includes(' ') || !VERB_FORM.test(m.key.slice(0, m.key.indexOf(' ')))) continue;
    const first = firstTokenFrom(tokens, m.span.start);
    if (opensSentence(tokens, first)) opening.set(m, first);
  }
  if (!opening.size) return mentions;
  const capitalisedInside = new Set<string>();
  for (let j = 1; j < tokens.length; j++) if (tokens[j].sentence === tokens[j - 1].sentence && isCapitalised(tokens[j])) capitalisedInside.add(tokens[j].lower);
  const keys = new Set(mentions.map((m) => m.key));
  return mentions.map((m) => {
    const first = opening.get(m);
    if (first === undefined || capitalisedInside.has(tokens[first].lower)) return m;
    let end = first;
    while (end < tokens.length && tokens[end].end <= m.span.end) end++;
    const rest = toMention(reportId, tokens, first + 1, end, lexicon);
    return rest && keys.has(rest.key) ? rest : m;
  });
}

/** Title words that qualify an office rather than name it ("Defence Minister", "Vice President", "Supreme Leader"; "Deputy Harrow" is a rank). */
const OFFICE_QUALIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'vice', 'supreme']);

const VERB_FORM = /^[a-z]{3,}(ing|ed)$/;
const opensSentence = (tokens: Token[], j: number) => j === 0 || tokens[j - 1].sentence !== tokens[j].sentence;

/** The longest run of name tokens from `i`: capitalised words, joined by hyphens or connectors. */
function nameRun(tokens: Token[], i: number): { start: number; end: number } {
  let end = i + 1;
  const s = tokens[i].sentence;
  for (;;) {
    const t = tokens[end];
    if (!t || t.sentence !== s) break;
    if (t.text === '-' && t.start === tokens[end - 1].end && tokens[end + 1]?.start === t.end && tokens[end + 1].kind === 'word') {
      end += 2; // "Jong-un", "Al-Qaeda"
      continue;
    }
    if (isCapitalised(t) && t.start - tokens[end - 1].end <= 1 && !NOT_NAME_WORDS.has(t.lower)) {
      end++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && isCapitalised(tokens[end + 1]) && tokens[end + 1].sentence === s && !NOT_NAME_WORDS.has(tokens[end + 1].lower)) {
      end += 2;
      continue;
    }
    break;
  }
  // "al-Qarnit": a lower-case particle glued before the run
  return { start: i, end };
}

/**
 * "Edda Brannick and John Harrow" is two people, where "Procter and Gamble" or "Department of Health and Human
 * Services" is one name: a run is split at "and" when each side is two or more words and neither names a body or a place.
 */
function namesJoinedByAnd(tokens: Token[], run: { start: number; end: number }): { start: number; end: number }[] {
  for (let k = run.start + 2; k < run.end - 2; k++) {
    if (tokens[k].lower !== 'and') continue;
    const left = { start: run.start, end: k };
    const right = { start: k + 1, end: run.end };
    if (looksLikePersonName(tokens, left) && looksLikePersonName(tokens, right)) return [left, right];
  }
  return [run];
}

/** Two to four capitalised words, none a connector or a word of a body or a place ("Bank", "River"). */
function looksLikePersonName(tokens: Token[], part: { start: number; end: number }): boolean {
  const length = part.end - part.start;
  if (length < 2 || length > 4) return false;
  for (let j = part.start; j < part.end; j++) {
    const t = tokens[j];
    if (!isCapitalised(t) || NAME_CONNECTORS.has(t.lower) || ENTITY_CUES[t.lower] || NOT_NAME_WORDS.has(t.lower)) return false;
  }
  return true;
}

function toMention(reportId: string, tokens: Token[], start: number, end: number, lexicon: EntityLexicon): EntityMention | undefined {
  let kind: EntityKind | undefined;
  // strip leading titles and sentence-initial function words; a word that only qualifies an office ("the Defence
  // Forces", "the Foreign Ministry", "the Supreme Court") is stripped only before an office's own title
  let firstQualifier: number | undefined;
  while (start < end && (TITLES.has(tokens[start].lower) || NOT_NAME_WORDS.has(tokens[start].lower))) {
    if (OFFICE_QUALIFIERS.has(tokens[start].lower)) firstQualifier ??= start;
    else if (TITLES.has(tokens[start].lower)) kind = 'person';
    start++;
  }
  if (kind !== 'person' && firstQualifier !== undefined) start = firstQualifier;
  while (end > start && (tokens[end - 1].text === '-' || NOT_NAME_WORDS.has(tokens[end - 1].lower))) end--;
  if (end <= start) return undefined;
  const afterTitle = personAfterInnerTitle(tokens, start, end);
  if (afterTitle > start) {
    start = afterTitle;
    kind = 'person';
  }
  if (TITLES.has(tokens[start - 1]?.lower ?? '')) kind = 'person';
  const span = { start: tokens[start].start, end: tokens[end - 1].end };
  const surface = surfaceOf(tokens, start, end);
  if (surface.length < 2) return undefined;
  const surfaceKey = nameKey(surface);
  const known = lexicon.lookup(surfaceKey);
  kind ??= known?.kind ?? guessKind(tokens, start, end);
  return { reportId, span, text: intern(surface), key: intern(known?.key ?? surfaceKey), kind };
}

/** The name as written: its tokens, with a space where the text has one between them. */
function surfaceOf(tokens: Token[], start: number, end: number): string {
  let surface = tokens[start].text;
  for (let k = start + 1; k < end; k++) surface += (tokens[k - 1].end < tokens[k].start ? ' ' : '') + tokens[k].text;
  return surface;
}

/**
 * "Quarnby Harbour Safety Director Edda Brannick": a title inside a run of capitals ends the office and starts the
 * person's name, one to three words with no word of a body or a place among them ("Director of Public Works" and
 * "Safety Director Department" are not names). Returns where the name starts, or `start` when there is no such title.
 */
function personAfterInnerTitle(tokens: Token[], start: number, end: number): number {
  for (let j = end - 2; j > start; j--) {
    if (!TITLES.has(tokens[j].lower)) continue;
    const name = tokens.slice(j + 1, end);
    if (name.length > 3 || name.some((t) => t.kind !== 'word' || !isCapitalised(t) || ENTITY_CUES[t.lower] || TITLES.has(t.lower))) return start;
    return j + 1;
  }
  return start;
}

function guessKind(tokens: Token[], start: number, end: number): EntityKind {
  for (let j = start; j < end; j++) {
    const cue = ENTITY_CUES[tokens[j].lower];
    if (cue) return cue;
  }
  const before = tokens[start - 1]?.lower;
  if (before && ['in', 'at', 'near', 'from', 'to'].includes(before)) return 'place';
  // "South Sudan", "North Varsland", "Upper Nile": a compass word opening a name of two or more words names a region
  if (end - start >= 2 && COMPASS_WORDS.has(tokens[start].lower)) return 'place';
  return 'other';
}

/**
 * A name is a person's when a title stands before it somewhere in the report ("Mr Venstrup" makes "Harlo Venstrup"
 * a person too), when an age stands beside it ("32-year-old Harlo Venstrup", "Harlo Venstrup, 32,"), or when the
 * report later calls it by its last word alone, as news writing does with people and rarely with places or bodies
 * ("Harlo Venstrup ... Venstrup said"): capitals alone cannot tell "Harlo Venstrup" from "Port Quarnby".
 */
function propagatePersons(tokens: Token[], mentions: EntityMention[]): void {
  const singles = new Set(mentions.filter((m) => !m.key.includes(' ')).map((m) => m.key));
  for (const m of mentions) {
    if (m.kind !== 'other' || !couldBePersonal(m)) continue;
    const words = m.key.split(' ').length;
    if (hasAgeBeside(tokens, m) || (words >= 2 && words <= 3 && singles.has(lastWord(m.key)))) m.kind = 'person';
  }
  const surnames = new Set(mentions.filter((m) => m.kind === 'person').map((m) => lastWord(m.key)));
  for (const m of mentions) if (m.kind === 'other' && couldBePersonal(m) && surnames.has(lastWord(m.key))) m.kind = 'person';
}

/**
 * Whether a name may be a person's by the company it keeps: not a run of acronyms ("IBF", "the WBC and IBF belts"),
 * which name bodies, nor two names joined by "and", nor a name of something "of" a place ("Map of Varsland").
 */
function couldBePersonal(m: EntityMention): boolean {
  return !/\b(and|of)\b/.test(m.key) && !m.text.split(/\s+/).some((w) => /^[A-Z]{2,}s?$/.test(w));
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** "32-year-old Harlo Venstrup" or "Harlo Venstrup, 32,": an age beside a name makes it a person's. */
function hasAgeBeside(tokens: Token[], m: EntityMention): boolean {
  // by binary search: a scan from the start for every name would cost a long report the square of its length
  const first = firstTokenFrom(tokens, m.span.start);
  if (tokens[first]?.start !== m.span.start) return false;
  let after = first;
  while (tokens[after] && tokens[after].end < m.span.end) after++;
  // "a 36-year-old Ostrian climber": the age is the climber's, and the name before the noun only describes him
  if (tokens[first - 1]?.lower === 'old' && tokens[first - 2]?.text === '-') return !describesNounAfter(tokens, after + 1);
  const comma = tokens[after + 1];
  const age = tokens[after + 2];
  return comma?.text === ',' && age?.kind === 'number' && Number(age.text) > 0 && Number(age.text) < 110 && [',', '.'].includes(tokens[after + 3]?.text ?? '');
}

/** Whether the word at token j is a noun for a person that the name before it describes ("Ostrian climber"). */
function describesNounAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.sentence === tokens[j - 1]?.sentence && PERSON_NOUNS.has(t.lower);
}

/** "Korean Central News Agency (KCNA)": the acronym becomes an alias of the long name, in this report. */
function applyAcronymDefinitions(tokens: Token[], mentions: EntityMention[]): void {
  const aliases = new Map<string, string>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const long = mentions[k];
    const short = mentions[k + 1];
    if (!/^[A-Z]{2,8}$/.test(short.text)) continue;
    const between = tokensWithin(tokens, { start: long.span.end, end: short.span.start });
    if (between.length !== 1 || between[0].text !== '(') continue;
    const initials = long.text.split(/[\s-]+/).filter((w) => startsUpperCase(w)).map((w) => w[0]).join('');
    if (initials.toUpperCase() === short.text || initials.toUpperCase().startsWith(short.text) || short.text.startsWith(initials.toUpperCase())) {
      aliases.set(short.key, long.key);
      short.kind = long.kind;
    }
  }
  for (const m of mentions) m.key = aliases.get(m.key) ?? m.key;
}

/** Sentences in which nearly every word is capitalised: headlines, where capitals say nothing about names. */
function headlineSentences(tokens: Token[], count: number): Set<number> {
  const words = new Array<number>(count).fill(0);
  const caps = new Array<number>(count).fill(0);
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words[t.sentence]++;
    if (startsUpperCase(t.text)) caps[t.sentence]++;
  }
  const result = new Set<number>();
  for (let s = 0; s < count; s++) if (words[s] >= 3 && caps[s] / words[s] > 0.7) result.add(s);
  return result;
}
