/**
 * Brings the archive's reports of the workspace's stories into the analyzer, for the CLI and the language server
 * alike: one lookup for all the reports asked about, then the engine compares the archive's reports as it compares
 * the workspace's.
 */
import { createHash } from 'node:crypto';
import type { Analyzer } from '../../core/analyzer';
import { archivePathOf, storyQuery, upsertArchived, type ArchivedReport, type ReportArchive } from '../../core/archive';

/** SHA-256 of a report's text, hex: how the archive knows a text it already holds. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Looks up the stories of the workspace reports `reportIds` in the archive and upserts the reports found (archive
 * reports of earlier stories no longer asked for are dropped). Reports whose text the workspace holds already are
 * left out. Returns the archive's reports now in the analyzer.
 */
export async function addArchiveStories(analyzer: Analyzer, archive: ReportArchive, reportIds: readonly string[]): Promise<ArchivedReport[]> {
  const workspace = analyzer.reportIds().filter((id) => archivePathOf(id) === undefined);
  const exclude = new Set(workspace.map((id) => contentHash(analyzer.text(id) ?? '')));
  const reports = await archive.storyReports(reportIds.map((id) => storyQuery(analyzer, id)), { exclude, workspaceReports: workspace.length });
  upsertArchived(analyzer, reports);
  return reports;
}
