/**
 * "Crosscheck: Compare Figures": a webview panel beside the editor with the active report's table (its figures and
 * names against every other report, from the server's `crosscheck/figureTable`). The panel follows the active
 * editor and is asked again whenever the server says the reports changed, so it follows the typing; it posts data
 * to its script, which updates the table in place. A click on a cell opens that report at its figure, a click on
 * a row selects the figure in the article; the table can be copied as Markdown or saved as CSV.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { tableAsCsv, tableAsMarkdown } from '../../server/src/core/findings/tableFormats';
import {
  figureTableMethod,
  reportsChangedNotification,
  type FigureTableParams,
  type FigureTableResult,
} from '../../server/src/lsp/protocol';
import {
  compareFiguresViewType,
  fileNameOf,
  newNonce,
  viewTable,
  webviewHtml,
  type FromWebview,
  type ToWebview,
} from './compareFiguresView';
import { reportLanguages } from './documentSelector';

/** Quiet time after a change before the table is asked for again: typing costs one request per pause. */
const refreshDelayMs = 100;

export function registerCompareFigures(client: LanguageClient, extensionUri: vscode.Uri): vscode.Disposable {
  let panel: CompareFiguresPanel | undefined;
  const open = (webview: vscode.WebviewPanel, report: vscode.Uri | undefined): void => {
    panel = new CompareFiguresPanel(webview, client, extensionUri, report);
    panel.onDidDispose(() => (panel = undefined));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('crosscheck.compareFigures', (resource?: unknown) => {
      const report = resource instanceof vscode.Uri ? resource : activeReport()?.uri;
      if (!report) {
        void vscode.window.showInformationMessage('Crosscheck: open a report to compare its figures with the other reports.');
        return;
      }
      if (panel) panel.show(report);
      else open(createWebviewPanel(extensionUri), report);
    }),
    // After a reload, VS Code brings the panel back with the state its script saved.
    vscode.window.registerWebviewPanelSerializer(compareFiguresViewType, {
      async deserializeWebviewPanel(webview: vscode.WebviewPanel, state: unknown) {
        const uri = (state as { table?: { uri?: unknown } } | undefined)?.table?.uri;
        open(webview, typeof uri === 'string' ? vscode.Uri.parse(uri) : activeReport()?.uri);
      },
    }),
    new vscode.Disposable(() => panel?.dispose()),
  );
}

function createWebviewPanel(extensionUri: vscode.Uri): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(
    compareFiguresViewType,
    'Compare Figures',
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    webviewOptions(extensionUri),
  );
}

