/**
 * The one place that converts between the engine's spans (UTF-16 offsets into a report's text) and LSP
 * positions and ranges. Everything else in the server goes through these functions, so line-ending (CRLF),
 * surrogate-pair and end-of-file rules live here only — `TextDocument` implements them the way the protocol
 * defines them.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../core/types';

/** LSP range of a span of `document`'s text. Offsets past the end are clamped to the end. */
export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** Span of `document`'s text covered by an LSP range. Positions past a line's end are clamped to it. */
export function rangeToSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** UTF-16 offset of an LSP position. */
export function positionToOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** Range covering the whole text, for edits that replace a file's content. */
export function wholeTextRange(document: TextDocument): Range {
  return { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
}

/** One-based line number of an offset, as editors and `#L12` links count lines. */
export function lineNumberAt(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
