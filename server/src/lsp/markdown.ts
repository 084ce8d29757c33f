/**
 * Article text made inert. Articles are untrusted input: in a hover, a sentence must never turn into a link, an
 * image, HTML, a command URI or formatting. Escaping every ASCII punctuation character (CommonMark lets any of
 * them be backslash-escaped) defeats all of those at once, including bare-URL autolinking, which needs a
 * literal "://" or "www.". In plain-text messages and in text a fix inserts, control characters and bidi
 * overrides are what could hide or reorder words, so they go.
 */

/** Control characters, line and paragraph separators, and the bidi marks and overrides that can reorder text. */
const controls = '\\u0000-\\u001f\\u007f\\u0085\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const controlRuns = new RegExp(`[${controls}]+`, 'g');
const controlOrSpaceRuns = new RegExp(`[${controls} ]+`, 'g');
/** What may not go into the article: controls other than tab and line breaks, and bidi overrides. */
const unsafeInArticle = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Article text as inert Markdown: punctuation escaped, line breaks and control characters folded to spaces, and
 * runs of spaces collapsed (four leading spaces would make an indented code block).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(controlOrSpaceRuns, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A message or title shown as plain text (diagnostics, related locations, code action titles) that quotes
 * reports: one line, without controls or bidi overrides that could hide or reorder what it says.
 */
export function plainText(text: string): string {
  return text.replace(controlRuns, ' ');
}

/** Text a fix inserts into the article, from another report (a source name, a quote): no hidden characters. */
export function articleSafe(text: string): string {
  return text.replace(unsafeInArticle, '');
}

/**
 * A link whose destination is a URI the server made itself (never article text). Characters that could end the
 * destination or the label early are percent-encoded.
 */
export function markdownLink(label: string, uri: string): string {
  const destination = uri.replace(/[()<>\s\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${destination})`;
}
