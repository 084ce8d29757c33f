/**
 * Writing `.crosscheck/reviewed.json`: merged into what is on disk, atomically, by two writers at once without
 * losing an entry, and never over a malformed or unreadable file.
 */
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { addReviewedEntry, parseReviewed } from '../../server/src/core/findings/reviewed';
import { updateFileAtomically } from '../../server/src/node/atomicUpdate';
import { writeAtOnce } from './concurrentWriters';
import { scratchFolder } from './support';

const entry = (key: string) => ({ key, file: 'a.txt', text: key });
const tempFolder = () => scratchFolder('reviewed');

test('two windows marking findings at the same moment: every entry of both is kept', async () => {
  const path = join(tempFolder(), '.crosscheck', 'reviewed.json');
  const perWriter = 150;
  const writers = [{ prefix: 'left', change: 'reviewed' as const }, { prefix: 'right', change: 'reviewed' as const }];
  assert.deepEqual(await writeAtOnce(path, writers, perWriter), [0, 0]);
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
