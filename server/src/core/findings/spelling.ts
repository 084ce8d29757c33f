/**
 * Near-miss spellings of a name across reports ("Solkin" beside "Sholkin", "Harrowe" beside "Harrow"). A pair counts only
 * when both are names (never seen in lower case as common words), differ by an edit or two, are not a plural or
 * demonym of one another, and stand in the same company (a shared neighbouring name, or shared words around them);
 * and never a pair the team has settled in its known-entities file (see taughtSpellings.ts).
 */
import { distance } from 'fastest-levenshtein';
import type { EntityMention, Span } from '../types';
import type { ReportAnalysis } from '../reading/report';
import { firstTokenFrom, STOPWORDS, tokensWithin } from '../reading/tokens';
import { intern, internedLowerOf } from '../words';
import { TaughtSpellings } from './taughtSpellings';
import { NAME_CONNECTORS } from '../vocab/entities';

export interface NameOccurrence {
  reportId: string;
  /** The word's span in the original text. */
  span: Span;
  form: string;
  /** The mention's other words, folded, lower-case ("pavel" for "Pavel Solkin"). */
  neighbours: readonly string[];
  /** The whole mention as written (folded). */
  mention: string;
  /** Content words of its sentence, each once. */
  context: readonly string[];
}

/**
 * A report's name words, column by column, as the index keeps them: a workspace of ten thousand reports holds over
 * half a million name words, and an object for each (with its span and lists) cost ten times the memory. The
 * occurrences are made from these when asked for (see `SpellingIndex.occurrencesIn`).
 */
export interface ReportNames {
  /** Per name word: where it starts and ends in the original text … */
  starts: number[];
  ends: number[];
  forms: string[];
  /** … its mention, as a number in the lists below, and its place among the mention's words (WHOLE_NAME for a whole name). */
  mentionOf: number[];
  wordOf: number[];
  /** Per mention: as written (folded), and where its context starts in `contextWords` (it ends where the next's starts). */
  mentions: string[];
  contextFrom: number[];
  /** The mentions' contexts (their sentences' content words) one after the other: one list, not one per mention. */
  contextWords: string[];
}

export interface SpellingVariant {
  form: string;
  occurrences: NameOccurrence[];
  reports: Set<string>;
}

/** Suffixes that make another word, not another spelling: Korea/Korean, Russia/Russians, Iran/Iran's. */
const DERIVING_SUFFIXES = ['n', 'an', 'ian', 'ns', 's', 'es', 'i', 'is', 'ese', 'a', 'y', 'ia', 'ic', 'ish', 'ans', 'ians'];

/** Endings that turn one English word into another: the noun and the adjective (Independence/Independent). */
const WORD_ENDING_PAIRS: [string, string][] = [['ce', 't']];

/**
 * Letter alternations that come from transliteration, not from a slip: Kalomiris/Calomiris, Doroshvandi/Doroshbandi,
 * Mounir/Munir, Yiorgos/Giorgos, Rakhona/Rakhuna, Tarabiya/Tarabya. Two spellings equal after these rewrites are
 * variants, reported as information.
 */
const TRANSLITERATION: [RegExp, string][] = [
  // e and i in a last syllable between consonants: Rashed/Rashid (a doubled consonant is a misspelling: Heffner)
  [/([^aeiou])e([^aeiou]+)$/g, '$1i$2'],
  // two-letter spellings first: "kh" must still be whole when "k" is rewritten (Rakhona/Rahona)
  [/kh/g, 'h'], [/ph/g, 'f'], [/ou/g, 'u'], [/o/g, 'u'], [/iy/g, 'y'], [/v/g, 'b'], [/k/g, 'c'], [/^y/g, 'g'], [/j/g, 'y'], [/ee/g, 'i'], [/w/g, 'v'],
  // a Greek name's long and short ending: Stelios/Stelis, Georgios/Georgis
  [/ius$/g, 'is'],
];

/** True when two spellings differ only by transliteration habits. */
export function isTransliteration(a: string, b: string): boolean {
  const fold = (s: string) => TRANSLITERATION.reduce((t, [re, to]) => t.replace(re, to), s.toLowerCase());
  return fold(a) === fold(b);
}

