/**
 * `npm run bench [-- --sizes 1000,10000,50000] [--no-server] [--out FILE]`: the engine and the server at newsroom
 * scale. For synthetic corpora of each size (generated deterministically into a temporary folder, see corpus.ts)
 * and for the real corpus beside the checkout (../shared/corpora/ecbplus), it measures cold indexing (time,
 * MB/s, peak memory), the latency of typing into a 5,000-word article (edit → new findings, in the engine and
 * through the real server process), hover and code-action latency, and a second start of the server on the same
 * workspace; and `crosscheck check` over all of ECB+ as one folder, as a whole process (--no-check leaves it out).
 * Prints a table, then each budget of the embedded default (issue 12) met or missed, and writes the figures as JSON
 * (bench-results.json unless --out).
 * `npm run bench -- --archive [--archive-sizes 100000,1000000]` measures the PostgreSQL archive instead (archive.ts).
 * A benchmark, not a test: it asserts nothing about time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus';
import { measureActivation } from './activation';
import { benchArchive, type ArchiveBenchRow } from './archive';
import { measureCheck, type CheckThroughput } from './checkThroughput';

const { values } = parseArgs({
  options: {
    // 50,000 is there to be asked for: it needs more memory than this machine's 4 GB heap (see README)
    sizes: { type: 'string', default: '1000,10000' },
    'no-server': { type: 'boolean', default: false },
    'no-ecbplus': { type: 'boolean', default: false },
    'no-multinews': { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results.json' },
    archive: { type: 'boolean', default: false },
    'archive-sizes': { type: 'string', default: '100000' },
    // each size's reports analysed once and stored this many times over (see archive.ts)
    'archive-copies': { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const ecbplus = resolve(__dirname, '../../../shared/corpora/ecbplus');
// raw web articles (paragraphs, captions, scraping noise): real news of another shape than ECB+'s one sentence per line
const multinews = resolve(__dirname, '../../../shared/corpora/multinews');

/**
 * Runs measure.ts in a child process (its own heap, so its own peak memory) and parses its answer; a run that
 * fails (out of memory, say) is recorded as such, and the others go on.
 */
function measure(mode: 'core' | 'server', dir: string): Record<string, any> {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'measure.ts'), mode, dir], {
      encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.trim().split('\n').pop()!);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const reason = /heap out of memory/.test(stderr) ? 'out of memory' : stderr.trim().split('\n').pop() ?? 'failed';
    console.error(`   ${mode} measurement failed: ${reason}`);
    return { failed: reason };
  }
}

interface Row {
  corpus: string;
  reports: number;
  megabytes: number;
  core: Record<string, any>;
  server?: Record<string, any>;
}

function run(corpus: string, dir: string): Row {
  console.error(`… ${corpus}: engine`);
  const core = measure('core', dir);
  let server: Record<string, any> | undefined;
  if (!values['no-server']) {
    console.error(`… ${corpus}: server`);
    server = measure('server', dir);
  }
  return { corpus, reports: core.reports ?? Number(corpus.replace(/\D/g, '')), megabytes: (core.bytes ?? NaN) / 1e6, core, server };
}

if (values.archive) {
  void benchArchive(values['archive-sizes'].split(',').filter(Boolean).map(Number), (line) => console.error(line), Number(values['archive-copies'])).then(printArchive);
} else {
  benchEngineAndServer();
}

