/**
 * A real JSON-RPC client for the protocol tests: starts `dist/server.js --stdio` as a separate process on a
 * temporary copy of the seed reports, plays the editor's part (open, edit, watch files, answer the server's
 * requests), and lets tests wait for states — a predicate re-checked whenever the server says something
 * changed — instead of sleeping. Every wait has a deadline, so a missing state fails the test instead of
 * hanging it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

/** The repository's root, whatever the current directory. */
export const repoRoot = resolve(__dirname, '../../..');
/** The five seed reports, beside the checkout. */
export const seedsDir = resolve(repoRoot, '../shared/seeds');
/** How long a state may take to appear before the test fails. */
const deadlineMs = 20_000;

export interface SessionOptions {
  /** Advertise pull diagnostics (as VS Code does); without it the server must push. */
  pull?: boolean;
  /** The `crosscheck` settings section the client answers with. */
  settings?: Record<string, unknown>;
  /** How long a state may take to appear (the benchmark indexes large corpora); 20 s unless given. */
  deadlineMs?: number;
  /** Leave the workspace folder on disk at `close` (the benchmark starts a second server on it). */
  keepWorkspace?: boolean;
  /** `initializationOptions` sent to the server. */
  initializationOptions?: unknown;
}

/** Copies the seeds into a fresh temporary folder and returns its path. */
export function copySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-protocol-'));
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

/** Runs `body` with a server on a fresh copy of the seeds; the server and the copy are gone afterwards. */
export async function withSession(options: SessionOptions, body: (session: Session) => Promise<void>): Promise<void> {
  const session = await Session.start(copySeeds(), options);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}

export class Session {
  readonly connection: ProtocolConnection;
  /** Messages the server logged, shown when a wait fails. */
  readonly log: string[] = [];
  private readonly documents = new Map<string, TextDocument>();
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly changeListeners = new Set<() => void>();
  private exited = false;
  private indexingEnded = false;
  private settings: Record<string, unknown>;

  private constructor(
    readonly workspace: string,
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly options: SessionOptions,
  ) {
    this.settings = options.settings ?? {};
    this.connection = createProtocolConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    server.stderr.on('data', (chunk: Buffer) => this.log.push(`stderr: ${chunk.toString()}`));
    server.on('exit', () => {
      this.exited = true;
      this.changed();
    });
    this.answerServerRequests();
    this.connection.listen();
  }

