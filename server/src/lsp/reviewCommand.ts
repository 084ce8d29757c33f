/**
 * The "Mark as reviewed" command: adds a finding's review key to the folder's `.crosscheck/reviewed.json`.
 * The file is shared by every window on the folder, so the runtime merges into what is on disk under a lock and
 * replaces the file atomically. A malformed list is refused, never overwritten: the user is told why.
 */
import { FileChangeType, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { addReviewedEntry } from '../core/findings/reviewed';
import type { ServerContext } from './context';
import { markReviewedCommand, type MarkReviewedArguments } from './protocol';
import { describeError, runSafe } from './runSafe';

export function registerReviewCommand(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand((params, token) =>
    runSafe(ctx.log, 'Mark as reviewed', token, null, async () => {
      if (params.command !== markReviewedCommand) return null;
      const args = params.arguments?.[0] as Partial<MarkReviewedArguments> | undefined;
      const entry = args?.entry;
      if (typeof args?.folder !== 'string' || typeof entry?.key !== 'string' || typeof entry.file !== 'string' || typeof entry.text !== 'string') {
        throw new Error('malformed arguments');
      }
      const reviewedUri = ctx.index.reviewedFileUri(args.folder);
      // The client echoes the arguments back: write only inside a workspace folder the server knows.
      if (ctx.index.folderOf(reviewedUri) !== args.folder) throw new Error(`${args.folder} is not a workspace folder`);
      try {
        await ctx.runtime.updateTextFile(reviewedUri, (current) => addReviewedEntry(current, { key: entry.key, file: entry.file, text: entry.text }));
      } catch (error) {
        const message = `Could not mark the finding as reviewed: ${error instanceof Error ? error.message : String(error)}`;
        ctx.log.error(`${message}\n${describeError(error)}`);
        // A notification, not `window.showErrorMessage`: that one is a request whose failure (a client without
        // message support) would reject with nobody listening.
        void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Crosscheck: ${message}` });
        return null;
      }
      // The file watcher reports the change too, but later; the finding should go away at once.
      ctx.index.filesChanged([{ uri: reviewedUri, type: FileChangeType.Changed }]);
      return null;
    }),
  );
}