/** Korea/Korean, Somalia/Somalis: one stem with different deriving endings (or none). */
function derivedFromOneStem(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const endA = a.slice(p);
  const endB = b.slice(p);
  const deriving = (end: string) => end === '' || DERIVING_SUFFIXES.includes(end);
  return p >= 4 && ((deriving(endA) && deriving(endB)) || WORD_ENDING_PAIRS.some(([x, y]) => (endA === x && endB === y) || (endA === y && endB === x)));
}

// Unicode-property regexes in constants (see STARTS_LOWER in tokens.ts)
const COMBINING_MARKS = /\p{M}/gu;
const LETTER_RUNS = /[\p{L}\p{M}]+/gu;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** A capitalised word seen as a name somewhere, with where it occurs and the spellings close to it. */
interface FormEntry {
  form: string;
  /** Accents stripped, and that in lower case: what spellings are compared on. */
  plain: string;
  lowerPlain: string;
  /** `lowerPlain` in British spelling, and the letters it holds as bits: worked out once, compared often. */
  british: string;
  letters: number;
  /** A whole name of two words ("Jon Owen"), not one word: asked of every pair of forms compared. */
  fullName: boolean;
  /** The reports that write it. */
  byReport: Set<string>;
  /**
   * Forms whose spelling alone makes them a possible variant (what the occurrences then confirm or not); found
   * when first asked, so that indexing a workspace compares no spellings, then kept up to date.
   */
  alike?: string[];
}

/**
 * The names of all reports and their near-miss spellings, kept up to date report by report. A name word that
 * any report uses in lower case is a common word, not a name; since that can change with any report, forms are
 * kept regardless and the test is made when asked. Results list reports in workspace order (`orderOf`).
 */
/** The reports a question is about: one story's (the asking report included), or all when undefined. */
export type Scope = ReadonlySet<string> | undefined;

interface Answers {
  occurrences: Map<string, NameOccurrence[]>;
  variants: Map<string, SpellingVariant[]>;
}

/**
 * A report's occurrences as made, and the same by form: a form is looked for in every report that writes it, and a
 * report of many names would otherwise be read through for each of them.
 */
interface MadeOccurrences {
  all: NameOccurrence[];
  byForm: Map<string, NameOccurrence[]>;
}

const NO_OCCURRENCES: NameOccurrence[] = [];

function byForm(occurrences: NameOccurrence[]): Map<string, NameOccurrence[]> {
  const found = new Map<string, NameOccurrence[]>();
  for (const o of occurrences) {
    const list = found.get(o.form);
    if (list) list.push(o);
    else found.set(o.form, [o]);
  }
  return found;
}

/** Reports whose name words are kept as occurrences at a time (see `SpellingIndex.made`). */
const MADE_REPORTS = 256;

/** The key under which answers about the whole workspace are remembered. */
const WHOLE_WORKSPACE = {};

export class SpellingIndex {
  private readonly forms = new Map<string, FormEntry>();
  /** Forms by first letter and length, to find the spellings close to a form … */
  private readonly buckets = new Map<string, FormEntry[]>();
  /** … and those whose close spellings were asked for, which a new form may have to join. */
  private readonly askedBuckets = new Map<string, FormEntry[]>();
  /** Each report's name words, in the order they were read, and its forms, each once. */
  private readonly byReport = new Map<string, { names: ReportNames; forms: readonly string[]; lowerWordIds: Uint32Array }>();
  /**
   * Reports' name words as occurrences, made when first asked for (a question asks about the few reports of one
   * story) and kept for the next questions, up to MADE_REPORTS reports.
   */
  private made = new Map<string, MadeOccurrences>();
  /** Lower-case words by number, and in how many reports each occurs (numbers keep per-report lists small). */
  private readonly lowerWordIds = new Map<string, number>();
  private readonly lowerWordCounts: number[] = [];
  /**
   * Answers since the last change (a findings run asks for the same forms over and over), per scope: the whole
   * workspace's under WHOLE_WORKSPACE, a story's under its scope set (forgotten with it).
   */
  private answers = new WeakMap<object, Answers>();
  /** Whether any answer was kept since the answers were last forgotten. */
  private answered = false;

  constructor(
    private readonly orderOf: (reportId: string) => number,
    private taught = new TaughtSpellings(),
  ) {}

  /** Replaces what the team has taught about names (pairs it settled are no variants of each other). */
  teach(taught: TaughtSpellings): void {
    this.taught = taught;
    this.forgetAnswers();
  }

