/** The seeds gold file: every expected flag found, nothing forbidden or unexpected. Needs the bundle (npm test builds it). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const shared = resolve(repoRoot, '../shared');

test('score on the seeds is 7/7 with nothing violated or unexpected', () => {
  assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run `node scripts/build.mjs`');
  const r = spawnSync(process.execPath, [join(shared, 'tools', 'score.mjs'), '--gold', join(shared, 'gold', 'seeds.json')], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.at(-1), 'score: 7/7 flags found, 0 no-warning items violated, 0 unexpected warnings', r.stdout + r.stderr);
  assert.equal(r.status, 0, r.stderr);
});
