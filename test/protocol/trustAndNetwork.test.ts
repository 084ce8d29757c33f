/**
 * What the extension may do on the user's machine: it runs nothing from the workspace, declares how it behaves
 * in Restricted Mode, never trusts the Markdown of its hovers, and reaches the network only through the archive's
 * database client, to the database the user names. Checked on the manifest and on the module graph of the three
 * bundles (esbuild's metafile), not on wishes in comments.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, type Metafile } from 'esbuild';
import { hoverMarkdown } from '../../client/src/clientPolicy';
import { repoRoot } from './support/session';

const bundles = ['server/src/cli/main.ts', 'server/src/lsp/main.ts', 'client/src/extension.ts'];
/** Node modules that open network connections. `net` is allowed only for vscode-jsonrpc's local pipe and socket transports. */
const networkModules = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'net', 'undici', 'ws'];

/** Every external import of each bundle (or of one), with the package (or own file) that makes it. */
async function externalImports(entries = bundles): Promise<{ module: string; importer: string }[]> {
  const found: { module: string; importer: string }[] = [];
  for (const entry of entries) {
    const { metafile } = await build({
      entryPoints: [join(repoRoot, entry)],
      absWorkingDir: repoRoot,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    for (const [file, input] of Object.entries((metafile as Metafile).inputs)) {
      const importer = file.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1');
      for (const imported of input.imports) if (imported.external) found.push({ module: imported.path.replace(/^node:/, ''), importer });
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The network modules a bundle imports, as "importer → module". */
async function networkImports(entry: string): Promise<string[]> {
  const imports = await externalImports([entry]);
  assert.ok(imports.length > 5, 'the module graph was read');
  const network = imports.filter(({ module }) => networkModules.includes(module.split('/')[0]));
  return [...new Set(network.map(({ module, importer }) => `${importer} → ${module}`))].sort();
}

test('no bundle can reach the network but through the archive\'s database client: the extension client not at all', async () => {
  // node-postgres connects to the archive the user names (`--archive`, `--db`, `crosscheck.archive.url`), nowhere else
  const archive = ['pg → dns', 'pg → net', 'pg → tls'];
  assert.deepEqual(await networkImports('server/src/cli/main.ts'), archive);
  assert.deepEqual(await networkImports('server/src/lsp/main.ts'), [...archive, 'vscode-jsonrpc → net']);
  assert.deepEqual(await networkImports('client/src/extension.ts'), ['vscode-jsonrpc → net']);
  const usesPg = sourceFiles(join(repoRoot, 'server/src')).filter((file) => /from 'pg'/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(usesPg.map((file) => file.slice(repoRoot.length + 1)), ['server/src/node/archive/postgresArchive.ts', 'server/src/node/archive/migrations.ts'].sort());
  for (const file of [...sourceFiles(join(repoRoot, 'server/src')), ...sourceFiles(join(repoRoot, 'client/src'))]) {
    assert.ok(!/\bfetch\s*\(|WebSocket|XMLHttpRequest|EventSource/.test(readFileSync(file, 'utf8')), `${file} makes no request`);
  }
});

test('nothing from the workspace is run: no child processes, eval or dynamic require in Crosscheck\'s own code', async () => {
  const own = (await externalImports()).filter(({ importer }) => /^(server|client)\/src\//.test(importer));
  assert.deepEqual(own.filter(({ module }) => ['child_process', 'vm', 'worker_threads', 'module'].includes(module)), []);
  for (const file of [...sourceFiles(join(repoRoot, 'server/src')), ...sourceFiles(join(repoRoot, 'client/src'))]) {
    assert.ok(!/\beval\s*\(|new Function\s*\(|require\s*\(\s*[^'"\s]/.test(readFileSync(file, 'utf8')), `${file} evaluates no code`);
  }
});

test('Restricted Mode is declared: supported, except a workspace may not point the known-entities file or the archive elsewhere', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const trust = manifest.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  assert.ok(trust.description.length > 40);
  assert.deepEqual(trust.restrictedConfigurations, ['crosscheck.knownEntitiesFile', 'crosscheck.archive.url']);
  for (const setting of trust.restrictedConfigurations) assert.ok(setting in manifest.contributes.configuration.properties, setting);
});

test('hover Markdown is never trusted and carries no HTML', () => {
  assert.deepEqual(hoverMarkdown, { isTrusted: false, supportHtml: false });
});
