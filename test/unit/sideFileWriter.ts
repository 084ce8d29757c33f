/**
 * A "window" for the concurrent-writer tests: says it is ready (a file `ready-<prefix>` in `barrier`), waits for
 * the `go` file there (so that the writers overlap whatever their start-up time), then makes `count` changes named
 * `prefix-N` to the side file at `path`, one read-merge-write each, as fast as it can. The change is `what`:
 * `reviewed` adds review entries to a reviewed list; `alias` adds `prefix-N-alias` as a spelling of `prefix-N`, and
 * `distinct` records `prefix-N` and `prefix-N-other` as different names, in a known-entities file. Run as a child
 * process by reviewedFile.test.ts and entitiesFile.test.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { addDistinctNames, addEntityAlias } from '../../server/src/core/config';
import { addReviewedEntry } from '../../server/src/core/findings/reviewed';
import { updateFileAtomically } from '../../server/src/node/atomicUpdate';

export type SideFileChange = 'reviewed' | 'alias' | 'distinct';

const changes: Record<SideFileChange, (current: string | undefined, name: string) => string> = {
  reviewed: (current, name) => addReviewedEntry(current, { key: name, file: 'a.txt', text: name }),
  alias: (current, name) => addEntityAlias(current, `${name}-alias`, name),
  distinct: (current, name) => addDistinctNames(current, name, `${name}-other`),
};

async function main([path, prefix, count, barrier, what]: string[]): Promise<void> {
  const change = changes[what as SideFileChange];
  if (!change) throw new Error(`unknown change ${what}`);
  writeFileSync(join(barrier, `ready-${prefix}`), '');
  while (!existsSync(join(barrier, 'go'))) await sleep(1);
  for (let n = 0; n < Number(count); n++) {
    await updateFileAtomically(path, (current) => change(current, `${prefix}-${n}`));
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
