/**
 * The CLI's output formats: for `check`, compiler-style text, the JSON report (LSP-shaped ranges) and SARIF 2.1.0;
 * for `table`, the JSON table (its text, Markdown and CSV forms are the core's, shared with the extension).
 */
import { relative } from 'node:path';
import type { FigureTable, Finding, RelatedLocation, Severity, Span } from '../core/types';
import type { ArchivedReport } from '../core/archive';
import { LineIndex, type Position } from '../core/reading/positions';
import { counted } from '../core/findings/format';
import { plainText } from '../lsp/markdown';

export interface FileResult {
  path: string;
  text: string;
  findings: Finding[];
}

/**
 * The archive's reports that findings may cite, by report id, and where their sentences are: a citation of an
 * archive report gives its path, source, date and sentence, since the reader has no copy of it.
 */
export interface ArchiveCitations {
  reports: ReadonlyMap<string, ArchivedReport>;
  sentenceAt(reportId: string, offset: number): Span | undefined;
}

const noCitations: ArchiveCitations = { reports: new Map(), sentenceAt: () => undefined };

interface Citation {
  path: string;
  source: string;
  date?: string;
  /** The sentence as the archive holds it: untrusted text, shown inert. */
  sentence: string;
}

function citationOf(archive: ArchiveCitations, r: RelatedLocation): Citation | undefined {
  const report = archive.reports.get(r.reportId);
  if (!report) return undefined;
  const sentence = archive.sentenceAt(r.reportId, r.span.start) ?? r.span;
  return { path: report.path, source: report.meta.source, date: report.meta.date, sentence: report.text.slice(sentence.start, sentence.end).trim() };
}

interface Range {
  start: Position;
  end: Position;
}

type RangeOf = (path: string, span: { start: number; end: number }) => Range;

/** Converts spans of the given files (and cited archive reports) to ranges, building each file's line index once. */
function rangesFor(files: FileResult[], archive: ArchiveCitations): RangeOf {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  for (const [id, report] of archive.reports) texts.set(id, report.text);
  const indexes = new Map<string, LineIndex>();
  return (path, span) => {
    let index = indexes.get(path);
    if (!index) indexes.set(path, (index = new LineIndex(texts.get(path) ?? '')));
    return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
  };
}

export function toJson(files: FileResult[], archive = noCitations): string {
  const rangeOf = rangesFor(files, archive);
  const report = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      diagnostics: f.findings.map((d) => ({
        range: rangeOf(f.path, d.span),
        severity: d.severity,
        code: d.code,
        message: d.message,
        related: d.related.map((r) => {
          const archived = citationOf(archive, r);
          return { path: r.reportId, range: rangeOf(r.reportId, r.span), message: r.message, ...(archived && { archived }) };
        }),
      })),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * `file:line:col: severity: message [code]`, then the other reports' lines, indented; an archive report's with its
 * source, date and sentence. Report text is shown without the control characters that could drive a terminal.
 */
export function toText(files: FileResult[], cwd: string, color: boolean, archive = noCitations): string {
  const rangeOf = rangesFor(files, archive);
  const lines: string[] = [];
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  let counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) {
    for (const d of f.findings) {
      counts = { ...counts, [d.severity]: counts[d.severity] + 1 };
      const p = rangeOf(f.path, d.span).start;
      lines.push(`${relative(cwd, f.path) || f.path}:${p.line + 1}:${p.character + 1}: ${paint(sevColor[d.severity], d.severity)}: ${plainText(d.message)} [${d.code}]`);
      for (const r of d.related) {
        const rp = rangeOf(r.reportId, r.span).start;
        const cited = citationOf(archive, r);
        if (!cited) {
          lines.push(`    ${relative(cwd, r.reportId) || r.reportId}:${rp.line + 1}:${rp.character + 1}: ${plainText(r.message)}`);
          continue;
        }
        const dated = [cited.source, cited.date].filter(Boolean).map((s) => plainText(s!)).join(', ');
        lines.push(`    archive:${plainText(cited.path)}:${rp.line + 1}:${rp.character + 1} (${dated}): ${plainText(r.message)}`);
        // a figure's citation quotes its sentence already; a name's does not
        const sentence = plainText(cited.sentence).replace(/\s+/g, ' ');
        if (!r.message.includes(sentence.slice(0, 40))) lines.push(`        "${sentence}"`);
      }
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  lines.push(total
    ? `${counted(files.length, 'report')} checked: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counts.information} information.`
    : `${counted(files.length, 'report')} checked: no findings.`);
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const RULES: Record<string, string> = {
  'figure-conflict': 'A figure differs from what other reports of the same event give for the same attribute.',
  'entity-spelling': 'A name is spelled differently from how other reports spell it.',
  'mixed-script': 'Words mix look-alike letters of another script into Latin text.',
  'conversion-mismatch': 'A unit conversion given in parentheses does not match the figure.',
};

export function toSarif(files: FileResult[], version: string, archive = noCitations): string {
  const rangeOf = rangesFor(files, archive);
  // an archive report's id is already a URI of its own scheme
  const uri = (p: string) => archive.reports.has(p) ? p : 'file://' + encodeURI(p.replace(/\\/g, '/')).replace(/^file:\/\/(?!\/)/, 'file:///');
  const region = (r: Range) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'crosscheck', version, informationUri: 'https://example.invalid/crosscheck',
        rules: Object.entries(RULES).map(([id, text]) => ({ id, shortDescription: { text } })) } },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap((f) => f.findings.map((d) => ({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.path) }, region: region(rangeOf(f.path, d.span)) } }],
        relatedLocations: d.related.map((r, k) => ({
          id: k + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: { uri: uri(r.reportId) }, region: region(rangeOf(r.reportId, r.span)) },
        })),
      }))),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * The Compare Figures table as JSON: the core's table with paths for report ids and LSP-shaped ranges (zero-based
 * lines, UTF-16 characters) for spans; a silent report's cell is null.
 */
export function tableToJson(table: FigureTable, files: FileResult[]): string {
  const rangeOf = rangesFor(files, noCitations);
  const json = {
    version: 1,
    path: table.reportId,
    source: table.source,
    columns: table.columns.map((c) => ({ path: c.reportId, source: c.source })),
    rows: table.rows.map((row) => ({
      kind: row.kind,
      written: row.written,
      label: row.label,
      value: row.value,
      range: rangeOf(table.reportId, row.span),
      cells: row.cells.map((cell) => cell && {
        path: cell.reportId,
        converted: cell.converted,
        agreement: cell.agreement,
        range: rangeOf(cell.reportId, cell.span),
        sentence: cell.sentence,
      }),
      consensus: row.consensus ?? null,
    })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
