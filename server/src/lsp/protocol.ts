/**
 * Custom messages shared by the extension client and the language server. Plain strings and types only,
 * so that both bundles can import this module without pulling in the other side's libraries.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Agreement } from '../core/types';

/** Client → server request: index every report of the workspace and publish all their findings. */
export const checkAllReportsMethod = 'crosscheck/checkAllReports';

/** Answer to {@link checkAllReportsMethod}. */
export interface CheckAllReportsResult {
  /** Reports analysed. */
  reports: number;
  /** Findings published, reviewed ones left out. */
  findings: number;
}

/**
 * Client → server request: the Compare Figures table of a report (params {@link FigureTableParams}). Answers a
 * {@link FigureTableResult}, or null when the document is not a report or Crosscheck is off for it.
 */
export const figureTableMethod = 'crosscheck/figureTable';

export interface FigureTableParams {
  textDocument: { uri: string };
}

/** A report's figures and names (rows) beside what each other report of its story says of them (columns). */
export interface FigureTableResult {
  uri: string;
  /** Version of the open document the ranges refer to; null when the report is not open. */
  version: number | null;
  source: string;
  columns: { uri: string; source: string }[];
  rows: FigureTableRow[];
}

export interface FigureTableRow {
  kind: 'figure' | 'name';
  /** The same for a row across edits of its figure, so that a view keeps its place. */
  key: string;
  /** The figure as the report writes it, or the name's spelling. */
  written: string;
  /** What it is about ("speed of the train", "name (Pavel Solkin)"). */
  label: string;
  /** The figure normalised in the report's unit ("about 50 km/h (31.1 mph)"). */
  value: string;
  /** Where the figure is in the report. */
  range: Range;
  /** One per column: what that report says, or null where it is silent. */
  cells: (FigureTableCell | null)[];
  /** "2 of 3 reports: 59 km/h", when another report speaks of it. */
  consensus?: string;
}

export interface FigureTableCell {
  /** The other report, and where its figure is in it. */
  uri: string;
  range: Range;
  /** Its figure in this report's unit ("59.5 km/h (37 mph)"), or the spelling it uses. */
  converted: string;
  agreement: Agreement;
  /** Its sentence, and where the figure stands in it (UTF-16 offsets into `sentence`). */
  sentence: string;
  figureInSentence: { start: number; end: number };
}

/**
 * Server → client notification, sent once a table has been asked for: something a table depends on changed (an
 * edit, a file on disk, the end of an indexing), so an open table should be asked for again.
 */
export const reportsChangedNotification = 'crosscheck/reportsChanged';

/**
 * Server command behind the "Mark as reviewed" quick fix (`workspace/executeCommand`; the client registers it
 * from the server's capabilities). Its one argument is a {@link MarkReviewedArguments}.
 */
export const markReviewedCommand = 'crosscheck.markReviewed';

export interface MarkReviewedArguments {
  /** Workspace folder URI whose `.crosscheck/reviewed.json` records the entry. */
  folder: string;
  entry: { key: string; file: string; text: string };
}

/**
 * Server command behind the two "teach a name" quick fixes of a spelling finding: "Treat 'X' as a spelling of 'Y'"
 * and "'X' is a different name from 'Y'". It records the pair in the folder's known-entities file (an alias, or a
 * `distinct` group). Its one argument is a {@link TeachNameArguments}.
 */
export const teachNameCommand = 'crosscheck.teachName';

export interface TeachNameArguments {
  /** Workspace folder URI whose known-entities file records the pair. */
  folder: string;
  /** The spelling the finding is on ("Solkin"). */
  form: string;
  /** Another report's spelling of it ("Sholkin"). */
  variant: string;
  /** `same`: `form` is another spelling of `variant`; `distinct`: they are different names. */
  relation: 'same' | 'distinct';
}

/** The `source` of every diagnostic the server publishes; the client counts its diagnostics by it. */
export const diagnosticSource = 'crosscheck';

/** Identifier of the pull-diagnostics provider. */
export const diagnosticProviderId = 'crosscheck';

/** Workspace-relative path of the file that records reviewed findings. */
export const reviewedFilePath = '.crosscheck/reviewed.json';

/** Workspace-relative path of the known-entities file read when `crosscheck.knownEntitiesFile` is not set. */
export const defaultEntitiesFilePath = '.crosscheck/entities.json';

/**
 * Client → server request: the text of an archive report the server holds (`{ uri }`, a `crosscheck-archive:` URI
 * of a diagnostic's related location or a hover's link), for the read-only view the client opens; null when the
 * server holds no such report.
 */
export const archiveReportTextMethod = 'crosscheck/archiveReportText';

/** The URI scheme of archive reports (see server/src/core/archive.ts). */
export const archiveScheme = 'crosscheck-archive';
