/**
 * The Compare Figures table as a custom request (`crosscheck/figureTable`, see protocol.ts): the core's table of a
 * report with its spans as ranges, in the report and in each other report a cell points to, answered once the first
 * indexing is over. Once a client has asked for a table, it is told whenever the reports change, so that an open
 * table follows the typing.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Comparison, FigureTable } from '../core/types';
import type { ServerContext } from './context';
import {
  figureTableMethod,
  reportsChangedNotification,
  type FigureTableCell,
  type FigureTableParams,
  type FigureTableResult,
} from './protocol';
import { spanToRange } from './ranges';
import { runSafe } from './runSafe';

export function registerFigureTable(ctx: ServerContext): void {
  let asked = false;
  ctx.connection.onRequest(figureTableMethod, (params: FigureTableParams, token) =>
    runSafe<FigureTableResult | null>(ctx.log, 'Compare Figures', token, null, async () => {
      asked = true;
      // a table is of the whole story: the first indexing must be over (a later change sends the next one)
      await ctx.index.whenIndexed();
      if (token.isCancellationRequested) return null;
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string' || !ctx.index.isReport(uri) || !(await ctx.index.settingsFor(uri)).enable) return null;
      const table = ctx.index.table(uri);
      const document = ctx.index.document(uri);
      return table && document ? tableResult(ctx, table, document) : null;
    }),
  );
  ctx.index.onDidChange(() => {
    if (asked) void ctx.connection.sendNotification(reportsChangedNotification);
  });
}

function tableResult(ctx: ServerContext, table: FigureTable, document: TextDocument): FigureTableResult {
  return {
    uri: table.reportId,
    version: ctx.documents.get(table.reportId)?.version ?? null,
    source: table.source,
    columns: table.columns.map((c) => ({ uri: c.reportId, source: c.source })),
    rows: table.rows.map((row) => ({
      kind: row.kind,
      key: row.key,
      written: row.written,
      label: row.label,
      value: row.value,
      range: spanToRange(document, row.span),
      cells: row.cells.map((cell) => cell && cellResult(ctx, cell)),
      consensus: row.consensus,
    })),
  };
}

/** A cell with its range in the other report; a report the index no longer holds is silent. */
function cellResult(ctx: ServerContext, cell: Comparison): FigureTableCell | null {
  const other = ctx.index.document(cell.reportId);
  if (!other) return null;
  return {
    uri: cell.reportId,
    range: spanToRange(other, cell.span),
    converted: cell.converted,
    agreement: cell.agreement,
    sentence: cell.sentence,
    figureInSentence: cell.figureInSentence,
  };
}
