/**
 * The client's activation cost, measured outside VS Code: in a fresh Node process, load dist/extension.js with
 * a stub `vscode` module (every API a no-op) and run `activate()`, with the language client's `start()` replaced
 * by a resolved promise. What this leaves out (VS Code's own loading of the extension host, and the server's
 * spawn and initialize handshake, measured separately by the server benchmark) is said beside the figure.
 */
import { execFileSync } from 'node:child_process';
import Module from 'node:module';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

const extensionPath = resolve(__dirname, '../../dist/extension.js');

/** The `vscode` namespaces and classes the bundle reads (esbuild copies a module's listed keys on import). */
const VSCODE_NAMES = ['window', 'workspace', 'commands', 'languages', 'env', 'extensions', 'Uri', 'Disposable', 'EventEmitter',
  'StatusBarAlignment', 'ProgressLocation', 'NotebookCellKind', 'Diagnostic', 'CodeAction', 'ThemeColor', 'Range', 'Position'];

/** A value that answers every property read and call with another such value: an API that does nothing. */
function inert(): any {
  const fn = function () {
    return inert();
  };
  return new Proxy(fn, {
    get: (target, key) => (key === 'then' ? undefined : key === 'version' ? '1.90.0' : key === 'prototype' ? target.prototype : key === Symbol.toPrimitive ? () => '' : inert()),
    construct: () => inert(),
    ownKeys: (target) => [...Reflect.ownKeys(target), ...VSCODE_NAMES],
    getOwnPropertyDescriptor: (target, key) =>
      Reflect.getOwnPropertyDescriptor(target, key) ?? { configurable: true, enumerable: true, value: inert() },
  });
}

function measureHere(): void {
  const t0 = performance.now();
  const load = (Module as any)._load;
  (Module as any)._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? inert() : load.call(this, request, ...rest);
  };
  const extension = require(extensionPath);
  const t1 = performance.now();
  // activate() runs synchronously up to its first await, the language client's start (which the server
  // benchmark measures as the spawn and initialize handshake); that synchronous part is what is timed here.
  const context = { subscriptions: [], asAbsolutePath: (p: string) => resolve(__dirname, '../..', p), globalStorageUri: { fsPath: tmpdir() } };
  void Promise.resolve(extension.activate(context)).catch(() => undefined);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, requireAndActivateMs: t2 - t0 }) + '\n');
  process.exit(0);
}

/** Runs the measurement in a fresh process (a warm module cache would hide the loading cost). */
export function measureActivation(): { requireMs: number; activateMs: number; requireAndActivateMs: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

if (require.main === module) measureHere();