  /** Starts the server on `workspace` and completes the initialize handshake. */
  static async start(workspace: string, options: SessionOptions = {}): Promise<Session> {
    const server = spawn(process.execPath, [join(repoRoot, 'dist/server.js'), '--stdio'], { stdio: 'pipe' });
    const session = new Session(workspace, server, options);
    const folder = URI.file(workspace).toString();
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'seeds' }],
      capabilities: clientCapabilities(options.pull ?? true),
      initializationOptions: options.initializationOptions,
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** The server's process id (the benchmark reads its peak memory). */
  get pid(): number | undefined {
    return this.server.pid;
  }

  uri(file: string): string {
    return URI.file(join(this.workspace, file)).toString();
  }

  path(file: string): string {
    return join(this.workspace, file);
  }

  /** Opens a report in the "editor" with its text from disk. */
  async open(file: string): Promise<TextDocument> {
    const uri = this.uri(file);
    const document = TextDocument.create(uri, 'plaintext', 1, readFileSync(this.path(file), 'utf8'));
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: document.getText() },
    });
    return document;
  }

  /** The open document of a report. */
  document(file: string): TextDocument {
    const document = this.documents.get(this.uri(file));
    if (!document) throw new Error(`${file} is not open`);
    return document;
  }

  /** Replaces the first occurrence of `from` with `to` in an open report, as an incremental change. */
  async replace(file: string, from: string, to: string): Promise<void> {
    const document = this.document(file);
    const range = this.rangeOf(file, from);
    const updated = TextDocument.update(document, [{ range, text: to }], document.version + 1);
    this.documents.set(document.uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: document.uri, version: updated.version },
      contentChanges: [{ range, text: to }],
    });
  }

  /** Range of the first occurrence of `text` in an open report. */
  rangeOf(file: string, text: string): Range {
    const document = this.document(file);
    const at = document.getText().indexOf(text);
    if (at < 0) throw new Error(`"${text}" not found in ${file}`);
    return { start: document.positionAt(at), end: document.positionAt(at + text.length) };
  }

  /** Pulls the diagnostics of an open report. */
  async pull(file: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: this.uri(file) },
    });
    return report.kind === 'full' ? report.items : [];
  }

  /**
   * Waits until the diagnostics of `file` satisfy `accept`: pulled (pull mode) or published (push mode), checked
   * now and again each time the server refreshes or publishes.
   */
  diagnosticsWhere(file: string, accept: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const current = async (): Promise<Diagnostic[] | undefined> => {
      if (this.options.pull ?? true) return this.pull(file);
      return this.published.get(this.uri(file))?.diagnostics;
    };
    return this.until(async () => {
      const diagnostics = await current();
      return diagnostics && accept(diagnostics) ? diagnostics : undefined;
    }, what);
  }

  /** Diagnostics the server pushed for a file, if any. */
  publishedFor(file: string): Diagnostic[] | undefined {
    return this.published.get(this.uri(file))?.diagnostics;
  }

  hover(file: string, text: string): Promise<Hover | null> {
    const range = this.rangeOf(file, text);
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: this.uri(file) }, position: range.start });
  }

  async codeActions(file: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: this.uri(file) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []).filter((action): action is CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
  }

  /**
   * Applies a workspace edit as the editor would: versioned edits of open documents are refused when the
   * version moved on; the result is written to disk (as VS Code saves refactorings), and open documents are
   * updated with a didChange. Returns the file events the writes cause.
   */
  async applyEdit(edit: WorkspaceEdit): Promise<FileEvent[]> {
    const events: FileEvent[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) throw new Error(`unexpected resource operation ${change.kind}`);
      const uri = change.textDocument.uri;
      const open = this.documents.get(uri);
      if (open && change.textDocument.version !== null && change.textDocument.version !== open.version) {
        throw new Error(`stale edit for ${uri}: version ${change.textDocument.version}, document ${open.version}`);
      }
      const path = URI.parse(uri).fsPath;
      const before = open ?? TextDocument.create(uri, 'plaintext', 0, readFileSync(path, 'utf8'));
      const text = TextDocument.applyEdits(before, change.edits);
      writeFileSync(path, text);
      if (open) {
        const updated = TextDocument.create(uri, open.languageId, open.version + 1, text);
        this.documents.set(uri, updated);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: updated.version },
          contentChanges: [{ text }],
        });
      }
      if (!events.some((event) => event.uri === uri)) events.push({ uri, type: 2 });
    }
    return events;
  }

  /** Runs a code action's command on the server (`workspace/executeCommand`), as the editor does. */
  async execute(command: Command): Promise<void> {
    await this.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
  }

  /** Resolves once the server reported the end of an indexing run. */
  indexed(): Promise<true> {
    return this.until(async () => this.indexingEnded || undefined, 'the end of indexing');
  }

  /** Changes the settings the client answers with and tells the server, as VS Code does. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    this.indexingEnded = false;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Tells the server files changed on disk. */
  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Re-checks `probe` on every refresh or publication until it returns a value; fails at the deadline. */
  until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      let settled = false;
      let checking = false;
      let again = false;
      const finish = (error: Error | undefined, value?: T): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.changeListeners.delete(check);
        if (error) reject(error);
        else resolvePromise(value as T);
      };
      const check = (): void => {
        if (settled) return;
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        probe().then(
          (value) => {
            checking = false;
            if (value !== undefined) finish(undefined, value);
            else if (this.exited) finish(new Error(`server exited while waiting for: ${what}\n${this.log.join('\n')}`));
            else if (again) {
              again = false;
              check();
            }
          },
          (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
        );
      };
      const timer = setTimeout(
        () => finish(new Error(`timed out waiting for: ${what}\nserver log:\n${this.log.slice(-20).join('\n')}`)),
        this.options.deadlineMs ?? deadlineMs,
      );
      this.changeListeners.add(check);
      check();
    });
  }

  /** Kills the server process (SIGKILL, as a crash would end it) and waits until it is gone; the workspace stays. */
  async crash(): Promise<void> {
    const exited = new Promise((resolveExit) => this.server.once('exit', resolveExit));
    if (!this.exited) this.server.kill('SIGKILL');
    if (!this.exited) await exited;
    this.connection.dispose();
  }

  /** How many of the server's log messages match `pattern`. */
  logged(pattern: RegExp): number {
    return this.log.filter((message) => pattern.test(message)).length;
  }

  /** Shuts the server down politely, then makes sure the process is gone, and deletes the workspace copy. */
  async close(): Promise<void> {
    try {
      if (!this.exited) {
        await Promise.race([
          this.connection.sendRequest(ShutdownRequest.type).then(() => this.connection.sendNotification(ExitNotification.type)),
          new Promise((done) => setTimeout(done, 2000)),
        ]);
      }
    } catch {
      // The server may already be gone; it is killed below either way.
    } finally {
      this.connection.dispose();
      if (!this.exited) this.server.kill();
      if (!this.options.keepWorkspace) rmSync(this.workspace, { recursive: true, force: true });
    }
  }

  private answerServerRequests(): void {
    const connection = this.connection;
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'crosscheck' ? this.settings : null)),
    );
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.changed();
      return null;
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, async ({ edit }) => {
      await this.applyEdit(edit);
      return { applied: true };
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.changed();
    });
    // what the server logs or shows is a state tests may wait for
    connection.onNotification(LogMessageNotification.type, ({ message }) => {
      this.log.push(message);
      this.changed();
    });
    connection.onNotification(ShowMessageNotification.type, ({ message }) => {
      this.log.push(`shown to the user: ${message}`);
      this.changed();
    });

    // The indexing reports progress; its end is a state tests wait for.
    connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => {
      if (params.value?.kind === 'end') this.indexingEnded = true;
      this.changed();
    });
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}

function clientCapabilities(pull: boolean): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      publishDiagnostics: { relatedInformation: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    window: { workDoneProgress: true },
  };
}
