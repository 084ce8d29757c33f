/** What the protocol tests know about the seed reports (file names, quotes) and how they read diagnostics. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Session } from './session';

export const report000 = '000_b414d5505cf325c5.txt';
export const report003 = '003_919f19c5efd995fa.txt';
export const report004 = '004_e4d4bc54e1c2b0b0.txt';
/** The armoured train's speed in 000, which 003 (37 mph) and 004 (59 km/h) contradict. */
export const trainSpeed000 = '50 kilometers per hour';

/** The figure-conflict diagnostic on 000's train speed, if present. */
export function trainSpeedFinding(session: Session, diagnostics: Diagnostic[]): Diagnostic | undefined {
  const quote = session.rangeOf(report000, trainSpeed000);
  return diagnostics.find((diagnostic) => diagnostic.code === 'figure-conflict' && overlaps(diagnostic.range, quote));
}

/** Base names of the files a diagnostic's related information points to. */
export function relatedFiles(diagnostic: Diagnostic | undefined): Set<string> {
  return new Set((diagnostic?.relatedInformation ?? []).map((related) => basename(URI.parse(related.location.uri).fsPath)));
}

/** The text of a file on disk at an LSP range. */
export function textAt(uri: string, range: Range): string {
  const document = TextDocument.create(uri, 'plaintext', 0, readFileSync(URI.parse(uri).fsPath, 'utf8'));
  return document.getText(range);
}

/** One-based line of the first occurrence of `quote` in a file on disk. */
export function lineOf(path: string, quote: string): number {
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in ${path}`);
  return text.slice(0, at).split('\n').length;
}

export function overlaps(a: Range, b: Range): boolean {
  return before(a.start, b.end) && before(b.start, a.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Markdown with its backslash escapes removed, for checking what a reader sees. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