function printArchive(rows: ArchiveBenchRow[]): void {
  const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  console.log('| reports (analysed) | ingest s | reports/s | MB/s | text MB | database MB | lookup p50/p95 ms | bring-in p50/p95 ms | hover p50/p95 ms | reports per lookup (mean/max) | lookup RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { reports, analysed, ingest: i, lookup: l } of rows) {
    console.log(`| ${reports.toLocaleString('en')}${analysed < reports ? ` (${analysed.toLocaleString('en')})` : ''} | ${f(i.seconds, 0)} (analysis ${f(i.analyseSeconds, 0)}, writes ${f(i.writeSeconds, 0)}) | ${f(i.reportsPerSecond, 0)} | ${f(i.megabytesPerSecond, 2)} | ` +
      `${f(i.textMB, 0)} | ${f(i.databaseMB, 0)} | ${f(l.lookupMs.p50)}/${f(l.lookupMs.p95)} | ${f(l.bringInMs.p50)}/${f(l.bringInMs.p95)} | ` +
      `${f(l.hoverMs.p50, 2)}/${f(l.hoverMs.p95, 2)} | ${f(l.reportsPerLookup.mean)}/${l.reportsPerLookup.max} | ${f(l.peakRssMB, 0)} |`);
  }
  const machine = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(values.out, JSON.stringify({ machine, archive: rows }, null, 2) + '\n');
  console.log(`machine: Node ${machine.node}, ${machine.cores} cores, ${machine.cpu}; results in ${values.out}`);
}

