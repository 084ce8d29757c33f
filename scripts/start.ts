/**
 * `npm start`: opens the example reports (examples/) in VS Code with Crosscheck loaded from this checkout.
 * VS Code desktop when `code` is on the PATH (`--extensionDevelopmentPath`), otherwise code-server in the
 * browser, with the packaged extension installed; it prints the address and runs until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, installExtension, onPath, packageCrosscheck, repoRoot, startCodeServer } from './codeServer';

const examples = join(repoRoot, 'examples');

async function main(): Promise<void> {
  if (onPath('code')) {
    spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
    return;
  }
  const reason = ensureCodeServer({ browser: false });
  if (reason) throw new Error(`VS Code is not installed and code-server cannot be: ${reason}`);
  const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-start-'));
  const extensionsDir = join(scratch, 'extensions');
  installExtension(packageCrosscheck(join(scratch, 'crosscheck.vsix')), extensionsDir);
  const server = await startCodeServer({
    workspace: examples,
    extensionsDir,
    settings: { 'editor.wordWrap': 'on', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' },
  });
  console.log(`\nCrosscheck is running in code-server: open ${server.url}\n(Ctrl+C stops it)`);
  const stop = (): void => {
    void server.stop().then(() => {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
