/**
 * The Compare Figures table of one report: a row per attribute it states, a column per other report of its story.
 * A figure's row is its hover (`claimHover`): the same pairings, conversions into this report's unit, agreements
 * and consensus as the hover and the findings, laid out by report. Names that other reports spell otherwise are
 * rows too, a cell holding the spelling that report uses.
 */
import type { Agreement, Claim, Comparison, FigureTable, TableColumn, TableRow } from '../types';
import type { ReportAnalysis } from '../reading/report';
import { alignmentKey, isVague, type ClaimIndex } from '../alignment/alignment';
import { claimHover, nameComparison } from './hover';
import { collapse, oncePerFigure } from './findings';
import { isTransliteration, type NameOccurrence, type Scope } from './spelling';

/**
 * The table of `report`. `reportIds` lists the workspace's reports in workspace order; those of the report's story
 * (all of them in a workspace of one story) become the columns.
 */
export function tableFor(report: ReportAnalysis, index: ClaimIndex, reportIds: readonly string[]): FigureTable {
  const scope = index.storyScope(report.reportId);
  const columns: TableColumn[] = reportIds
    .filter((id) => id !== report.reportId && index.reports.has(id) && (!scope || scope.has(id)))
    .map((id) => ({ reportId: id, source: index.sourceOf(id) }));
  return {
    reportId: report.reportId,
    source: report.meta.source,
    columns,
    rows: [...figureRows(report, index, columns), ...nameRows(report, index, columns)],
  };
}

// ---------------------------------------------------------------------------------------------- figures

/**
 * A row per figure that can be compared (not an ordinal, not a vague amount such as "hundreds of"), once per
 * attribute and value, in reading order.
 */
function figureRows(report: ReportAnalysis, index: ClaimIndex, columns: TableColumn[]): TableRow[] {
  const stated = report.claims.filter((c) => alignmentKey(c) !== undefined && !isVague(c)).map((claim) => ({ claim }));
  const claims = oncePerFigure(report, stated).map((x) => x.claim).sort((a, b) => a.span.start - b.span.start);
  const keys = new RowKeys();
  return claims.map((claim) => figureRow(report, claim, index, columns, keys));
}

function figureRow(report: ReportAnalysis, claim: Claim, index: ClaimIndex, columns: TableColumn[], keys: RowKeys): TableRow {
  const hover = claimHover(report, claim, index);
  const label = hover.attribute ?? claim.dimension;
  return {
    kind: 'figure',
    key: keys.next(label),
    written: collapse(report.text.slice(claim.span.start, claim.span.end)),
    label,
    value: hover.title,
    span: claim.span,
    cells: columns.map((column) => hover.comparisons.find((c) => c.reportId === column.reportId) ?? null),
    consensus: hover.consensus,
  };
}

/** Row keys from labels: the second "speed" row is "speed#1", whatever its value, so it survives an edit of it. */
class RowKeys {
  private readonly seen = new Map<string, number>();

  next(label: string): string {
    const n = this.seen.get(label) ?? 0;
    this.seen.set(label, n + 1);
    return `${label}#${n}`;
  }
}

// ---------------------------------------------------------------------------------------------- names

/** A row per name word of the report that is spelled otherwise somewhere in its story, at its first occurrence. */
function nameRows(report: ReportAnalysis, index: ClaimIndex, columns: TableColumn[]): TableRow[] {
  const scope = index.storyScope(report.reportId);
  const rows: TableRow[] = [];
  const done = new Set<string>();
  for (const occ of index.spelling.formsIn(report.reportId, scope)) {
    if (done.has(occ.form)) continue;
    done.add(occ.form);
    const spellings = [occ.form, ...index.spelling.variantsOf(occ.form, scope).map((v) => v.form)];
    const cells = columns.map((column) => spellingIn(index, scope, column.reportId, occ.form, spellings));
    rows.push({
      kind: 'name',
      key: `name:${occ.form}`,
      written: occ.form,
      label: occ.mention === occ.form ? 'name' : `name (${collapse(occ.mention)})`,
      value: occ.form,
      span: occ.span,
      cells,
      consensus: cells.some((c) => c) ? spellingConsensus(occ.form, cells) : undefined,
    });
  }
  return rows;
}

/**
 * The spelling another report uses, among this name's spellings: the one it writes most (this report's own on a
 * tie), at its first occurrence there; null when it never writes the name. The same spelling agrees, a
 * transliteration (Kalomiris/Calomiris) is compatible, anything else differs.
 */
function spellingIn(index: ClaimIndex, scope: Scope, reportId: string, form: string, spellings: string[]): Comparison | null {
  let best: NameOccurrence[] = [];
  for (const spelling of spellings) {
    const there = index.spelling.occurrences(spelling, scope).filter((o) => o.reportId === reportId);
    if (there.length > best.length) best = there;
  }
  if (!best.length) return null;
  const used = best[0];
  const agreement: Agreement = used.form === form ? 'agrees' : isTransliteration(form, used.form) ? 'compatible' : 'conflicts';
  return nameComparison(index, used, agreement);
}

/** "3 of 4 reports: Solheim": the spelling most reports use, this report counted. */
function spellingConsensus(form: string, cells: (Comparison | null)[]): string {
  const counts = new Map<string, number>([[form, 1]]);
  for (const c of cells) if (c) counts.set(c.converted, (counts.get(c.converted) ?? 0) + 1);
  const [spelling, reports] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return `${reports} of ${cells.filter((c) => c).length + 1} reports: ${spelling}`;
}
