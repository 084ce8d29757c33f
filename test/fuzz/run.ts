/**
 * `npm run fuzz`: the long fuzzing run. Generates at least 100,000 inputs across the properties of
 * properties.ts, then checks every large shape at 1 MB, a 10 MB report, and how the work grows from 256 KB to
 * 1 MB (a ratio above `maxGrowth` fails the run: linear work gives about 4, quadratic 16).
 *
 * Options: `--runs N` (default 100000), `--seed S` (replay a failure fast-check reported).
 */
import { parseArgs } from 'node:util';
import { checkWorkspace } from './invariants';
import { oneMegabyte, shapes, tenMegabytes } from './large';
import { runProperties } from './properties';
import { measureGrowth } from './scaling';

/** Largest accepted ratio of CPU time at 4N to CPU time at N; well above linear noise, well below quadratic. */
const maxGrowth = 8;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const started = Date.now();
const log = (line: string): void => void process.stdout.write(`${line}\n`);

log(`fuzzing with seed ${seed} (replay with: npm run fuzz -- --seed ${seed})`);
let inputs = runProperties(runs, seed, log);

for (const [shape, make] of Object.entries(shapes)) {
  const before = Date.now();
  checkWorkspace([{ id: '/ws/large.txt', text: make(oneMegabyte) }, { id: '/ws/other.md', text: shapes['news prose, one sentence per line'](5000) }]);
  inputs++;
  log(`      1 input   ${((Date.now() - before) / 1000).toFixed(1).padStart(6)} s  1 MB: ${shape}`);
}
{
  const before = Date.now();
  checkWorkspace([{ id: '/ws/ten.txt', text: shapes['news prose, one sentence per line'](tenMegabytes) }]);
  inputs++;
  log(`      1 input   ${((Date.now() - before) / 1000).toFixed(1).padStart(6)} s  10 MB report`);
}

log('\nwork growth from 256 KB to 1 MB (CPU time, best of 3; linear ≈ 4, quadratic ≈ 16):');
const growth = measureGrowth(oneMegabyte / 4);
for (const { shape, smallMs, largeMs, ratio } of growth) {
  log(`  ${ratio.toFixed(1).padStart(5)}×  ${smallMs.toFixed(0).padStart(6)} ms → ${largeMs.toFixed(0).padStart(6)} ms  ${shape}`);
}
const superlinear = growth.filter((g) => g.ratio > maxGrowth);

log(`\n${inputs} inputs in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}`);
if (superlinear.length) {
  log(`FAILED: work grows faster than linearly for: ${superlinear.map((g) => g.shape).join('; ')}`);
  process.exitCode = 1;
} else {
  log('fuzz: no failures');
}