function benchEngineAndServer(): void {
  const rows: Row[] = [];
  if (!values['no-ecbplus'] && existsSync(ecbplus)) rows.push(run('ECB+', ecbplus));
  if (!values['no-multinews'] && existsSync(multinews)) rows.push(run('Multi-News', multinews));
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `crosscheck-bench-${n}-`));
    try {
      console.error(`… generating ${n} reports in ${dir}`);
      writeCorpus(dir, n);
      rows.push(run(`synthetic ${n}`, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const activation = measureActivation();
  let check: CheckThroughput | undefined;
  if (!values['no-check'] && existsSync(ecbplus)) {
    console.error('… crosscheck check over ECB+ as one folder');
    check = measureCheck(ecbplus);
  }

  const f = (x: number | null | undefined, digits = 1) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(digits));
  const header = ['corpus', 'reports', 'MB', 'index s', 'MB/s', 'first findings s', 'RSS MB', 'edit p50/p95/p99 ms', 'server index s', 'warm s',
    'e2e edit p50/p95/p99 ms', 'hover p95', 'action p95', 'server RSS MB'];
  const table = rows.map((r) => r.core.failed ? [r.corpus, String(r.reports), '–', `engine: ${r.core.failed}`, ...Array(10).fill('–')] : [
    r.corpus, String(r.reports), f(r.megabytes), f((r.core.readMs + r.core.analyseMs) / 1000, 2), f(r.core.coldMBps, 2), f(r.core.firstFindingsMs / 1000, 2),
    f(r.core.peakRssMB, 0), `${f(r.core.edit.p50)}/${f(r.core.edit.p95)}/${f(r.core.edit.p99)}`,
    f(r.server && r.server.coldIndexMs / 1000, 2), f(r.server && r.server.warmIndexMs / 1000, 2),
    r.server?.edit ? `${f(r.server.edit.p50)}/${f(r.server.edit.p95)}/${f(r.server.edit.p99)}` : r.server?.failed ?? '–',
    f(r.server?.hover?.p95), f(r.server?.codeAction?.p95), f(r.server?.serverPeakRssMB, 0),
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...table.map((row) => row[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  console.log(`\nclient activation: ${f(activation.requireAndActivateMs)} ms to load dist/extension.js and run activate() ` +
    `(vscode stubbed, server start excluded); the server's spawn and initialize handshake: ${f(rows[0]?.server?.serverStartMs)} ms.`);

  // How each figure grows with the corpus: the exponent k in cost ∝ N^k between the smallest and largest synthetic corpus.
  const synthetic = rows.filter((r) => r.corpus.startsWith('synthetic') && !r.core.failed);
  const growth: Record<string, number> = {};
  if (synthetic.length >= 2) {
    const [a, b] = [synthetic[0], synthetic[synthetic.length - 1]];
    const k = (x: number, y: number) => Math.log(y / x) / Math.log(b.reports / a.reports);
    growth.indexTime = k(a.core.readMs + a.core.analyseMs, b.core.readMs + b.core.analyseMs);
    growth.firstFindings = k(a.core.firstFindingsMs, b.core.firstFindingsMs);
    growth.peakRss = k(a.core.peakRssMB, b.core.peakRssMB);
    growth.editP95 = k(a.core.edit.p95, b.core.edit.p95);
    growth.hoverP95 = k(a.core.hover.p95, b.core.hover.p95);
    if (a.server?.edit && b.server?.edit) growth.e2eEditP95 = k(a.server.edit.p95, b.server.edit.p95);
    console.log(`growth with N (exponent k in cost ∝ N^k, ${a.reports} → ${b.reports} reports; 0 flat, 1 linear): ` +
      Object.entries(growth).map(([name, e]) => `${name} ${e.toFixed(2)}`).join(', '));
  }
  if (check) {
    console.log(`\ncrosscheck check over ECB+ as one folder (${check.reports} reports, ${f(check.megabytes)} MB), a whole process, fastest of ` +
      `${check.runs}: ${f(check.seconds, 2)} s, ${f(check.megabytesPerSecond, 2)} MB/s.`);
  }
  const budgets = judgeBudgets(rows, check);
  printBudgets(budgets);
  const machine = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(values.out, JSON.stringify({ machine, sizes, rows, activation, growth, check, budgets }, null, 2) + '\n');
  console.log(`machine: Node ${machine.node}, ${machine.cores} cores, ${machine.cpu}; results in ${values.out}`);
}

/** A budget of issue 12's embedded default, and whether this run met it (undefined when not measured). */
interface Budget {
  budget: string;
  measured: string;
  met: boolean | undefined;
}

/** The budgets at 10,000 reports (the synthetic corpus of that size), on real news and for the whole CLI. */
function judgeBudgets(rows: Row[], check: CheckThroughput | undefined): Budget[] {
  const f = (x: number, digits = 1) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const large = rows.find((r) => r.corpus === 'synthetic 10000' && !r.core.failed);
  const real = rows.filter((r) => (r.corpus === 'ECB+' || r.corpus === 'Multi-News') && !r.core.failed);
  const judged = (budget: string, value: number | undefined, bar: number, atMost: boolean, say: (x: number) => string): Budget =>
    value === undefined || Number.isNaN(value) ? { budget, measured: 'not measured', met: undefined }
      : { budget, measured: say(value), met: atMost ? value <= bar : value >= bar };
  const slowestReal = real.length ? Math.min(...real.map((r) => r.core.coldMBps)) : undefined;
  return [
    judged('peak RSS ≤ 300 MB (engine, 10,000 reports)', large?.core.peakRssMB, 300, true,
      (x) => `${f(x, 0)} MB` + (large?.server?.serverPeakRssMB ? ` (server ${f(large.server.serverPeakRssMB, 0)} MB)` : '')),
    judged('warm start from the cache ≤ 1 s (10,000 reports)', large?.server?.warmIndexMs === undefined ? undefined : large.server.warmIndexMs / 1000, 1, true, (x) => `${f(x, 2)} s`),
    judged('edit → findings p95 ≤ 15 ms (engine, 10,000 reports)', large?.core.edit?.p95, 15, true, (x) => `${f(x)} ms`),
    judged('cold indexing ≥ 10 MB/s per core on real news (ECB+, Multi-News)', slowestReal, 10, false,
      () => real.map((r) => `${r.corpus} ${f(r.core.coldMBps, 2)}`).join(', ') + ' MB/s'),
    judged('crosscheck check over ECB+ as one folder ≥ 5 MB/s (whole process)', check?.megabytesPerSecond, 5, false, (x) => `${f(x, 2)} MB/s`),
  ];
}

function printBudgets(budgets: Budget[]): void {
  console.log('\n| budget | measured | |');
  console.log('|---|---|---|');
  for (const b of budgets) console.log(`| ${b.budget} | ${b.measured} | ${b.met === undefined ? '–' : b.met ? 'met' : 'missed'} |`);
}
