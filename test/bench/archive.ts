/**
 * The archive's benchmark, run by `npm run bench -- --archive [--archive-sizes 100000,1000000]`: for each size, a
 * PostgreSQL of its own (the test harness's, in a temporary folder) takes that many synthetic reports as
 * `crosscheck archive add` stores them (analysed, then written 200 to a transaction), and then answers the lookups
 * an editor makes: for reports spread over the corpus, the archive's reports of their story (an edit's lookup), the
 * analysis of those reports beside the article, and a hover on a figure. Each phase runs in a child process, so
 * that the looking-up side's peak memory is its own.
 * With `--archive-copies K`, a size of N is N / K analysed reports stored K times over, each copy a story of its own
 * (its story words made its own, as another event's would be): the database then holds N reports of the same shape,
 * without the hours a million analyses take on a small machine. Only the looking-up side's figures mean the same then.
 * A benchmark, not a test: it asserts nothing about time.
 */
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { upsertArchived } from '../../server/src/core/archive';
import { archiveEntry } from '../../server/src/node/archive/ingest';
import { PostgresArchive, type ArchiveEntry } from '../../server/src/node/archive/postgresArchive';
import { archiveLookup, contentHash } from '../../server/src/node/archive/stories';
import { distinctiveNameCap } from '../../server/src/core/alignment/alignment';
import { TestPostgres } from '../db/support/postgres';
import { corpusReports } from './corpus';

/** Reports written per transaction, as `crosscheck archive add` does. */
const BATCH = 200;
/** Articles looked up, spread evenly over the corpus, after a few that warm the database's cache. */
const SAMPLES = 200;
const WARM_UP = 10;

export interface ArchiveBenchRow {
  reports: number;
  /** Reports analysed; the rest are copies of them (`--archive-copies`). */
  analysed: number;
  ingest: { seconds: number; analyseSeconds: number; writeSeconds: number; reportsPerSecond: number; megabytesPerSecond: number; textMB: number; databaseMB: number };
  lookup: { lookupMs: Percentiles; bringInMs: Percentiles; hoverMs: Percentiles; reportsPerLookup: { mean: number; max: number }; peakRssMB: number };
}

interface Percentiles {
  p50: number;
  p95: number;
}

/** Measures each size against a PostgreSQL started for the purpose, stopped afterwards (also on failure). */
export async function benchArchive(sizes: number[], log: (line: string) => void, copies = 1): Promise<ArchiveBenchRow[]> {
  const db = await TestPostgres.start();
  try {
    const rows: ArchiveBenchRow[] = [];
    for (const n of sizes) {
      const url = await db.createDatabase();
      const analysed = Math.round(n / copies);
      log(`… archive of ${n} reports${copies > 1 ? ` (${analysed} analysed, stored ${copies} times)` : ''}: ingest`);
      const ingest = child('ingest', url, analysed, copies);
      log(`… archive of ${n} reports: lookups`);
      const lookup = child('lookup', url, analysed);
      rows.push({ reports: n, analysed, ingest, lookup });
    }
    return rows;
  } finally {
    await db.destroy();
  }
}

/** Runs one phase in a child process and reads the JSON it prints last; its progress goes to our stderr. */
function child(phase: 'ingest' | 'lookup', url: string, n: number, copies = 1): any {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, phase, url, String(n), String(copies)], {
    encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function ingest(url: string, n: number, copies: number): Promise<ArchiveBenchRow['ingest']> {
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
    if (copies > 1) {
      const copying = performance.now();
      await storeCopies(url, copies, (k) => process.stderr.write(`   copy ${k}/${copies - 1} stored\n`));
      writeMs += performance.now() - copying;
      bytes *= copies;
    }
    // as `crosscheck archive add` does after a large ingest
    const analysing = performance.now();
    await archive.analyze();
    writeMs += performance.now() - analysing;
    const seconds = (analyseMs + writeMs) / 1000;
    const stats = await archive.stats();
    return {
      seconds, analyseSeconds: analyseMs / 1000, writeSeconds: writeMs / 1000, reportsPerSecond: n * copies / seconds,
      megabytesPerSecond: bytes / 1e6 / seconds, textMB: bytes / 1e6, databaseMB: stats.databaseBytes / 1e6,
    };
  } finally {
    await archive.close();
  }
}

/**
 * Stores every analysed report `copies - 1` more times, in SQL: each copy under its own path and content hash, with its
 * claims and names, and its story words suffixed with the copy's number, so that no copy joins another's story and the
 * words' counts stay those of one story.
 */
async function storeCopies(url: string, copies: number, progress: (k: number) => void): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TEMP TABLE originals AS SELECT id, path FROM reports');
    // a story's own words are made the copy's own; a word common to many stories stays shared, its count growing with
    // the copies, so that a word is distinctive in the larger archive just when it was in the analysed one
    const cap = distinctiveNameCap(Number((await client.query('SELECT count(*) AS n FROM originals')).rows[0].n));
    await client.query('CREATE TEMP TABLE own_words AS SELECT word FROM story_word_counts WHERE reports <= $1', [cap]);
    await client.query('CREATE UNIQUE INDEX ON own_words (word)');
    for (let k = 1; k < copies; k++) {
      await client.query('BEGIN');
      await client.query(`INSERT INTO reports (path, content_hash, engine, source, title, url, published, bytes, body)
        SELECT x.path || '#copy' || $1, sha256(x.content_hash || convert_to($1::text, 'UTF8')), x.engine, x.source, x.title, x.url, x.published, x.bytes, x.body
        FROM reports x JOIN originals o ON o.id = x.id`, [k]);
      await client.query(`CREATE TEMP TABLE copy_of ON COMMIT DROP AS
        SELECT o.id AS original, r.id FROM originals o JOIN reports r ON r.path = o.path || '#copy' || $1`, [k]);
      await client.query(`INSERT INTO claims SELECT m.id, c.ordinal, c.alignment_key, c.signature, c.attribute, c.dimension, c.frame, c.unit,
        c.hedge, c.value, c.low, c.high, c.span_start, c.span_end, c.number_start, c.number_end, c.sentence_start, c.sentence_end, c.sentence
        FROM claims c JOIN copy_of m ON m.original = c.report_id`);
      await client.query('INSERT INTO names SELECT m.id, n.key, n.name, n.kind, n.mentions FROM names n JOIN copy_of m ON m.original = n.report_id');
      await client.query(`INSERT INTO story_words
        SELECT CASE WHEN EXISTS (SELECT 1 FROM own_words o WHERE o.word = s.word) THEN s.word || '#' || $1 ELSE s.word END, m.id
        FROM story_words s JOIN copy_of m ON m.original = s.report_id`, [k]);
      await client.query(`INSERT INTO story_word_counts SELECT c.word || '#' || $1, c.reports FROM story_word_counts c JOIN own_words o USING (word)`, [k]);
      await client.query('UPDATE archive_totals SET reports = reports + (SELECT count(*) FROM copy_of)');
      await client.query('COMMIT');
      progress(k);
    }
    await client.query('UPDATE story_word_counts SET reports = reports * $1 WHERE word NOT LIKE $2 AND NOT EXISTS (SELECT 1 FROM own_words o WHERE o.word = story_word_counts.word)', [copies, '%#%']);
  } finally {
    await client.end();
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
  const [phase, url, n, copies] = process.argv.slice(2);
  const work = phase === 'ingest' ? ingest(url, Number(n), Number(copies ?? 1)) : lookups(url, Number(n));
  work.then((result) => console.log(JSON.stringify(result)), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
