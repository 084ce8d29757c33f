/**
 * The language server: `startServer` takes a connection and a runtime and wires the features. It knows LSP;
 * the engine (`../core`) does not. Each feature lives in its own module with a `registerX(ctx)` function.
 */
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer } from '../core/analyzer';
import { registerArchive } from './archive';
import { registerCodeActions } from './codeActions';
import { ServerCommands } from './commands';
import { readClientSupport, type ClientSupport, type ServerContext } from './context';
import { registerDiagnostics } from './diagnostics';
import { registerReviewCommand } from './reviewCommand';
import { registerTeachNameCommand } from './teachNameCommand';
import { registerSideFileDiagnostics } from './sideFileDiagnostics';
import { registerHover } from './hover';
import { registerFigureTable } from './figureTable';
import { diagnosticProviderId } from './protocol';
import { runInBackground, type Logger } from './runSafe';
import type { ServerRuntime } from './runtime';
import { SettingsStore } from './settings';
import { WorkspaceIndex } from './workspaceIndex';
import { registerWorkspaceSync } from './workspaceSync';

/** Starts serving on `connection`; returns at once (the connection keeps the process alive). */
export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  const log: Logger = {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
  let start: (() => Promise<void>) | undefined;

  connection.onInitialize((params) => {
    const client = readClientSupport(params.capabilities);
    const settings = new SettingsStore(connection, client.configuration);
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const cacheDir = cacheDirOption(params.initializationOptions);
    const store = cacheDir && folders.length ? runtime.openAnalysisCache?.(cacheDir, folders, log.warn) : undefined;
    const analyzer = createAnalyzer({ store });
    const index = new WorkspaceIndex({ connection, documents, analyzer, settings, runtime, log, store });
    const commands = new ServerCommands(connection, log);
    const ctx: ServerContext = { connection, documents, index, settings, client, runtime, commands, log };
    start = registerWorkspaceSync(ctx, folders).start;
    registerDiagnostics(ctx);
    registerHover(ctx);
    registerFigureTable(ctx);
    registerCodeActions(ctx);
    registerReviewCommand(ctx);
    registerTeachNameCommand(ctx);
    registerSideFileDiagnostics(ctx);
    registerArchive(ctx);
    return { capabilities: serverCapabilities(client, commands.names()), serverInfo: { name: 'crosscheck' } };
  });

  connection.onInitialized(() => {
    if (start) runInBackground(log, 'Start-up', start());
  });

  documents.listen(connection);
  connection.listen();
}

/** `initializationOptions.cacheDir`: where the client lets the server keep analyses between runs. */
function cacheDirOption(options: unknown): string | undefined {
  const cacheDir = (options as { cacheDir?: unknown } | null | undefined)?.cacheDir;
  return typeof cacheDir === 'string' && cacheDir.length > 0 ? cacheDir : undefined;
}

function serverCapabilities(client: ClientSupport, commands: string[]): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    executeCommandProvider: { commands },
    diagnosticProvider: client.pullDiagnostics
      ? { identifier: diagnosticProviderId, interFileDependencies: true, workspaceDiagnostics: false }
      : undefined,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
