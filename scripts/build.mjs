// Bundles the CLI, the language server and the extension client with esbuild (see ARCHITECTURE.md, "Build").
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // esbuild lowers `/\p{…}/u` literals to `new RegExp(…)` for node20, built again at every evaluation (a sixth of a
  // microsecond each, on the engine's hottest paths); Node has run them natively since version 10
  supported: { 'regexp-unicode-property-escapes': true },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// node-postgres loads its optional native binding (pg-native) only when asked for `pg.native`, which we never do
const server = { external: ['pg-native'], define: { CROSSCHECK_VERSION: JSON.stringify(version) } };

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, ...server },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', ...server },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

// The `vscode`-API suite, run by mocha inside an extension host (test/vscode/index.ts): one file per test file,
// as mocha loads them; `vscode` and mocha come from the host and node_modules.
const vscodeTests = readdirSync('test/vscode').filter((f) => f.endsWith('.ts')).map((f) => `test/vscode/${f}`);
if (!production) {
  entries.push(
    { entryPoints: vscodeTests, outdir: 'out/test/vscode', external: ['vscode', 'mocha'] },
    { entryPoints: ['test/runTest.ts'], outfile: 'out/test/runTest.js', external: ['@vscode/test-electron'] },
    // the engine bundled as the CLI and the server bundle it, for the benchmark to measure (test/bench/measure.ts)
    { entryPoints: ['server/src/core/analyzer.ts'], outfile: 'out/engine.js' },
  );
}

await Promise.all(entries.filter((e) => e.entryPoints.every((p) => existsSync(p))).map((e) => build({ ...common, ...e })));
