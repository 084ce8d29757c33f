/**
 * Writing `.crosscheck/reviewed.json`: merged into what is on disk, atomically, by two writers at once without
 * losing an entry, and never over a malformed or unreadable file.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { addReviewedEntry, parseReviewed } from '../../server/src/core/findings/reviewed';
import { updateFileAtomically } from '../../server/src/node/atomicUpdate';

const entry = (key: string) => ({ key, file: 'a.txt', text: key });
const tempFolder = () => mkdtempSync(join(tmpdir(), 'crosscheck-reviewed-'));

/** Runs reviewWriter.ts in a separate Node process, writing once `barrier` has a `go` file; resolves with its exit code. */
function writer(path: string, prefix: string, count: number, barrier: string): Promise<number | null> {
  const args = [join(__dirname, 'reviewWriter.ts'), path, prefix, String(count), barrier];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
}

test('two windows marking findings at the same moment: every entry of both is kept', async () => {
  const path = join(tempFolder(), '.crosscheck', 'reviewed.json');
  const perWriter = 150;
  // Both start writing at the same moment: once both processes say they are ready.
  const barrier = tempFolder();
  const writers = Promise.all([writer(path, 'left', perWriter, barrier), writer(path, 'right', perWriter, barrier)]);
  while (!['left', 'right'].every((prefix) => existsSync(join(barrier, `ready-${prefix}`)))) await sleep(1);
  writeFileSync(join(barrier, 'go'), '');
  assert.deepEqual(await writers, [0, 0]);
  const { keys, error } = parseReviewed(readFileSync(path, 'utf8'));
  assert.equal(error, undefined);
  assert.equal(keys.size, 2 * perWriter);
  for (let n = 0; n < perWriter; n++) assert.ok(keys.has(`left-${n}`) && keys.has(`right-${n}`), `entry ${n} of both writers`);
  assert.deepEqual(readdirSync(join(path, '..')), ['reviewed.json'], 'no lock or temporary file left behind');
});

test('an entry is merged into the entries already on disk, which are kept as written', async () => {
  const path = join(tempFolder(), 'reviewed.json');
  writeFileSync(path, addReviewedEntry(undefined, { ...entry('first'), at: '2024-01-01T00:00:00.000Z' }));
  await updateFileAtomically(path, (current) => addReviewedEntry(current, entry('second')));
  const { entries } = parseReviewed(readFileSync(path, 'utf8'));
  assert.deepEqual(entries.map((e) => e.key), ['first', 'second']);
  assert.equal(entries[0].at, '2024-01-01T00:00:00.000Z');
});

test('a malformed reviewed list is refused and left byte for byte as it was', async () => {
  const path = join(tempFolder(), 'reviewed.json');
  const malformed = '{"version": 1, "reviewed": [ {"key": "a"} \n';
  writeFileSync(path, malformed);
  await assert.rejects(updateFileAtomically(path, (current) => addReviewedEntry(current, entry('b'))), /malformed.*not overwriting/);
  assert.equal(readFileSync(path, 'utf8'), malformed);
  assert.deepEqual(readdirSync(join(path, '..')), ['reviewed.json']);
});

test('an unreadable reviewed list is an error, not an empty list to overwrite', { skip: process.getuid?.() === 0 && 'running as root, which reads files whatever their permissions' }, async () => {
  const path = join(tempFolder(), 'reviewed.json');
  writeFileSync(path, addReviewedEntry(undefined, entry('kept')));
  chmodSync(path, 0o000);
  try {
    await assert.rejects(updateFileAtomically(path, (current) => addReviewedEntry(current, entry('new'))), /EACCES|EPERM/);
  } finally {
    chmodSync(path, 0o644);
  }
  assert.deepEqual([...parseReviewed(readFileSync(path, 'utf8')).keys], ['kept']);
});
