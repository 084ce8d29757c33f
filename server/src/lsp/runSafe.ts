/**
 * The wrapper around every request handler: a failing handler is logged and answers its empty value instead of
 * an error (one bad report must never take the editor's features down), and a cancelled request answers
 * "cancelled" so the client can drop or retry it.
 */
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Where the server's messages go (the client's output channel). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Runs `work` unless `token` is already cancelled. Errors are logged under `what` and answered with
 * `emptyValue`; a cancellation noticed before or after the work answers `RequestCancelled`.
 */
export async function runSafe<T>(
  log: Logger,
  what: string,
  token: CancellationToken,
  emptyValue: T,
  work: () => T | Promise<T>,
): Promise<T | ResponseError<never>> {
  if (token.isCancellationRequested) return cancelled();
  try {
    const result = await work();
    return token.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    log.error(`${what} failed: ${describeError(error)}`);
    return emptyValue;
  }
}

/**
 * Lets work run without anyone awaiting it (a refresh, a publication, a re-index). A failure is logged: left
 * unhandled, a rejected promise would end the server process.
 */
export function runInBackground(log: Logger, what: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => log.error(`${what} failed: ${describeError(error)}`));
}

/** An error's stack (or message) for the log. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function cancelled(): ResponseError<never> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
