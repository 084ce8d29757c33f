/**
 * Run by `npm test` before the test runner: installs what the browser and `vscode`-API suites need (Chromium and
 * the build tools from Debian, code-server into its cache), skipping whatever is already there, and packages the
 * extension they install. In CI a failure stops the run; elsewhere (no root, say) it says so loudly and the
 * suites skip themselves.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, packageCrosscheck, repoRoot, testVsixPath } from './codeServer';

function prepare(): string | undefined {
  // Screenshots of an earlier run would pass for this run's.
  rmSync(join(repoRoot, 'test-output'), { recursive: true, force: true });
  try {
    const reason = ensureCodeServer({ browser: true });
    if (reason) return reason;
    packageCrosscheck(testVsixPath);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const reason = prepare();
if (reason) {
  const banner = '!'.repeat(100);
  console.error(`${banner}\nThe browser and vscode-API suites cannot run: ${reason}\n${banner}`);
  if (process.env.CI) process.exit(1);
}