  /**
   * Adds or replaces a report's names (see `nameOccurrences`), their forms each once in the order first written
   * (see `formsOnce`: the names' columns are then not read, which a store may leave to be read when asked for), and
   * its lower-case words.
   */
  upsert(reportId: string, names: ReportNames, forms: readonly string[], lowerWords: string[]): void {
    this.remove(reportId);
    const lowerWordIds = new Uint32Array(lowerWords.length);
    let k = 0;
    for (const w of lowerWords) {
      let id = this.lowerWordIds.get(w);
      if (id === undefined) this.lowerWordIds.set(w, (id = this.lowerWordCounts.push(0) - 1));
      this.lowerWordCounts[id]++;
      lowerWordIds[k++] = id;
    }
    for (const form of forms) (this.forms.get(form) ?? this.addForm(form)).byReport.add(reportId);
    this.byReport.set(reportId, { names, forms, lowerWordIds });
    this.made.delete(reportId);
    this.forgetAnswers();
  }

  remove(reportId: string): void {
    const previous = this.byReport.get(reportId);
    if (!previous) return;
    for (const id of previous.lowerWordIds) this.lowerWordCounts[id]--;
    for (const form of previous.forms) this.forms.get(form)?.byReport.delete(reportId);
    this.byReport.delete(reportId);
    this.made.delete(reportId);
    this.forgetAnswers();
  }

  /** Forgets the answers, when there are any: a new map for every report indexed would be ten thousand at a start. */
  private forgetAnswers(): void {
    if (!this.answered) return;
    this.answers = new WeakMap();
    this.answered = false;
  }

  /** A report's name words as occurrences, in reading order. */
  private occurrencesIn(reportId: string): NameOccurrence[] {
    return this.madeFor(reportId).all;
  }

  /** A report's occurrences of one form, in reading order. */
  private occurrencesOfFormIn(reportId: string, form: string): NameOccurrence[] {
    return this.madeFor(reportId).byForm.get(form) ?? NO_OCCURRENCES;
  }

  private madeFor(reportId: string): MadeOccurrences {
    const kept = this.made.get(reportId);
    if (kept) return kept;
    const names = this.byReport.get(reportId)?.names;
    const made: NameOccurrence[] = [];
    if (names) {
      const words = names.mentions.map(mentionWords);
      const contexts = names.mentions.map((_, m) => names.contextWords.slice(names.contextFrom[m], names.contextFrom[m + 1] ?? names.contextWords.length));
      for (let k = 0; k < names.starts.length; k++) {
        const start = names.starts[k];
        const end = names.ends[k];
        const form = names.forms[k];
        const mention = names.mentionOf[k];
        made.push({
          reportId, span: { start, end }, form,
          neighbours: neighboursOf(words[mention], names.wordOf[k]), mention: names.mentions[mention], context: contexts[mention],
        });
      }
    }
    // what is made is made again at will (nothing asks whether two occurrences are one object), so it can be let go
    if (this.made.size >= MADE_REPORTS) this.made.clear();
    const occurrences = { all: made, byForm: byForm(made) };
    this.made.set(reportId, occurrences);
    return occurrences;
  }

  private answersFor(scope: Scope): Answers {
    const key = scope ?? WHOLE_WORKSPACE;
    let found = this.answers.get(key);
    if (!found) this.answers.set(key, (found = { occurrences: new Map(), variants: new Map() }));
    this.answered = true;
    return found;
  }

  /** Occurrences of a form, in workspace order; only in the `scope` reports (a story) when one is given. */
  occurrences(form: string, scope?: Scope): NameOccurrence[] {
    const memo = this.answersFor(scope).occurrences;
    let found = memo.get(form);
    if (!found) memo.set(form, (found = this.findOccurrences(form, scope)));
    return found;
  }

  private findOccurrences(form: string, scope: Scope): NameOccurrence[] {
    const entry = this.forms.get(form);
    if (!entry || this.isCommon(form)) return [];
    const ids = !scope ? [...entry.byReport]
      : scope.size < entry.byReport.size ? [...scope].filter((id) => entry.byReport.has(id))
      : [...entry.byReport].filter((id) => scope.has(id));
    return ids.sort((a, b) => this.orderOf(a) - this.orderOf(b)).flatMap((id) => this.occurrencesOfFormIn(id, form));
  }

