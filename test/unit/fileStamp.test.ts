/**
 * A report file's stamp (server/src/node/files.ts): what lets a warm start know a file without reading it, as build
 * tools do. A file written a moment ago has none (another write in the same clock tick could leave it looking the
 * same); a settled one has one, which any write changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStamp, readReportFile, reportFileStamp } from '../../server/src/node/files';

test('a file just written has no stamp; settled, it has one, which a write changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-stamp-'));
  try {
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'About 200 people were evacuated.');
    assert.equal(reportFileStamp(file, 1e6), undefined);
    const read = readReportFile(file, 1e6);
    assert.ok('text' in read && read.stamp === undefined, 'read now, no stamp either');

    const later = Date.now() + 10_000;
    const stamp = fileStamp(statSync(file, { bigint: true }), later);
    assert.ok(stamp);
    assert.equal(fileStamp(statSync(file, { bigint: true }), later), stamp, 'the same file, the same stamp');
    writeFileSync(file, 'About 2,000 people were evacuated.');
    assert.notEqual(fileStamp(statSync(file, { bigint: true }), later + 10_000), stamp);

    assert.equal(reportFileStamp(join(dir, 'gone.txt'), 1e6), undefined);
    assert.equal(reportFileStamp(dir, 1e6), undefined, 'a folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
