/**
 * The archive in the editor: the bundled server (`dist/server.js --stdio`, spoken to over JSON-RPC as in
 * test/protocol) with `crosscheck.archive.url` set to a real PostgreSQL that the harness starts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { Session } from '../protocol/support/session';
import { TestPostgres } from './support/postgres';

const repoRoot = resolve(import.meta.dirname, '../..');
const cli = join(repoRoot, 'dist', 'cli.js');

const HERALD = `Source: Quay Herald
Date: 2024-03-09

The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday, the coastguard said.
Captain Teodor Vasquin said the steering failed in high wind.
`;
const DRAFT = `Source: Our Desk

The tanker Morwenna Bright ran aground 20 km from Port Calloway on Saturday, the coastguard said.
Captain Teodor Vasquin said the steering failed.
`;
const draft = 'draft.txt';
const heraldUri = 'crosscheck-archive:/wire/herald.txt';

let db: TestPostgres;
let tmp: string;
let url: string;

before(async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`node scripts/build.mjs\` (npm test does it)`);
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'crosscheck-editor-archive-')));
  mkdirSync(join(tmp, 'wire'));
  writeFileSync(join(tmp, 'wire/herald.txt'), HERALD);
  db = await TestPostgres.start();
  url = await db.createDatabase();
  for (const args of [['archive', 'init', '--db', url], ['archive', 'add', 'wire', '--db', url]]) {
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  }
});
after(async () => {
  await db?.destroy();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A server on a workspace of the draft alone, with these archive settings. */
async function session(archive: Record<string, unknown>): Promise<Session> {
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-desk-'));
  writeFileSync(join(workspace, draft), DRAFT);
  return Session.start(workspace, { settings: { archive } });
}

const citesHerald = (diagnostics: Diagnostic[]) =>
  diagnostics.some((d) => d.code === 'figure-conflict' && d.relatedInformation?.some((r) => r.location.uri === heraldUri));

test('the archive\'s report of the story is cited in diagnostics and hovers, and opens read-only', async () => {
  const s = await session({ url });
  try {
    await s.open(draft);
    const diagnostics = await s.diagnosticsWhere(draft, citesHerald, 'the distance finding citing the archive\'s report');
    const distance = diagnostics.find((d) => d.code === 'figure-conflict')!;
    assert.match(distance.message, /^Distance[^:]*: 20 km here; Quay Herald says "12 km"/);
    assert.deepEqual(distance.relatedInformation?.[0].location.range, { start: { line: 3, character: 39 }, end: { line: 3, character: 44 } });

    const hover = await s.hover(draft, '20 km');
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /\*\*Quay Herald\*\* \(archive, 2024\\-03\\-09\): 12 km .*\[open\]\(crosscheck-archive:\/wire\/herald\.txt#L4\)/);

    const text = await s.connection.sendRequest('crosscheck/archiveReportText', { uri: heraldUri });
    assert.equal(text, HERALD);
    assert.equal(await s.connection.sendRequest('crosscheck/archiveReportText', { uri: s.uri(draft) }), null, 'only archive reports');
  } finally {
    await s.close();
  }
});

test('an archive that goes away is said once; the workspace is still checked, and the archive is used again at the next change once it answers', async () => {
  const s = await session({ url });
  try {
    await s.open(draft);
    await s.diagnosticsWhere(draft, citesHerald, 'the archive cited');
    await db.stop();
    try {
      // a new name is a new question for the archive
      await s.replace(draft, 'Captain Teodor Vasquin', 'Captain Teodor Vasquin of Elmsby Shipping');
      await s.until(async () => s.logged(/cannot be reached/) >= 2 || undefined, 'the archive reported away, in the log and on screen');
      await s.replace(draft, '20 km', '25 km');
      const diagnostics = await s.diagnosticsWhere(draft, (ds) => ds.some((d) => /25 km here/.test(d.message)), 'the edit checked');
      assert.ok(citesHerald(diagnostics), 'the reports found before stay');
      assert.equal(s.logged(/cannot be reached/), 2, 'said once in the log and once on screen');
      assert.equal(s.logged(/^shown to the user: Crosscheck: the archive at .* cannot be reached \(.*\); Crosscheck checks the workspace on its own until it answers\.$/), 1);
    } finally {
      await db.resume();
    }
    await s.replace(draft, 'of Elmsby Shipping', 'of Elmsby Marine');
    await s.until(async () => s.logged(/answers again/) || undefined, 'the archive back at the next change');
    await s.diagnosticsWhere(draft, citesHerald, 'the archive cited');
  } finally {
    await s.close();
  }
});

test('a URL with a password is refused with one message, and the archive is not used', async () => {
  const withPassword = url.replace('crosscheck@', 'crosscheck:hunter2@');
  const s = await session({ url: withPassword });
  try {
    await s.open(draft);
    await s.until(async () => s.logged(/^shown to the user: .*holds a password/) || undefined, 'the password refused');
    const diagnostics = await s.diagnosticsWhere(draft, (ds) => ds.length > 0 || s.logged(/Indexed/) > 0, 'the draft checked');
    assert.ok(!citesHerald(diagnostics));
    assert.equal(s.log.some((line) => line.includes('hunter2')), false, 'the password is never repeated');
  } finally {
    await s.close();
  }
});
