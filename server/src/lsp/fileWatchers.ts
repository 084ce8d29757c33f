/**
 * Asks the client to watch the files the index depends on: the reports the include globs select, every
 * folder's `.crosscheck/reviewed.json`, the known-entities file, and deletions of anything (a deleted folder
 * arrives as one event for the folder itself). Re-registered when settings or folders change.
 */
import {
  DidChangeWatchedFilesNotification,
  WatchKind,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver';
import type { ServerContext } from './context';
import { defaultEntitiesFilePath, reviewedFilePath } from './protocol';

/** Returns a function that (re-)registers the watchers for the given folders; a no-op without client support. */
export function createFileWatcherRegistrar(ctx: ServerContext): (folders: readonly string[]) => Promise<void> {
  let registration: Disposable | undefined;
  return async (folders) => {
    if (!ctx.client.fileWatcherRegistration) return;
    const watchers = await watchersFor(ctx, folders);
    registration?.dispose();
    registration = await ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  };
}

async function watchersFor(ctx: ServerContext, folders: readonly string[]): Promise<FileSystemWatcher[]> {
  const watchers: FileSystemWatcher[] = [{ globPattern: '**/*', kind: WatchKind.Delete }];
  for (const folder of folders) {
    const settings = await ctx.settings.get(folder);
    const patterns = [...settings.include, reviewedFilePath, settings.knownEntitiesFile ?? defaultEntitiesFilePath];
    for (const pattern of patterns) watchers.push({ globPattern: globIn(ctx, folder, pattern) });
  }
  return watchers;
}

/** A glob relative to a folder; clients without relative patterns get an equivalent "anywhere" glob. */
function globIn(ctx: ServerContext, folder: string, pattern: string): FileSystemWatcher['globPattern'] {
  const relative = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (ctx.client.relativePatterns) return { baseUri: folder, pattern: relative };
  return relative.startsWith('**/') || relative.startsWith('/') ? relative : `**/${relative}`;
}
