/**
 * Several "windows" writing one side file at the same moment: each a separate Node process running
 * sideFileWriter.ts, all let go together once every one of them says it is ready.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SideFileChange } from './sideFileWriter';
import { scratchFolder } from './support';

export interface Writer {
  /** Names the writer's changes (`prefix-0`, `prefix-1`, …). */
  prefix: string;
  change: SideFileChange;
}

/** Runs the writers, `count` changes each, all starting at once; resolves with their exit codes. */
export async function writeAtOnce(path: string, writers: Writer[], count: number): Promise<(number | null)[]> {
  const barrier = scratchFolder('writers');
  const exits = Promise.all(writers.map(({ prefix, change }) => {
    const args = [join(__dirname, 'sideFileWriter.ts'), path, prefix, String(count), barrier, change];
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' });
    return new Promise<number | null>((resolve) => child.on('exit', resolve));
  }));
  // Node's start-up takes a while and varies: the processes say when they are ready, and go together.
  while (!writers.every(({ prefix }) => existsSync(join(barrier, `ready-${prefix}`)))) await sleep(1);
  writeFileSync(join(barrier, 'go'), '');
  return exits;
}
