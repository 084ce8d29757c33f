/**
 * The `news` TextMate grammar, tokenised with the same engine VS Code uses (vscode-textmate on Oniguruma):
 * figures with their units and hedges, dates, times, quoted speech and attributions get their scopes.
 * (Beside the protocol tests: it checks a file the extension ships, not the engine.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry, parseRawGrammar, INITIAL, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { repoRoot } from './support/session';

let grammar: Promise<IGrammar> | undefined;

function newsGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (text: string) => new OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== 'text.news') return null;
        const path = join(repoRoot, 'syntaxes/news.tmLanguage.json');
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const loaded = await registry.loadGrammar('text.news');
    if (!loaded) throw new Error('grammar not found');
    return loaded;
  })();
  return grammar;
}

/** The scopes of the first token whose text is `text` (tokens are split at scope changes). */
async function scopesOf(line: string, text: string): Promise<string[]> {
  const { tokens } = (await newsGrammar()).tokenizeLine(line, INITIAL);
  const start = line.indexOf(text);
  const covering = tokens.filter((token) => token.startIndex < start + text.length && token.endIndex > start);
  assert.ok(covering.length > 0, `no token at "${text}"`);
  const joined = covering.map((token) => line.slice(token.startIndex, token.endIndex)).join('');
  assert.equal(joined.trim(), text, `"${text}" is tokenised as ${JSON.stringify(covering.map((t) => line.slice(t.startIndex, t.endIndex)))}`);
  return covering[0].scopes;
}

const speedLine = 'The train moves at about 50 kilometers per hour, according to officials.';

test('a figure with its unit and hedge', async () => {
  assert.ok((await scopesOf(speedLine, 'about')).includes('storage.modifier.hedge.news'));
  assert.ok((await scopesOf(speedLine, '50')).includes('constant.numeric.news'));
  assert.ok((await scopesOf(speedLine, 'kilometers per hour')).includes('keyword.other.unit.news'));
  assert.ok((await scopesOf('A maximum speed of 59 km/h (37 mph).', 'km/h')).includes('keyword.other.unit.news'));
  assert.ok((await scopesOf('It cost $1,200 million.', '$1,200')).includes('constant.numeric.news'));
  assert.ok((await scopesOf('A 20-hour ride.', 'hour')).includes('keyword.other.unit.news'));
});

test('attributions', async () => {
  assert.ok((await scopesOf(speedLine, 'according to')).includes('keyword.other.attribution.news'));
  assert.ok((await scopesOf('Officials said on Tuesday.', 'said')).includes('keyword.other.attribution.news'));
});

test('dates and times', async () => {
  assert.ok((await scopesOf('He left on Sunday afternoon.', 'Sunday')).includes('constant.other.date.weekday.news'));
  assert.ok((await scopesOf('The summit on September 13, 2023 ended.', 'September 13, 2023')).includes('constant.other.date.news'));
  assert.ok((await scopesOf('It began on 13 September 2023.', '13 September 2023')).includes('constant.other.date.news'));
  assert.ok((await scopesOf('At 10:30 p.m. local time.', '10:30 p.m.')).includes('constant.other.time.news'));
});

test('quoted speech, with figures inside still highlighted', async () => {
  const line = 'He said: “We travelled 1,180 kilometers.” Then he left.';
  assert.ok((await scopesOf(line, 'We travelled')).includes('string.quoted.double.news'));
  const figure = await scopesOf(line, '1,180');
  assert.ok(figure.includes('string.quoted.double.news') && figure.includes('constant.numeric.news'));
  assert.ok(!(await scopesOf(line, 'Then he left.')).includes('string.quoted.double.news'), 'the quote ends');
  assert.ok((await scopesOf('He said "no comment" today.', 'no comment')).includes('string.quoted.double.news'));
});

test('a word that only starts like a unit is not one', async () => {
  const scopes = await scopesOf('There were 12 members present.', '12');
  assert.ok(scopes.includes('constant.numeric.news'));
  assert.ok(!scopes.includes('meta.figure.news'), '"m" of "members" is not metres');
});
