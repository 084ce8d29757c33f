/**
 * The Compare Figures webview's safety and packaging, read from its sources: a strict Content-Security-Policy with
 * a nonce and nothing remote, a script that writes report text only as text, and both static files in the VSIX.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileNameOf, newNonce, viewTable, webviewHtml } from '../../client/src/compareFiguresView';

const repoRoot = resolve(import.meta.dirname, '../..');
const shell = webviewHtml({
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/compareFigures.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/compareFigures.css',
  nonce: 'n0nce+/=',
});

describe('the Compare Figures webview', () => {
  test("its policy: nothing by default, the extension's stylesheet, only the script with the nonce", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(shell)?.[1];
    assert.ok(csp, shell);
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'nonce-n0nce+/='"]);
    assert.deepEqual(directives.get('style-src'), ['https://file+.vscode-resource.vscode-cdn.net']);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  test('its page: one script, carrying the nonce; no inline script or style, no remote resource, no report text', () => {
    const scripts = [...shell.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script nonce="n0nce+/=" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/compareFigures.js">']);
    assert.doesNotMatch(shell, /<script[^>]*>[^<]/, 'no inline script');
    assert.doesNotMatch(shell, /\sstyle=|<style/, 'no inline style');
    const urls = [...shell.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(urls.every((url) => url.startsWith('https://file+.vscode-resource.vscode-cdn.net/ext/media/')), urls.join(' '));
    // a real table with a caption and header rows, for screen readers
    assert.match(shell, /<table id="figures" role="grid" aria-labelledby="heading" aria-describedby="legend" hidden>\s*<caption id="legend"><\/caption>\s*<thead><\/thead>/);
  });

  test('a fresh nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, newNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
  });

  test('its script writes report text only as text, and reaches nothing', () => {
    const script = readFileSync(resolve(repoRoot, 'media/compareFigures.js'), 'utf8');
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\b|new Function|setAttribute\(\s*['"](on|style|href|src)/);
    assert.doesNotMatch(script, /\bfetch\b|XMLHttpRequest|WebSocket|EventSource|import\(/);
    assert.match(script, /textContent/);
    assert.match(script, /vscode\.getState\(\)/);
    assert.match(script, /vscode\.setState\(/);
  });

  test('its script and stylesheet are in the VSIX, the command in the palette and in the title bar of a report', () => {
    const ignore = readFileSync(resolve(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!media/compareFigures.js') && ignore.includes('!media/compareFigures.css'), 'allowed into the VSIX');
    const manifest = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === 'crosscheck.compareFigures');
    assert.deepEqual(command, { command: 'crosscheck.compareFigures', title: 'Compare Figures', category: 'Crosscheck', icon: '$(table)' });
    const button = manifest.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'crosscheck.compareFigures');
    assert.equal(button.group, 'navigation');
    for (const language of ['news', 'plaintext', 'markdown']) assert.match(button.when, new RegExp(`resourceLangId == ${language}`));
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:crosscheck.compareFigures'), 'a panel restored after a reload activates the extension');
  });

  test("the data posted to it: the server's table with file names and how each agreement reads", () => {
    const table = viewTable({
      uri: 'file:///news/caf%C3%A9%20report.txt', version: 3, source: 'Café', rows: [],
      columns: [{ uri: 'file:///news/wire.md', source: 'Wire' }],
    });
    assert.equal(table.fileName, 'café report.txt');
    assert.deepEqual(table.columnFiles, ['wire.md']);
    assert.deepEqual(table.marks.conflicts, { symbol: '✗', word: 'differs' });
    assert.equal(fileNameOf('file:///a/b.txt#L3'), 'b.txt');
  });
});
