/**
 * `crosscheck archive init|add|remove|stats --db URL`: the newsroom archive on PostgreSQL. `add` reads reports as
 * `check` does (same settings, known entities and file rules), in batches of one transaction each, and leaves a
 * report whose text and reading crosscheck version are unchanged as it is.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createAnalyzer } from '../core/analyzer';
import { listReportFiles, readReportFile } from '../node/files';
import { PostgresArchive, type ArchiveEntry, type ArchiveStats } from '../node/archive/postgresArchive';
import { archiveEntry, unstorable } from '../node/archive/ingest';
import { contentHash } from '../node/archive/stories';
import { IoError, loadKnownEntities, loadSettings, UsageError } from './settings';

export interface ArchiveOptions {
  db?: string;
  config?: string;
  /** The folder paths are stored relative to (default: the current folder). */
  root?: string;
  format: string;
  version: string;
}

/** Reports written per transaction: large enough for few round trips, small enough to show progress. */
const BATCH = 200;
/** Reports written by one `add` after which the planner's statistics are refreshed. */
const ANALYZE_AFTER = 1000;

export async function archiveCommand(subcommand: string | undefined, paths: string[], options: ArchiveOptions): Promise<number> {
  const url = options.db ?? process.env.CROSSCHECK_ARCHIVE_URL;
  if (!url) throw new UsageError('the archive needs --db URL (or CROSSCHECK_ARCHIVE_URL), e.g. --db postgresql://crosscheck@localhost/newsroom');
  if (!subcommand || !['init', 'add', 'remove', 'stats'].includes(subcommand)) throw new UsageError(`unknown archive command '${subcommand ?? ''}' (init, add, remove or stats)`);
  if ((subcommand === 'add' || subcommand === 'remove') && !paths.length) throw new UsageError(`'archive ${subcommand}' needs the paths of reports or folders`);
  const archive = await PostgresArchive.open(url);
  try {
    if (subcommand === 'init') {
      const applied = await archive.init();
      process.stdout.write(applied.length ? `archive at ${archive.where}: schema ${applied.join(', ')} applied\n` : `archive at ${archive.where}: schema up to date\n`);
    } else if (subcommand === 'add') {
      await add(archive, paths, options);
    } else if (subcommand === 'remove') {
      const root = resolve(options.root ?? '.');
      const removed = await archive.remove(paths.map((p) => archivePath(root, resolve(p))));
      process.stdout.write(`${removed} ${removed === 1 ? 'report' : 'reports'} removed from the archive\n`);
    } else {
      const stats = await archive.stats();
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(archive.where, stats));
    }
    return 0;
  } finally {
    await archive.close();
  }
}

/** How a file is named in the archive: relative to the root, with forward slashes; absolute when outside it. */
export function archivePath(root: string, file: string): string {
  const rel = relative(root, file);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : file).split(sep).join('/');
}

interface Progress {
  files: number;
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  bytes: number;
  started: number;
}

async function add(archive: PostgresArchive, paths: string[], options: ArchiveOptions): Promise<void> {
  const roots = paths.map((p) => resolve(p));
  for (const r of roots) if (!existsSync(r)) throw new IoError(`no such file or folder: ${r}`);
  const root = resolve(options.root ?? '.');
  const { settings, baseDir } = loadSettings(options.config);
  const known = loadKnownEntities(settings, baseDir, roots);
  const analyzer = createAnalyzer({ settings, knownEntities: known.entities, distinctNames: known.distinct });
  const files = listReportFiles(roots, settings);
  const engine = `crosscheck ${options.version}`;
  const progress: Progress = { files: files.length, read: 0, added: 0, replaced: 0, unchanged: 0, skipped: 0, bytes: 0, started: Date.now() };
  for (let at = 0; at < files.length; at += BATCH) {
    const batch = files.slice(at, at + BATCH);
    const known = await archive.known(batch.map((f) => archivePath(root, f)));
    const entries: ArchiveEntry[] = [];
    for (const file of batch) {
      progress.read++;
      const text = storableText(file, settings.maxFileSize);
      if (text === undefined) {
        progress.skipped++;
        continue;
      }
      const path = archivePath(root, file);
      const hash = contentHash(text);
      const before = known.get(path);
      // an unchanged report, read by this version, is not even analysed again
      if (before?.hash === hash && before.engine === engine) {
        progress.unchanged++;
        continue;
      }
      if (before) progress.replaced++;
      else progress.added++;
      progress.bytes += Buffer.byteLength(text);
      entries.push(archiveEntry(analyzer, file, path, text, engine, hash));
    }
    if (entries.length) await archive.write(entries);
    showProgress(progress, false);
  }
  if (progress.added + progress.replaced >= ANALYZE_AFTER) await archive.analyze();
  showProgress(progress, true);
}

/** A file's text, or undefined (with a line on stderr) when it cannot be read or stored as it is. */
function storableText(file: string, maxFileSize: number): string | undefined {
  const read = readReportFile(file, maxFileSize);
  // a report that cannot be stored as it is is left out rather than altered
  const skipped = 'skipped' in read ? read.skipped : unstorable(read.text);
  if (skipped === undefined && 'text' in read) return read.text;
  note(`skipped ${file}: ${skipped}`);
  return undefined;
}

/** A line on stderr, below the progress line on a terminal. */
function note(line: string): void {
  process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}crosscheck: ${line}\n`);
}

/** One line on stderr, rewritten in place on a terminal. */
function showProgress(p: Progress, done: boolean): void {
  const seconds = Math.max((Date.now() - p.started) / 1000, 0.001);
  const line = `archive: ${p.read}/${p.files} files read: ${p.added} added, ${p.replaced} replaced, ${p.unchanged} unchanged, ${p.skipped} skipped; ` +
    `${(p.bytes / 1e6).toFixed(1)} MB stored at ${(p.bytes / 1e6 / seconds).toFixed(1)} MB/s`;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
  else if (done || p.read % (BATCH * 10) === 0) process.stderr.write(`${line}\n`);
}

function statsText(where: string, s: ArchiveStats): string {
  const engines = Object.entries(s.engines).map(([engine, n]) => `${n} read by ${engine}`).join('; ') || 'none';
  return [
    `archive at ${where} (schema ${s.schemaVersion})`,
    `  reports          ${s.reports} (${engines})`,
    `  claims           ${s.claims} (${s.comparableClaims} comparable)`,
    `  names            ${s.names} (${s.storyWords} story words)`,
    `  text             ${(s.textBytes / 1e6).toFixed(1)} MB`,
    `  database size    ${(s.databaseBytes / 1e6).toFixed(1)} MB`,
    '',
  ].join('\n');
}
