/** A report made ready for the archive: analysed on its own and read into the rows the archive stores. */
import type { Analyzer } from '../../core/analyzer';
import { archiveRecord } from '../../core/archive';
import type { ArchiveEntry } from './postgresArchive';
import { contentHash } from './stories';

/**
 * The archive entry of a text, analysed by `analyzer` under `reportId` (its file, so that its kind and source read as
 * in a workspace) and let go again: a report's record does not depend on the others.
 */
export function archiveEntry(analyzer: Analyzer, reportId: string, path: string, text: string, engine: string, hash = contentHash(text)): ArchiveEntry {
  analyzer.upsert(reportId, text);
  const record = archiveRecord(analyzer, reportId);
  analyzer.remove(reportId);
  return { path, text, hash, engine, record };
}

/** Why a text cannot be stored, if it cannot: PostgreSQL text holds no U+0000 (a UTF-16 file may). */
export function unstorable(text: string): string | undefined {
  return text.includes('\u0000') ? 'it holds NUL characters, which the archive cannot store' : undefined;
}
