/**
 * `workspace/executeCommand`. The connection takes one handler, so this module holds the commands the feature
 * modules register (the server's capabilities list them) and runs each inside `runSafe`. Also the one way commands
 * write a shared side file: merged under a lock, atomically, and the user told when it cannot be done.
 */
import { FileChangeType, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { describeError, runSafe, type Logger } from './runSafe';

type CommandHandler = (args: unknown[]) => Promise<void>;

export class ServerCommands {
  private readonly handlers = new Map<string, { title: string; run: CommandHandler }>();

  constructor(connection: Connection, log: Logger) {
    connection.onExecuteCommand((params, token) => {
      const handler = this.handlers.get(params.command);
      if (!handler) return null;
      return runSafe(log, handler.title, token, null, async () => {
        await handler.run(params.arguments ?? []);
        return null;
      });
    });
  }

  /** Adds a command; `title` names it in the log. */
  register(command: string, title: string, run: CommandHandler): void {
    this.handlers.set(command, { title, run });
  }

  /** The commands registered, for `executeCommandProvider`. */
  names(): string[] {
    return [...this.handlers.keys()];
  }
}

/**
 * Replaces a side file of the workspace with `update(current)` through the runtime (locked, atomic) and has the
 * index read it again at once; the file watcher reports the change too, but later, and the finding should go now.
 * When `update` refuses (a malformed file) or the write fails, the user is told `failure: reason`, the file is left
 * as it was, and false is returned.
 */
export async function updateSideFile(ctx: ServerContext, uri: string, update: (current: string | undefined) => string, failure: string): Promise<boolean> {
  try {
    await ctx.runtime.updateTextFile(uri, update);
  } catch (error) {
    const message = `${failure}: ${error instanceof Error ? error.message : String(error)}`;
    ctx.log.error(`${message}\n${describeError(error)}`);
    // A notification, not `window.showErrorMessage`: that one is a request whose failure (a client without
    // message support) would reject with nobody listening.
    void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Crosscheck: ${message}` });
    return false;
  }
  ctx.index.filesChanged([{ uri, type: FileChangeType.Changed }]);
  return true;
}
