/**
 * Analysis of one report on its own: fold, mask non-prose, split, tokenise, then find claims, entities and
 * mixed-script words. Everything a cross-report comparison needs, computed once per text.
 */
import type { Claim, EntityMention, ReportMeta, Span } from '../types';
import { datelineDate } from './dateline';
import { fold, type MixedScriptWord } from './fold';
import { maskNonProse, readHeaderLines } from './masking';
import { splitSentences, startsLowerCase, tokenize, type Token } from './tokens';
import { scanClaims, type ClaimContext, type ClaimStep } from '../extraction/claims';
import { claimStepsAfterEdit, describeAttributesAfterEdit, tokensAfterEdit, type AnalysisMemo } from './reanalysis';
import { ownCopy } from '../words';
import { extractEntities, type EntityLexicon } from '../extraction/entities';
import { describeAttributes } from '../extraction/attributes';
import type { CompactParts } from '../storage';

export interface ReportAnalysis {
  reportId: string;
  text: string;
  /**
   * Same length as `text`: look-alikes folded, non-prose blanked. Emptied, like `tokens`, once the report is indexed:
   * `proseRuns` then give any stretch of it back (see `proseOf`), and a report's text is kept once, not twice.
   */
  prose: string;
  /** Where the prose differs from the text, in text order. */
  proseRuns: ProseRun[];
  meta: ReportMeta;
  metaOverride?: Partial<ReportMeta>;
  sentences: Span[];
  /** Emptied once the cross-report index has read them (see the analyzer): needed only to index the report. */
  tokens: Token[];
  claims: Claim[];
  entities: EntityMention[];
  mixedWords: MixedScriptWord[];
  /**
   * Lower-case words used in running text: a capitalised word also found here is a common word, not a name.
   * Emptied, like `tokens`, once the report is indexed.
   */
  lowerWords: Set<string>;
  /** Problems reading the report itself (bad front matter). */
  notes: string[];
  /** Once the report is indexed, `entities` and `sentences` as the analyzer keeps them (see storage.ts). */
  compact?: CompactParts;
}

/** Analyses one report. */
export function analyseReport(reportId: string, text: string, lexicon: EntityLexicon, metaOverride?: Partial<ReportMeta>): ReportAnalysis {
  return analyseForEditing(reportId, text, lexicon, metaOverride).analysis;
}

/** A report's analysis, and what the analysis of its next edit may start from. */
export interface AnalysisForEditing {
  analysis: ReportAnalysis;
  memo: AnalysisMemo;
  /**
   * The claims read from a sentence the edit left alone, with their names and the figures beside them, each to the
   * claim of the analysis before that it was (see reanalysis.ts, `describeAttributesAfterEdit`).
   */
  sameSentenceAs: Map<Claim, Claim>;
}

/**
 * Analyses one report. `previous`, the memo of an analysis of the same report, is what an edit left alone is read
 * from (see reanalysis.ts): the analysis is the same as without it.
 */
export function analyseForEditing(
  reportId: string,
  text: string,
  lexicon: EntityLexicon,
  metaOverride?: Partial<ReportMeta>,
  previous?: AnalysisMemo,
): AnalysisForEditing {
  const { folded, mixedWords } = fold(text);
  const markdown = /\.(md|markdown|mdx)$/i.test(reportId);
  const masked = maskNonProse(folded, markdown);
  let prose = masked.prose;
  const header = markdown ? {} : readHeaderLines(folded);
  if (!markdown && Object.keys(header).length) prose = blankHeaderLines(prose);
  const sentences = splitSentences(prose, markdown);
  const sameReport = previous?.reportId === reportId ? previous : undefined;
  const retokenised = sameReport && tokensAfterEdit(sameReport, prose, sentences);
  const tokens = retokenised ? retokenised.tokens : tokenize(prose, sentences);
  const read = { reportId, prose, sentences, tokens };
  const edit = sameReport && claimStepsAfterEdit(sameReport, read, retokenised ? retokenised.range : undefined);
  const steps = edit?.steps ?? allClaimSteps(read);
  const claims: Claim[] = [];
  for (const step of steps) if (step.claim) claims.push(step.claim);
  const entities = extractEntities(reportId, tokens, sentences, lexicon);
  const meta = reportMeta(reportId, folded, prose, { ...header, ...masked.meta }, metaOverride);
  const describe = (described: Claim[]) => describeAttributes(described, tokens, entities, meta.date);
  const sameSentenceAs = edit ? describeAttributesAfterEdit(claims, read, entities, meta.date, sameReport!, edit, describe) : new Map<Claim, Claim>();
  if (!edit) describe(claims);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && startsLowerCase(t.text)) lowerWords.add(t.text);
  const analysis: ReportAnalysis = {
    reportId, text, prose, proseRuns: proseRuns(text, prose), meta, metaOverride, sentences, tokens, claims, entities, mixedWords, lowerWords,
    notes: masked.frontMatterError ? [masked.frontMatterError] : [],
  };
  return { analysis, memo: { ...read, steps, entities, date: meta.date }, sameSentenceAs };
}

