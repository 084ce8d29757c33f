/**
 * Read-modify-write of a small shared file (`.crosscheck/reviewed.json`, the known-entities file) that several
 * editor windows, the editor and a script, or a person editing it by hand may update at the same moment. Two things
 * make it safe:
 * - a lock file created with O_EXCL (`wx`), which only one process can create, so that each writer reads the
 *   file as the previous writer left it and merges into that instead of clobbering it;
 * - the new content written to a temporary file beside it and renamed over it, so that a reader (or a crash)
 *   sees the old file or the new one, never half of one.
 * A lock left behind by a process that died is taken over once it is older than `staleLockMs`.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, statSync, writeSync, fsyncSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A lock older than this is left over from a writer that died (a write takes milliseconds). */
const staleLockMs = 10_000;
/** Give up waiting for another writer after this long. */
const lockTimeoutMs = 15_000;
const retryDelayMs = 5;

/**
 * Replaces the file at `path` with `update(current)`, where `current` is its text now (undefined when it does
 * not exist). `update` may throw to refuse (a malformed file is never overwritten); the file is then untouched.
 * A file that exists but cannot be read is an error too, never treated as missing.
 */
export async function updateFileAtomically(path: string, update: (current: string | undefined) => string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const lock = `${path}.lock`;
  await acquire(lock);
  try {
    const next = update(readIfExists(path));
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeDurably(temporary, next);
      renameSync(temporary, path);
    } finally {
      rmSync(temporary, { force: true });
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + lockTimeoutMs;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${lock} is held by another writer; try again`);
    await sleep(retryDelayMs);
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > staleLockMs;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}
