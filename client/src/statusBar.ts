/**
 * The status bar item for the active article: how many of Crosscheck's findings it has ("2 conflicts"),
 * opening the Problems panel on click. It counts the diagnostics VS Code holds, so it always matches the
 * Problems panel, whichever way (pull or push) they arrived.
 */
import * as vscode from 'vscode';
import { diagnosticSource } from '../../server/src/lsp/protocol';
import { reportLanguages } from './documentSelector';

/** Codes that mean reports disagree on a figure; the rest concern names and letters. */
const conflictCodes = new Set(['figure-conflict', 'conversion-mismatch']);

export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'workbench.actions.view.problems';

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isReportLanguage(document) || !vscode.workspace.getConfiguration('crosscheck', document).get('enable', true)) {
      item.hide();
      return;
    }
    const codes = vscode.languages
      .getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.source === diagnosticSource)
      .map((diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code));
    const summary = summarise(codes);
    item.text = summary.text;
    item.tooltip = `${summary.tooltip}\nClick to open the Problems panel.`;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('crosscheck.enable')) update();
    }),
  );
}

/** Status text and tooltip for the codes of an article's diagnostics. */
export function summarise(codes: readonly string[]): { text: string; tooltip: string } {
  if (codes.length === 0) return { text: '$(check) No conflicts', tooltip: 'Crosscheck: nothing to check in this article.' };
  const conflicts = codes.filter((code) => conflictCodes.has(code)).length;
  const others = codes.length - conflicts;
  const parts = [];
  if (conflicts > 0) parts.push(plural(conflicts, 'conflict'));
  if (others > 0) parts.push(plural(others, 'name issue'));
  return {
    text: `$(warning) ${parts.join(', ')}`,
    tooltip: `Crosscheck: ${parts.join(' and ')} in this article.`,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isReportLanguage(document: vscode.TextDocument): boolean {
  return (reportLanguages as readonly string[]).includes(document.languageId);
}
