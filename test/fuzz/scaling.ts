/**
 * How the engine's work grows with its input: each large shape is analysed at N and 4N characters and the CPU
 * time compared. Linear work gives a ratio near 4; quadratic work gives 16. This is a benchmark, run by
 * `npm run fuzz`, never an assertion of `npm test` (timings vary from machine to machine).
 *
 * A busy machine (another build, code-server beside it) slows some runs several-fold, so one slow run must not
 * read as superlinear work: the small and large runs are interleaved, so that a busy spell falls on both; each
 * size is judged by its fastest run (noise only ever adds time); and a ratio above the bar is measured again, up
 * to a few times, before it counts. Work that really grows faster than linearly is slow every time.
 */
import { createAnalyzer } from '../../server/src/core/analyzer';
import { shapes } from './large';

export interface Growth {
  shape: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
  /** How many times the ratio was above the bar and measured again. */
  remeasured: number;
}

/** Runs of each size in a first measurement, and in each further one. */
const FIRST_REPEATS = 3;
const LATER_REPEATS = 5;
/** Further measurements of a ratio above the bar before it counts. */
const CONFIRMATIONS = 3;

/** CPU milliseconds to analyse `text` beside a small second report and list its findings, once. */
export function analysisCpuMs(text: string): number {
  const companion = shapes['news prose, one sentence per line'](4000);
  const started = process.cpuUsage();
  const analyzer = createAnalyzer();
  analyzer.upsert('/ws/large.txt', text);
  analyzer.upsert('/ws/companion.txt', companion);
  analyzer.findings('/ws/large.txt');
  analyzer.findings('/ws/companion.txt');
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The growth of `measure` (CPU milliseconds of one run at a size) from `size` to `factor × size`: the fastest run of
 * each size, runs interleaved, measured again while the ratio is above `maxRatio`.
 */
export function judgeGrowth(measure: (size: number) => number, size: number, factor: number, maxRatio: number, repeats = FIRST_REPEATS): Omit<Growth, 'shape'> {
  let smallMs = Infinity;
  let largeMs = Infinity;
  const round = (runs: number) => {
    for (let k = 0; k < runs; k++) {
      smallMs = Math.min(smallMs, measure(size));
      largeMs = Math.min(largeMs, measure(factor * size));
    }
  };
  const ratio = () => largeMs / Math.max(smallMs, 1);
  round(repeats);
  let remeasured = 0;
  while (ratio() > maxRatio && remeasured < CONFIRMATIONS) {
    remeasured++;
    round(Math.max(repeats, LATER_REPEATS));
  }
  return { smallMs, largeMs, ratio: ratio(), remeasured };
}

/** Measures every shape at `size` and `4 * size` UTF-16 units. */
export function measureGrowth(size: number, maxRatio: number): Growth[] {
  return Object.entries(shapes).map(([shape, make]) => {
    analysisCpuMs(make(size / 4)); // warm the JIT on this shape
    return { shape, ...judgeGrowth((n) => analysisCpuMs(make(n)), size, 4, maxRatio) };
  });
}
