/**
 * The archive as a user meets it: `crosscheck archive …` and `crosscheck check --archive` (the bundle, as a process)
 * against a real PostgreSQL that the harness starts in a temporary folder (support/postgres.ts). The reports are the
 * project's examples, the shared seeds and invented ones.
 * Needs the bundle: `npm test` builds first (or run `node scripts/build.mjs`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { TestPostgres } from './support/postgres';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { ArchiveUnavailable, PostgresArchive } from '../../server/src/node/archive/postgresArchive';
import { addArchiveStories, archiveLookup } from '../../server/src/node/archive/stories';

const repoRoot = resolve(import.meta.dirname, '../..');
const cli = join(repoRoot, 'dist', 'cli.js');
const seeds = resolve(repoRoot, '../shared/seeds');

let db: TestPostgres;
let tmp: string;

before(async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`node scripts/build.mjs\` (npm test does it)`);
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'crosscheck-archive-')));
  db = await TestPostgres.start();
});
after(async () => {
  await db?.destroy();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd`, with no password or archive in its environment but what the test gives. */
function crosscheck(args: string[], cwd: string): Run {
  const env = { ...process.env };
  delete env.CROSSCHECK_ARCHIVE_URL;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of its own under the test's temporary folder, with these files. */
function workspace(name: string, files: Record<string, string> = {}): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** A fresh database with the archive's schema; returns its URL. */
async function archiveDatabase(): Promise<string> {
  const url = await db.createDatabase();
  const init = crosscheck(['archive', 'init', '--db', url], tmp);
  assert.equal(init.status, 0, init.stderr);
  return url;
}

interface JsonDiagnostic {
  range: unknown;
  severity: string;
  code: string;
  message: string;
  related: { path: string; range: unknown; message: string; archived?: { path: string; source: string; date?: string; sentence: string } }[];
}

function diagnostics(run: Run, path: string): JsonDiagnostic[] {
  const report = JSON.parse(run.stdout) as { files: { path: string; diagnostics: JsonDiagnostic[] }[] };
  const file = report.files.find((f) => f.path === path);
  assert.ok(file, `${path} not in ${run.stdout}`);
  return file.diagnostics;
}

/** Findings with their related locations named by the path they were archived under, in a fixed order. */
function comparable(diags: JsonDiagnostic[], pathOf: (related: string) => string) {
  return diags.map((d) => ({
    ...d,
    related: d.related.map((r) => ({ path: pathOf(r.path), range: r.range, message: r.message })).sort((a, b) => a.path.localeCompare(b.path)),
  }));
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function stats(url: string): { reports: number; claims: number; names: number; storyWords: number } {
  const run = crosscheck(['archive', 'stats', '--db', url, '--format', 'json'], tmp);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const HERALD = `Source: Quay Herald
Date: 2024-03-09

The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday, the coastguard said.
Captain Teodor Vasquin said the steering failed in high wind.
`;
const COURIER = `Source: Calloway Courier
Date: 2024-03-09

The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday after its steering failed.
Captain Teodor Vasquin was praised for keeping the crew calm.
`;
const DRAFT = `Source: Our Desk

The tanker Morwenna Bright ran aground 20 km from Port Calloway on Saturday, the coastguard said.
Captain Teodor Vasquin said the steering failed.
`;

describe('crosscheck archive init, add, stats', () => {
  test('commands before init say to run it; init applies the schema once', async () => {
    const url = await db.createDatabase();
    const early = crosscheck(['archive', 'stats', '--db', url], tmp);
    assert.equal(early.status, 2);
    assert.match(early.stderr, /no crosscheck schema yet: run 'crosscheck archive init --db URL' first/);

    const first = crosscheck(['archive', 'init', '--db', url], tmp);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /schema 1 applied/);
    const second = crosscheck(['archive', 'init', '--db', url], tmp);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /schema up to date/);
    assert.deepEqual(stats(url), { ...stats(url), reports: 0, claims: 0, names: 0 });
  });

  test('add stores the seeds and the examples with a progress line; adding them again changes nothing', async () => {
    const url = await archiveDatabase();
    const dir = workspace('ingest');
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    cpSync(seeds, join(dir, 'seeds'), { recursive: true });

    const add = crosscheck(['archive', 'add', 'examples', 'seeds', '--db', url], dir);
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stderr, /archive: 9\/9 files read: 9 added, 0 replaced, 0 unchanged, 0 skipped; [\d.]+ MB stored/);
    const stored = stats(url);
    assert.equal(stored.reports, 9);
    assert.ok(stored.claims > 9 && stored.names > 9 && stored.storyWords > 9, JSON.stringify(stored));
    const paths = await sql<{ path: string }>(url, 'SELECT path FROM reports ORDER BY path');
    assert.deepEqual(paths.map((r) => r.path).slice(0, 4), ['examples/bay-gazette.txt', 'examples/coastal-herald.txt', 'examples/island-radio.md', 'examples/north-sea-wire.txt']);

    const again = crosscheck(['archive', 'add', 'examples', 'seeds', '--db', url], dir);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /9\/9 files read: 0 added, 0 replaced, 9 unchanged/);
    assert.deepEqual(stats(url), stored);
  });

  test('a claim is stored with its value, interval, spans, sentence and attribute', async () => {
    const url = await archiveDatabase();
    const dir = workspace('claim-row', { 'herald.txt': HERALD });
    assert.equal(crosscheck(['archive', 'add', 'herald.txt', '--db', url], dir).status, 0);
    const [claim] = await sql<Record<string, unknown>>(url, "SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.path = 'herald.txt' AND c.dimension = 'length'");
    const at = HERALD.indexOf('12 km');
    assert.deepEqual(
      { key: claim.alignment_key, value: claim.value, low: claim.low, high: claim.high, unit: claim.unit, start: claim.span_start, end: claim.span_end, sentence: claim.sentence, attribute: claim.attribute },
      { key: 'length', value: 12000, low: 12000, high: 12000, unit: 'km', start: at, end: at + 5, sentence: 'The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday, the coastguard said.', attribute: claim.attribute },
    );
    assert.match(String(claim.attribute), /distance/);
    const [report] = await sql<{ source: string; published: string; body: string }>(url, "SELECT source, published, body FROM reports WHERE path = 'herald.txt'");
    assert.deepEqual(report, { source: 'Quay Herald', published: '2024-03-09', body: HERALD });
  });
});

