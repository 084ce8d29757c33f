/**
 * The server's picture of the workspace: which files are reports, what each says (the open editor's text when
 * there is one, the disk's otherwise), and the two side files that shape findings (`.crosscheck/reviewed.json`
 * and the known-entities file). It feeds the engine and tells the features when anything changed.
 *
 * Work that reads many files (the first indexing, a settings change, a new file) runs one job at a time in a
 * queue and in slices, yielding between batches so that hovers and diagnostics stay responsive meanwhile.
 */
import { Emitter, FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer, ReportFile } from '../core/analyzer';
import { archivePathOf, type ReportArchive } from '../core/archive';
import { parseKnownEntities, type KnownNames } from '../core/config';
import { addArchiveStories, archiveLookup, type ArchiveLookup } from '../node/archive/stories';
import { parseReviewed } from '../core/findings/reviewed';
import type { DistinctNames, FigureTable, Finding, HoverInfo, KnownEntity } from '../core/types';
import { defaultEntitiesFilePath, reviewedFilePath } from './protocol';
import { describeError, type Logger } from './runSafe';
import type { PersistentAnalysisStore, ServerRuntime } from './runtime';
import { engineSettings, type ResourceSettings, type SettingsStore } from './settings';
import { baseName, folderContaining, resolveInFolder } from './uris';

/** Reports read between two yields to pending requests. */
const batchSize = 20;
/** Milliseconds at least between two progress reports of an indexing. */
const progressInterval = 100;

/** What is wrong with a side file: the message, and the text it was read from (to place a diagnostic in it). */
export interface SideFileProblem {
  message: string;
  /** Undefined when the file is missing. */
  text?: string;
}

export interface WorkspaceIndexDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  settings: SettingsStore;
  runtime: ServerRuntime;
  log: Logger;
  /** Analyses kept between runs: written once the first indexing is done. */
  store?: PersistentAnalysisStore;
}

export class WorkspaceIndex {
  private folders: string[] = [];
  /** Report URIs selected by the include/exclude settings, each with its workspace folder. */
  private listed = new Map<string, string>();
  /** False until the first listing: until then nobody can tell which open documents are reports. */
  private listedOnce = false;
  private sideFiles = new Set<string>();
  /** The known-entities file's content as last given to the engine (JSON), by part: giving it again is not free. */
  private readonly givenToEngine = new Map([['entities', '[]'], ['distinct', '[]']]);
  private engineSettingsKey = '';
  private readonly snapshots = new Map<string, TextDocument>();
  private readonly changeEmitter = new Emitter<void>();
  /** What is wrong with each side file that is malformed (none when all are well). */
  private sideFileProblems = new Map<string, SideFileProblem>();
  private readonly problemsEmitter = new Emitter<{ previous: ReadonlyMap<string, SideFileProblem>; current: ReadonlyMap<string, SideFileProblem> }>();
  private queue: Promise<void> = Promise.resolve();
  /** Reports found changed on disk when their text was read again, queued to be read into the index again. */
  private readonly toReadAgain = new Set<string>();
  /** A listing for created files is queued and has not started: further creations need no other. */
  private relistPending = false;
  private firstSyncDone: () => void = () => undefined;
  /** Settles when the first indexing has finished (the client may ask before it even started). */
  private readonly firstSync = new Promise<void>((resolve) => (this.firstSyncDone = resolve));

  /** Fires after anything that findings depend on changed: a report, a side file, the settings. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when the set of malformed side files, or what is wrong with one, changed. */
  readonly onDidChangeSideFileProblems = this.problemsEmitter.event;

  constructor(private readonly deps: WorkspaceIndexDeps) {}

  /** Replaces the workspace folders and re-indexes everything. */
  setFolders(folders: string[]): Promise<void> {
    this.folders = [...folders];
    return this.reindex();
  }

  /** Re-lists and re-reads every report, with a progress notification; resolves when done. */
  reindex(): Promise<void> {
    return this.enqueue(() => this.sync(true));
  }

  /** Resolves when the first indexing and the indexing work queued after it have finished. */
  async whenIndexed(): Promise<void> {
    await this.firstSync;
    await this.queue;
  }

