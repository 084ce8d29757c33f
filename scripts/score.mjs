#!/usr/bin/env node
// Scores the built CLI on the seeds and every dev cluster of ../shared/gold (the 8 in gold/ and the 16 in
// gold/ecbplus-extra/) with the shared scorer, and prints per cluster and in total: recall (flags found), warning
// precision (warnings that some gold item expects or allows), noise (information findings on figures no gold item
// mentions, as a share of all information findings) and the worst cluster.
//
//   npm run score                      table of every cluster and the totals
//   npm run score -- --split           also the two halves of the dev set (for holdout work: tune on one, check the other)
//   npm run score -- --json            one JSON object instead of the table (used by test/score.test.ts)
//   npm run score -- --only t08_b,t12_a   only these clusters
//   npm run score -- --verbose         also the scorer's MISSED / VIOLATED / UNEXPECTED / NOISE lines
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

/** The dev clusters: every ECB+ gold file beside the seeds' and in ecbplus-extra/. */
export function devGoldFiles() {
  const dir = join(shared, 'gold');
  const list = (d) => (existsSync(d) ? readdirSync(d).filter((f) => /^ecbplus-.*\.json$/.test(f)).map((f) => join(d, f)) : []);
  return [...list(dir), ...list(join(dir, 'ecbplus-extra'))].sort((a, b) => basename(a).localeCompare(basename(b)));
}

/**
 * The fixed halves of the dev set for holdout checks: clusters alternate by name order, so each half holds
 * clusters of both the original and the extra set.
 */
export function halfOf(goldFile, all) {
  return all.indexOf(goldFile) % 2 === 0 ? 'A' : 'B';
}

function scoreOne(goldFile, verbose) {
  const r = spawnSync(process.execPath, [join(shared, 'tools', 'score.mjs'), '--gold', goldFile, '--summary-json', '--noise', '--cli', `"${process.execPath}" "${join(root, 'dist', 'cli.js')}"`], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const lines = r.stdout.trimEnd().split('\n');
  const summaryLine = lines.findLast((l) => l.startsWith('{'));
  if (!summaryLine) throw new Error(`scorer gave no summary for ${goldFile}:\n${r.stdout}${r.stderr}`);
  if (verbose) for (const l of lines) if (/^(MISSED|VIOLATED|UNEXPECTED|NOISE)/.test(l)) console.log(`  ${l}`);
  return JSON.parse(summaryLine);
}

/** Totals of a list of summaries, with the three rates (1 where there is nothing to count). */
export function totals(summaries) {
  const sum = (k) => summaries.reduce((n, s) => n + s[k], 0);
  const t = { flags: sum('flags'), flagsFound: sum('flagsFound'), violations: sum('violations'), unexpected: sum('unexpected'),
    warnings: sum('warnings'), information: sum('information'), noise: sum('noise') };
  return { ...t, recall: t.flags ? t.flagsFound / t.flags : 1, precision: t.warnings ? 1 - t.unexpected / t.warnings : 1,
    noiseShare: t.information ? t.noise / t.information : 0 };
}

const pct = (x) => `${(100 * x).toFixed(0)}%`;
const row = (name, s) => `${name.padEnd(22)} ${`${s.flagsFound}/${s.flags}`.padStart(7)} ${pct(s.recall).padStart(6)} ${`${s.warnings - s.unexpected}/${s.warnings}`.padStart(7)} ${pct(s.precision).padStart(6)} ${`${s.noise}/${s.information}`.padStart(8)} ${pct(s.noiseShare).padStart(6)} ${String(s.violations).padStart(4)} ${String(s.unexpected).padStart(4)}`;

function main() {
  if (!existsSync(join(root, 'dist', 'cli.js'))) {
    console.error('score: dist/cli.js is missing: run `npm run build` first');
    process.exit(2);
  }
  const only = opt('--only')?.split(',');
  const verbose = args.includes('--verbose');
  const all = devGoldFiles();
  const chosen = all.filter((g) => !only || only.some((o) => basename(g).includes(o)));
  const clusters = chosen.map((g) => {
    if (verbose) console.log(basename(g, '.json'));
    const s = scoreOne(g, verbose);
    return { name: basename(g, '.json').replace(/^ecbplus-/, ''), half: halfOf(g, all), extra: g.includes('ecbplus-extra'), ...s, ...totals([s]) };
  });
  const seeds = totals([scoreOne(join(shared, 'gold', 'seeds.json'), verbose)]);
  const total = totals(clusters);
  const worst = [...clusters].sort((a, b) => b.unexpected - a.unexpected || a.recall - b.recall)[0];
  const result = { seeds, total, halves: { A: totals(clusters.filter((c) => c.half === 'A')), B: totals(clusters.filter((c) => c.half === 'B')) },
    original: totals(clusters.filter((c) => !c.extra)), extra: totals(clusters.filter((c) => c.extra)), clusters, worst: worst?.name };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`${'cluster'.padEnd(22)} ${'flags'.padStart(7)} ${'recall'.padStart(6)} ${'warn ok'.padStart(7)} ${'prec'.padStart(6)} ${'noise'.padStart(8)} ${'share'.padStart(6)} ${'viol'.padStart(4)} ${'unex'.padStart(4)}`);
  for (const c of clusters) console.log(row(`${c.name} (${c.half})`, c));
  console.log('-'.repeat(80));
  console.log(row('seeds', seeds));
  if (args.includes('--split')) {
    console.log(row('half A', result.halves.A));
    console.log(row('half B', result.halves.B));
  }
  console.log(row('original 8', result.original));
  console.log(row('extra 16', result.extra));
  console.log(row('all dev clusters', total));
  if (worst) console.log(`worst cluster: ${worst.name} (${worst.unexpected} unexpected warnings, recall ${pct(worst.recall)})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
