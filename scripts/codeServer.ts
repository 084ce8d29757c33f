/**
 * code-server (VS Code 1.100 served to a browser) for the end-to-end tests and `npm start`.
 *
 * VS Code desktop cannot be downloaded on the project's machines; code-server comes from the npm registry. It is
 * installed into a cache folder outside the project's dependency tree (as @vscode/test-electron keeps its
 * download in .vscode-test/), with the three offline fixes of ../shared/notes/e2e-offline.md, and only once.
 * Chromium and the build tools come from Debian's packages.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The newest code-server line whose `engines.node` is 20. */
export const codeServerVersion = '4.100.3';
export const repoRoot = resolve(__dirname, '..');
export const chromiumPath = '/usr/bin/chromium';
/** Where `npm test` packages the extension for the browser suites. */
export const testVsixPath = join(repoRoot, 'out', 'crosscheck.vsix');

/** Where code-server is installed; CROSSCHECK_CODE_SERVER_CACHE overrides it. */
export const codeServerCache =
  process.env.CROSSCHECK_CODE_SERVER_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'crosscheck', `code-server-${codeServerVersion}`);
export const codeServerBin = join(codeServerCache, 'node_modules', '.bin', 'code-server');
/** Written after a complete install, so that a half-finished one is redone rather than trusted. */
const installedMarker = join(codeServerCache, '.installed');

/** Debian packages code-server's install needs, each with a check that shows it is there. */
const buildPackages: SystemPackage[] = [
  { name: 'ripgrep', present: () => onPath('rg') },
  { name: 'pkg-config', present: () => onPath('pkg-config') },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h') },
  { name: 'python3', present: () => onPath('python3') },
  { name: 'make', present: () => onPath('make') },
  { name: 'g++', present: () => onPath('g++') },
];
/** The browser the tests drive. */
const browserPackage: SystemPackage = { name: 'chromium', present: () => existsSync(chromiumPath) };

interface SystemPackage {
  name: string;
  present: () => boolean;
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** True when this process may install Debian packages. */
const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * Makes sure code-server (and, with `browser`, Chromium) is installed, installing what is missing. Returns
 * undefined when everything is ready, or the reason it cannot be (Debian packages missing and not root).
 */
export function ensureCodeServer(options: { browser: boolean }, log: (line: string) => void = console.log): string | undefined {
  const wanted = options.browser ? [browserPackage, ...buildPackages] : buildPackages;
  // The build tools matter only while code-server is not installed yet.
  const needed = existsSync(installedMarker) ? wanted.filter((p) => p === browserPackage) : wanted;
  const missing = needed.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length) {
    if (!isRoot()) return `Debian packages missing (${missing.join(', ')}) and not root: run "sudo apt-get install -y ${missing.join(' ')}"`;
    log(`Installing Debian packages: ${missing.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  if (!existsSync(installedMarker)) installCodeServer(log);
  return undefined;
}

/** Packages the extension with vsce (`npm run package`, which builds for production first) into `vsix`. */
export function packageCrosscheck(vsix: string): string {
  mkdirSync(dirname(vsix), { recursive: true });
  rmSync(vsix, { force: true });
  const result = spawnSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

function installCodeServer(log: (line: string) => void): void {
  log(`Installing code-server ${codeServerVersion} into ${codeServerCache} (a few minutes, once)`);
  const started = Date.now();
  rmSync(codeServerCache, { recursive: true, force: true });
  mkdirSync(codeServerCache, { recursive: true });
  provideRipgrepToVscodeRipgrep();
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', ...(isRoot() ? ['--unsafe-perm'] : []), '--prefix', codeServerCache, `code-server@${codeServerVersion}`],
    // node-pty's build calls `npx node-gyp`, which asks for confirmation unless told yes.
    { npm_config_yes: 'true' },
  );
  writeFileSync(installedMarker, `${codeServerVersion}\n`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the tarball: put one
 * there, made from Debian's ripgrep (code-server uses rg for search only; the tests do not depend on it).
 */
function provideRipgrepToVscodeRipgrep(): void {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(tarball)) return;
  mkdirSync(cache, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  run('tar', ['czf', tarball, '-C', dirname(rg), 'rg']);
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit status ${result.status}`);
}

/** Installs a VSIX (or a Marketplace id) into an extensions folder, as a user would. */
export function installExtension(vsix: string, extensionsDir: string): void {
  run(codeServerBin, ['--extensions-dir', extensionsDir, '--install-extension', vsix, '--force']);
}

/** A port nobody listens on now: the system's answer to a listen on port 0. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  workspace: string;
  extensionsDir: string;
  /** User settings, written to the profile before start. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
}

export interface RunningCodeServer {
  /** The workbench address with the workspace folder opened. */
  url: string;
  process: ChildProcess;
  /** Ends code-server and everything it started (extension host, language server); safe to call twice. */
  stop(): Promise<void>;
}

/** Starts code-server on a free port and resolves once it answers HTTP. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = await freePort();
  const userDataDir = mkdtempSync(join(tmpdir(), 'crosscheck-user-'));
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(options.settings ?? {}, null, 2));
  const args = [
    // A config file of its own, or code-server writes one into the user's ~/.config.
    '--config', join(userDataDir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    options.workspace,
  ];
  // Its own process group, so that stop() ends the extension host and the language server with it.
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  // Should the test process end without calling stop() (an uncaught error), code-server must not outlive it.
  const killOnExit = (): void => killGroup(child.pid, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(userDataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(options.workspace)}`;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}

/** Signals a whole process group; a group already gone is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already ended.
  }
}

/** Polls an address until it answers, failing when the process exits first or after a minute. */
async function waitForHttp(address: string, exited: Promise<void>, output: () => string): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`code-server exited before it answered:\n${output()}`);
    try {
      const response = await fetch(address);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${address} within a minute:\n${output()}`);
}
