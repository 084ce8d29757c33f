/**
 * The language server's pure parts, tested directly: span↔range conversion (CRLF, surrogate pairs, end of
 * file) and the escaping that keeps article text inert in hovers. They sit beside the protocol tests because
 * test/unit belongs to the engine.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { renderHover } from '../../server/src/lsp/hover';
import { escapeMarkdown, markdownLink } from '../../server/src/lsp/markdown';
import { lineNumberAt, rangeToSpan, spanToRange, wholeTextRange } from '../../server/src/lsp/ranges';
import type { HoverInfo } from '../../server/src/core/types';

const doc = (text: string) => TextDocument.create('file:///a.txt', 'plaintext', 1, text);

test('spans convert to ranges and back across CRLF line ends', () => {
  const text = 'one\r\ntwo 50 km/h\r\nthree';
  const start = text.indexOf('50');
  const range = spanToRange(doc(text), { start, end: start + 7 });
  assert.deepEqual(range, { start: { line: 1, character: 4 }, end: { line: 1, character: 11 } });
  assert.deepEqual(rangeToSpan(doc(text), range), { start, end: start + 7 });
  assert.equal(lineNumberAt(doc(text), text.indexOf('three')), 3);
});

test('characters are UTF-16 code units: an emoji before a figure counts two', () => {
  const text = '🚆 at 50 km/h';
  const start = text.indexOf('50');
  assert.equal(start, 6);
  assert.deepEqual(spanToRange(doc(text), { start, end: start + 2 }).start, { line: 0, character: 6 });
});

test('a span at or past the end of the text ends at the last position', () => {
  const text = 'ends here\n';
  assert.deepEqual(spanToRange(doc(text), { start: text.length, end: text.length + 5 }), {
    start: { line: 1, character: 0 },
    end: { line: 1, character: 0 },
  });
  assert.deepEqual(wholeTextRange(doc(text)).end, { line: 1, character: 0 });
});

test('article text cannot become a link, image, HTML, command or autolink', () => {
  const hostile = '[click](command:workbench.action.terminal.new) ![x](http://e.vil/p.png) <img src=x onerror=alert(1)> https://e.vil www.e.vil &amp; `code` *em* # heading\n- item';
  const escaped = escapeMarkdown(hostile);
  assert.ok(!/(^|[^\\])[[\]()<>`*#&!]/.test(escaped), escaped);
  assert.ok(!escaped.includes('://'));
  assert.ok(!escaped.includes('www.'));
  assert.ok(!escaped.includes('\n'));
});

test('links carry server-made URIs with parentheses and spaces encoded, and an escaped label', () => {
  assert.equal(markdownLink('open', 'file:///a (1)/b c.txt#L3'), '[open](file:///a%20%281%29/b%20c.txt#L3)');
  assert.equal(markdownLink('[x]', 'file:///a'), '[\\[x\\]](file:///a)');
});

test('the hover escapes every piece of article text it shows', () => {
  const info: HoverInfo = {
    span: { start: 0, end: 2 },
    title: '50 [km](command:x)',
    attribute: 'speed <b>',
    comparisons: [
      {
        reportId: 'file:///b.txt',
        source: 'Wire](command:evil)',
        sentence: 'It ran at [59 km/h](http://e.vil) said <script>.',
        // The engine's span may take in a space; bold must still close on the figure.
        figureInSentence: { start: 10, end: 34 },
        span: { start: 0, end: 1 },
        converted: '59 km/h ![i](x)',
        agreement: 'conflicts',
      },
    ],
    consensus: '1 of 2 <i>reports</i>',
  };
  const markdown = renderHover(info, () => '[open](file:///b.txt#L1)');
  // Without the markup the hover adds itself (the link, the quote marks), nothing active may remain.
  const articleParts = markdown.replace('[open](file:///b.txt#L1)', '').replace(/^> /gm, '');
  assert.ok(!/(^|[^\\])[[\]<>]/.test(articleParts), articleParts);
  assert.ok(!articleParts.includes('://'));
  assert.ok(markdown.includes('**\\[59 km\\/h\\]\\(http\\:\\/\\/e\\.vil\\)** said'), 'the figure is bold and inert');
});