  /** Whether a document is analysed: a listed report, or a file outside every workspace folder (not the archive's). */
  isReport(uri: string): boolean {
    return this.listed.has(uri) || (this.listedOnce && !this.isSideFile(uri) && this.folderOf(uri) === undefined && !isArchived(uri));
  }

  /** URIs of the workspace's reports the engine holds (the archive's it holds beside them are not the workspace's). */
  reportUris(): string[] {
    return this.deps.analyzer.reportIds().filter((uri) => !isArchived(uri));
  }

  /** What the archive would be asked now about the workspace's reports. */
  archiveLookup(): ArchiveLookup {
    return archiveLookup(this.deps.analyzer, this.reportUris());
  }

  /** Brings in the archive's reports of the workspace's stories; tells the features when they are not the same as before. */
  async addArchiveStories(archive: ReportArchive, lookup: ArchiveLookup): Promise<number> {
    const before = this.deps.analyzer.generation;
    const reports = await addArchiveStories(this.deps.analyzer, archive, lookup);
    // the same reports again upsert nothing, and change no generation
    if (this.deps.analyzer.generation !== before) this.fire();
    return reports.length;
  }

  /** Lets go of the archive's reports (the archive setting was cleared or changed). */
  dropArchiveReports(): void {
    const archived = this.deps.analyzer.reportIds().filter(isArchived);
    for (const uri of archived) this.dropReport(uri);
    if (archived.length) this.fire();
  }


  folderOf(uri: string): string | undefined {
    return folderContaining(this.folders, uri);
  }

  /** Where a folder's reviewed list lives. */
  reviewedFileUri(folder: string): string {
    return resolveInFolder(folder, reviewedFilePath);
  }

  /**
   * Where a folder's known-entities file lives, as in the CLI: the configured file, else `.crosscheck/entities.json`;
   * `configured` says whether the settings named it (a configured file must exist).
   */
  async knownEntitiesFileUri(folder: string): Promise<{ uri: string; configured: boolean }> {
    const { knownEntitiesFile } = await this.deps.settings.get(folder);
    return { uri: resolveInFolder(folder, knownEntitiesFile ?? defaultEntitiesFilePath), configured: knownEntitiesFile !== undefined };
  }

  /** A side file's text: the open editor's, else the disk's; undefined when it does not exist. */
  sideFileText(uri: string): string | undefined {
    return this.deps.documents.get(uri)?.getText() ?? this.deps.runtime.readTextFile(uri);
  }

  /** The document to convert a report's spans with: the open editor's, or a snapshot of the indexed text. */
  document(uri: string): TextDocument | undefined {
    const open = this.deps.documents.get(uri);
    if (open) return open;
    const text = this.deps.analyzer.text(uri);
    if (text === undefined) return undefined;
    const cached = this.snapshots.get(uri);
    if (cached && cached.getText() === text) return cached;
    const snapshot = TextDocument.create(uri, 'plaintext', 0, text);
    this.snapshots.set(uri, snapshot);
    return snapshot;
  }

  /** Settings of a resource; the features ask through here so that one store serves them all. */
  settingsFor(uri: string): Promise<ResourceSettings> {
    return this.deps.settings.get(uri);
  }

  /** Findings of one report under its own resource settings; none when Crosscheck is disabled there. */
  async findings(uri: string): Promise<Finding[]> {
    const settings = await this.deps.settings.get(uri);
    if (!settings.enable || !this.deps.analyzer.has(uri)) return [];
    this.useEngineSettings(settings);
    return this.deps.analyzer.findings(uri);
  }

  /** What the engine says about the figure or name at `offset` of a report. */
  hover(uri: string, offset: number): HoverInfo | undefined {
    return this.deps.analyzer.hover(uri, offset);
  }

  /** The Compare Figures table of a report (see the core's `tableFor`). */
  table(uri: string): FigureTable | undefined {
    return this.deps.analyzer.table(uri);
  }

