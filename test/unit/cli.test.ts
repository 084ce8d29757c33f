/**
 * The CLI as a user runs it: `node dist/cli.js check …` on temporary folders of invented reports.
 * Needs the bundle: `npm test` builds first (or run `node scripts/build.mjs`).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { addDistinctNames, addEntityAlias } from '../../server/src/core/config';

const repoRoot = resolve(import.meta.dirname, '../..');
const cli = join(repoRoot, 'dist', 'cli.js');

const ALPHA = 'Source: Alpha News\nThe train travelled at 80 km/h through the valley.\nThree people were killed in the crash.\n';
const BETA = 'Source: Beta Post\nThe train travelled at 120 km/h through the valley.\nFive people were killed in the crash.\n';
/** Agrees with Beta on the speed: Alpha's 80 km/h is outvoted, a warning (one report against one is information). */
const CHI = 'Source: Chi Wire\nThe train travelled at 120 km/h along the coast.\n';
/** Only a growing tally differs: information, no warning. */
const GAMMA = 'Source: Gamma Radio\nThree people were killed when the bus overturned.\n';
const DELTA = 'Source: Delta Daily\nSeven people were killed when the bus overturned.\n';

let tmp: string;

function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

function run(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`node scripts/build.mjs\` (npm test does it)`);
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'crosscheck-cli-')));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('crosscheck check --format json', () => {
  test('has the documented shape, LSP-style zero-based ranges and related locations', () => {
    const dir = folder('json', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI });
    const r = run(['check', '--format', 'json', dir]);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report).sort(), ['files', 'version']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), [join(dir, 'alpha.txt'), join(dir, 'beta.txt'), join(dir, 'chi.txt')]);
    for (const f of report.files) assert.deepEqual(Object.keys(f).sort(), ['diagnostics', 'path']);

    const speed = report.files[0].diagnostics.find((d: { message: string }) => /Speed/.test(d.message));
    assert.ok(speed, JSON.stringify(report.files[0].diagnostics));
    assert.deepEqual(Object.keys(speed).sort(), ['code', 'message', 'range', 'related', 'severity']);
    // "The train travelled at 80 km/h" is line 1 (zero-based), "80 km/h" starts at character 23
    assert.deepEqual(speed.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 30 } });
    assert.equal(speed.severity, 'warning');
    assert.equal(speed.code, 'figure-conflict');
    assert.match(speed.message, /Beta Post says "120 km\/h"; Chi Wire says "120 km\/h"/);
    assert.equal(speed.related.length, 2);
    assert.deepEqual(Object.keys(speed.related[0]).sort(), ['message', 'path', 'range']);
    assert.equal(speed.related[0].path, join(dir, 'beta.txt'));
    assert.deepEqual(speed.related[0].range, { start: { line: 1, character: 23 }, end: { line: 1, character: 31 } });
    assert.match(speed.related[0].message, /^Beta Post: /);

    const deaths = report.files[0].diagnostics.find((d: { message: string }) => /death toll/i.test(d.message));
    assert.ok(deaths);
    assert.equal(deaths.severity, 'information');
  });
});

describe('crosscheck check (text)', () => {
  test('prints file:line:col: severity: message [code], related lines indented, and a summary', () => {
    const dir = folder('text', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI });
    const r = run(['check', '--no-color', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const i = lines.findIndex((l) => l.startsWith('alpha.txt:2:24: warning: '));
    assert.ok(i >= 0, r.stdout);
    assert.match(lines[i], /^alpha\.txt:2:24: warning: Speed: 80 km\/h here; Beta Post says "120 km\/h"; Chi Wire says "120 km\/h"\. \[figure-conflict\]$/);
    assert.match(lines[i + 1], /^ {4}beta\.txt:2:24: Beta Post: The train travelled at 120 km\/h through the valley\.$/);
    assert.ok(lines.some((l) => /^alpha\.txt:3:1: information: .* \[figure-conflict\]$/.test(l)), r.stdout);
    assert.equal(lines.at(-1), '3 reports checked: 0 errors, 1 warning, 4 information.');
  });

  test('no findings: a one-line summary and exit 0', () => {
    const dir = folder('clean', { 'a.txt': 'Source: A\nThe train travelled at 80 km/h.\n', 'b.txt': 'Source: B\nThe train travelled at 50 mph.\n' });
    const r = run(['check', dir]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '2 reports checked: no findings.\n');
  });
});

describe('crosscheck check --format sarif', () => {
  test('is SARIF 2.1.0 with rule ids, levels and locations', () => {
    const dir = folder('sarif', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI });
    const r = run(['check', '--format', 'sarif', dir]);
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    assert.equal(sarif.runs[0].tool.driver.name, 'crosscheck');
    const results = sarif.runs[0].results;
    assert.equal(results.length, 5);
    const warning = results.find((x: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      x.level === 'warning' && x.locations[0].physicalLocation.artifactLocation.uri.endsWith('/alpha.txt'));
    assert.ok(warning, JSON.stringify(results));
    assert.equal(warning.ruleId, 'figure-conflict');
    assert.match(warning.message.text, /Beta Post/);
    assert.deepEqual(warning.locations[0].physicalLocation.region, { startLine: 2, startColumn: 24, endLine: 2, endColumn: 31 });
    assert.match(warning.relatedLocations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*beta\.txt$/);
    assert.ok(results.some((x: { level: string }) => x.level === 'note'), 'information is a note');
  });
});

describe('exit status', () => {
  test('0 when only information is found', () => {
    const dir = folder('info', { 'gamma.txt': GAMMA, 'delta.txt': DELTA });
    const r = run(['check', '--format', 'json', dir]);
    const report = JSON.parse(r.stdout);
    const severities = report.files.flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics.map((d) => d.severity));
    assert.deepEqual(severities, ['information', 'information']);
    assert.equal(r.status, 0);
  });

  test('1 when a warning is found', () => {
    const dir = folder('warn', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI });
    assert.equal(run(['check', dir]).status, 1);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown option', ['check', '--frobnicate', '.'], /^crosscheck: .*frobnicate/],
    ['an unknown format', ['check', '--format', 'xml', '.'], /^crosscheck: unknown format 'xml'/],
    ['a missing path', ['check', 'no/such/folder'], /^crosscheck: no such file or folder: .*no\/such\/folder$/],
    ['a missing command', [], /^crosscheck: missing command/],
  ];
  for (const [name, args, reason] of usage) {
    test(`2 on ${name}, with the reason on the first line of stderr`, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.split('\n')[0], reason);
    });
  }
});