describe('crosscheck check --archive', () => {
  let url: string;
  let dir: string;
  before(async () => {
    url = await archiveDatabase();
    dir = workspace('same-findings');
    cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    cpSync(seeds, join(dir, 'seeds'), { recursive: true });
    assert.equal(crosscheck(['archive', 'add', 'examples', 'seeds', '--db', url], dir).status, 0);
  });

  test('each report alone against the archive gets the findings it gets in the whole workspace, citing the archive', () => {
    const whole = crosscheck(['check', '--format', 'json', 'examples', 'seeds'], dir);
    const files = (JSON.parse(whole.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.equal(files.length, 9);
    let cited = 0;
    for (const file of files) {
      const alone = crosscheck(['check', '--format', 'json', '--archive', url, file], dir);
      assert.match(alone.stderr, /8 reports of the archive at .* compared/, file);
      const viaArchive = comparable(diagnostics(alone, file), (p) => p.replace('crosscheck-archive:/', ''));
      const inWorkspace = comparable(diagnostics(whole, file), (p) => p.slice(dir.length + 1));
      assert.deepEqual(viaArchive, inWorkspace, file);
      assert.equal(alone.status, whole.status === 1 && inWorkspace.some((d) => d.severity === 'warning') ? 1 : 0, file);
      cited += diagnostics(alone, file).flatMap((d) => d.related).filter((r) => r.archived?.sentence).length;
    }
    assert.ok(cited >= 6, `findings cite the archive's reports with their sentences (${cited})`);
  });

  test('a report already in the archive is not compared with its own copy', () => {
    const plain = crosscheck(['check', '--format', 'json', 'examples', 'seeds'], dir);
    const withArchive = crosscheck(['check', '--format', 'json', '--archive', url, 'examples', 'seeds'], dir);
    assert.match(withArchive.stderr, /0 reports of the archive at .* compared/);
    assert.equal(withArchive.stdout, plain.stdout);
  });

  test('text output cites an archive report by path, source and date', async () => {
    const own = await archiveDatabase();
    const news = workspace('cite', { 'wire/herald.txt': HERALD, 'wire/courier.txt': COURIER, 'desk/draft.txt': DRAFT });
    assert.equal(crosscheck(['archive', 'add', 'wire', '--db', own], news).status, 0);
    const run = crosscheck(['check', '--no-color', '--archive', own, 'desk'], news);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^desk\/draft\.txt:3:\d+: warning: Distance[^:]*: 20 km here; .*\[figure-conflict\]$/m);
    assert.match(run.stdout, /^ {4}archive:wire\/herald\.txt:4:\d+ \(Quay Herald, 2024-03-09\): Quay Herald: The tanker Morwenna Bright ran aground 12 km/m);
    assert.match(run.stdout, /^ {4}archive:wire\/courier\.txt:4:\d+ \(Calloway Courier, 2024-03-09\): /m);
  });
});

/** An invented name word, different for every n: "Dakorin", "Velmusa", … */
function nameWord(n: number): string {
  const syllables = ['da', 'ko', 'rin', 'vel', 'mu', 'sa', 'tor', 'bri', 'nel', 'quo', 'fen', 'lis', 'gar', 'ze', 'hul'];
  const word = syllables[n % 15] + syllables[Math.floor(n / 15) % 15] + syllables[(n * 7 + 3) % 15];
  return word[0].toUpperCase() + word.slice(1);
}

/** A report of a grounding of its own: its ship, port and captain named by no other report. */
function otherStory(n: number): string {
  return `Source: Wire ${n}\n\nThe ferry ${nameWord(3 * n)} ran aground ${n + 3} km from Port ${nameWord(3 * n + 1)} on Friday.\n` +
    `Captain ${nameWord(3 * n + 2)} Harlsen said the engines failed.\n`;
}

describe('an archive of many stories', () => {
  test('a report is compared with its story only, found through the name index, as in a workspace of them all', async () => {
    const url = await archiveDatabase();
    const files: Record<string, string> = { 'wire/herald.txt': HERALD, 'wire/courier.txt': COURIER, 'desk/draft.txt': DRAFT };
    for (let n = 0; n < 45; n++) files[`wire/other-${n}.txt`] = otherStory(n);
    const news = workspace('many', files);
    assert.equal(crosscheck(['archive', 'add', 'wire', '--db', url], news).status, 0);

    const alone = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    assert.match(alone.stderr, /: 2 reports of the archive at .* compared/, 'only the story, of 47 reports');
    const whole = crosscheck(['check', '--format', 'json', 'desk', 'wire'], news);
    const draft = join(news, 'desk/draft.txt');
    const viaArchive = comparable(diagnostics(alone, draft), (p) => p.replace('crosscheck-archive:/', ''));
    assert.deepEqual(viaArchive, comparable(diagnostics(whole, draft), (p) => p.slice(news.length + 1)));
    assert.deepEqual([...new Set(viaArchive.flatMap((d) => d.related.map((r) => r.path)))], ['wire/courier.txt', 'wire/herald.txt']);
  });
});

describe('a changed and a removed report', () => {
  test('a changed file replaces its rows in one go; a removed one is no longer cited', async () => {
    const url = await archiveDatabase();
    const news = workspace('change', { 'wire/herald.txt': HERALD, 'wire/courier.txt': COURIER, 'desk/draft.txt': DRAFT });
    assert.equal(crosscheck(['archive', 'add', 'wire', '--db', url], news).status, 0);
    const before = stats(url);

    writeFileSync(join(news, 'wire/herald.txt'), HERALD.replace('12 km', '20 km'));
    const add = crosscheck(['archive', 'add', 'wire', '--db', url], news);
    assert.match(add.stderr, /2\/2 files read: 0 added, 1 replaced, 1 unchanged/);
    assert.deepEqual(stats(url), before, 'the same numbers of rows: the old ones went');
    const lengths = await sql<{ value: number }>(url, "SELECT c.value FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.path = 'wire/herald.txt' AND c.dimension = 'length'");
    assert.deepEqual(lengths, [{ value: 20000 }]);
    const check = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    const [distance] = diagnostics(check, join(news, 'desk/draft.txt')).filter((d) => d.code === 'figure-conflict');
    assert.deepEqual(distance.related.map((r) => r.archived?.path), ['wire/courier.txt'], 'the herald now agrees with the draft');

    const removed = crosscheck(['archive', 'remove', 'wire/courier.txt', '--db', url], news);
    assert.equal(removed.stdout, '1 report removed from the archive\n');
    assert.equal(stats(url).reports, 1);
    const after = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    assert.equal(after.status, 0, after.stdout);
    assert.deepEqual(diagnostics(after, join(news, 'desk/draft.txt')).filter((d) => d.code === 'figure-conflict'), []);
    const words = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM story_words s JOIN reports r ON r.id = s.report_id WHERE r.path = 'wire/courier.txt'");
    assert.equal(words[0].n, '0');
  });
});

const ESC = '\u001b';
const BELL = '\u0007';
const RLO = '\u202e';

describe('hostile text', () => {
  test('is stored as written and shown inert', async () => {
    const url = await archiveDatabase();
    const hostileSource = `Evil ${ESC}[31mWire${ESC}[0m'); DROP TABLE reports; -- <img src=x onerror=alert(1)> ${RLO}gnp.exe`;
    const hostile = `Source: ${hostileSource}\nDate: 2024-03-09\n\n` +
      `The tanker Morwenna Bright ran aground 30 km from Port Calloway ${ESC}]8;;https://evil.example${BELL}on Saturday${ESC}]8;;${BELL}, [the coastguard](command:rm) said ${RLO}.\n` +
      'Captain Teodor Vasquin said the steering failed.\n';
    const news = workspace('hostile', { 'wire/hostile.txt': hostile, 'desk/draft.txt': DRAFT });
    const add = crosscheck(['archive', 'add', 'wire', '--db', url], news);
    assert.equal(add.status, 0, add.stderr);
    const [row] = await sql<{ body: string; source: string }>(url, "SELECT body, source FROM reports WHERE path = 'wire/hostile.txt'");
    assert.equal(row.body, hostile, 'stored byte for byte');
    assert.equal(row.source, hostileSource);

    const text = crosscheck(['check', '--archive', url, 'desk'], news);
    // one report against one other is information: no warning, exit 0
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /information: Distance[^:]*: 20 km here; /);
    // the source and sentence are shown as text: escape sequences lose their ESC, links their power
    assert.match(text.stdout, /^ {4}archive:wire\/hostile\.txt:4:\d+ \(Evil +\[31mWire +\[0m'\); DROP TABLE reports; -- <img src=x onerror=alert\(1\)> +gnp\.exe, 2024-03-09\): /m);
    assert.doesNotMatch(text.stdout, /[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/, 'no control or bidi character reaches the terminal');

    const json = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    const cited = diagnostics(json, join(news, 'desk/draft.txt')).flatMap((d) => d.related).find((r) => r.archived?.path === 'wire/hostile.txt');
    assert.equal(cited?.archived?.source, hostileSource, 'JSON carries the text as data, escaped');
    assert.equal(stats(url).reports, 1, 'nothing the text says was run');
  });
});

describe('SQL injection attempts', () => {
  test('names and paths are data: stored, found and removed as written, and no table is touched', async () => {
    const url = await archiveDatabase();
    const sneakyName = "Robert'); DROP TABLE names; --";
    const files = {
      "wire/o'brien\"; DROP TABLE claims; --.txt": COURIER,
      'wire/50%_off/herald.txt': HERALD.replace('Teodor Vasquin', `Teodor Vasquin and ${sneakyName}`),
      'wire/50x_off/herald.txt': HERALD,
      'wire/%/herald.txt': HERALD,
      'desk/draft.txt': DRAFT,
    };
    const news = workspace('injection', files);
    const add = crosscheck(['archive', 'add', 'wire', '--db', url], news);
    assert.equal(add.status, 0, add.stderr);
    assert.equal(stats(url).reports, 4);
    const paths = (await sql<{ path: string }>(url, 'SELECT path FROM reports ORDER BY path')).map((r) => r.path);
    assert.deepEqual(paths, ['wire/%/herald.txt', 'wire/50%_off/herald.txt', 'wire/50x_off/herald.txt', "wire/o'brien\"; DROP TABLE claims; --.txt"]);
    const names = (await sql<{ name: string }>(url, 'SELECT name FROM names ORDER BY name')).map((r) => r.name);
    assert.ok(names.some((n) => n.includes('Robert')), names.join(', '));

    const check = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    const cited = diagnostics(check, join(news, 'desk/draft.txt')).flatMap((d) => d.related).map((r) => r.archived?.path);
    assert.ok(cited.includes("wire/o'brien\"; DROP TABLE claims; --.txt"), cited.join(', '));

    // a folder name with LIKE wildcards removes that folder only
    const removeFolder = crosscheck(['archive', 'remove', 'wire/50%_off', '--db', url], news);
    assert.equal(removeFolder.stdout, '1 report removed from the archive\n');
    const removeQuoted = crosscheck(['archive', 'remove', "wire/o'brien\"; DROP TABLE claims; --.txt", '--db', url], news);
    assert.equal(removeQuoted.stdout, '1 report removed from the archive\n');
    const left = (await sql<{ path: string }>(url, 'SELECT path FROM reports ORDER BY path')).map((r) => r.path);
    assert.deepEqual(left, ['wire/%/herald.txt', 'wire/50x_off/herald.txt']);
    const tables = (await sql<{ name: string }>(url, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.name);
    assert.deepEqual(tables, ['archive_totals', 'claims', 'crosscheck_migrations', 'names', 'reports', 'story_word_counts', 'story_words']);
  });
});

describe('a database that goes away', () => {
  test('check says so in one line and checks the workspace on its own; the archive is used again once it is back', async () => {
    const url = await archiveDatabase();
    const news = workspace('away', { 'wire/herald.txt': HERALD, 'desk/draft.txt': DRAFT, 'desk/notes.txt': COURIER });
    assert.equal(crosscheck(['archive', 'add', 'wire', '--db', url], news).status, 0);
    const plain = crosscheck(['check', '--format', 'json', 'desk'], news);
    const withArchive = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
    assert.notEqual(withArchive.stdout, plain.stdout, 'the archive adds a citation');

    await db.stop();
    try {
      const away = crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news);
      assert.equal(away.stdout, plain.stdout);
      assert.equal(away.status, plain.status);
      assert.match(away.stderr, /^crosscheck: the archive at postgresql:\/\/crosscheck@localhost\/archive_\d+\?host=\S+ cannot be reached \(no server socket in that folder, ENOENT\); the workspace is checked on its own\n$/);
    } finally {
      await db.resume();
    }
    assert.equal(crosscheck(['check', '--format', 'json', '--archive', url, 'desk'], news).stdout, withArchive.stdout);
  });
});

describe('a session whose database goes away', () => {
  test('a lookup fails with one clear error, what was found stays, and the archive is used again once it is back', async () => {
    const url = await archiveDatabase();
    const news = workspace('session', { 'wire/herald.txt': HERALD });
    assert.equal(crosscheck(['archive', 'add', 'wire', '--db', url], news).status, 0);
    const archive = await PostgresArchive.open(url, { connectTimeoutMs: 2000 });
    try {
      const analyzer = createAnalyzer();
      analyzer.upsert('/desk/draft.txt', DRAFT);
      const alone = analyzer.findings('/desk/draft.txt');
      assert.equal((await addArchiveStories(analyzer, archive, archiveLookup(analyzer, ['/desk/draft.txt']))).length, 1);
      const compared = analyzer.findings('/desk/draft.txt');
      assert.notDeepEqual(compared, alone, 'the archive report is cited');

      await db.stop();
      try {
        await assert.rejects(addArchiveStories(analyzer, archive, archiveLookup(analyzer, ['/desk/draft.txt'])),
          (e: Error) => e instanceof ArchiveUnavailable && /^the archive at .* cannot be reached \(/.test(e.message));
        assert.deepEqual(analyzer.findings('/desk/draft.txt'), compared);
      } finally {
        await db.resume();
      }
      assert.equal((await addArchiveStories(analyzer, archive, archiveLookup(analyzer, ['/desk/draft.txt']))).length, 1);
      assert.deepEqual(analyzer.findings('/desk/draft.txt'), compared);
    } finally {
      await archive.close();
    }
  });
});
