/**
 * What every feature module receives from `startServer`: the connection, the open documents, the workspace
 * index, the settings store, what the client can do, and a logger. Features keep their own state.
 */
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerCommands } from './commands';
import type { Logger } from './runSafe';
import type { ServerRuntime } from './runtime';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** The client features the server adapts to, read once from `initialize`. */
export interface ClientSupport {
  /**
   * The client pulls diagnostics (`textDocument/diagnostic`) and can be asked to pull again
   * (`workspace/diagnostic/refresh`); without both, the server pushes them.
   */
  pullDiagnostics: boolean;
  /** `workspace/configuration`: settings can be read per resource. */
  configuration: boolean;
  /** Dynamic registration of `workspace/didChangeConfiguration`. */
  configurationRegistration: boolean;
  /** Dynamic registration of file watchers (`workspace/didChangeWatchedFiles`). */
  fileWatcherRegistration: boolean;
  /** Whether file watchers may use relative patterns (a base folder plus a glob). */
  relativePatterns: boolean;
  /** Code actions may carry `documentChanges` (versioned edits, file creation). */
  documentChanges: boolean;
  /** `workspace/didChangeWorkspaceFolders`. */
  workspaceFolders: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  index: WorkspaceIndex;
  settings: SettingsStore;
  client: ClientSupport;
  runtime: ServerRuntime;
  /** The server's commands (`workspace/executeCommand`), which feature modules register. */
  commands: ServerCommands;
  log: Logger;
}

/** Reads the client features the server cares about. */
export function readClientSupport(capabilities: ClientCapabilities): ClientSupport {
  const workspace = capabilities.workspace;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined && workspace?.diagnostics?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    fileWatcherRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    workspaceFolders: workspace?.workspaceFolders === true,
  };
}
