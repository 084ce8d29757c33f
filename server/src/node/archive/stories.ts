/**
 * Brings the archive's reports of the workspace's stories into the analyzer, for the CLI and the language server
 * alike: one lookup for all the reports asked about, then the engine compares the archive's reports as it compares
 * the workspace's.
 */
import { createHash } from 'node:crypto';
import type { Analyzer } from '../../core/analyzer';
import { archivePathOf, storyQuery, upsertArchived, type ArchivedReport, type ReportArchive, type StoryQuery } from '../../core/archive';

/** SHA-256 of a report's text, hex: how the archive knows a text it already holds. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What the archive is asked about some of the workspace's reports. */
export interface ArchiveLookup {
  queries: StoryQuery[];
  /** The reports the analyzer holds besides the archive's. */
  workspaceReports: string[];
  /** The same for two lookups that ask the same (edits that change no name and no kind of figure ask nothing new). */
  key: string;
}

export function archiveLookup(analyzer: Analyzer, reportIds: readonly string[]): ArchiveLookup {
  const queries = reportIds.map((id) => storyQuery(analyzer, id));
  const workspaceReports = analyzer.reportIds().filter((id) => archivePathOf(id) === undefined);
  return { queries, workspaceReports, key: JSON.stringify([workspaceReports.length, queries]) };
}

/**
 * Asks the archive and upserts the reports found (archive reports of earlier stories no longer asked for are
 * dropped). Reports whose text the workspace holds already are left out. Returns the archive's reports now in the
 * analyzer.
 */
export async function addArchiveStories(analyzer: Analyzer, archive: ReportArchive, lookup: ArchiveLookup): Promise<ArchivedReport[]> {
  const exclude = new Set(lookup.workspaceReports.map((id) => contentHash(analyzer.text(id) ?? '')));
  const reports = await archive.storyReports(lookup.queries, { exclude, workspaceReports: lookup.workspaceReports.length });
  upsertArchived(analyzer, reports);
  return reports;
}
