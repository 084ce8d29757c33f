/**
 * Near-miss spellings of a name across reports ("Soigu" beside "Shoigu", "Raite" beside "Rait"). A pair counts only
 * when both are names (never seen in lower case as common words), differ by an edit or two, are not a plural or
 * demonym of one another, and stand in the same company (a shared neighbouring name, or shared words around them).
 */
import { distance } from 'fastest-levenshtein';
import type { Span } from './types';
import type { ReportAnalysis } from './report';
import { firstTokenFrom, STOPWORDS, tokensWithin } from './tokens';

export interface NameOccurrence {
  reportId: string;
  /** The word's span in the original text. */
  span: Span;
  form: string;
  /** The mention's other words, folded, lower-case ("sergei" for "Sergei Soigu"). */
  neighbours: string[];
  /** The whole mention as written (folded). */
  mention: string;
  context: Set<string>;
}

export interface SpellingVariant {
  form: string;
  occurrences: NameOccurrence[];
  reports: Set<string>;
}

/** Suffixes that make another word, not another spelling: Korea/Korean, Russia/Russians, Iran/Iran's. */
const DERIVING_SUFFIXES = ['n', 'an', 'ian', 'ns', 's', 'es', 'i', 'is', 'ese', 'a', 'y', 'ia', 'ic', 'ish', 'ans', 'ians'];

/**
 * Letter alternations that come from transliteration, not from a slip: Karolos/Carolos, Alishvandi/Alishbandi,
 * Younis/Yunis, Yiannis/Giannis, Fakhora/Fakhura, Jabaliya/Jabalya. Two spellings equal after these rewrites are
 * variants, reported as information.
 */
const TRANSLITERATION: [RegExp, string][] = [
  [/ou/g, 'u'], [/o/g, 'u'], [/iy/g, 'y'], [/v/g, 'b'], [/k/g, 'c'], [/ph/g, 'f'], [/^y/g, 'g'], [/kh/g, 'h'], [/j/g, 'y'], [/ee/g, 'i'], [/w/g, 'v'],
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
  return p >= 4 && deriving(endA) && deriving(endB);
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

export class SpellingIndex {
  private readonly byForm = new Map<string, NameOccurrence[]>();
  private readonly variants = new Map<string, string[]>();

  constructor(reports: ReportAnalysis[]) {
    const common = new Set<string>();
    for (const r of reports) for (const w of r.lowerWords) common.add(w);
    for (const r of reports) this.collect(r, common);
    this.pairUp();
  }

  /** Occurrences of a form. */
  occurrences(form: string): NameOccurrence[] {
    return this.byForm.get(form) ?? [];
  }

  /** Other spellings of `form` used in the workspace, each with where it occurs. */
  variantsOf(form: string): SpellingVariant[] {
    return (this.variants.get(form) ?? []).map((v) => {
      const occurrences = this.byForm.get(v) ?? [];
      return { form: v, occurrences, reports: new Set(occurrences.map((o) => o.reportId)) };
    });
  }

  /** Name words of one report that have variants elsewhere. */
  formsIn(reportId: string): NameOccurrence[] {
    const result: NameOccurrence[] = [];
    for (const [form, occ] of this.byForm) {
      if (!this.variants.has(form)) continue;
      for (const o of occ) if (o.reportId === reportId) result.push(o);
    }
    return result.sort((a, b) => a.span.start - b.span.start);
  }

  private collect(r: ReportAnalysis, common: Set<string>): void {
    for (const e of r.entities) {
      const words = [...e.text.matchAll(/[\p{L}\p{M}]+/gu)];
      const lower = words.map((w) => w[0].toLowerCase());
      const context = sentenceWords(r, e.span);
      words.forEach((w, k) => {
        const form = w[0];
        if (form.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(form) || common.has(form.toLowerCase())) return;
        const start = e.span.start + w.index!;
        const occ: NameOccurrence = {
          reportId: r.reportId, span: { start, end: start + form.length }, form,
          neighbours: lower.filter((_, j) => j !== k && lower[j].length > 2), mention: e.text, context,
        };
        let list = this.byForm.get(form);
        if (!list) this.byForm.set(form, (list = []));
        list.push(occ);
      });
    }
  }

  private pairUp(): void {
    const byInitial = new Map<string, string[]>();
    for (const form of this.byForm.keys()) {
      const k = form[0];
      let list = byInitial.get(k);
      if (!list) byInitial.set(k, (list = []));
      list.push(form);
    }
    for (const forms of byInitial.values()) {
      forms.sort((a, b) => a.length - b.length);
      for (let x = 0; x < forms.length; x++) {
        for (let y = x + 1; y < forms.length && forms[y].length - forms[x].length <= 2; y++) {
          if (this.isVariantPair(forms[x], forms[y])) {
            this.link(forms[x], forms[y]);
            this.link(forms[y], forms[x]);
          }
        }
      }
    }
  }

  private link(a: string, b: string): void {
    let list = this.variants.get(a);
    if (!list) this.variants.set(a, (list = []));
    list.push(b);
  }

  private isVariantPair(a: string, b: string): boolean {
    const max = Math.min(a.length, b.length) >= 8 ? 2 : 1;
    if (Math.abs(a.length - b.length) > max) return false;
    const plainA = stripAccents(a);
    const plainB = stripAccents(b);
    if (plainA === plainB) return false; // Vendôme and Vendome are one name
    if (derivedFromOneStem(plainA, plainB)) return false;
    if (distance(plainA.toLowerCase(), plainB.toLowerCase()) > max) return false;
    const occA = this.byForm.get(a)!;
    const occB = this.byForm.get(b)!;
    if (!occA.some((o) => occB.some((p) => p.reportId !== o.reportId))) return false;
    return occA.some((o) => occB.some((p) => sameCompany(o, p, Math.min(a.length, b.length))));
  }
}

/** Two occurrences stand in the same company: a shared neighbouring name, or (for longer names) shared words. */
function sameCompany(a: NameOccurrence, b: NameOccurrence, length: number): boolean {
  if (a.neighbours.some((n) => b.neighbours.includes(n))) return true;
  if (length < 6) return false;
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  return shared >= 2;
}

function sentenceWords(r: ReportAnalysis, span: Span): Set<string> {
  const sentence = r.sentences[r.tokens[firstTokenFrom(r.tokens, span.start)]?.sentence ?? -1];
  const words = new Set<string>();
  if (!sentence) return words;
  for (const t of tokensWithin(r.tokens, sentence)) {
    if (t.kind !== 'word') continue;
    if (t.start >= span.start && t.end <= span.end) continue;
    if (!STOPWORDS.has(t.lower) && t.lower.length > 3) words.add(t.lower);
  }
  return words;
}