function allClaimSteps(ctx: ClaimContext): ClaimStep[] {
  const steps: ClaimStep[] = [];
  scanClaims(ctx, 0, steps);
  return steps;
}

/** A stretch of a report's prose that differs from its text (a blanked URL, a folded look-alike letter). */
export interface ProseRun {
  start: number;
  prose: string;
}

/** Differences this close together make one run: fewer, longer runs. */
const RUN_GAP = 16;

/** Where `prose` (of the same length) differs from `text`. */
function proseRuns(text: string, prose: string): ProseRun[] {
  const runs: ProseRun[] = [];
  if (prose === text) return runs;
  let k = 0;
  while (k < text.length) {
    if (text.charCodeAt(k) === prose.charCodeAt(k)) {
      k++;
      continue;
    }
    const start = k;
    let end = k + 1;
    // a difference within RUN_GAP of the run's last one joins the run
    for (let j = end; j < text.length && j < end + RUN_GAP; j++) if (text.charCodeAt(j) !== prose.charCodeAt(j)) end = j + 1;
    runs.push({ start, prose: ownCopy(prose.slice(start, end)) });
    k = end;
  }
  return runs;
}

/** The prose of a stretch of a report: its text with the prose runs laid over it (the prose itself is let go once indexed). */
export function proseOf(r: Pick<ReportAnalysis, 'text' | 'proseRuns'>, span: Span): string {
  let out = '';
  let at = span.start;
  for (const run of r.proseRuns) {
    const runEnd = run.start + run.prose.length;
    if (runEnd <= span.start) continue;
    if (run.start >= span.end) break;
    const from = Math.max(run.start, span.start);
    const to = Math.min(runEnd, span.end);
    out += r.text.slice(at, from) + run.prose.slice(from - run.start, to - run.start);
    at = to;
  }
  return out + r.text.slice(at, span.end);
}

function reportMeta(reportId: string, folded: string, prose: string, found: Partial<ReportMeta>, override?: Partial<ReportMeta>): ReportMeta {
  const title = override?.title ?? found.title ?? firstLine(prose);
  const source = override?.source ?? found.source ?? fileStem(reportId);
  // a scraped page gives its date in a line of its own near the top ("Published: January 3, 2013")
  const date = override?.date ?? found.date ?? datelineDate(folded);
  const meta: Record<string, unknown> = { ...found, ...override, title, source, ...(date !== undefined && { date }) };
  // read from the text, they would otherwise keep the whole text alive (see ownCopy)
  for (const [field, value] of Object.entries(meta)) if (typeof value === 'string') meta[field] = ownCopy(value);
  return meta as unknown as ReportMeta;
}

function firstLine(prose: string): string | undefined {
  const line = prose.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return line && line.length <= 200 ? line : undefined;
}

/** The file name without folders and extension: the source name of last resort. */
export function fileStem(reportId: string): string {
  const name = fileName(reportId);
  return name.replace(/\.[^.]+$/, '') || name;
}

/** The file name of a report id (a file URI or a path), without its folders. */
export function fileName(reportId: string): string {
  return pathOf(reportId).split(/[\\/]/).pop() ?? reportId;
}

/**
 * A report id's path: URIs (the server's ids) are percent-decoded, plain paths (the CLI's) are taken as they are,
 * since "100%.txt" is a valid file name but not a valid URI encoding.
 */
function pathOf(reportId: string): string {
  if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(reportId)) return reportId;
  const path = reportId.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Blanks "Source: …" style header lines at the top of a plain-text report. */
function blankHeaderLines(prose: string): string {
  const lines = prose.split('\n');
  for (let k = 0; k < Math.min(8, lines.length); k++) {
    if (/^\s*(source|outlet|title|url|date)\s*:/i.test(lines[k])) lines[k] = ' '.repeat(lines[k].length);
  }
  return lines.join('\n');
}
