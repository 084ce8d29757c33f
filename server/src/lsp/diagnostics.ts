/**
 * Findings as diagnostics. A report's findings depend on every other report, so:
 * - clients that pull get a provider with `interFileDependencies: true` and a `refresh` whenever the index
 *   changes, which re-pulls every open report;
 * - other clients get pushed diagnostics for their open reports, debounced, the latest run winning;
 * - "Check All Reports" additionally pushes the findings of the reports that are not open, so the Problems
 *   panel covers the whole workspace (open reports stay with the pull provider, so nothing is listed twice).
 */
import {
  DiagnosticSeverity,
  type CancellationToken,
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity } from '../core/types';
import type { ServerContext } from './context';
import { checkAllReportsMethod, diagnosticSource, type CheckAllReportsResult } from './protocol';
import { plainText } from './markdown';
import { spanToRange } from './ranges';
import { runInBackground, runSafe } from './runSafe';

/** What a diagnostic carries for its code actions (LSP `Diagnostic.data`, echoed back by the client). */
export interface DiagnosticData {
  /** Version of the document the spans refer to; null when it was not open, so no edit can be pinned. */
  version: number | null;
  reviewKey: string;
  fixes: Fix[];
  /** A spelling finding's spelling here and elsewhere, for the "teach a name" quick fixes. */
  spellings?: Finding['spellings'];
}

/** Quiet time after the last change before diagnostics are refreshed, so typing costs one refresh. */
const refreshDelayMs = 150;
/** Reports whose findings are pushed between two yields to pending requests. */
const pushBatchSize = 25;

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Wires pull diagnostics (or the push fallback), refreshes, and the "Check All Reports" request. */
export function registerDiagnostics(ctx: ServerContext): void {
  const publisher = new DiagnosticsPublisher(ctx);

  if (ctx.client.pullDiagnostics) {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    ctx.connection.languages.diagnostics.on((params, token) =>
      runSafe(ctx.log, 'Diagnostics', token, empty, async () => ({
        kind: DocumentDiagnosticReportKind.Full,
        items: await diagnosticsFor(ctx, params.textDocument.uri),
      })),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (ctx.client.pullDiagnostics) refreshPulledDiagnostics(ctx);
      runInBackground(ctx.log, 'Publishing diagnostics', publisher.publish());
    }, refreshDelayMs);
  };
  ctx.index.onDidChange(refreshSoon);
  // Opening or closing moves a report between the pull provider and the pushed set.
  ctx.documents.onDidOpen(refreshSoon);
  ctx.documents.onDidClose(refreshSoon);

  ctx.connection.onRequest(checkAllReportsMethod, (token) =>
    runSafe<CheckAllReportsResult>(ctx.log, 'Check all reports', token, { reports: 0, findings: 0 }, async () => {
      await ctx.index.whenIndexed();
      // Cancelled while the index was filling: stop before any work (runSafe answers "cancelled").
      if (token.isCancellationRequested) return { reports: 0, findings: 0 };
      publisher.includeClosedReports = true;
      if (ctx.client.pullDiagnostics) refreshPulledDiagnostics(ctx);
      return publisher.publish(token);
    }),
  );
}

/** Asks the client to pull again. Typed `void`, the call returns the request's promise, whose failure is logged. */
function refreshPulledDiagnostics(ctx: ServerContext): void {
  const request: unknown = ctx.connection.languages.diagnostics.refresh();
  runInBackground(ctx.log, 'Diagnostics refresh', Promise.resolve(request));
}

/** Diagnostics of one report, converted against the document its spans refer to. */
export async function diagnosticsFor(ctx: ServerContext, uri: string): Promise<Diagnostic[]> {
  const findings = await ctx.index.findings(uri);
  const document = ctx.index.document(uri);
  if (!document) return [];
  const version = ctx.documents.get(uri)?.version ?? null;
  return findings.map((finding) => toDiagnostic(ctx, finding, document, version));
}

function toDiagnostic(ctx: ServerContext, finding: Finding, document: TextDocument, version: number | null): Diagnostic {
  const data: DiagnosticData = { version, reviewKey: finding.reviewKey, fixes: finding.fixes, spellings: finding.spellings };
  return {
    range: spanToRange(document, finding.span),
    severity: severities[finding.severity],
    code: finding.code,
    source: diagnosticSource,
    message: plainText(finding.message),
    relatedInformation: finding.related.flatMap((related): DiagnosticRelatedInformation[] => {
      const other = ctx.index.document(related.reportId);
      if (!other) return [];
      return [{ location: { uri: related.reportId, range: spanToRange(other, related.span) }, message: plainText(related.message) }];
    }),
    data,
  };
}

/**
 * Pushes diagnostics for the reports the pull provider does not cover, and clears the ones it pushed before
 * that left that set. A run that a newer run overtakes stops and answers with the newer run's result.
 */
class DiagnosticsPublisher {
  /** Set by "Check All Reports": from then on, closed reports are published too. */
  includeClosedReports = false;
  private readonly published = new Set<string>();
  private runs = 0;
  private latest: Promise<CheckAllReportsResult> = Promise.resolve({ reports: 0, findings: 0 });

  constructor(private readonly ctx: ServerContext) {}

  /**
   * Publishes now; resolves with the number of reports and findings the newest run covered. A cancelled `token`
   * stops the run between two reports.
   */
  publish(token?: CancellationToken): Promise<CheckAllReportsResult> {
    this.latest = this.run(++this.runs, token);
    return this.latest;
  }

  private async run(run: number, token?: CancellationToken): Promise<CheckAllReportsResult> {
    const reports = new Set(this.ctx.index.reportUris());
    const targets = this.targets(reports);
    // After "Check All Reports" every report is counted; open ones are only counted (the client pulls them).
    const toCompute = this.includeClosedReports ? reports : targets;
    const result: CheckAllReportsResult = { reports: 0, findings: 0 };
    for (const uri of toCompute) {
      if (result.reports % pushBatchSize === pushBatchSize - 1) await this.ctx.runtime.yieldToRequests();
      if (token?.isCancellationRequested) return result;
      if (run !== this.runs) return this.latest;
      const diagnostics = await diagnosticsFor(this.ctx, uri);
      if (run !== this.runs) return this.latest;
      result.reports++;
      result.findings += diagnostics.length;
      if (!targets.has(uri)) continue;
      const version = this.ctx.documents.get(uri)?.version;
      this.send({ uri, version, diagnostics });
      this.published.add(uri);
    }
    for (const uri of [...this.published]) {
      if (targets.has(uri)) continue;
      this.send({ uri, diagnostics: [] });
      this.published.delete(uri);
    }
    return result;
  }

  private send(params: PublishDiagnosticsParams): void {
    runInBackground(this.ctx.log, 'Publishing diagnostics', this.ctx.connection.sendDiagnostics(params));
  }

  /** Reports whose diagnostics are pushed. */
  private targets(reports: ReadonlySet<string>): Set<string> {
    const targets = new Set<string>();
    const pulled = this.ctx.client.pullDiagnostics;
    for (const uri of reports) {
      const open = this.ctx.documents.get(uri) !== undefined;
      if (open ? !pulled : this.includeClosedReports) targets.add(uri);
    }
    return targets;
  }
}
