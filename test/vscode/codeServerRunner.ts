/**
 * A tiny extension that runs the `vscode`-API suite inside code-server's extension host, where
 * @vscode/test-electron cannot go: it activates on startup, runs mocha, and writes the results as JSON to the
 * file named by CROSSCHECK_VSCODE_TEST_RESULTS (written to a temporary name first, then renamed, so that a
 * reader never sees half a file). Without that variable it does nothing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { runSuite, type TestResult } from './index';

export const resultsVariable = 'CROSSCHECK_VSCODE_TEST_RESULTS';

export function activate(): void {
  const resultsFile = process.env[resultsVariable];
  if (!resultsFile) return;
  void runSuite()
    .catch((error: unknown): TestResult[] => [{ title: 'the vscode-API suite runs', state: 'failed', error: String(error) }])
    .then((results) => {
      writeFileSync(`${resultsFile}.partial`, JSON.stringify(results, null, 2));
      renameSync(`${resultsFile}.partial`, resultsFile);
    });
}
