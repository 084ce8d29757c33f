// Runs every test suite with node's test runner: unit tests of the core, CLI tests, protocol tests against the
// bundled server, the archive's tests against a real PostgreSQL (test/db), the gold-score check, and the browser
// suites (test/e2e: code-server in Chromium, which also runs the vscode-API suite of test/vscode inside its extension
// host). Lists the files itself (Node 20's --test takes no globs).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/protocol', 'test/db', 'test', 'test/e2e'];
const files = suites.flatMap((path) => {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.test.ts')).map((f) => join(path, f));
});
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', '--import', 'tsx', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
