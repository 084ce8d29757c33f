/** The commands of the command palette ("Crosscheck: …"). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkAllReportsMethod, type CheckAllReportsResult } from '../../server/src/lsp/protocol';

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('crosscheck.checkAll', () => checkAllReports(client, output)),
    vscode.commands.registerCommand('crosscheck.restartServer', async () => {
      output.info('Restarting the language server.');
      await client.restart();
    }),
    vscode.commands.registerCommand('crosscheck.showOutput', () => output.show(true)),
  );
}

/** Asks the server to publish the findings of every report, then shows them in the Problems panel. */
async function checkAllReports(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: checking all reports…', cancellable: true },
    (_progress, token) => client.sendRequest<CheckAllReportsResult>(checkAllReportsMethod, undefined, token),
  );
  if (!result) return;
  const message = `Checked ${result.reports} report${result.reports === 1 ? '' : 's'}: ${result.findings} finding${result.findings === 1 ? '' : 's'}.`;
  output.info(message);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(`Crosscheck: ${message}`);
}
