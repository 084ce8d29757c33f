/**
 * What must hold for ANY input, checked by the fuzzer: the engine, the CLI's output conversion and the server's
 * pure conversions never throw, and every span they give lies inside its text, on UTF-16 boundaries (never
 * between the two halves of a surrogate pair). A broken invariant throws an AssertionError naming the span.
 */
import assert from 'node:assert/strict';
import { Marked } from 'marked';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from '../../server/src/core/analyzer';
import type { Finding, HoverInfo, Span } from '../../server/src/core/types';
import { toJson, toSarif, toText, type FileResult } from '../../server/src/cli/output';
import { renderHover } from '../../server/src/lsp/hover';
import { spanToRange } from '../../server/src/lsp/ranges';

export interface Report {
  id: string;
  text: string;
}

/** True when `offset` does not fall between a high and a low surrogate. */
export function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** Asserts a span lies within `text` and on code-point boundaries. */
export function assertSpan(text: string, span: Span | undefined, what: string): void {
  assert.ok(span, `${what}: missing span`);
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: non-integer span ${JSON.stringify(span)}`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: span ${start}-${end} outside text of length ${text.length}`);
  assert.ok(onCodePointBoundary(text, start), `${what}: span start ${start} splits a surrogate pair`);
  assert.ok(onCodePointBoundary(text, end), `${what}: span end ${end} splits a surrogate pair`);
}

/** Loads the reports into a fresh analyzer and checks everything it says about each of them. */
export function checkWorkspace(reports: Report[], options: AnalyzerOptions = {}, probes: number[] = []): Analyzer {
  const analyzer = createAnalyzer(options);
  for (const report of reports) analyzer.upsert(report.id, report.text);
  checkAnalyzer(analyzer, probes);
  return analyzer;
}

/** Checks claims, entities, findings, fixes and hovers of every report the analyzer holds, and the CLI output. */
export function checkAnalyzer(analyzer: Analyzer, probes: number[] = []): void {
  const texts = new Map(analyzer.reportIds().map((id) => [id, analyzer.text(id)!]));
  const results: FileResult[] = [];
  for (const [id, text] of texts) {
    for (const claim of analyzer.claims(id)) {
      assertSpan(text, claim.span, `claim in ${id}`);
      assertSpan(text, claim.numberSpan, `claim number in ${id}`);
      assertSpan(text, claim.sentence, `claim sentence in ${id}`);
      if (claim.conversion) assertSpan(text, claim.conversion.span, `conversion in ${id}`);
      assert.ok(!Number.isNaN(claim.value), `claim value NaN in ${id}: ${text.slice(claim.span.start, claim.span.end)}`);
    }
    for (const entity of analyzer.entities(id)) assertSpan(text, entity.span, `entity in ${id}`);
    const findings = analyzer.findings(id);
    for (const finding of findings) checkFinding(texts, id, finding);
    results.push({ path: id, text, findings });
    const offsets = [
      0,
      text.length,
      ...spread(analyzer.claims(id), maxHoverProbes).map((claim) => claim.span.start),
      ...spread(analyzer.entities(id), maxHoverProbes).map((entity) => entity.span.end),
      ...probes.map((probe) => probe % (text.length + 1)),
    ];
    for (const offset of offsets) checkHover(texts, id, analyzer.hover(id, offset));
    // The server converts each span against a TextDocument of the same text.
    const document = TextDocument.create('file:///x', 'plaintext', 0, text);
    for (const finding of findings) spanToRange(document, finding.span);
  }
  JSON.parse(toJson(results));
  JSON.parse(toSarif(results, 'fuzz'));
  toText(results, '/', true);
}

/** Hovers checked per report and kind: all of them in small reports, an even spread in megabyte ones. */
const maxHoverProbes = 100;

/** At most `count` items of `items`, evenly spaced. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]);
}

function checkFinding(texts: Map<string, string>, id: string, finding: Finding): void {
  const text = texts.get(id)!;
  assertSpan(text, finding.span, `${finding.code} finding in ${id}`);
  assert.equal(typeof finding.message, 'string');
  assert.equal(typeof finding.reviewKey, 'string');
  for (const related of finding.related) {
    const other = texts.get(related.reportId);
    assert.ok(other !== undefined, `related location in unknown report ${related.reportId}`);
    assertSpan(other, related.span, `related location of a ${finding.code} finding in ${id}`);
  }
  for (const fix of finding.fixes) {
    const spans = fix.edits.map((edit) => edit.span);
    for (const span of spans) assertSpan(text, span, `edit of fix "${fix.title}" in ${id}`);
    // Edits of one fix may not overlap, or applying them is undefined.
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let k = 1; k < sorted.length; k++) {
      assert.ok(sorted[k - 1].end <= sorted[k].start || sorted[k - 1].start === sorted[k - 1].end, `overlapping edits in fix "${fix.title}"`);
    }
  }
}

const marked = new Marked({ async: false });
/** The only HTML the hover's own Markdown makes; anything else came from article text. */
const hoverTags = new Set(['p', 'strong', 'blockquote', 'hr', 'a']);

function checkHover(texts: Map<string, string>, id: string, hover: HoverInfo | undefined): void {
  if (!hover) return;
  assertSpan(texts.get(id)!, hover.span, `hover in ${id}`);
  for (const comparison of hover.comparisons) {
    const other = texts.get(comparison.reportId);
    assert.ok(other !== undefined, `hover cites unknown report ${comparison.reportId}`);
    assertSpan(other, comparison.span, `hover comparison in ${comparison.reportId}`);
  }
  const html = marked.parse(renderHover(hover, () => '[open](file:///ws/report.txt#L1)')) as string;
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) {
    assert.ok(hoverTags.has(tag.toLowerCase()), `hover Markdown renders a <${tag}> from article text: ${html.slice(0, 300)}`);
  }
  const links = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
  for (const link of links) assert.equal(link, '<a href="file:///ws/report.txt#L1">', 'the only link is the one the server made');
}
