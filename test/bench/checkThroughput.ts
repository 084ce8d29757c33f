/**
 * `crosscheck check` as a user runs it: a whole process (start, reading, analysis, findings, output) over one folder,
 * its throughput in MB of reports a second of wall time, the fastest of a few runs (the machine is shared).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const cli = resolve(__dirname, '../../dist/cli.js');

export interface CheckThroughput {
  reports: number;
  megabytes: number;
  /** Wall time of the fastest run. */
  seconds: number;
  megabytesPerSecond: number;
  runs: number;
}

/** Report files as the CLI finds them by default (.txt, .md, .markdown, .news), for the bytes it reads. */
function reportBytes(dir: string): { reports: number; bytes: number } {
  let reports = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = reportBytes(path);
      reports += inner.reports;
      bytes += inner.bytes;
    } else if (/\.(txt|md|markdown|news)$/.test(name)) {
      reports++;
      bytes += readFileSync(path).length;
    }
  }
  return { reports, bytes };
}

/** Runs `crosscheck check DIR --format json` `runs` times; exit status 1 (warnings found) is a normal end. */
export function measureCheck(dir: string, runs = 3): CheckThroughput {
  const { reports, bytes } = reportBytes(dir);
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = performance.now() - t0;
    if (run.status !== 0 && run.status !== 1) throw new Error(`crosscheck check failed: ${String(run.stderr).trim()}`);
    fastest = Math.min(fastest, ms);
  }
  const megabytes = bytes / 1e6;
  return { reports, megabytes, seconds: fastest / 1000, megabytesPerSecond: megabytes / (fastest / 1000), runs };
}
