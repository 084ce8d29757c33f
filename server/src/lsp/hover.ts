/**
 * Hover on a figure or a name: what this report says, what each other report says about the same thing (its
 * sentence with the figure in bold, the value in this report's unit, whether it agrees, a link to the line),
 * and the consensus. Article text is escaped (see markdown.ts); the content is plain, untrusted Markdown.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { archivePathOf } from '../core/archive';
import type { Comparison, HoverInfo } from '../core/types';
import type { ServerContext } from './context';
import { escapeMarkdown, markdownLink } from './markdown';
import { lineNumberAt, positionToOffset, spanToRange } from './ranges';
import { runSafe } from './runSafe';

/** Characters of another report's sentence kept on each side of its figure. */
const sentenceContext = 200;

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params, token) =>
    runSafe<Hover | null>(ctx.log, 'Hover', token, null, async () => {
      const uri = params.textDocument.uri;
      const document = ctx.documents.get(uri);
      if (!document || !ctx.index.isReport(uri) || !(await ctx.index.settingsFor(uri)).enable) return null;
      const info = ctx.index.hover(uri, positionToOffset(document, params.position));
      if (!info) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: renderHover(info, (c) => lineLink(ctx, c)) },
        range: spanToRange(document, info.span),
      };
    }),
  );
}

/** The hover's Markdown. `link` gives the "open" link for a comparison, or undefined when there is none. */
export function renderHover(info: HoverInfo, link: (comparison: Comparison) => string | undefined): string {
  const heading = `**${escapeMarkdown(info.title)}**${info.attribute ? ` — ${escapeMarkdown(info.attribute)}` : ''}`;
  const blocks = [heading];
  if (info.comparisons.length > 0) {
    blocks.push(info.comparisons.map((comparison) => renderComparison(comparison, link(comparison))).join('\n\n'));
  }
  if (info.consensus) blocks.push(`**Consensus:** ${escapeMarkdown(info.consensus)}`);
  return blocks.join('\n\n---\n\n');
}

function renderComparison(comparison: Comparison, link: string | undefined): string {
  // cited with its date when it gives one, so the reader can tell when it said so; a report of the archive is marked
  const dated = comparison.date ? escapeMarkdown(comparison.date) : undefined;
  const archived = archivePathOf(comparison.reportId) !== undefined;
  const tag = archived ? ` (archive${dated ? `, ${dated}` : ''})` : dated ? ` (${dated})` : '';
  const summary =
    `**${escapeMarkdown(comparison.source)}**${tag}: ${escapeMarkdown(comparison.converted)}` +
    ` (${comparison.agreement})${link ? ` · ${link}` : ''}`;
  return `${summary}\n\n> ${sentenceWithBoldFigure(comparison)}`;
}

/** The other report's sentence, shortened around the figure, with the figure in bold. */
function sentenceWithBoldFigure({ sentence, figureInSentence }: Comparison): string {
  let start = Math.max(0, Math.min(figureInSentence.start, sentence.length));
  let end = Math.max(start, Math.min(figureInSentence.end, sentence.length));
  // Bold must not start or end on a space, or Markdown shows the asterisks instead.
  while (start < end && /\s/.test(sentence[start])) start++;
  while (end > start && /\s/.test(sentence[end - 1])) end--;
  const from = Math.max(0, start - sentenceContext);
  const to = Math.min(sentence.length, end + sentenceContext);
  const before = `${from > 0 ? '… ' : ''}${escapeMarkdown(sentence.slice(from, start))}`;
  const after = `${escapeMarkdown(sentence.slice(end, to))}${to < sentence.length ? ' …' : ''}`;
  return `${before}**${escapeMarkdown(sentence.slice(start, end))}**${after}`;
}

/** `[open](file:///…#L12)`: the line of the other report's figure, which VS Code opens at that line. */
function lineLink(ctx: ServerContext, comparison: Comparison): string | undefined {
  const document = ctx.index.document(comparison.reportId);
  if (!document) return undefined;
  return markdownLink('open', `${comparison.reportId}#L${lineNumberAt(document, comparison.span.start)}`);
}