/** Scripts on, and nothing readable but the extension's `media/` folder. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

function activeReport(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isReportLanguage(document) ? document : undefined;
}

function isReportLanguage(document: vscode.TextDocument): boolean {
  return (reportLanguages as readonly string[]).includes(document.languageId);
}

class CompareFiguresPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  /** The report shown, and the table last posted for it. */
  private report: vscode.Uri | undefined;
  private table: FigureTableResult | undefined;
  /** The column of the editor the report was last seen in: where cells and rows open. */
  private articleColumn = vscode.ViewColumn.One;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  private disposed = false;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    extensionUri: vscode.Uri,
    report: vscode.Uri | undefined,
  ) {
    const webview = panel.webview;
    webview.options = webviewOptions(extensionUri);
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
    webview.html = webviewHtml({ cspSource: webview.cspSource, scriptUri: media('compareFigures.js'), styleUri: media('compareFigures.css'), nonce: newNonce() });
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromWebview) => this.received(message)),
      panel.onDidDispose(() => this.dispose()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isReportLanguage(editor.document)) this.follow(editor);
      }),
      client.onNotification(reportsChangedNotification, () => this.refreshSoon()),
    );
    const editor = vscode.window.activeTextEditor;
    if (editor && report && editor.document.uri.toString() === report.toString()) this.articleColumn = editor.viewColumn ?? this.articleColumn;
    this.show(report);
  }

  /** Shows a report's table (the panel comes forward without taking the focus from the editor). */
  show(report: vscode.Uri | undefined): void {
    this.panel.reveal(undefined, true);
    this.showReport(report);
  }

  private follow(editor: vscode.TextEditor): void {
    this.articleColumn = editor.viewColumn ?? this.articleColumn;
    this.showReport(editor.document.uri);
  }

  private showReport(report: vscode.Uri | undefined): void {
    if (report?.toString() === this.report?.toString()) return;
    this.report = report;
    this.table = undefined;
    void this.refresh();
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  /** Asks for the table of the report shown; a newer request cancels an older one, so the latest always wins. */
  private async refresh(): Promise<void> {
    const report = this.report;
    if (!report) return this.post({ type: 'message', text: 'Open a report to compare its figures with the other reports.' });
    this.pending?.cancel();
    const request = (this.pending = new vscode.CancellationTokenSource());
    const params: FigureTableParams = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(report) } };
    let table: FigureTableResult | null;
    try {
      table = await this.client.sendRequest<FigureTableResult | null>(figureTableMethod, params, request.token);
    } catch {
      // cancelled by a newer request, or the server is restarting (it says so once it is back)
      return;
    } finally {
      request.dispose();
    }
    if (request !== this.pending) return;
    this.pending = undefined;
    this.table = table ?? undefined;
    this.panel.title = table ? `Figures: ${table.source}` : 'Compare Figures';
    if (table) this.post({ type: 'table', table: viewTable(table) });
    else this.post({ type: 'message', text: `${fileNameOf(report.toString())} is not a report Crosscheck checks, or Crosscheck is off for it.` });
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private received(message: FromWebview): void {
    switch (message?.type) {
      case 'ready':
        // the script (new, or back from being hidden) shows what it saved; the latest table replaces it
        if (this.table) this.post({ type: 'table', table: viewTable(this.table) });
        else void this.refresh();
        return;
      case 'openCell':
        void this.openCell(message.rowKey, message.uri);
        return;
      case 'selectRow':
        void this.selectRow(message.rowKey);
        return;
      case 'copyMarkdown':
        void this.copyMarkdown();
        return;
      case 'saveCsv':
        void this.saveCsv();
        return;
    }
  }

  /** Opens the report of a cell at its figure, in the article's editor column. */
  private async openCell(rowKey: string, uri: string): Promise<void> {
    const table = this.table;
    const row = table?.rows.find((r) => r.key === rowKey);
    const cell = row?.cells.find((c) => c?.uri === uri);
    if (!cell) return;
    const range = this.client.protocol2CodeConverter.asRange(cell.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(cell.uri), { viewColumn: this.articleColumn, selection: range });
  }

  /** Selects a row's figure in the article. */
  private async selectRow(rowKey: string): Promise<void> {
    const row = this.table?.rows.find((r) => r.key === rowKey);
    if (!row || !this.table) return;
    const range = this.client.protocol2CodeConverter.asRange(row.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(this.table.uri), { viewColumn: this.articleColumn, selection: range });
  }

  private async copyMarkdown(): Promise<void> {
    if (!this.table) return;
    await vscode.env.clipboard.writeText(tableAsMarkdown(this.table));
    this.post({ type: 'status', text: `Copied the table of ${this.table.source} as Markdown.` });
  }

  private async saveCsv(): Promise<void> {
    const table = this.table;
    if (!table) return;
    const report = vscode.Uri.parse(table.uri);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(report, '..', `${fileNameOf(table.uri).replace(/\.[^.]+$/, '')}-figures.csv`),
      filters: { CSV: ['csv'] },
      saveLabel: 'Save as CSV',
    });
    if (!target) return;
    // A byte order mark, so that spreadsheets read the ✓ ≈ ✗ marks and accented names as UTF-8.
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`\ufeff${tableAsCsv(table)}`));
    this.post({ type: 'status', text: `Saved the table as ${fileNameOf(target.toString())}.` });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.refreshTimer);
    this.pending?.cancel();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }
}
