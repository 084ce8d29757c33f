/**
 * Runs the `vscode`-API suite with mocha inside whichever extension host loaded this file: VS Code desktop under
 * @vscode/test-electron (`run` is its entry point) or code-server (through codeServerRunner.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

/** Runs every compiled `*.test.js` beside this file and returns one result per test. */
export function runSuite(): Promise<TestResult[]> {
  // Slow first hovers and index fills on a 2-core machine; every wait inside a test has its own deadline too.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js'))) mocha.addFile(join(__dirname, file));
  const results: TestResult[] = [];
  return new Promise((resolve) => {
    mocha
      .run(() => resolve(results))
      .on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }))
      .on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? error.message }));
  });
}

/** @vscode/test-electron's entry point: resolves when every test passed. */
export async function run(): Promise<void> {
  const results = await runSuite();
  for (const result of results) console.log(`${result.state === 'passed' ? '✔' : '✖'} ${result.title}${result.error ? `\n${result.error}` : ''}`);
  const failed = results.filter((result) => result.state === 'failed').length;
  if (failed > 0 || results.length === 0) throw new Error(`${failed} of ${results.length} vscode-API tests failed`);
}
