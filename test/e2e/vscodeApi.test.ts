/**
 * Runs the `vscode`-API suite (test/vscode/, mocha) inside code-server's real extension host, where
 * @vscode/test-electron cannot go on these machines: a small runner extension installed beside the packaged
 * VSIX runs mocha on startup and writes the results to a file, which this test waits for. Each mocha test is
 * reported here as a test of its own, so the runner's output lists them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installExtension, repoRoot } from '../../scripts/codeServer';
import type { TestResult } from '../vscode/index';
import { deadlineMs, missingPrerequisite, packageExtension, Workbench } from './support/workbench';

/** The variable codeServerRunner.ts reads (not imported: that module is built for the extension host). */
const resultsVariable = 'CROSSCHECK_VSCODE_TEST_RESULTS';
/** The whole mocha suite, each of whose waits has its own deadline, gets this long. */
const suiteDeadlineMs = 10 * deadlineMs;

/**
 * Packages and installs the runner extension: a manifest that activates on startup and a main file that loads
 * the compiled runner from this checkout (so mocha resolves from the project's node_modules). code-server only
 * loads extensions it installed, so the runner is installed from a VSIX like Crosscheck itself.
 */
function installRunnerExtension(extensionsDir: string): void {
  const runner = join(repoRoot, 'out/test/vscode/codeServerRunner.js');
  assert.ok(existsSync(runner), `${runner} is built (npm run build)`);
  const folder = join(dirname(extensionsDir), 'vscode-api-tests');
  mkdirSync(folder);
  const manifest = {
    name: 'vscode-api-tests',
    publisher: 'crosscheck',
    version: '0.0.0',
    engines: { vscode: '^1.90.0' },
    activationEvents: ['onStartupFinished'],
    main: './extension.js',
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'extension.js'), `module.exports = require(${JSON.stringify(runner)});\n`);
  installExtension(packageExtension(folder), extensionsDir);
}

/** Resolves with the file's parsed contents once it appears (the runner renames it into place whole). */
function waitForResults(file: string): Promise<TestResult[]> {
  return new Promise((resolve, reject) => {
    const read = (): boolean => {
      if (!existsSync(file)) return false;
      watcher.close();
      clearTimeout(timer);
      resolve(JSON.parse(readFileSync(file, 'utf8')) as TestResult[]);
      return true;
    };
    const watcher = watch(dirname(file), () => void read());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no results from the vscode-API suite in ${suiteDeadlineMs / 1000} s (${file})`));
    }, suiteDeadlineMs);
    read();
  });
}

const skip = missingPrerequisite();

describe("the vscode-API suite in code-server's extension host", { skip }, () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'crosscheck-vscode-results-'));
  const resultsFile = join(resultsDir, 'results.json');
  let workbench: Workbench;
  before(async () => {
    workbench = await Workbench.open({ extraExtensions: installRunnerExtension, env: { [resultsVariable]: resultsFile } });
  });
  after(async () => {
    await workbench?.close();
    rmSync(resultsDir, { recursive: true, force: true });
  });

  it('runs every test of test/vscode, and each passes', async (t) => {
    const results = await waitForResults(resultsFile);
    await workbench.screenshot('09-vscode-api-suite-finished');
    assert.ok(results.length > 0, 'the suite ran tests');
    for (const result of results) {
      await t.test(result.title, (subtest) => {
        subtest.diagnostic(`${result.state} in the extension host in ${result.durationMs ?? '?'} ms`);
        if (result.state === 'failed') throw new Error(`in the extension host: ${result.error ?? 'failed'}`);
      });
    }
  });
});
