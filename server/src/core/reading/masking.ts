/**
 * Finds the parts of a report that are not prose (front matter, Markdown code, URLs, scraping boilerplate) and
 * blanks them out with spaces, keeping the length, so that no claim is found there and offsets stay true.
 */
import { parse as parseYaml } from 'yaml';
import { BOILERPLATE_LINES } from '../vocab/boilerplate';
import type { ReportMeta, Span } from '../types';

export interface MaskResult {
  /** The folded text with non-prose replaced by spaces (newlines kept). */
  prose: string;
  /** Front-matter fields that describe the report. */
  meta: Partial<ReportMeta>;
  /** Spans that were blanked, for tests and for the hover. */
  masked: Span[];
  /** A problem with the front matter, reported as a note, never thrown. */
  frontMatterError?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^( {0,3})(```+|~~~+)[^\n]*\n[\s\S]*?(?:\n {0,3}\2[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE = /`[^`\n]+`/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+|\]\([^)\s]*\)|<[a-z]+:[^>\s]+>/gi;
const HTML_TAG = /<\/?[a-z][^>\n]{0,200}>/gi;

/** Blanks non-prose in `folded` (a folded report text). `markdown` turns on code and front-matter handling. */
export function maskNonProse(folded: string, markdown: boolean): MaskResult {
  const masked: Span[] = [];
  const blank = (start: number, end: number) => {
    masked.push({ start, end });
  };
  let meta: Partial<ReportMeta> = {};
  let frontMatterError: string | undefined;
  const fm = FRONT_MATTER.exec(folded);
  if (fm) {
    ({ meta, error: frontMatterError } = readFrontMatter(fm[1]));
    blank(0, fm[0].length);
  }
  if (markdown) {
    for (const m of folded.matchAll(FENCE)) blank(m.index!, m.index! + m[0].length);
    for (const m of folded.matchAll(INLINE_CODE)) blank(m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(URL)) blank(m.index!, m.index! + m[0].length);
  for (const m of folded.matchAll(HTML_TAG)) blank(m.index!, m.index! + m[0].length);
  for (const line of boilerplateLines(folded)) blank(line.start, line.end);
  return { prose: blanked(folded, masked), meta, masked, frontMatterError };
}

/** `text` with every character of `spans` but line breaks replaced by a space (most reports have none to blank). */
function blanked(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
  return chars.join('');
}

function readFrontMatter(yamlText: string): { meta: Partial<ReportMeta>; error?: string } {
  try {
    // Warnings (an unknown tag, say) would be printed to stderr: the article's oddities are not the user's errors.
    const data: unknown = parseYaml(yamlText, { logLevel: 'error' });
    if (!data || typeof data !== 'object') return { meta: {} };
    const fields = data as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined);
    const source = text(fields.source) ?? text(fields.outlet) ?? text(fields.publisher);
    const meta: Partial<ReportMeta> = {};
    if (source) meta.source = source;
    const title = text(fields.title);
    if (title) meta.title = title;
    const url = text(fields.url);
    if (url) meta.url = url;
    const date = fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : text(fields.date);
    if (date) meta.date = date;
    return { meta };
  } catch (e) {
    return { meta: {}, error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/**
 * The boilerplate patterns (all anchored, all case-insensitive) as one expression: a line of prose is then read once,
 * not once per pattern, and one-sentence-a-line reports have thousands of lines.
 */
const BOILERPLATE_LINE = new RegExp(BOILERPLATE_LINES.map((re) => `(?:${re.source})`).join('|'), 'i');

/** Lines that are scraping boilerplate as a whole. */
function* boilerplateLines(text: string): Generator<Span> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim().replace(/[\s.:!|>»-]+$/, '');
    if (line.length > 0 && line.length < 300 && BOILERPLATE_LINE.test(line)) {
      yield { start, end };
    }
    start = end + 1;
  }
}

/** Plain-text header lines ("Source: Example Wire") read as metadata, like Markdown front matter. */
export function readHeaderLines(text: string): Partial<ReportMeta> {
  const meta: Partial<ReportMeta> = {};
  const keys: Record<string, keyof ReportMeta> = { source: 'source', outlet: 'source', title: 'title', url: 'url', date: 'date' };
  for (const line of text.slice(0, 2000).split('\n').slice(0, 8)) {
    const m = /^\s*(source|outlet|title|url|date)\s*:\s*(.+?)\s*$/i.exec(line);
    if (m) meta[keys[m[1].toLowerCase()]] = m[2];
  }
  return meta;
}
