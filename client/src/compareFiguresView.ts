/**
 * What the Compare Figures webview is given: its HTML shell (a strict Content-Security-Policy, one nonce-bearing
 * script and one stylesheet from the extension's `media/` folder, no report text) and the messages exchanged with
 * its script (`media/compareFigures.js`), which writes every piece of report text with `textContent`. No `vscode`
 * import, so that tests can read it.
 */
import { randomBytes } from 'node:crypto';
import { AGREEMENT_MARKS } from '../../server/src/core/findings/tableFormats';
import type { FigureTableResult } from '../../server/src/lsp/protocol';

/** The webview's type, also the serializer's key that brings the panel back after a reload. */
export const compareFiguresViewType = 'crosscheck.compareFigures';

/** The table as the webview shows it: the server's answer, with each report's file name and how cells read. */
export interface ViewTable extends FigureTableResult {
  /** The report's file name, to tell reports apart whose source names are the same. */
  fileName: string;
  /** Each column's file name, in column order. */
  columnFiles: string[];
  /** How each agreement reads: a symbol and a word, so that no cell depends on its colour. */
  marks: typeof AGREEMENT_MARKS;
}

/** Extension → webview. */
export type ToWebview =
  | { type: 'table'; table: ViewTable }
  /** No table to show, and why ("Open a report …"). */
  | { type: 'message'; text: string }
  /** A short confirmation read out to screen readers ("Copied …"). */
  | { type: 'status'; text: string };

/** Webview → extension. Rows are named by key and reports by URI; the extension finds them in the table it sent. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'openCell'; rowKey: string; uri: string }
  | { type: 'selectRow'; rowKey: string }
  | { type: 'copyMarkdown' }
  | { type: 'saveCsv' };

/** The server's table with what the webview needs besides. */
export function viewTable(table: FigureTableResult): ViewTable {
  return { ...table, fileName: fileNameOf(table.uri), columnFiles: table.columns.map((c) => fileNameOf(c.uri)), marks: AGREEMENT_MARKS };
}

/** A URI's last path segment, decoded. */
export function fileNameOf(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A fresh nonce for the one script the page may run. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

export interface ShellResources {
  /** `webview.cspSource`: where the webview may load the extension's own files from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}

/**
 * The page: nothing loads but the extension's stylesheet and the script carrying the nonce; no inline style, no
 * image, font, frame or connection. The table itself is built by the script from the data it is posted.
 */
export function webviewHtml({ cspSource, scriptUri, styleUri, nonce }: ShellResources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(styleUri)}">
<title>Compare Figures</title>
</head>
<body>
<header>
<h1 id="heading">Compare Figures</h1>
<div class="actions">
<button type="button" id="copy-markdown">Copy as Markdown table</button>
<button type="button" id="save-csv">Save as CSV</button>
</div>
</header>
<p id="status" role="status" aria-live="polite"></p>
<p id="message" hidden></p>
<table id="figures" role="grid" aria-labelledby="heading" aria-describedby="legend" hidden>
<caption id="legend"></caption>
<thead></thead>
<tbody></tbody>
</table>
<script nonce="${attribute(nonce)}" src="${attribute(scriptUri)}"></script>
</body>
</html>
`;
}

/** Text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
