/**
 * The analyses the server keeps between starts (under the folder the client passes as
 * `initializationOptions.cacheDir`): a second start on the same workspace reads them, shows the same
 * diagnostics, and a report changed in between, or a damaged cache file, is simply analysed again, as is a report
 * whose record is damaged where only a question reads it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { flippedInTheMiddle, recordPartsOf } from './support/cacheFile';
import { relatedFiles, report000, report004, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { copySeeds, Session } from './support/session';

type Wanted = [accept: (diagnostics: Diagnostic[]) => boolean, what: string];

/**
 * Diagnostics of 000 once they are as wanted (by default: citing 004), after a start with the given cache folder; the
 * hover at 000's train speed, and the server log too.
 */
async function startAndCheck(workspace: string, cacheDir: string, wanted?: Wanted): Promise<{ diagnostics: Diagnostic[]; hover: Hover | null; log: string[] }> {
  const session = await Session.start(workspace, { keepWorkspace: true, initializationOptions: { cacheDir } });
  try {
    await session.indexed();
    await session.open(report000);
    const [accept, what] = wanted ?? [(all: Diagnostic[]) => relatedFiles(trainSpeedFinding(session, all)).has(report004), '000 citing 004'];
    const diagnostics = await session.diagnosticsWhere(report000, accept, what);
    const hover = await session.hover(report000, trainSpeed000);
    await session.until(async () => (session.log.some((line) => line.startsWith('Indexed')) ? true : undefined), 'the indexing summary');
    return { diagnostics, hover, log: [...session.log] };
  } finally {
    await session.close();
  }
}

function keptCount(log: string[]): number {
  const line = log.find((l) => l.startsWith('Indexed')) ?? '';
  return Number(/(\d+) analyses kept/.exec(line)?.[1] ?? -1);
}

test('a second start reads the kept analyses and shows the same diagnostics; a changed report is analysed again', async () => {
  const workspace = copySeeds();
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-'));
  try {
    const first = await startAndCheck(workspace, cacheDir);
    assert.equal(keptCount(first.log), 0);
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length, 1, 'one cache file for the workspace');

    const second = await startAndCheck(workspace, cacheDir);
    assert.equal(keptCount(second.log), 5, 'all five seed reports from the cache');
    assert.deepEqual(second.diagnostics, first.diagnostics);

    const path = join(workspace, report004);
    writeFileSync(path, readFileSync(path, 'utf8').replace('59 km/h', '50 km/h'));
    const third = await startAndCheck(workspace, cacheDir, [(all) => JSON.stringify(all).includes('50 km/h'), "000's diagnostics citing 004's new 50 km/h"]);
    assert.equal(keptCount(third.log), 4, 'the changed report is analysed again');
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a damaged cache file is ignored', async () => {
  const workspace = copySeeds();
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-'));
  try {
    const first = await startAndCheck(workspace, cacheDir);
    const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!);
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from('garbage')]));
    const second = await startAndCheck(workspace, cacheDir);
    assert.deepEqual(second.diagnostics, first.diagnostics);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('bytes flipped inside a record, where only a question reads them: the reports are analysed again and show the same diagnostics and hovers', async () => {
  const workspace = copySeeds();
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-'));
  const id = (report: string) => URI.file(join(workspace, report)).toString();
  try {
    const first = await startAndCheck(workspace, cacheDir);
    const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!);
    const bytes = readFileSync(file);
    // 004's claims (read when 000's train speed is compared with them), 000's names and entities (read by its hover)
    writeFileSync(file, flippedInTheMiddle(flippedInTheMiddle(bytes, recordPartsOf(bytes, id(report004)).claims), recordPartsOf(bytes, id(report000)).questions));
    const second = await startAndCheck(workspace, cacheDir);
    assert.equal(keptCount(second.log), 5, 'the damage is not seen at the start');
    assert.deepEqual(second.diagnostics, first.diagnostics);
    assert.deepEqual(second.hover, first.hover);
    const warned = second.log.filter((line) => line.includes('damaged'));
    assert.equal(warned.length, 2, warned.join('\n'));
    assert.ok(warned.some((line) => line.includes(report004)) && warned.some((line) => line.includes(report000)));
    assert.ok(!second.log.some((line) => line.startsWith('shown to the user')), 'nothing shown to the user');

    const third = await startAndCheck(workspace, cacheDir);
    assert.equal(keptCount(third.log), 3, 'the two damaged records are left out, and written afresh');
    assert.deepEqual(third.diagnostics, first.diagnostics);
    const fourth = await startAndCheck(workspace, cacheDir);
    assert.equal(keptCount(fourth.log), 5);
    assert.ok(!fourth.log.some((line) => line.includes('damaged')));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a report known by its file stamp and changed on disk unannounced is read again when its text is next read', async () => {
  const workspace = copySeeds();
  try {
    // files written in the last 3 s have no stamp, and keep their text in memory: let the copies settle
    await new Promise((settled) => setTimeout(settled, 3200));
    const session = await Session.start(workspace, { keepWorkspace: true });
    try {
      await session.indexed();
      const path = join(workspace, report004);
      // no didChangeWatchedFiles: the server learns of the change only when it reads 004's text to cite it
      writeFileSync(path, `Updated. ${readFileSync(path, 'utf8').replace('59 km/h (37 mph)', '40 km/h (25 mph)')}`);
      await session.open(report000);
      // quoted at the offsets of the new analysis: the old one's would quote the new text eight letters off
      await session.diagnosticsWhere(report000, (all) => JSON.stringify(all).includes('says \\"maximum speed of 40 km/h\\"'), "000's diagnostics quoting 004's new 40 km/h");
    } finally {
      await session.close();
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