  /** An editor opened a document or changed its text. */
  documentChanged(document: TextDocument): void {
    if (this.isSideFile(document.uri)) {
      this.reloadSideFiles();
    } else if (this.isReport(document.uri)) {
      this.deps.analyzer.upsert(document.uri, document.getText());
      this.fire();
    }
  }

  /** An editor closed a document: the disk's text counts again (unsaved edits are gone). */
  documentClosed(document: TextDocument): void {
    const uri = document.uri;
    this.deps.settings.forget(uri);
    if (this.isSideFile(uri)) {
      this.reloadSideFiles();
    } else if (this.listed.has(uri)) {
      void this.enqueue(async () => {
        await this.readFromDisk(uri);
        this.fire();
      });
    } else if (this.deps.analyzer.has(uri)) {
      this.dropReport(uri);
      this.fire();
    }
  }

  /** Files were created, changed or deleted on disk (`workspace/didChangeWatchedFiles`). */
  filesChanged(changes: readonly FileEvent[]): void {
    let created = false;
    let sideFiles = false;
    let removed = false;
    const changed: string[] = [];
    for (const { uri, type } of changes) {
      if (this.isSideFile(uri)) sideFiles = true;
      else if (type === FileChangeType.Created) created ||= this.folderOf(uri) !== undefined;
      else if (type === FileChangeType.Deleted) removed = this.deleted(uri) || removed;
      else if (this.listed.has(uri) && !this.deps.documents.get(uri)) changed.push(uri);
    }
    if (removed) this.fire();
    if (changed.length > 0) {
      void this.enqueue(async () => {
        for (const uri of changed) await this.readFromDisk(uri);
        this.fire();
      });
    }
    if (sideFiles) this.reloadSideFiles();
    // A created file may or may not match the include/exclude globs: listing again is the one way to ask.
    // Many files created at once (a checkout, an unzip) cost one listing, not one each.
    if (created && !this.relistPending) {
      this.relistPending = true;
      void this.enqueue(() => {
        this.relistPending = false;
        return this.sync(false);
      });
    }
  }

  private reloadSideFiles(): void {
    void this.enqueue(async () => {
      await this.loadSideFiles();
      this.fire();
    });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(job).catch((error: unknown) => this.deps.log.error(`Indexing failed: ${describeError(error)}`));
    return this.queue;
  }

  /**
   * Lists the reports of every folder, drops the ones no longer listed, and reads the new ones (all of them
   * when `rereadAll`, which a settings change needs since the size limit may have changed).
   */
  private async sync(rereadAll: boolean): Promise<void> {
    const progress = rereadAll ? await this.deps.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Crosscheck', 0, 'Listing reports…');
    try {
      const previous = this.listed;
      this.listed = await this.listAll();
      this.listedOnce = true;
      for (const uri of previous.keys()) if (!this.listed.has(uri) && !this.isReport(uri)) this.dropReport(uri);
      await this.loadSideFiles();
      const toRead = [...this.listed.keys()].filter((uri) => rereadAll || !this.deps.analyzer.has(uri));
      let reportedAt = -Infinity;
      for (let done = 0; done < toRead.length; done += batchSize) {
        for (const uri of toRead.slice(done, done + batchSize)) await this.readFromDisk(uri);
        const read = Math.min(done + batchSize, toRead.length);
        // a notification per batch was a tenth of a warm start of 10,000 reports: a few a second are enough to watch
        if (Date.now() - reportedAt >= progressInterval || read === toRead.length) {
          reportedAt = Date.now();
          progress?.report(Math.round((100 * read) / toRead.length), `${read}/${toRead.length} reports`);
        }
        await this.deps.runtime.yieldToRequests();
      }
      this.analyseOpenDocuments();
      const fromStore = this.deps.store ? `; ${this.deps.store.hits} analyses kept from the last start` : '';
      this.deps.log.info(`Indexed ${this.listed.size} reports in ${this.folders.length} folder(s)${fromStore}.`);
      this.saveStore();
    } finally {
      progress?.done();
      this.firstSyncDone();
    }
    this.fire();
  }