describe('files that are not reports', () => {
  test('a binary file is skipped with a message on stderr, the others still checked', () => {
    const dir = folder('binary', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI, 'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) });
    const r = run(['check', '--format', 'json', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /skipped .*photo\.txt: binary/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join(dir, 'alpha.txt'), join(dir, 'beta.txt'), join(dir, 'chi.txt')]);
  });

  test('a file over the size limit is skipped with a message on stderr', () => {
    const big = 'Source: Big\n' + 'The ferry carried 40 passengers across the bay.\n'.repeat(100);
    const dir = folder('oversize', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI, 'big.txt': big, '.crosscheck/config.json': JSON.stringify({ maxFileSize: 2000 }) });
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /skipped .*big\.txt: larger than the size limit/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join(dir, 'alpha.txt'), join(dir, 'beta.txt'), join(dir, 'chi.txt')]);
  });
});

describe('.crosscheck/reviewed.json', () => {
  test('hides the reviewed finding, and only it', () => {
    const dir = folder('reviewed', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI });
    const alpha = join(dir, 'alpha.txt');
    const beta = join(dir, 'beta.txt');
    const analyzer = createAnalyzer();
    analyzer.upsert(alpha, ALPHA);
    analyzer.upsert(beta, BETA);
    analyzer.upsert(join(dir, 'chi.txt'), CHI);
    const warning = analyzer.findings(alpha).find((f) => f.severity === 'warning')!;
    assert.ok(warning);

    const count = () => JSON.parse(run(['check', '--format', 'json', dir]).stdout).files.map((f: { diagnostics: unknown[] }) => f.diagnostics.length);
    assert.deepEqual(count(), [2, 2, 1]);
    mkdirSync(join(dir, '.crosscheck'), { recursive: true });
    writeFileSync(join(dir, '.crosscheck', 'reviewed.json'),
      JSON.stringify({ version: 1, reviewed: [{ key: warning.reviewKey, file: 'alpha.txt', text: '80 km/h' }] }));
    const r = run(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(files.map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [1, 2, 1]);
    assert.ok(!files[0].diagnostics.some((d: { message: string }) => /Speed/.test(d.message)));
  });

  test('a malformed reviewed.json is reported on stderr and ignored', () => {
    const dir = folder('reviewed-bad', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'chi.txt': CHI, '.crosscheck/reviewed.json': '{"version": 1, "reviewed": [' });
    const r = run(['check', '--format', 'json', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /reviewed\.json: not valid JSON.*ignoring it/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [2, 2, 1]);
  });
});

