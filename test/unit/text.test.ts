/** The text layer: look-alike letters, boilerplate, Markdown, line endings and byte-order marks. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../../server/src/core/reading/fold';
import { maskNonProse } from '../../server/src/core/reading/masking';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { claimsIn, workspace, applyEdits } from './support';
import { verbBase } from '../../server/src/core/words';

const CYR_E = '\u0435'; // Cyrillic small ie, looks like Latin "e"
const CYR_O = '\u043e'; // Cyrillic small o
const CYR_A = '\u0430'; // Cyrillic small a

describe('look-alike letters', () => {
  test('fold keeps the UTF-16 length and replaces the look-alike inside a Latin word', () => {
    const text = `The f${CYR_E}rry left p${CYR_O}rt. 😀 “Quoted” — fine.`;
    const { folded, mixedWords } = fold(text);
    assert.equal(folded.length, text.length);
    assert.ok(folded.startsWith('The ferry left port.'));
    assert.deepEqual(mixedWords.map((w) => [text.slice(w.span.start, w.span.end), w.latin]), [[`f${CYR_E}rry`, 'ferry'], [`p${CYR_O}rt`, 'port']]);
  });

  test('a Cyrillic "е" inside a Latin word is a mixed-script warning on that word, in original offsets', () => {
    // an astral character and a CRLF before the word, so a wrong offset base would show
    const text = `😀 Breaking\r\nThe ferry left the harbour at dawn.\r\nThe captain said the cr${CYR_E}w were safe.\r\n`;
    const ws = workspace({ 'a.txt': { text } });
    const [f, ...rest] = ws.findings('a.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.code, 'mixed-script');
    assert.equal(f.severity, 'warning');
    assert.equal(f.written, `cr${CYR_E}w`);
    assert.match(f.message, /Cyrillic/);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.equal(fixed, text.replace(`cr${CYR_E}w`, 'crew'));
  });

  test('look-alikes on several lines: one warning, later lines information, one fix for the whole document', () => {
    const text = `The f${CYR_E}rry left at dawn.\nThe capt${CYR_A}in was calm.\nThe cr${CYR_E}w were safe.`;
    const ws = workspace({ 'a.txt': { text } });
    const found = ws.findings('a.txt');
    assert.deepEqual(found.map((f) => [f.severity, f.written]), [['warning', `f${CYR_E}rry`], ['information', `capt${CYR_A}in`], ['information', `cr${CYR_E}w`]]);
    const all = found[0].fixes.find((x) => x.kind === 'homoglyph-all')!;
    assert.equal(applyEdits(text, all.edits), 'The ferry left at dawn.\nThe captain was calm.\nThe crew were safe.');
  });

  test('genuine all-Cyrillic words are not flagged', () => {
    const ws = workspace({ 'a.txt': { text: 'The ship was named Москва and sailed from Одесса at dawn.' } });
    assert.deepEqual(ws.findings('a.txt'), []);
  });

  test('a figure with a look-alike in its unit is still read', () => {
    const claims = claimsIn(`The ferry sailed at 30 km/h towards the r${CYR_E}ef.`);
    assert.deepEqual(claims.map((c) => c.written), ['30 km/h']);
  });
});

describe('boilerplate lines yield no claims', () => {
  const lines = ['Advertisement', 'Follow us on Facebook', 'You may also like', 'Previous Article: 20 people died in Harbourtown', 'Read more: 40 km of road closed'];
  for (const line of lines) {
    test(JSON.stringify(line), () => {
      const text = `${line}\nThe ferry carried 40 passengers.\n`;
      const { prose } = maskNonProse(text, false);
      assert.equal(prose.length, text.length);
      assert.equal(prose.split('\n')[0].trim(), '', 'the line is blanked');
      const claims = claimsIn(text);
      assert.deepEqual(claims.map((c) => c.written), ['40 passengers']);
    });
  }
  test('a sentence that merely starts like boilerplate is prose', () => {
    const claims = claimsIn('Follow the coast road for 40 km to reach the harbour.');
    assert.deepEqual(claims.map((c) => c.written), ['40 km']);
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'source: Harbour Gazette',
    'title: Ferry aground',
    '---',
    '# Ferry runs aground',
    '',
    'The ferry carried 40 passengers.',
    '',
    '```',
    'speed = 99 km/h',
    '```',
    '',
    'See https://example.com/news/2023/12-dead-in-crash and `77 km` for more.',
    '',
  ].join('\n');

  test('front matter "source:" becomes the report source', () => {
    const analyzer = createAnalyzer();
    analyzer.upsert('/news/gazette.md', md);
    assert.equal(analyzer.meta('/news/gazette.md')?.source, 'Harbour Gazette');
    assert.equal(analyzer.meta('/news/gazette.md')?.title, 'Ferry aground');
  });

  test('code blocks, inline code and URLs yield no claims', () => {
    const analyzer = createAnalyzer();
    analyzer.upsert('/news/gazette.md', md);
    assert.deepEqual(analyzer.claims('/news/gazette.md').map((c) => md.slice(c.span.start, c.span.end)), ['40 passengers']);
  });

  test('without a source the file name is the source', () => {
    const analyzer = createAnalyzer();
    analyzer.upsert('/news/coast-radio.txt', 'The ferry carried 40 passengers.');
    assert.equal(analyzer.meta('/news/coast-radio.txt')?.source, 'coast-radio');
  });

  test('a "Source:" header line in plain text names the source and yields no claims', () => {
    const analyzer = createAnalyzer();
    const text = 'Source: Channel 9 News\nThe ferry carried 40 passengers.';
    analyzer.upsert('/news/a.txt', text);
    assert.equal(analyzer.meta('/news/a.txt')?.source, 'Channel 9 News');
    assert.deepEqual(analyzer.claims('/news/a.txt').map((c) => text.slice(c.span.start, c.span.end)), ['40 passengers']);
  });
});

describe('line endings and byte-order marks do not shift offsets', () => {
  const lf = 'The ferry left on Monday.\nIt sailed at 30 km/h.\nAbout 40 passengers were rescued.\n';
  const variants: [string, string][] = [
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', '\uFEFF' + lf.replace(/\n/g, '\r\n')],
    ['CR', lf.replace(/\n/g, '\r')],
  ];
  for (const [name, text] of variants) {
    test(name, () => {
      assert.deepEqual(claimsIn(text).map((c) => c.written), ['on Monday', '30 km/h', 'About 40 passengers']);
    });
  }
});

describe('verb forms', () => {
  test('a doubled last letter is dropped only from stems of four letters or more: "dropped" → drop, "added" → add', () => {
    for (const [form, base] of [['dropped', 'drop'], ['planned', 'plan'], ['added', 'add'], ['falling', 'fall'], ['carried', 'carry'], ['getting', 'get']]) {
      assert.equal(verbBase(form), base, form);
    }
  });
});
