/**
 * Custom messages shared by the extension client and the language server. Plain strings and types only,
 * so that both bundles can import this module without pulling in the other side's libraries.
 */

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
  /** The spelling the finding is on ("Soigu"). */
  form: string;
  /** Another report's spelling of it ("Shoigu"). */
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
