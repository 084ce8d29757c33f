/**
 * Quick fixes for findings. The fixes come from the finding itself, carried to the client in `Diagnostic.data`
 * together with the document version they were computed for. Each edit is a `TextDocumentEdit` pinned to that
 * version, and a diagnostic older than the document yields no action at all: a stale fix is refused, never
 * applied to text that moved. "Mark as reviewed" runs a server command that merges the finding into
 * `.crosscheck/reviewed.json`; a spelling finding's "teach a name" fixes run one that merges into the
 * known-entities file.
 */
import { CodeActionKind, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReviewed } from '../core/findings/reviewed';
import type { Fix } from '../core/types';
import type { ServerContext } from './context';
import type { DiagnosticData } from './diagnostics';
import { diagnosticSource, markReviewedCommand, teachNameCommand, type MarkReviewedArguments, type TeachNameArguments } from './protocol';
import { articleSafe, plainText } from './markdown';
import { spanToRange } from './ranges';
import { runSafe } from './runSafe';
import { relativePath } from './uris';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params, token) =>
    runSafe<CodeAction[]>(ctx.log, 'Code actions', token, [], async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document || !wantsQuickFixes(params.context.only)) return [];
      if (!(await ctx.index.settingsFor(document.uri)).enable) return [];
      return params.context.diagnostics.flatMap((diagnostic) => actionsFor(ctx, document, diagnostic));
    }),
  );
}

function actionsFor(ctx: ServerContext, document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnosticData(diagnostic);
  if (!data || data.version !== document.version) return [];
  const actions = data.fixes.map((fix) => fixAction(ctx, document, diagnostic, fix));
  // The commands below record something in the folder's own files: a report outside every folder has none.
  const folder = ctx.index.folderOf(document.uri);
  if (!folder) return actions;
  const teach = data.spellings ? teachNameActions(folder, diagnostic, data.spellings) : [];
  const review = reviewAction(ctx, folder, document, diagnostic, data.reviewKey);
  return [...actions, ...teach, ...(review ? [review] : [])];
}

function fixAction(ctx: ServerContext, document: TextDocument, diagnostic: Diagnostic, fix: Fix): CodeAction {
  const edits = fix.edits.map((edit) => TextEdit.replace(spanToRange(document, edit.span), articleSafe(edit.newText)));
  return {
    title: plainText(fix.title),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Replacing look-alike letters is always right; which figure is right is the journalist's call.
    isPreferred: fix.kind === 'homoglyph' || undefined,
    edit: ctx.client.documentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }
      : { changes: { [document.uri]: edits } },
  };
}

/**
 * "Mark as reviewed": a command the server runs (see reviewCommand.ts), not an edit, because the reviewed list is
 * shared — another window may be adding to it at the same moment — so it must be merged under a lock and written
 * atomically. Not offered while the list is malformed: the user repairs it first (a diagnostic says where).
 */
function reviewAction(
  ctx: ServerContext,
  folder: string,
  document: TextDocument,
  diagnostic: Diagnostic,
  reviewKey: string,
): CodeAction | undefined {
  const existing = ctx.index.sideFileText(ctx.index.reviewedFileUri(folder));
  if (existing !== undefined && parseReviewed(existing).error) return undefined;
  const args: MarkReviewedArguments = {
    folder,
    entry: { key: reviewKey, file: relativePath(folder, document.uri), text: document.getText(diagnostic.range) },
  };
  const title = 'Mark as reviewed';
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: markReviewedCommand, arguments: [args] } };
}

/**
 * "Treat 'X' as a spelling of 'Y'" and "'X' is a different name from 'Y'", for each other spelling: commands the
 * server runs (see teachNameCommand.ts), since the known-entities file is the team's, edited by hand too, and must
 * be merged under a lock. Offered even while that file is malformed: the command then tells the user what is wrong.
 */
function teachNameActions(folder: string, diagnostic: Diagnostic, spellings: NonNullable<DiagnosticData['spellings']>): CodeAction[] {
  const { form } = spellings;
  const action = (title: string, args: TeachNameArguments): CodeAction => ({
    title: plainText(title),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: plainText(title), command: teachNameCommand, arguments: [args] },
  });
  return spellings.variants.flatMap((variant) => [
    action(`Treat '${form}' as a spelling of '${variant}'`, { folder, form, variant, relation: 'same' }),
    action(`'${form}' is a different name from '${variant}'`, { folder, form, variant, relation: 'distinct' }),
  ]);
}

/** Whether the request's `only` filter admits quick fixes ("" is the root of all kinds). */
function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix);
}

/** The diagnostic's data, if it is one of ours and well formed (the client echoes it back, so it is checked). */
function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== diagnosticSource) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.reviewKey !== 'string' || !Array.isArray(data.fixes)) return undefined;
  if (typeof data.version !== 'number' && data.version !== null) return undefined;
  return { version: data.version, reviewKey: data.reviewKey, fixes: data.fixes.filter(isFix), spellings: isSpellings(data.spellings) ? data.spellings : undefined };
}

function isSpellings(value: unknown): value is NonNullable<DiagnosticData['spellings']> {
  const spellings = value as DiagnosticData['spellings'];
  return typeof spellings?.form === 'string' && Array.isArray(spellings.variants) && spellings.variants.every((v) => typeof v === 'string');
}

function isFix(value: unknown): value is Fix {
  const fix = value as Partial<Fix> | undefined;
  return (
    typeof fix?.title === 'string' &&
    Array.isArray(fix.edits) &&
    fix.edits.every(
      (edit) =>
        typeof edit?.newText === 'string' &&
        Number.isInteger(edit.span?.start) &&
        Number.isInteger(edit.span?.end) &&
        edit.span.start <= edit.span.end,
    )
  );
}