describe('.crosscheck/entities.json: names the team has taught', () => {
  const reports = {
    'alpha.txt': 'Source: Alpha News\nHarbour master Tomas Brandvold said the ferry hit rocks near the island.\n',
    'beta.txt': 'Source: Beta Post\nHarbour master Tomas Brandvold told reporters the ferry hit rocks.\n',
    'gamma.txt': 'Source: Gamma Radio\nHarbour master Tomas Brandvoll said the ferry struck rocks near the island.\n',
  };
  const spellingLines = (dir: string, cwd = tmp) => run(['check', '--no-color', dir], cwd).stdout.split('\n').filter((line) => line.includes('[entity-spelling]'));
  const teach = (dir: string, text: string) => writeFileSync(join(dir, '.crosscheck', 'entities.json'), text);

  test("'Treat as a spelling' (an alias) takes the spelling finding away", () => {
    const dir = folder('taught-alias', { ...reports, '.crosscheck/entities.json': '{"entities": []}\n' });
    assert.match(spellingLines(dir).join('\n'), /gamma\.txt:2:\d+: warning: "Brandvoll" is spelled differently elsewhere/);
    teach(dir, addEntityAlias(undefined, 'Brandvoll', 'Brandvold'));
    assert.deepEqual(spellingLines(dir), []);
    assert.deepEqual(spellingLines('.', dir), [], 'run from inside the folder too');
  });

  test("'a different name' (a distinct pair) takes the spelling finding away", () => {
    const dir = folder('taught-distinct', { ...reports, '.crosscheck/entities.json': '[]\n' });
    assert.equal(spellingLines(dir).length, 3);
    teach(dir, addDistinctNames('[]\n', 'Brandvoll', 'Brandvold'));
    assert.deepEqual(spellingLines(dir), []);
  });

  test('a malformed distinct list is reported on stderr; the rest of the file still counts', () => {
    const dir = folder('taught-bad', { ...reports, '.crosscheck/entities.json': JSON.stringify({ entities: [{ name: 'Brandvold', aliases: ['Brandvoll'] }], distinct: [['Brandvold']] }) });
    const r = run(['check', '--no-color', dir]);
    assert.match(r.stderr, /entities\.json: "distinct" entry 1 is not a list of two or more names/);
    assert.doesNotMatch(r.stdout, /entity-spelling/);
  });
});

describe('crosscheck table', () => {
  /** A third report that names its outlet with a comma and quotes, and says nothing of the train's speed. */
  const EPSILON = 'Source: Epsilon, "the Valley Voice"\nFive people were killed in the crash, the police said.\n';

  test("text: FILE's figures beside each report of its folder, in FILE's unit, with a symbol and a word; exit 0", () => {
    const dir = folder('table-text', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'epsilon.txt': EPSILON });
    const r = run(['table', 'alpha.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [header, rule, ...rows] = r.stdout.trimEnd().split('\n');
    assert.match(header, /^Alpha News +About +Beta Post +Epsilon, "the Valley Voice" +Consensus$/);
    assert.match(rule, /^[- ]+$/);
    const speed = rows.find((l) => l.startsWith('80 km/h'));
    assert.match(speed ?? '', /^80 km\/h +speed +120 km\/h \(74\.6 mph\) ✗ differs +1 of 2 reports: 80 km\/h/, r.stdout);
    const deaths = rows.find((l) => l.startsWith('Three people'));
    assert.match(deaths ?? '', /5 ✗ differs +5 ✗ differs/, r.stdout);
  });

  test('the other reports are those of the paths given after FILE', () => {
    const dir = folder('table-paths', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'more/epsilon.txt': EPSILON });
    const r = run(['table', '--format', 'csv', 'alpha.txt', 'more'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\r\n')[0], 'Alpha News,About,"Epsilon, ""the Valley Voice""",Consensus');
  });

  test('markdown: a table a memo can paste, one cell per report', () => {
    const dir = folder('table-markdown', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'epsilon.txt': EPSILON });
    const r = run(['table', '--format', 'markdown', join(dir, 'alpha.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '| Alpha News | About | Beta Post | Epsilon, "the Valley Voice" | Consensus |');
    assert.equal(lines[1], '| --- | --- | --- | --- | --- |');
    assert.ok(lines.includes('| 80 km/h | speed | 120 km/h (74.6 mph) ✗ differs |  | 1 of 2 reports: 80 km/h (49.7 mph) |'), r.stdout);
  });

  test('json: columns, rows with LSP-style ranges, and null where a report is silent', () => {
    const dir = folder('table-json', { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'epsilon.txt': EPSILON });
    const r = run(['table', '--format', 'json', join(dir, 'alpha.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const table = JSON.parse(r.stdout);
    assert.equal(table.version, 1);
    assert.equal(table.path, join(dir, 'alpha.txt'));
    assert.deepEqual(table.columns, [{ path: join(dir, 'beta.txt'), source: 'Beta Post' }, { path: join(dir, 'epsilon.txt'), source: 'Epsilon, "the Valley Voice"' }]);
    const speed = table.rows.find((row: { label: string }) => row.label === 'speed');
    assert.deepEqual(speed.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 30 } });
    assert.equal(speed.cells[1], null);
    assert.deepEqual(speed.cells[0].range, { start: { line: 1, character: 23 }, end: { line: 1, character: 31 } });
    assert.equal(speed.cells[0].agreement, 'conflicts');
    assert.equal(speed.cells[0].converted, '120 km/h (74.6 mph)');
  });

  const usage: [string, string[], RegExp][] = [
    ['no FILE', ['table'], /^crosscheck: missing FILE/],
    ['a folder for FILE', ['table', '.'], /^crosscheck: .* is a folder/],
    ['a format of check only', ['table', '--format', 'sarif', 'x.txt'], /^crosscheck: unknown format 'sarif' \(text, markdown, csv or json\)/],
    ['a missing FILE', ['table', 'no-such-report.txt'], /^crosscheck: no such file or folder: .*no-such-report\.txt$/],
  ];
  for (const [name, args, reason] of usage) {
    test(`exit 2 on ${name}, with the reason on stderr`, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.split('\n')[0], reason);
    });
  }
});
