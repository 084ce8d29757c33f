/**
 * The server's runtime on Node: file access through the same functions the CLI uses, so that the editor and
 * `crosscheck check` always see the same reports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI } from 'vscode-uri';
import { updateFileAtomically } from '../node/atomicUpdate';
import { listReportFiles, readReportFile, reportFileStamp } from '../node/files';
import { DiskAnalysisCache, cacheFileFor, engineVersion } from '../node/analysisCache';
import type { ServerRuntime } from './runtime';

/**
 * The paths of the reports listed, by URI: every report is stamped or read by its URI at every start, and parsing
 * ten thousand URIs back was a tenth of a warm start's reading.
 */
const listedPaths = new Map<string, string>();

/** File-scheme folders only: reports in virtual file systems are checked only while open in an editor. */
function filePath(uri: string): string | undefined {
  const listed = listedPaths.get(uri);
  if (listed !== undefined) return listed;
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

export const nodeRuntime: ServerRuntime = {
  listReports(folderUri, settings) {
    const root = filePath(folderUri);
    if (root === undefined) return [];
    return listReportFiles([root], settings).map((file) => {
      const path = resolve(root, file);
      const uri = URI.file(path).toString();
      listedPaths.set(uri, path);
      return uri;
    });
  },

  readReport(uri, maxFileSize) {
    const path = filePath(uri);
    if (path === undefined) return { skipped: 'not a file on disk' };
    try {
      return readReportFile(path, maxFileSize);
    } catch (error) {
      return { skipped: error instanceof Error ? error.message : String(error) };
    }
  },

  reportStamp(uri, maxFileSize) {
    const path = filePath(uri);
    return path === undefined ? undefined : reportFileStamp(path, maxFileSize);
  },

  readTextFile(uri) {
    const path = filePath(uri);
    if (path === undefined) return undefined;
    try {
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      // Missing or unreadable: callers treat both as "no such file".
      return undefined;
    }
  },

  async updateTextFile(uri, update) {
    const path = filePath(uri);
    if (path === undefined) throw new Error(`${uri} is not a file on disk`);
    await updateFileAtomically(path, update);
  },

  yieldToRequests: () => new Promise((resolveYield) => setImmediate(resolveYield)),

  openAnalysisCache(cacheDir, folders, warn) {
    // This bundle's own code is the cache's version: any other build of the engine starts afresh.
    return new DiskAnalysisCache(cacheFileFor(cacheDir, folders), engineVersion(__filename), warn);
  },

  // lookups answer an editor, so a database that does not answer soon is treated as away. The PostgreSQL client is
  // loaded only then: loading it at every start was a tenth of what starting the server costs before it reads anything
  openArchive: async (url) => {
    const { PostgresArchive } = await import('../node/archive/postgresArchive');
    return PostgresArchive.open(url, { connectTimeoutMs: 3000, queryTimeoutMs: 10_000 });
  },
};
