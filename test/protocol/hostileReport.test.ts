/**
 * A hostile report joins the workspace: its source name and sentence carry Markdown links and images, HTML,
 * `command:` URIs, autolinks and a right-to-left override. Whatever Crosscheck shows from it must stay text: the
 * hover renders no link but its own "open" links, no image and no HTML, and messages, titles and inserted text
 * carry no character that hides or reorders words.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { Marked } from 'marked';
import type { CodeAction, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { report000, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { withSession } from './support/session';

const hostileFile = '005_hostile.txt';
const rightToLeftOverride = '\u202e';
const hostileSource = `Evil [Wire](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D) <img src=x onerror=alert(1)> ${rightToLeftOverride}gnp.exe`;
const hostileReport = [
  `Source: ${hostileSource}`,
  '',
  'Click [here](command:workbench.action.files.delete) or ![x](https://evil.example/x.png) <script>alert(1)</script>',
  '<a href="command:x">now</a>: the armored train can reach a maximum speed of 59 km/h, <b>officials</b> said',
  `<https://evil.example> [ref][1] &lt;b&gt; <!-- hidden --> ${rightToLeftOverride}txt.exe.`,
  '',
  '[1]: command:workbench.action.terminal.new',
  '',
].join('\n');

/** Characters a message must not carry: controls, line breaks, bidi marks and overrides. */
const hiddenCharacters = /[\u0000-\u001f\u007f\u0085\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function markdownOf(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

function decodeEntities(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

test('a hostile report is quoted as text: no link, image or HTML in the hover, no hidden characters in messages or fixes', () =>
  withSession({ pull: true }, async (session) => {
    writeFileSync(session.path(hostileFile), hostileReport);
    await session.filesChanged([{ uri: session.uri(hostileFile), type: 1 }]);
    await session.open(report000);
    const markdown = await session.until(async () => {
      const value = markdownOf(await session.hover(report000, trainSpeed000));
      return value.includes(session.uri(hostileFile)) ? value : undefined;
    }, "a hover over 000's train speed citing the hostile report");
    const hover = await session.hover(report000, trainSpeed000);
    assert.deepEqual(Object.keys(hover!.contents).sort(), ['kind', 'value'], 'plain MarkupContent: nothing marks it trusted');

    // Rendered as VS Code renders hovers (Markdown → HTML), only the server's own markup survives.
    const html = new Marked({ async: false }).parse(markdown) as string;
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1].toLowerCase()));
    assert.deepEqual([...tags].filter((tag) => !['p', 'strong', 'blockquote', 'hr', 'a'].includes(tag)), [], html);
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.match(href, /^file:\/\/\/.*#L\d+$/, 'only links to report lines');
    assert.ok(!/command:/.test([...html.matchAll(/href="([^"]*)"/g)].join(' ')));
    const visibleText = decodeEntities(html.replace(/<[^>]+>/g, ''));
    assert.ok(visibleText.includes('Evil [Wire](command:workbench.action.terminal.sendSequence'), 'the source name is shown as written');
    assert.ok(visibleText.includes('<img src=x onerror=alert(1)>'), 'HTML is shown as text');
    assert.ok(!visibleText.includes(rightToLeftOverride));

    // Diagnostics and fixes: plain text without hidden characters; inserted text likewise.
    const diagnostics = await session.diagnosticsWhere(
      report000,
      (all) => (trainSpeedFinding(session, all)?.relatedInformation ?? []).some((r) => r.location.uri === session.uri(hostileFile)),
      "000's train-speed finding related to the hostile report",
    );
    const finding = trainSpeedFinding(session, diagnostics)!;
    const texts = [finding.message, ...(finding.relatedInformation ?? []).map((related) => related.message)];
    assert.ok(texts.some((text) => text.includes('Evil [Wire](command:')), 'the hostile source is named, as text');
    for (const text of texts) assert.ok(!hiddenCharacters.test(text), JSON.stringify(text));
    const actions: CodeAction[] = await session.codeActions(report000, finding);
    assert.ok(actions.some((action) => action.title.includes('Evil')), actions.map((action) => action.title).join(' | '));
    for (const action of actions) {
      assert.ok(!hiddenCharacters.test(action.title), action.title);
      const edits = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
      for (const edit of edits.flatMap((change) => change.edits)) assert.ok(!/[\u202a-\u202e\u2066-\u2069\u0000]/.test(edit.newText), JSON.stringify(edit.newText));
    }
  }));
