/**
 * The client's part of the newsroom archive: the read-only view of an archive report (a `crosscheck-archive:` URI of a
 * related location or a hover's link, whose text the server holds), and the archive password, kept in VS Code's
 * secret storage and handed to the server in its environment (PGPASSWORD), never in settings.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { archiveReportTextMethod, archiveScheme } from '../../server/src/lsp/protocol';

const passwordKey = 'crosscheck.archive.password';

/** The server's environment: PGPASSWORD from secret storage when the user set one there. */
export async function archiveEnvironment(secrets: vscode.SecretStorage): Promise<NodeJS.ProcessEnv | undefined> {
  let password: string | undefined;
  try {
    password = await secrets.get(passwordKey);
  } catch {
    // no keychain to read (some remote and browser hosts): PGPASSWORD and ~/.pgpass still work
  }
  return password ? { ...process.env, PGPASSWORD: password } : undefined;
}

export function registerArchive(client: LanguageClient, secrets: vscode.SecretStorage): vscode.Disposable {
  const reports: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const text = await client.sendRequest<string | null>(archiveReportTextMethod, { uri: uri.toString() });
      return text ?? 'This archive report is no longer held: the workspace no longer speaks of its story, or the archive setting changed.';
    },
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(archiveScheme, reports),
    vscode.commands.registerCommand('crosscheck.setArchivePassword', async () => {
      const password = await vscode.window.showInputBox({
        title: 'Crosscheck: archive password',
        prompt: 'The password of the archive database (crosscheck.archive.url). Kept in VS Code\'s secret storage; empty removes it.',
        password: true,
        ignoreFocusOut: true,
      });
      if (password === undefined) return;
      if (password) await secrets.store(passwordKey, password);
      else await secrets.delete(passwordKey);
      // the server reads it from its environment, which is set when it starts
      await vscode.commands.executeCommand('crosscheck.restartServer');
    }),
  );
}