  /** Other spellings of `form` used in the workspace (or in the `scope` reports), each with where it occurs. */
  variantsOf(form: string, scope?: Scope): SpellingVariant[] {
    const memo = this.answersFor(scope).variants;
    let variants = memo.get(form);
    if (!variants) memo.set(form, (variants = this.findVariants(form, scope)));
    return variants;
  }

  /** Name words of one report that have variants elsewhere (in its story, when a scope is given). */
  formsIn(reportId: string, scope?: Scope): NameOccurrence[] {
    const occurrences = this.byReport.has(reportId) ? this.occurrencesIn(reportId) : [];
    return occurrences.filter((o) => this.variantsOf(o.form, scope).length > 0).sort((a, b) => a.span.start - b.span.start);
  }

  /**
   * A word is common when reports write it in lower case in running text: in two or more reports, or in one when no
   * more than one other report writes it capitalised. A single blog writing a surname in lower case throughout does
   * not make "Quarteira" a common word.
   */
  private isCommon(form: string): boolean {
    const id = this.lowerWordIds.get(form.toLowerCase());
    if (id === undefined || this.lowerWordCounts[id] === 0) return false;
    return this.lowerWordCounts[id] >= 2 || (this.forms.get(form)?.byReport.size ?? 0) <= 2;
  }

  private findVariants(form: string, scope: Scope): SpellingVariant[] {
    const entry = this.forms.get(form);
    if (!entry || this.isCommon(form)) return [];
    // the form's own occurrences are made only once another spelling occurs: most names have none
    let own: NameOccurrence[] | undefined;
    const found: { form: string; occurrences: NameOccurrence[]; first: number }[] = [];
    for (const other of this.alike(entry)) {
      if (this.taught.settles(form, other)) continue;
      const occurrences = this.occurrences(other, scope);
      if (!occurrences.length) continue;
      own ??= this.occurrences(form, scope);
      const length = Math.min(form.length, other.length);
      // two whole names with one surname need no other company
      const company = isFullName(form) || sharesCompanyElsewhere(own, occurrences, length);
      if (!company && !(length >= SLIP_LENGTH && slipWithinReport(own, occurrences)) && !surnameSlip(own, occurrences)) continue;
      found.push({ form: other, occurrences, first: this.firstSeen(occurrences) });
    }
    // Shorter spellings first, then the one the workspace met first.
    found.sort((a, b) => a.form.length - b.form.length || a.first - b.first);
    return found.map((v) => ({ form: v.form, occurrences: v.occurrences, reports: new Set(v.occurrences.map((o) => o.reportId)) }));
  }

  /** A rank of a form's first occurrence in workspace order (report, then reading order); occurrences are sorted. */
  private firstSeen(occurrences: NameOccurrence[]): number {
    const first = occurrences[0];
    const names = this.byReport.get(first.reportId)!.names;
    let k = 0;
    while (k < names.starts.length && !(names.starts[k] === first.span.start && names.forms[k] === first.form)) k++;
    return this.orderOf(first.reportId) * 1e7 + k;
  }

  private addForm(form: string): FormEntry {
    const plain = stripAccents(form);
    const lowerPlain = plain.toLowerCase();
    const entry: FormEntry = {
      form, plain, lowerPlain, british: britishForm(lowerPlain), letters: letterBits(lowerPlain), fullName: isFullName(form), byReport: new Set(),
    };
    this.forms.set(form, entry);
    for (const other of this.near(this.askedBuckets, form)) if (spellingsAlike(entry, other)) other.alike!.push(form);
    addToBucket(this.buckets, entry);
    return entry;
  }

  private alike(entry: FormEntry): string[] {
    if (entry.alike) return entry.alike;
    const alike: string[] = [];
    for (const other of this.near(this.buckets, entry.form)) if (other !== entry && spellingsAlike(entry, other)) alike.push(other.form);
    entry.alike = alike;
    addToBucket(this.askedBuckets, entry);
    return alike;
  }

  /**
   * Forms in `buckets` with the same first letter as `form` and a length `spellingsAlike` allows: one apart, or two
   * when both have eight letters or more.
   */
  private near(buckets: Map<string, FormEntry[]>, form: string): FormEntry[] {
    const found: FormEntry[] = [];
    const length = form.length;
    const shortest = length >= 10 ? length - 2 : length - 1;
    const longest = length >= 8 ? length + 2 : length + 1;
    for (let other = shortest; other <= longest; other++) {
      const bucket = buckets.get(form[0] + other);
      if (bucket) for (const entry of bucket) found.push(entry);
    }
    return found;
  }

}