  /** Keeps this run's analyses for the next start; a cache that cannot be written costs only that. */
  private saveStore(): void {
    try {
      this.deps.store?.save();
    } catch (error) {
      this.deps.log.warn(`Could not keep the analyses for the next start: ${describeError(error)}`);
    }
  }

  private async listAll(): Promise<Map<string, string>> {
    const listed = new Map<string, string>();
    for (const folder of this.folders) {
      const settings = await this.deps.settings.get(folder);
      if (!settings.enable) continue;
      for (const uri of this.deps.runtime.listReports(folder, settings)) listed.set(uri, folder);
    }
    return listed;
  }

  /** Reads a listed report, unless an editor has it open (the editor's text wins). */
  private async readFromDisk(uri: string): Promise<void> {
    const open = this.deps.documents.get(uri);
    if (open) {
      this.deps.analyzer.upsert(uri, open.getText());
      return;
    }
    const { maxFileSize } = await this.deps.settings.get(this.listed.get(uri) ?? uri);
    if (this.unchangedOnDisk(uri, maxFileSize)) return;
    const read = this.deps.runtime.readReport(uri, maxFileSize);
    if ('text' in read) {
      // Said when the text changed: a re-read of the same bytes does not repeat it.
      if (read.note && this.deps.analyzer.text(uri) !== read.text) this.deps.log.warn(`${baseName(uri)}: ${read.note}`);
      this.deps.analyzer.upsert(uri, read.text, undefined, read.stamp === undefined ? undefined : this.reportFile(uri, read.stamp));
    } else {
      this.deps.log.info(`Skipped ${baseName(uri)}: ${read.skipped}`);
      this.listed.delete(uri);
      this.dropReport(uri);
    }
  }

  /**
   * Whether the report is indexed, or now indexed from the kept analyses, as its file's stamp says it is, without
   * reading it (a warm start reads no report); its text is then read from disk when a question needs it.
   */
  private unchangedOnDisk(uri: string, maxFileSize: number): boolean {
    const stamp = this.deps.runtime.reportStamp?.(uri, maxFileSize);
    return stamp !== undefined && this.deps.analyzer.upsertUnread(uri, this.reportFile(uri, stamp));
  }

  /**
   * A report's file for the engine: its stamp, and its text as on disk when read again ('' when it cannot be read).
   * A file found changed when read again (its stamp is not the one indexed) is read into the index again, whether or
   * not the editor told of the change: what was read is then the new text, for the old analysis, until it is.
   */
  private reportFile(uri: string, stamp: string): ReportFile {
    return {
      stamp,
      read: () => {
        const read = this.deps.runtime.readReport(uri, Number.MAX_SAFE_INTEGER);
        if (!('text' in read) || read.stamp !== stamp) this.readAgainSoon(uri);
        return 'text' in read ? read.text : '';
      },
    };
  }

  /** Reads a report into the index again once the work queued is done (once, however often asked meanwhile). */
  private readAgainSoon(uri: string): void {
    if (this.toReadAgain.has(uri)) return;
    this.toReadAgain.add(uri);
    void this.enqueue(async () => {
      this.toReadAgain.delete(uri);
      if (!this.listed.has(uri) || this.deps.documents.get(uri)) return;
      await this.readFromDisk(uri);
      this.fire();
    });
  }

  /** Open documents that are reports but were not read yet (opened before the first listing, or outside folders). */
  private analyseOpenDocuments(): void {
    for (const document of this.deps.documents.all()) {
      if (this.isReport(document.uri)) this.deps.analyzer.upsert(document.uri, document.getText());
    }
  }

  /** Forgets a deleted report, or every report under a deleted folder; true when any was listed. */
  private deleted(uri: string): boolean {
    // A deleted folder arrives as one event for the folder itself.
    const prefix = `${uri}/`;
    let removed = false;
    for (const listedUri of [...this.listed.keys()]) {
      if (listedUri !== uri && !listedUri.startsWith(prefix)) continue;
      this.listed.delete(listedUri);
      if (!this.deps.documents.get(listedUri)) this.dropReport(listedUri);
      removed = true;
    }
    return removed;
  }

