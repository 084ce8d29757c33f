/** Helpers shared by the unit tests: run the engine on short invented texts and read back what a user would see. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from '../../server/src/core/analyzer';
import type { Claim, Finding } from '../../server/src/core/types';

/** A new empty folder under the system's temporary folder, removed with its contents once the test file is done. */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `crosscheck-${prefix}-`));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Analyses one text on its own and returns its claims with the text under each span. */
export function claimsIn(text: string, reportId = 'report.txt'): (Claim & { written: string; number: string })[] {
  const analyzer = createAnalyzer();
  analyzer.upsert(reportId, text);
  return analyzer.claims(reportId).map((c) => ({
    ...c,
    written: text.slice(c.span.start, c.span.end),
    number: text.slice(c.numberSpan.start, c.numberSpan.end),
  }));
}

/** The only claim of a text; fails when there is not exactly one. */
export function onlyClaim(text: string): Claim & { written: string; number: string } {
  const claims = claimsIn(text);
  assert.equal(claims.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${JSON.stringify(claims.map((c) => c.written))}`);
  return claims[0];
}

/** Asserts two numbers are equal to within a relative tolerance. */
export function near(actual: number, expected: number, message?: string, tolerance = 1e-6): void {
  const ok = actual === expected || Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), 1);
  assert.ok(ok, `${message ?? 'value'}: expected ≈ ${expected}, got ${actual}`);
}

export interface Doc {
  id: string;
  text: string;
}

/** An analyzer holding several reports; each report's text starts with a "Source:" header naming its outlet. */
export function workspace(reports: Record<string, { source?: string; text: string }>, options: AnalyzerOptions = {}): {
  analyzer: Analyzer;
  findings: (id: string) => (Finding & { written: string })[];
} {
  const analyzer = createAnalyzer(options);
  for (const [id, r] of Object.entries(reports)) analyzer.upsert(id, r.source ? `Source: ${r.source}\n${r.text}` : r.text);
  return {
    analyzer,
    findings: (id) => analyzer.findings(id).map((f) => ({ ...f, written: analyzer.text(id)!.slice(f.span.start, f.span.end) })),
  };
}

/** Applies a fix's edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { span: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export const KMH = 1 / 3.6;
export const MPH = 0.44704;
export const KM = 1000;
export const MILE = 1609.344;
export const FOOT = 0.3048;
export const NMI = 1852;
export const HOUR = 3600;
export const YEAR = 365.25 * 86400;

/** The claim whose written text is `written`; fails when there is none. */
export function claimOf(text: string, written: string) {
  const claims = claimsIn(text);
  const c = claims.find((x) => x.written === written);
  assert.ok(c, `no claim ${JSON.stringify(written)} in ${JSON.stringify(text)}; got ${JSON.stringify(claims.map((x) => x.written))}`);
  return c;
}

/** Reports named a.txt, b.txt… from outlets Alpha News, Beta Post…; returns every report's figure findings. */
export function compareReports(...texts: string[]) {
  const sources = ['Alpha News', 'Beta Post', 'Gamma Radio', 'Delta Wire', 'Epsilon Daily'];
  const ids = texts.map((_, i) => `${'abcde'[i]}.txt`);
  const ws = workspace(Object.fromEntries(texts.map((text, i) => [ids[i], { source: sources[i], text }])));
  const figures = (id: string) => ws.findings(id).filter((f) => f.code === 'figure-conflict');
  return { ws, ids, figures, all: () => ids.flatMap((id) => figures(id).map((f) => [id, f.severity, f.written])) };
}
