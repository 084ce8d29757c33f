/**
 * The archive's benchmark, run by `npm run bench -- --archive [--archive-sizes 100000,1000000]`: for each size, a
 * PostgreSQL of its own (the test harness's, in a temporary folder) takes that many synthetic reports as
 * `crosscheck archive add` stores them (analysed, then written 200 to a transaction), and then answers the lookups
 * an editor makes: for reports spread over the corpus, the archive's reports of their story (an edit's lookup), the
 * analysis of those reports beside the article, and a hover on a figure. Each phase runs in a child process, so
 * that the looking-up side's peak memory is its own.
 * A benchmark, not a test: it asserts nothing about time.
 */
import { execFileSync } from 'node:child_process';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { upsertArchived } from '../../server/src/core/archive';
import { archiveEntry } from '../../server/src/node/archive/ingest';
import { PostgresArchive, type ArchiveEntry } from '../../server/src/node/archive/postgresArchive';
import { archiveLookup, contentHash } from '../../server/src/node/archive/stories';
import { TestPostgres } from '../db/support/postgres';
import { corpusReports } from './corpus';

/** Reports written per transaction, as `crosscheck archive add` does. */
const BATCH = 200;
/** Articles looked up, spread evenly over the corpus, after a few that warm the database's cache. */
const SAMPLES = 200;
const WARM_UP = 10;

export interface ArchiveBenchRow {
  reports: number;
  ingest: { seconds: number; analyseSeconds: number; writeSeconds: number; reportsPerSecond: number; megabytesPerSecond: number; textMB: number; databaseMB: number };
  lookup: { lookupMs: Percentiles; bringInMs: Percentiles; hoverMs: Percentiles; reportsPerLookup: { mean: number; max: number }; peakRssMB: number };
}

interface Percentiles {
  p50: number;
  p95: number;
}

/** Measures each size against a PostgreSQL started for the purpose, stopped afterwards (also on failure). */
export async function benchArchive(sizes: number[], log: (line: string) => void): Promise<ArchiveBenchRow[]> {
  const db = await TestPostgres.start();
  try {
    const rows: ArchiveBenchRow[] = [];
    for (const n of sizes) {
      const url = await db.createDatabase();
      log(`… archive of ${n} reports: ingest`);
      const ingest = child('ingest', url, n);
      log(`… archive of ${n} reports: lookups`);
      const lookup = child('lookup', url, n);
      rows.push({ reports: n, ingest, lookup });
    }
    return rows;
  } finally {
    await db.destroy();
  }
}

/** Runs one phase in a child process and reads the JSON it prints last; its progress goes to our stderr. */
function child(phase: 'ingest' | 'lookup', url: string, n: number): any {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, phase, url, String(n)], {
    encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function ingest(url: string, n: number): Promise<ArchiveBenchRow['ingest']> {
  const archive = await PostgresArchive.open(url, { queryTimeoutMs: 600_000 });
  try {
    await archive.init();
    const analyzer = createAnalyzer();
    let analyseMs = 0;
    let writeMs = 0;
    let bytes = 0;
    let batch: ArchiveEntry[] = [];
    const write = async () => {
      const started = performance.now();
      await archive.write(batch);
      writeMs += performance.now() - started;
      batch = [];
    };
    let done = 0;
    for (const { path, text } of corpusReports(n)) {
      const started = performance.now();
      batch.push(archiveEntry(analyzer, `/bench/${path}`, path, text, 'bench'));
      analyseMs += performance.now() - started;
      bytes += Buffer.byteLength(text);
      if (batch.length === BATCH) await write();
      if (++done % 10_000 === 0) process.stderr.write(`   ${done}/${n} reports stored\n`);
    }
    if (batch.length) await write();
    // as `crosscheck archive add` does after a large ingest
    const analysing = performance.now();
    await archive.analyze();
    writeMs += performance.now() - analysing;
    const seconds = (analyseMs + writeMs) / 1000;
    const stats = await archive.stats();
    return {
      seconds, analyseSeconds: analyseMs / 1000, writeSeconds: writeMs / 1000, reportsPerSecond: n / seconds,
      megabytesPerSecond: bytes / 1e6 / seconds, textMB: bytes / 1e6, databaseMB: stats.databaseBytes / 1e6,
    };
  } finally {
    await archive.close();
  }
}

async function lookups(url: string, n: number): Promise<ArchiveBenchRow['lookup']> {
  const every = Math.max(1, Math.floor(n / (SAMPLES + WARM_UP)));
  const articles: { path: string; text: string }[] = [];
  let k = 0;
  for (const report of corpusReports(n)) if (k++ % every === 0 && articles.length < SAMPLES + WARM_UP) articles.push(report);
  const archive = await PostgresArchive.open(url);
  const lookupMs: number[] = [];
  const bringInMs: number[] = [];
  const hoverMs: number[] = [];
  const held: number[] = [];
  try {
    for (const [sample, article] of articles.entries()) {
      // the article as a workspace report of its own; its copy in the archive is left out, as an editor's would be
      const analyzer = createAnalyzer();
      const id = `/desk/${article.path}`;
      analyzer.upsert(id, article.text);
      const lookup = archiveLookup(analyzer, [id]);
      const asked = performance.now();
      const reports = await archive.storyReports(lookup.queries, { exclude: new Set([contentHash(article.text)]), workspaceReports: 1 });
      const answered = performance.now();
      upsertArchived(analyzer, reports);
      const broughtIn = performance.now();
      const figure = analyzer.claims(id).find((c) => c.dimension !== 'count') ?? analyzer.claims(id)[0];
      analyzer.findings(id);
      const hovering = performance.now();
      if (figure) analyzer.hover(id, figure.span.start);
      const hovered = performance.now();
      if (sample < WARM_UP) continue;
      lookupMs.push(answered - asked);
      bringInMs.push(broughtIn - answered);
      hoverMs.push(hovered - hovering);
      held.push(reports.length);
    }
  } finally {
    await archive.close();
  }
  return {
    lookupMs: percentiles(lookupMs), bringInMs: percentiles(bringInMs), hoverMs: percentiles(hoverMs),
    reportsPerLookup: { mean: held.reduce((a, b) => a + b, 0) / Math.max(held.length, 1), max: Math.max(0, ...held) },
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

// As a child process: `archive.ts ingest|lookup URL N` prints its figures as one JSON line.
if (require.main === module) {
  const [phase, url, n] = process.argv.slice(2);
  const work = phase === 'ingest' ? ingest(url, Number(n)) : lookups(url, Number(n));
  work.then((result) => console.log(JSON.stringify(result)), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
