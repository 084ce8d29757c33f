/**
 * `npm run fuzz`: the long fuzzing run. Generates at least 100,000 inputs across the properties of
 * properties.ts, then checks every large shape at 1 MB, a 10 MB report, and how the work grows from 256 KB to
 * 1 MB and from 1 MB to 10 MB (a ratio above `maxGrowth` or `maxTenfoldGrowth`, measured again and still above it,
 * fails the run; see scaling.ts).
 *
 * Options: `--runs N` (default 100000), `--seed S` (replay a failure fast-check reported).
 */
import { parseArgs } from 'node:util';
import { checkWorkspace } from './invariants';
import { oneMegabyte, shapes, tenMegabytes } from './large';
import { runProperties } from './properties';
import { analysisCpuMs, judgeGrowth, measureGrowth } from './scaling';

/** Largest accepted ratio of CPU time at 4N to CPU time at N; above linear noise (≤ 4.6 seen), below quadratic. */
const maxGrowth = 6;
/** Largest accepted ratio of the 10 MB report's CPU time to the same prose at 1 MB (linear 10, quadratic 100). */
const maxTenfoldGrowth = 15;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const started = Date.now();
const log = (line: string): void => void process.stdout.write(`${line}\n`);

log(`fuzzing with seed ${seed} (replay with: npm run fuzz -- --seed ${seed})`);
let inputs = runProperties(runs, seed, log);

/** Checks one large workspace; returns the CPU milliseconds it took. */
function checkLarge(reports: { id: string; text: string }[], what: string): number {
  const before = process.cpuUsage();
  checkWorkspace(reports);
  inputs++;
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  log(`      1 input   ${(ms / 1000).toFixed(1).padStart(6)} s  ${what}`);
  return ms;
}

const prose = shapes['news prose, one sentence per line'];
for (const [shape, make] of Object.entries(shapes)) {
  checkLarge([{ id: '/ws/large.txt', text: make(oneMegabyte) }, { id: '/ws/other.md', text: prose(5000) }], `1 MB: ${shape}`);
}
checkLarge([{ id: '/ws/large.txt', text: prose(tenMegabytes) }, { id: '/ws/other.md', text: prose(5000) }], '10 MB report');

/** " (measured again twice)" when the first measurement was above the bar. */
const again = (n: number) => (n ? `  (above the bar at first; measured again ${n === 1 ? 'once' : `${n} times`})` : '');
log('\nwork growth from 256 KB to 1 MB (CPU time, fastest of interleaved runs; linear ≈ 4, quadratic ≈ 16):');
const growth = measureGrowth(oneMegabyte / 4, maxGrowth);
for (const { shape, smallMs, largeMs, ratio, remeasured } of growth) {
  log(`  ${ratio.toFixed(1).padStart(5)}×  ${smallMs.toFixed(0).padStart(6)} ms → ${largeMs.toFixed(0).padStart(6)} ms  ${shape}${again(remeasured)}`);
}
const tenfold = judgeGrowth((n) => analysisCpuMs(prose(n)), oneMegabyte, 10, maxTenfoldGrowth, 1);
log(`  ${tenfold.ratio.toFixed(1).padStart(5)}×  ${tenfold.smallMs.toFixed(0).padStart(6)} ms → ${tenfold.largeMs.toFixed(0).padStart(6)} ms  from 1 MB to the 10 MB report (linear ≈ 10, quadratic ≈ 100)${again(tenfold.remeasured)}`);
const superlinear = growth.filter((g) => g.ratio > maxGrowth).map((g) => g.shape);
if (tenfold.ratio > maxTenfoldGrowth) superlinear.push('the 10 MB report');

log(`\n${inputs} inputs in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}`);
if (superlinear.length) {
  log(`FAILED: work grows faster than linearly for: ${superlinear.join('; ')}`);
  process.exitCode = 1;
} else {
  log('fuzz: no failures');
}
