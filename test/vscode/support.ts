/**
 * What the `vscode`-API tests share: the seed reports of the opened workspace, Crosscheck's diagnostics, and a
 * wait that re-checks a state whenever VS Code's diagnostics change (never a fixed sleep), with a deadline.
 */
import * as vscode from 'vscode';

export const report000 = '000_b414d5505cf325c5.txt';
export const report003 = '003_919f19c5efd995fa.txt';
export const report004 = '004_e4d4bc54e1c2b0b0.txt';
/** The armoured train's speed in 000, which 003 (37 mph) and 004 (59 km/h) contradict. */
export const trainSpeed000 = '50 kilometers per hour';
export const extensionId = 'crosscheck.crosscheck';
const deadlineMs = 30_000;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the suite needs a copy of the seed reports');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a report in an editor, as a user clicking it in the explorer does. */
export async function openReport(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** Crosscheck's diagnostics of a document (other extensions' left out). */
export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'crosscheck');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** The range of the first occurrence of a quote in a document. */
export function rangeOf(document: vscode.TextDocument, quote: string): vscode.Range {
  const at = document.getText().indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in ${document.uri.fsPath}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + quote.length));
}

/** The figure-conflict finding on 000's train speed, if VS Code holds it. */
export function trainSpeedFinding(document: vscode.TextDocument): vscode.Diagnostic | undefined {
  const quote = rangeOf(document, trainSpeed000);
  return crosscheckDiagnostics(document.uri).find((d) => codeOf(d) === 'figure-conflict' && d.range.intersection(quote) !== undefined);
}

/**
 * Resolves with the first truthy value of `check`, evaluated now and after every change of diagnostics;
 * fails with `description` when none comes before the deadline.
 */
export function until<T>(check: () => T | undefined | false, description: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (): boolean => {
      const value = check();
      if (!value) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(() => void finish());
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${deadlineMs / 1000} s waiting for ${description}`));
    }, deadlineMs);
    const cleanup = (): void => {
      subscription.dispose();
      clearTimeout(timer);
    };
    finish();
  });
}

/** Plain text of hover contents, Markdown escapes removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Closes every editor without saving, so that each test starts from the files on disk. */
export async function closeAllWithoutSaving(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