  private dropReport(uri: string): void {
    this.deps.analyzer.remove(uri);
    this.snapshots.delete(uri);
  }

  private isSideFile(uri: string): boolean {
    return this.sideFiles.has(uri) || uri.endsWith(`/${reviewedFilePath}`);
  }

  /** Reads every folder's reviewed list and known-entities file into the engine. */
  private async loadSideFiles(): Promise<void> {
    const reviewed = new Set<string>();
    const entities: KnownEntity[] = [];
    const distinct: DistinctNames[] = [];
    const sideFiles = new Set<string>();
    const problems = new Map<string, SideFileProblem>();
    for (const folder of this.folders) {
      const reviewedUri = this.reviewedFileUri(folder);
      sideFiles.add(reviewedUri);
      const reviewedText = this.sideFileText(reviewedUri);
      if (reviewedText !== undefined) {
        const parsed = parseReviewed(reviewedText);
        // Reviewed findings come back until the file is repaired; it is never rewritten meanwhile.
        if (parsed.error) problems.set(reviewedUri, { message: `${reviewedFilePath} is malformed and is ignored until repaired: ${parsed.error}`, text: reviewedText });
        for (const key of parsed.keys) reviewed.add(key);
      }
      const entitiesFile = await this.knownEntitiesFileUri(folder);
      sideFiles.add(entitiesFile.uri);
      const known = this.readKnownEntities(entitiesFile.uri, entitiesFile.configured, problems);
      entities.push(...known.entities);
      distinct.push(...known.distinct);
    }
    this.sideFiles = sideFiles;
    this.setSideFileProblems(problems);
    this.deps.analyzer.setReviewed(reviewed);
    this.giveIfChanged('distinct', distinct, (groups) => this.deps.analyzer.setDistinctNames(groups));
    // Setting known entities re-analyses every report, so it is done only when the list really changed.
    this.giveIfChanged('entities', entities, (list) => this.deps.analyzer.setKnownEntities(list));
  }

  private giveIfChanged<T>(part: 'entities' | 'distinct', value: T, give: (value: T) => void): void {
    const key = JSON.stringify(value);
    if (this.givenToEngine.get(part) === key) return;
    this.givenToEngine.set(part, key);
    give(value);
  }

  private readKnownEntities(uri: string, configured: boolean, problems: Map<string, SideFileProblem>): KnownNames {
    const text = this.sideFileText(uri);
    if (text === undefined) {
      if (configured) problems.set(uri, { message: `Known-entities file not found: ${uri}` });
      return { entities: [], distinct: [] };
    }
    const parsed = parseKnownEntities(text);
    if (parsed.error) {
      const ignored = parsed.entities.length ? 'the entries in error are ignored' : 'no entities are read from it until it is repaired';
      problems.set(uri, { message: `${baseName(uri)} is malformed, ${ignored}: ${parsed.error}`, text });
    }
    return parsed;
  }

  /** Logs each new or changed problem once (a reload with the same problem says nothing again) and tells listeners. */
  private setSideFileProblems(current: Map<string, SideFileProblem>): void {
    const previous = this.sideFileProblems;
    let changed = previous.size !== current.size;
    for (const [uri, problem] of current) {
      const before = previous.get(uri);
      if (before?.message !== problem.message) this.deps.log.warn(problem.message);
      // A new text moves the diagnostic even when the message stays the same.
      changed ||= before?.message !== problem.message || before.text !== problem.text;
    }
    this.sideFileProblems = current;
    if (changed) this.problemsEmitter.fire({ previous, current });
  }

  /** The engine holds one settings object: switch it only when a resource's settings differ from the last. */
  private useEngineSettings(settings: ResourceSettings): void {
    const key = JSON.stringify(engineSettings(settings));
    if (key === this.engineSettingsKey) return;
    this.engineSettingsKey = key;
    this.deps.analyzer.setSettings(engineSettings(settings));
  }

  private fire(): void {
    this.changeEmitter.fire();
  }
}

function isArchived(uri: string): boolean {
  return archivePathOf(uri) !== undefined;
}
