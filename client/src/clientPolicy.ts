/**
 * How the client treats the server: what it trusts in hovers and how it restarts a server that dies. Kept apart
 * from extension.ts, with no `vscode` import, so that tests can read it.
 */

/**
 * Hovers quote other reports: their Markdown is never trusted (no `command:` links run) and carries no HTML.
 * The server escapes article text as well (server/src/lsp/markdown.ts).
 */
export const hoverMarkdown = { isTrusted: false, supportHtml: false } as const;

/**
 * When the server process dies, vscode-languageclient's default error handler starts it again (which re-indexes
 * the workspace and re-opens the open documents), up to this many times within three minutes; then it stops
 * and says so, rather than crash-looping.
 */
export const maxServerRestarts = 4;
