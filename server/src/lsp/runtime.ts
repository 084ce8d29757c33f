/**
 * What the language server needs from its host, passed into `startServer`. The server itself never touches
 * the file system or the event loop directly, so it can run over any connection (stdio, IPC, in memory)
 * and any file access (Node today, a virtual file system later).
 */
import type { AnalysisStore } from '../core/analyzer';
import type { ReportArchive } from '../core/archive';
import type { CrosscheckSettings } from '../core/types';
import type { ReportRead } from '../node/files';

export interface ServerRuntime {
  /** URIs of the report files under a workspace folder, as the include/exclude settings select them. */
  listReports(folderUri: string, settings: CrosscheckSettings): string[];
  /** Reads a report from disk, decoding and size-checking it as the CLI does. */
  readReport(uri: string, maxFileSize: number): ReportRead;
  /**
   * What tells a report file's bytes without reading them (size and times), when the file has settled and is within
   * the size limit; the same stamp `readReport` gives with the text. Optional: without it, every report is read.
   */
  reportStamp?(uri: string, maxFileSize: number): string | undefined;
  /** Reads a small text file (reviewed list, known entities); undefined when it does not exist. */
  readTextFile(uri: string): string | undefined;
  /**
   * Replaces a small shared file with `update(current)` (current undefined when it does not exist), atomically
   * and under a lock against other writers; `update` may throw to refuse. Rejects when the file cannot be written.
   */
  updateTextFile(uri: string, update: (current: string | undefined) => string): Promise<void>;
  /** Resolves after pending requests and notifications have had a chance to run. */
  yieldToRequests(): Promise<void>;
  /**
   * The analyses kept from the last run on these workspace folders, under a folder the client gave
   * (`initializationOptions.cacheDir`); `save` keeps this run's for the next. Optional: without it, every start
   * analyses every report. `warn` is told of a kept analysis found damaged (the report is then analysed again).
   */
  openAnalysisCache?(cacheDir: string, folders: string[], warn: (message: string) => void): PersistentAnalysisStore;
  /**
   * Connects to the newsroom archive at a URL (`crosscheck.archive.url`); rejects with a message for the user when
   * it cannot be reached. Optional: without it, the setting is not offered.
   */
  openArchive?(url: string): Promise<ConnectedArchive>;
}

export interface ConnectedArchive extends ReportArchive {
  /** The URL without its password, for messages. */
  readonly where: string;
  close(): Promise<void>;
}

export interface PersistentAnalysisStore extends AnalysisStore {
  save(): void;
  /** Analyses read from the store so far. */
  readonly hits: number;
}
