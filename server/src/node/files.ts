/**
 * Reading reports from disk, shared by the CLI and the language server: which files are reports (globs), and
 * reading one robustly (BOM, binary content, size limit). The only module of the engine's callers that walks folders.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync, type BigIntStats, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { CrosscheckSettings } from '../core/types';

/** Files under `roots` (files or folders) that the include globs take and the exclude globs leave, sorted. */
export function listReportFiles(roots: string[], settings: Pick<CrosscheckSettings, 'include' | 'exclude'>): string[] {
  const include = picomatch(settings.include, { dot: false, nocase: true });
  const exclude = picomatch(settings.exclude, { dot: true });
  const found = new Set<string>();
  for (const root of roots) {
    const abs = resolve(root);
    const stat = statSync(abs);
    if (stat.isFile()) {
      found.add(abs);
      continue;
    }
    walk(abs, '', (file, rel) => {
      if (include(rel) && !exclude(rel)) found.add(file);
    }, (rel) => !exclude(`${rel}/`));
  }
  return [...found].sort();
}

/**
 * Calls `onFile` with every file under `dir` and its path relative to the root walked, '/'-separated (`rel` is
 * `dir`'s); `enter` is asked the same of each folder. The relative paths are built as the walk goes down: asking
 * `path.relative` of every file was half the cost of listing a large folder.
 */
function walk(dir: string, rel: string, onFile: (file: string, rel: string) => void, enter: (rel: string) => boolean): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // vanished or unreadable folder: nothing to read there
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    const relPath = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      if (enter(relPath)) walk(path, relPath, onFile, enter);
    } else if (e.isFile()) {
      onFile(path, relPath);
    }
  }
}

/**
 * A report read as text (with a note when the reading was not clean, e.g. invalid UTF-8, and the file's stamp when
 * it has one, see `fileStamp`), or why it was skipped (too large, binary, gone, unreadable).
 */
export type ReportRead = { text: string; note?: string; stamp?: string } | { skipped: string };

/**
 * A file written this recently has no stamp: another write within the file system's clock tick could leave size and
 * times as they were (two seconds on FAT, one on older file systems), so its bytes are what tells.
 */
const SETTLED_MS = 3000n;

/**
 * What tells a file's bytes without reading them, as build tools and git do: its size, modification and change times
 * (the change time cannot be set back) and inode, taken before the bytes are read, so that a write after the reading
 * changes the stamp. Undefined for a file written in the last SETTLED_MS: it is read and hashed every time.
 */
export function fileStamp(stat: BigIntStats, nowMs = Date.now()): string | undefined {
  const newest = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  if (BigInt(Math.floor(nowMs)) * 1_000_000n - newest < SETTLED_MS * 1_000_000n) return undefined;
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/** The stamp of a report file (see `fileStamp`), when it has one and is within the size limit; never throws. */
export function reportFileStamp(path: string, maxFileSize: number): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isFile() && stat.size <= BigInt(maxFileSize) ? fileStamp(stat) : undefined;
  } catch {
    return undefined; // gone or unreadable: reading it says why
  }
}

/** Why a file that was listed cannot be read, in words (the error code stays in brackets for searching). */
const readErrors: Record<string, string> = {
  ENOENT: 'it was deleted or moved after it was listed',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EBUSY: 'it is locked by another program',
};

/** Reads a report as text, or says why it was skipped. */
export function readReportFile(path: string, maxFileSize: number): ReportRead {
  let bytes: Buffer;
  let stamp: string | undefined;
  try {
    const stat = statSync(path, { bigint: true });
    const size = Number(stat.size);
    if (size > maxFileSize) return { skipped: `larger than the size limit (${formatBytes(size)} > ${formatBytes(maxFileSize)})` };
    stamp = fileStamp(stat);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { skipped: `cannot be read: ${(code && readErrors[code]) ?? (e as Error).message} (${code ?? 'error'})` };
  }
  const read = decodeReport(bytes);
  return 'text' in read && stamp !== undefined ? { ...read, stamp } : read;
}

/**
 * Decodes report bytes: UTF-8 with or without BOM (UTF-16 with BOM too); binary content is refused. Bytes that
 * are not UTF-8 become U+FFFD, one per bad byte sequence, as in the editor, and the note says so.
 */
export function decodeReport(bytes: Buffer): ReportRead {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // swap16 needs an even length; a truncated file's odd last byte is dropped.
    const even = bytes.subarray(2, bytes.length - (bytes.length % 2));
    return { text: Buffer.from(even).swap16().toString('utf16le') };
  }
  if (looksBinary(bytes)) return { skipped: 'binary content, not text' };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isUtf8(bytes)) return { text };
  return { text, note: 'not valid UTF-8 (another encoding?): the bytes that are not were read as "\ufffd"' };
}

function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
