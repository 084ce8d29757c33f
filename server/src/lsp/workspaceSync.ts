/**
 * Keeps the workspace index in step with the editor: open documents (incremental sync), files changed on disk,
 * workspace folders added or removed, and settings changes (which re-index, since include, exclude and the size
 * limit decide what a report is). Also starts the first indexing once the client is ready.
 */
import { DidChangeConfigurationNotification, type WorkspaceFolder } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { createFileWatcherRegistrar } from './fileWatchers';
import { runInBackground } from './runSafe';

/** Wires the events; call `start` from `onInitialized`. */
export function registerWorkspaceSync(ctx: ServerContext, initialFolders: readonly string[]): { start(): Promise<void> } {
  let folders = [...initialFolders];
  const watchFiles = createFileWatcherRegistrar(ctx);
  const reindex = async (): Promise<void> => {
    await Promise.all([ctx.index.setFolders(folders), watchFiles(folders)]);
  };

  ctx.documents.onDidChangeContent(({ document }) => ctx.index.documentChanged(document));
  ctx.documents.onDidClose(({ document }) => ctx.index.documentClosed(document));
  ctx.connection.onDidChangeWatchedFiles(({ changes }) => ctx.index.filesChanged(changes));
  ctx.connection.onDidChangeConfiguration(({ settings }) => {
    ctx.settings.changed(settings);
    runInBackground(ctx.log, 'Re-indexing', reindex());
  });

  return {
    async start() {
      if (ctx.client.configurationRegistration) {
        await ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
      }
      if (ctx.client.workspaceFolders) {
        ctx.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
          const gone = new Set(removed.map((folder: WorkspaceFolder) => folder.uri));
          folders = [...folders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
          runInBackground(ctx.log, 'Re-indexing', reindex());
        });
      }
      await reindex();
    },
  };
}
