/**
 * How the engine's work grows with its input: each large shape is analysed at N and 4N characters and the CPU
 * time compared. Linear work gives a ratio near 4; quadratic work gives 16. This is a benchmark, run by
 * `npm run fuzz`, never an assertion of `npm test` (timings vary from machine to machine).
 */
import { createAnalyzer } from '../../server/src/core/analyzer';
import { shapes } from './large';

export interface Growth {
  shape: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/** CPU milliseconds to analyse `text` beside a small second report and list its findings (best of `repeats`). */
export function analysisCpuMs(text: string, repeats = 3): number {
  const companion = shapes['news prose, one sentence per line'](4000);
  let best = Infinity;
  for (let k = 0; k < repeats; k++) {
    const started = process.cpuUsage();
    const analyzer = createAnalyzer();
    analyzer.upsert('/ws/large.txt', text);
    analyzer.upsert('/ws/companion.txt', companion);
    analyzer.findings('/ws/large.txt');
    analyzer.findings('/ws/companion.txt');
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Measures every shape at `size` and `4 * size` UTF-16 units. */
export function measureGrowth(size: number): Growth[] {
  return Object.entries(shapes).map(([shape, make]) => {
    analysisCpuMs(make(size / 4), 1); // warm the JIT on this shape
    const smallMs = analysisCpuMs(make(size));
    const largeMs = analysisCpuMs(make(4 * size));
    return { shape, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1) };
  });
}
