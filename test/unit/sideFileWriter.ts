/**
 * A "window" for the concurrent-writer test: says it is ready (a file `ready-<prefix>` in `barrier`), waits for
 * the `go` file there (so that the writers overlap whatever their start-up time), then adds `count` review entries named `prefix-N` to the reviewed list at
 * `path`, one read-merge-write each, as fast as it can. Run as a child process by reviewedFile.test.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { addReviewedEntry } from '../../server/src/core/findings/reviewed';
import { updateFileAtomically } from '../../server/src/node/atomicUpdate';

async function main([path, prefix, count, barrier]: string[]): Promise<void> {
  writeFileSync(join(barrier, `ready-${prefix}`), '');
  while (!existsSync(join(barrier, 'go'))) await sleep(1);
  for (let n = 0; n < Number(count); n++) {
    await updateFileAtomically(path, (current) => addReviewedEntry(current, { key: `${prefix}-${n}`, file: 'a.txt', text: `${n}` }));
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
