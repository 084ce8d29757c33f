/** `crosscheck check [paths…] [--archive URL]`: the workspace's reports against each other, and the archive's stories. */
import type { Analyzer } from '../core/analyzer';
import { archiveReportId, type ArchivedReport } from '../core/archive';
import { ArchiveUnavailable, PostgresArchive } from '../node/archive/postgresArchive';
import { addArchiveStories, archiveLookup } from '../node/archive/stories';
import { toJson, toSarif, toText, type ArchiveCitations } from './output';
import { UsageError } from './settings';
import { existingPaths, readWorkspace } from './workspace';

export interface CheckOptions {
  format: string;
  config?: string;
  color: boolean;
  /** A PostgreSQL URL of the newsroom archive. */
  archive?: string;
  version: string;
}

/** Runs the check; the exit status: 1 when something of warning or error severity was found, else 0. */
export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const { format } = options;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format '${format}' (text, json or sarif)`);
  const { analyzer, results } = readWorkspace(existingPaths(paths.length ? paths : ['.']), options.config);
  const archived = options.archive ? await withArchiveStories(analyzer, options.archive, results.map((r) => r.path)) : [];
  for (const r of results) r.findings = analyzer.findings(r.path);

  const citations: ArchiveCitations = {
    reports: new Map(archived.map((r) => [archiveReportId(r.path), r])),
    sentenceAt: (id, offset) => analyzer.sentenceAt(id, offset),
  };
  const color = options.color && !!process.stdout.isTTY;
  const out = format === 'json' ? toJson(results, citations) : format === 'sarif' ? toSarif(results, options.version, citations) : toText(results, process.cwd(), color, citations);
  process.stdout.write(out);
  const serious = results.some((r) => r.findings.some((f) => f.severity === 'warning' || f.severity === 'error'));
  return serious ? 1 : 0;
}

/**
 * Adds the archive's reports of the workspace's stories to the analyzer. An archive that cannot be reached is one
 * line on stderr, and the workspace is checked on its own.
 */
async function withArchiveStories(analyzer: Analyzer, url: string, reportIds: string[]): Promise<ArchivedReport[]> {
  let archive: PostgresArchive | undefined;
  try {
    archive = await PostgresArchive.open(url);
    const reports = await addArchiveStories(analyzer, archive, archiveLookup(analyzer, reportIds));
    process.stderr.write(`crosscheck: ${reports.length} ${reports.length === 1 ? 'report' : 'reports'} of the archive at ${archive.where} compared\n`);
    return reports;
  } catch (e) {
    if (!(e instanceof ArchiveUnavailable)) throw e;
    process.stderr.write(`crosscheck: ${e.message}; the workspace is checked on its own\n`);
    return [];
  } finally {
    await archive?.close();
  }
}
