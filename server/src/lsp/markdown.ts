/**
 * Markdown built from article text. Articles are untrusted input: a sentence must never turn into a link, an
 * image, HTML, a command URI or formatting. Escaping every ASCII punctuation character (CommonMark lets any of
 * them be backslash-escaped) defeats all of those at once, including bare-URL autolinking, which needs a
 * literal "://" or "www.".
 */

/**
 * Article text as inert Markdown: punctuation escaped, line breaks and control characters folded to spaces, and
 * runs of spaces collapsed (four leading spaces would make an indented code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069 ]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A link whose destination is a URI the server made itself (never article text). Characters that could end the
 * destination or the label early are percent-encoded.
 */
export function markdownLink(label: string, uri: string): string {
  const destination = uri.replace(/[()<>\s\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${destination})`;
}
