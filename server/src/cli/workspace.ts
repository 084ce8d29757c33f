/** The reports under the command line's paths, read into one analyzer: what `check` and `table` both start from. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAnalyzer, type Analyzer } from '../core/analyzer';
import { listReportFiles, readReportFile } from '../node/files';
import type { FileResult } from './output';
import { IoError, isDirectory, loadKnownEntities, loadReviewed, loadSettings } from './settings';

/** The paths, resolved; a missing one is an I/O error. */
export function existingPaths(paths: string[]): string[] {
  const roots = paths.map((p) => resolve(p));
  for (const r of roots) if (!existsSync(r)) throw new IoError(`no such file or folder: ${r}`);
  return roots;
}

/**
 * Every report under the roots, read into one analyzer with the settings, known entities and reviewed findings that
 * apply. A file that cannot be read is skipped with a message on stderr.
 */
export function readWorkspace(roots: string[], config: string | undefined): { analyzer: Analyzer; results: FileResult[] } {
  const { settings, baseDir } = loadSettings(config);
  const known = loadKnownEntities(settings, baseDir, roots);
  const reviewed = loadReviewed([baseDir, ...roots.filter(isDirectory)]);

  const analyzer = createAnalyzer({ settings, knownEntities: known.entities, distinctNames: known.distinct, reviewed });
  const results: FileResult[] = [];
  for (const path of listReportFiles(roots, settings)) {
    const read = readReportFile(path, settings.maxFileSize);
    if ('skipped' in read) {
      process.stderr.write(`crosscheck: skipped ${path}: ${read.skipped}\n`);
      continue;
    }
    if (read.note) process.stderr.write(`crosscheck: ${path}: ${read.note}\n`);
    analyzer.upsert(path, read.text);
    results.push({ path, text: read.text, findings: [] });
  }
  return { analyzer, results };
}
