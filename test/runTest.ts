/**
 * `npm run test:electron`: runs the `vscode`-API suite (test/vscode/) in VS Code desktop, downloaded by
 * @vscode/test-electron into .vscode-test/. Only where VS Code can be downloaded; on the project's machines the
 * same suite runs in code-server instead (test/e2e/vscodeApi.test.ts, part of `npm test`).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(__dirname, '..');

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-vscode-'));
  cpSync(resolve(repoRoot, '../shared/seeds'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out/test/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
