/**
 * The gold files: on the seeds every expected flag is found with nothing forbidden or unexpected; on the real ECB+
 * clusters at least 80 % of all flags are found with at most two unexpected warnings in any cluster. Needs the
 * bundle (npm test builds it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const shared = resolve(repoRoot, '../shared');

interface Score {
  gold: string;
  flags: number;
  flagsFound: number;
  violations: number;
  unexpected: number;
}

/** Runs the shared scorer on one gold file and reads its one-line JSON summary. */
function score(goldFile: string): { summary: Score; lastLine: string; output: string } {
  assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run `node scripts/build.mjs`');
  const r = spawnSync(process.execPath, [join(shared, 'tools', 'score.mjs'), '--gold', join(shared, 'gold', goldFile), '--summary-json'], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const lines = r.stdout.trimEnd().split('\n');
  return { summary: JSON.parse(lines.at(-2)!) as Score, lastLine: lines.at(-1)!, output: r.stdout + r.stderr };
}

test('score on the seeds is 7/7 with nothing violated or unexpected', () => {
  const { lastLine, output } = score('seeds.json');
  assert.equal(lastLine, 'score: 7/7 flags found, 0 no-warning items violated, 0 unexpected warnings', output);
});

test('on the real ECB+ clusters: at least 80 % of flags found, at most two unexpected warnings per cluster', () => {
  const golds = readdirSync(join(shared, 'gold')).filter((f) => /^ecbplus-.*\.json$/.test(f));
  assert.ok(golds.length > 0, 'no ECB+ gold files found in ../shared/gold');
  const scores = golds.map((g) => score(g).summary);
  const found = scores.reduce((n, s) => n + s.flagsFound, 0);
  const flags = scores.reduce((n, s) => n + s.flags, 0);
  const table = scores.map((s) => `${s.gold}: ${s.flagsFound}/${s.flags}, ${s.unexpected} unexpected`).join('\n');
  assert.ok(found >= Math.ceil(0.8 * flags), `${found}/${flags} flags found\n${table}`);
  for (const s of scores) assert.ok(s.unexpected <= 2, `too many unexpected warnings\n${table}`);
});
