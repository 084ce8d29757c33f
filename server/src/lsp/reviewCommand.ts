/**
 * The "Mark as reviewed" command: adds a finding's review key to the folder's `.crosscheck/reviewed.json`.
 * The file is shared by every window on the folder, so the runtime merges into what is on disk under a lock and
 * replaces the file atomically. A malformed list is refused, never overwritten: the user is told why.
 */
import { addReviewedEntry } from '../core/findings/reviewed';
import { updateSideFile } from './commands';
import type { ServerContext } from './context';
import { markReviewedCommand, type MarkReviewedArguments } from './protocol';

export function registerReviewCommand(ctx: ServerContext): void {
  ctx.commands.register(markReviewedCommand, 'Mark as reviewed', async ([first]) => {
    const args = first as Partial<MarkReviewedArguments> | undefined;
    const entry = args?.entry;
    if (typeof args?.folder !== 'string' || typeof entry?.key !== 'string' || typeof entry.file !== 'string' || typeof entry.text !== 'string') {
      throw new Error('malformed arguments');
    }
    const reviewedUri = ctx.index.reviewedFileUri(args.folder);
    // The client echoes the arguments back: write only inside a workspace folder the server knows.
    if (ctx.index.folderOf(reviewedUri) !== args.folder) throw new Error(`${args.folder} is not a workspace folder`);
    const reviewed = { key: entry.key, file: entry.file, text: entry.text };
    await updateSideFile(ctx, reviewedUri, (current) => addReviewedEntry(current, reviewed), 'Could not mark the finding as reviewed');
  });
}