/** A report's name forms (`ReportNames.forms`) each once, in the order first written: what the index counts reports by. */
export function formsOnce(names: ReportNames): string[] {
  return [...new Set(names.forms)];
}

/** The report's name words that may be names: capitalised, four letters or more (common words are left out later), and whole names with a short first word ("Jon Owen", "El Varo"). */
export function nameOccurrences(r: ReportAnalysis): ReportNames {
  const found: ReportNames = { starts: [], ends: [], forms: [], mentionOf: [], wordOf: [], mentions: [], contextFrom: [], contextWords: [] };
  const contentWords = new Map<number, ContentWord[]>();
  for (const e of r.entities) {
    const words = [...e.text.matchAll(LETTER_RUNS)];
    const context = sentenceWords(r, e.span, contentWords);
    const mention = found.mentions.length;
    // "El Varo's": the possessive's "s" is no word of the name
    const nameWords = /['’]s$/.test(e.text) ? words.slice(0, -1) : words;
    const whole = shortGivenName(e, nameWords) ?? particleName(e, nameWords);
    if (whole) {
      // a whole name has no neighbours (WHOLE_NAME), and its span may hold more than one space
      found.starts.push(whole.span.start);
      found.ends.push(whole.span.end);
      found.forms.push(intern(whole.form));
      found.mentionOf.push(mention);
      found.wordOf.push(WHOLE_NAME);
    }
    words.forEach((w, k) => {
      const form = w[0];
      if (form.length < 4 || !isCapitalisedWord(form)) return;
      found.starts.push(e.span.start + w.index!);
      found.ends.push(e.span.start + w.index! + form.length);
      found.forms.push(intern(form));
      found.mentionOf.push(mention);
      found.wordOf.push(k);
    });
    // a mention none of whose words may be a name is not kept
    if (found.mentionOf[found.mentionOf.length - 1] !== mention) continue;
    found.mentions.push(e.text);
    found.contextFrom.push(found.contextWords.length);
    for (const w of context) found.contextWords.push(w);
  }
  // exact sizes: arrays grown by push keep room to spare, and a workspace keeps these for every report
  const exact = <T>(list: T[]) => list.slice();
  return {
    starts: exact(found.starts), ends: exact(found.ends), forms: exact(found.forms), mentionOf: exact(found.mentionOf), wordOf: exact(found.wordOf),
    mentions: exact(found.mentions), contextFrom: exact(found.contextFrom), contextWords: exact(found.contextWords),
  };
}

/** A mention's words, folded to lower case. */
function mentionWords(mention: string): string[] {
  let words = mentionWordsKnown.get(mention);
  if (!words) {
    if (mentionWordsKnown.size >= MENTIONS_KNOWN) mentionWordsKnown.clear();
    mentionWordsKnown.set(mention, (words = [...mention.matchAll(LETTER_RUNS)].map((w) => intern(w[0].toLowerCase()))));
  }
  return words;
}

/**
 * Mentions' words as read before (never changed once read): occurrences are made again for every story a question
 * reaches, and the same names recur in every report of a story. Forgotten past MENTIONS_KNOWN, to stay bounded.
 */
const mentionWordsKnown = new Map<string, string[]>();
const MENTIONS_KNOWN = 1 << 16;

/**
 * A person's whole name, kept as one form when the given name is short ("Jon Owen"): a three-letter word is no name
 * form of its own (too many are common), and "Jon" beside "John" is a slip only with one surname after both.
 */
function shortGivenName(e: EntityMention, words: RegExpMatchArray[]): { form: string; span: Span } | undefined {
  if (e.kind !== 'person') return undefined;
  return twoWordForm(e, words, (given, surname) => given.length >= 3 && given.length <= 4 && surname.length >= 3);
}

/**
 * A place or body's name written with a short particle apart ("El Varo", "Mac Kenna"), kept as one form so that the
 * same name written as one word ("Elvaro") is found as its variant.
 */
function particleName(e: EntityMention, words: RegExpMatchArray[]): { form: string; span: Span } | undefined {
  return twoWordForm(e, words, (particle, rest) => particle.length >= 2 && particle.length <= 3 && rest.length >= 4);
}

/** A mention of two capitalised words kept as one form ("Jon Owen"), spanning both, when their lengths `fit`. */
function twoWordForm(e: EntityMention, words: RegExpMatchArray[], fit: (first: string, second: string) => boolean): { form: string; span: Span } | undefined {
  if (words.length !== 2) return undefined;
  const [first, second] = words.map((w) => w[0]);
  if (!isCapitalisedWord(first) || !isCapitalisedWord(second) || !fit(first, second)) return undefined;
  return { form: `${first} ${second}`, span: { start: e.span.start + words[0].index!, end: e.span.start + words[1].index! + second.length } };
}

function isFullName(form: string): boolean {
  return form.includes(' ');
}

/**
 * "Jon Owen" and "John Owen": one surname, given names an edit apart, one of them three letters long; "El Varo" and
 * "Elvaro": one name written apart and together.
 */
function fullNamesAlike(a: string, b: string): boolean {
  if (isFullName(a) !== isFullName(b)) return a.replace(' ', '').toLowerCase() === b.replace(' ', '').toLowerCase();
  const [givenA, surnameA] = a.split(' ');
  const [givenB, surnameB] = b.split(' ');
  if (surnameA !== surnameB || givenA === givenB || Math.min(givenA.length, givenB.length) !== 3) return false;
  return distance(givenA.toLowerCase(), givenB.toLowerCase()) === 1;
}

/** One shared list for the many names of one word: a workspace holds a name occurrence for every name word. */
const NO_NEIGHBOURS: readonly string[] = [];

/** `ReportNames.wordOf` of a whole name ("Jon Owen", "El Varo"), which has no neighbours. */
const WHOLE_NAME = -1;

/** The other words of a mention beside its word `k` (an exact-size array: `filter` leaves room to spare). */
function neighboursOf(lower: readonly string[], k: number): readonly string[] {
  if (k === WHOLE_NAME) return NO_NEIGHBOURS;
  // "Seeler and Pele", "Pepe and Fonte": a word that joins names is no neighbour ("and" would make all such pairs company)
  const found = lower.filter((_, j) => j !== k && lower[j].length > 2 && !NAME_CONNECTORS.has(lower[j]));
  return found.length ? found.slice() : NO_NEIGHBOURS;
}

/** "Sholkin", not "SHOLKIN" or "McQuarn": a capital, then lower case only (ASCII decided without the Unicode regex). */
function isCapitalisedWord(form: string): boolean {
  return /^[A-Z][a-z]+$/.test(form) || (/[^\x00-\x7f]/.test(form) && CAPITALISED_WORD.test(form));
}

function addToBucket(buckets: Map<string, FormEntry[]>, entry: FormEntry): void {
  const bucket = entry.form[0] + entry.form.length;
  let entries = buckets.get(bucket);
  if (!entries) buckets.set(bucket, (entries = []));
  entries.push(entry);
}

/**
 * Whether two spellings could be one name written two ways: an edit or two apart (two for long names), not the
 * same letters with and without accents, and not a plural or demonym of one another.
 */
function spellingsAlike(a: FormEntry, b: FormEntry): boolean {
  if (a.fullName || b.fullName) return fullNamesAlike(a.form, b.form);
  const max = Math.min(a.form.length, b.form.length) >= 8 ? 2 : 1;
  if (Math.abs(a.form.length - b.form.length) > max) return false;
  if (differentLetters(a.letters, b.letters) > 2 * max) return false; // too many letters apart for `max` edits
  const { plain: plainA } = a;
  const { plain: plainB } = b;
  if (plainA === plainB) return false; // Brûlon and Brulon are one name
  if (a.british === b.british) return false; // Recognized and Recognised are one word
  if (derivedFromOneStem(plainA, plainB)) return false;
  return distance(a.lowerPlain, b.lowerPlain) <= max;
}

/**
 * The letters of a word as bits of a number (letters past 32 sharing bits). One edit adds or removes at most two
 * bits, so two words more than 2k bits apart are more than k edits apart: a test that spares most edit distances.
 */
function letterBits(word: string): number {
  let bits = 0;
  for (let k = 0; k < word.length; k++) bits |= 1 << (word.charCodeAt(k) & 31);
  return bits;
}

/** How many letter bits one word has and the other has not (the bits of a ^ b, counted in parallel). */
function differentLetters(a: number, b: number): number {
  let x = a ^ b;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** American spellings folded to British ones: -ize to -ise, -yze to -yse, -or to -our, -er to -re at the end. */
function britishForm(word: string): string {
  return word.replace(/iz(e|ed|es|ing|ation)$/, 'is$1').replace(/yz(e|ed|es|ing)$/, 'ys$1').replace(/or$/, 'our').replace(/er$/, 're');
}

/** The two spellings occur in different reports, and somewhere in the same company. */
function sharesCompanyElsewhere(occA: NameOccurrence[], occB: NameOccurrence[], length: number): boolean {
  if (!occA.some((o) => occB.some((p) => p.reportId !== o.reportId))) return false;
  return occA.some((o) => occB.some((p) => sameCompany(o, p, length)));
}

/** Shorter names written two ways are as often two names ("Joan" and "John") as one slipped. */
const SLIP_LENGTH = 7;

/**
 * A report that writes a name two ways, one of which three or more reports use, has slipped: "Quarteira" in its lead
 * and "Quartiera" further down is one name, whatever the company of either.
 */
function slipWithinReport(occA: NameOccurrence[], occB: NameOccurrence[]): boolean {
  const reportsA = new Set(occA.map((o) => o.reportId));
  const reportsB = new Set(occB.map((o) => o.reportId));
  const both = [...reportsA].some((r) => reportsB.has(r));
  return both && (reportsA.size >= 3 || reportsB.size >= 3);
}

/**
 * A short surname slipped once: "Edda Harlson … Harlson … Harlsen has said": the form stands alone, once or twice, in one
 * report that writes the other form three times or more, once after a given name (so it is that report's surname,
 * not a given name like "Joan" beside "John"), and another report writes the other form too. One way only: the
 * established form is no slip of the lone one.
 */
function surnameSlip(slip: NameOccurrence[], established: NameOccurrence[]): boolean {
  const report = slip[0].reportId;
  if (slip.length > 2 || slip.some((o) => o.reportId !== report || o.neighbours.length)) return false;
  const inReport = established.filter((o) => o.reportId === report);
  if (inReport.length < 3 || !established.some((o) => o.reportId !== report)) return false;
  return inReport.some((o) => o.neighbours.length && o.mention.replace(/['’]s$/, '').endsWith(o.form));
}

/** Two occurrences stand in the same company: a shared neighbouring name, or (for longer names) shared words. */
function sameCompany(a: NameOccurrence, b: NameOccurrence, length: number): boolean {
  if (a.neighbours.some((n) => b.neighbours.includes(n))) return true;
  // "Greg Kelley" and "Dan Keller": each with a name of its own beside it, they are two people
  if (length < 6 || (a.neighbours.length && b.neighbours.length)) return false;
  let shared = 0;
  for (const w of a.context) if (b.context.includes(w)) shared++;
  return shared >= 2;
}

/** A content word of a sentence (four letters or more, no stopword), and where it stands. */
interface ContentWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The content words of the sentence holding `span`, each once, but for the words of the span itself. Sentences
 * with several names are read once (`bySentence` keeps each sentence's content words).
 */
function sentenceWords(r: ReportAnalysis, span: Span, bySentence: Map<number, ContentWord[]>): string[] {
  const index = r.tokens[firstTokenFrom(r.tokens, span.start)]?.sentence ?? -1;
  const sentence = r.sentences[index];
  if (!sentence) return [];
  let content = bySentence.get(index);
  if (!content) bySentence.set(index, (content = contentWordsOf(r, sentence)));
  // a sentence's content words are a dozen or so: a list looked through costs less than a set made for each name
  if (content.length > FEW_WORDS) {
    const words = new Set<string>();
    for (const w of content) if (!(w.start >= span.start && w.end <= span.end)) words.add(w.word);
    return [...words];
  }
  const words: string[] = [];
  for (const w of content) if (!(w.start >= span.start && w.end <= span.end) && !words.includes(w.word)) words.push(w.word);
  return words;
}

/** Words a list is looked through for, at most, before a set does better. */
const FEW_WORDS = 32;

function contentWordsOf(r: ReportAnalysis, sentence: Span): ContentWord[] {
  const found: ContentWord[] = [];
  for (const t of tokensWithin(r.tokens, sentence)) {
    if (t.kind === 'word' && !STOPWORDS.has(t.lower) && t.lower.length > 3) found.push({ word: internedLowerOf(t.word), start: t.start, end: t.end });
  }
  return found;
}
