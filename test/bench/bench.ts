/**
 * `npm run bench`: the engine's throughput over the real corpus beside the checkout (../shared/corpora/ecbplus).
 * Prints a table and writes bench-results.json. A benchmark, not a test: it asserts nothing about time.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../../server/src/core/analyzer';

const corpus = resolve(__dirname, '../../../shared/corpora/ecbplus');

function reportsIn(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return reportsIn(path);
    return name.endsWith('.txt') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const reports = reportsIn(corpus);
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const runs: { analyse: number; findings: number }[] = [];
for (let run = 0; run < 5; run++) {
  const analyzer = createAnalyzer();
  const t0 = performance.now();
  for (const r of reports) analyzer.upsert(r.path, r.text);
  const t1 = performance.now();
  let findings = 0;
  for (const r of reports) findings += analyzer.findings(r.path).length;
  const t2 = performance.now();
  runs.push({ analyse: t1 - t0, findings: t2 - t1 });
  if (run === 0) console.log(`${reports.length} reports, ${(bytes / 1e6).toFixed(2)} MB, ${findings} findings`);
}
const analyse = median(runs.map((r) => r.analyse));
const compare = median(runs.map((r) => r.findings));
const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
const rows = [
  ['extract (fold, mask, claims, entities)', analyse, mbps(analyse)],
  ['align and compare (all findings)', compare, mbps(compare)],
  ['total', analyse + compare, mbps(analyse + compare)],
] as const;
console.log('\nstage                                      median ms   MB/s');
for (const [name, ms, rate] of rows) console.log(`${name.padEnd(42)} ${ms.toFixed(0).padStart(9)} ${rate.toFixed(2).padStart(6)}`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
writeFileSync('bench-results.json', JSON.stringify({ corpus: 'ecbplus', reports: reports.length, bytes, runs, medianMs: { analyse, compare }, mbPerSecond: mbps(analyse + compare) }, null, 2));
