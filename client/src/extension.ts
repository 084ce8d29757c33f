/**
 * The extension's entry point: starts the bundled language server (`dist/server.js`) over IPC and adds the
 * commands, the status bar item and the output channel. All checking happens in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { archiveEnvironment, registerArchive } from './archive';
import { hoverMarkdown, maxServerRestarts } from './clientPolicy';
import { registerCommands } from './commands';
import { registerCompareFigures } from './compareFigures';
import { documentSelector } from './documentSelector';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  client = createClient(context, output, await archiveEnvironment(context.secrets));
  context.subscriptions.push(
    output,
    registerCommands(client, output),
    registerCompareFigures(client, context.extensionUri),
    createStatusBar(),
    registerArchive(client, context.secrets),
  );
  try {
    await client.start();
  } catch (error) {
    output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** `env`: the server's environment when it needs more than the extension host's (the archive password). */
function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, env: NodeJS.ProcessEnv | undefined): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    markdown: hoverMarkdown,
    connectionOptions: { maxRestartCount: maxServerRestarts },
    // Where the server keeps its analyses between starts, so that reopening a workspace is quick.
    initializationOptions: { cacheDir: context.globalStorageUri.fsPath },
  };
  return new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
}
