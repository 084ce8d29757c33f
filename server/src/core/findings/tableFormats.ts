/**
 * The Compare Figures table as text for people: aligned columns for a terminal, a Markdown table and CSV for a
 * fact-check memo. The CLI prints these and the extension copies and saves them, so both give the same table.
 * Every cell says how it compares in a word and a symbol, never by colour alone.
 */
import type { Agreement } from '../types';

/** What the formats need of a table: the core's `FigureTable` and the server's answer both have it. */
export interface TableForExport {
  source: string;
  columns: readonly { source: string }[];
  rows: readonly {
    written: string;
    label: string;
    cells: readonly ({ converted: string; agreement: Agreement } | null)[];
    consensus?: string;
  }[];
}

/** How a cell compares, as a symbol and a word: "conflicts" reads "differs", since reports may both be wrong. */
export const AGREEMENT_MARKS: Readonly<Record<Agreement, { symbol: string; word: string }>> = {
  agrees: { symbol: '✓', word: 'agrees' },
  compatible: { symbol: '≈', word: 'compatible' },
  conflicts: { symbol: '✗', word: 'differs' },
};

/** The table as rows of plain strings, header first: this report's figure, what it is about, each report, consensus. */
export function tableGrid(table: TableForExport): string[][] {
  const header = [table.source, 'About', ...table.columns.map((c) => c.source), 'Consensus'];
  const body = table.rows.map((row) => [row.written, row.label, ...row.cells.map(cellText), row.consensus ?? '']);
  return [header, ...body].map((line) => line.map(oneLine));
}

/** "59.5 km/h (37 mph) ≈ compatible"; empty where the report is silent. */
export function cellText(cell: { converted: string; agreement: Agreement } | null): string {
  if (!cell) return '';
  const mark = AGREEMENT_MARKS[cell.agreement];
  return `${cell.converted} ${mark.symbol} ${mark.word}`;
}

/** Columns padded to their widest cell, two spaces apart, the header underlined: for a terminal. */
export function tableAsText(table: TableForExport): string {
  const grid = tableGrid(table);
  const widths = grid[0].map((_, k) => Math.max(...grid.map((line) => line[k].length)));
  const format = (line: string[]) => line.map((cell, k) => cell.padEnd(widths[k])).join('  ').trimEnd();
  const [header, ...body] = grid;
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(format)].join('\n') + '\n';
}

/** A GitHub-flavoured Markdown table; report text cannot end a cell or turn into a link, HTML or emphasis. */
export function tableAsMarkdown(table: TableForExport): string {
  const [header, ...body] = tableGrid(table);
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n') + '\n';
}

/**
 * RFC 4180 CSV with CRLF line ends. A field holding a comma, a quote or a line break is quoted, quotes doubled.
 * A field that a spreadsheet would run as a formula ("=…", "@…", "+A1") gets a leading apostrophe; a signed
 * number ("-5 °C") is left as it is.
 */
export function tableAsCsv(table: TableForExport): string {
  return tableGrid(table).map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Markdown punctuation that could end a cell, start a link, an image, HTML, code or emphasis, or escape another. */
const MARKDOWN_ACTIVE = /[\\|`*[\]<>~!#&]/g;
/**
 * An underscore that could open or close emphasis: one not between two letters or digits ("000_b414" is a file
 * name, left readable for the memo; "_x_" is emphasis).
 */
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

function markdownCell(text: string): string {
  return text.replace(MARKDOWN_ACTIVE, '\\$&').replace(EMPHASIS_UNDERSCORE, '\\_');
}

function csvField(text: string): string {
  const safe = /^[=@\t\r]|^[+-](?![\d.])/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A cell is one line: line breaks, tabs and other controls become single spaces, and the bidi marks and overrides
 * that could reorder what a cell says go.
 */
function oneLine(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
