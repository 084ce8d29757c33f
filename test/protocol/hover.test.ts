/**
 * Hover over the protocol: the other reports' sentences, values, agreement and links to their lines, and what
 * happens when one of them is deleted from disk.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import {
  lineOf,
  relatedFiles,
  report000,
  report003,
  report004,
  trainSpeed000,
  trainSpeedFinding,
  unescapeMarkdown,
} from './support/seeds';
import { Session, withSession } from './support/session';

function markdownOf(hover: Hover | null): string {
  const contents = hover?.contents as MarkupContent | undefined;
  return contents?.kind === 'markdown' ? contents.value : '';
}

/** The hover over 000's train speed once it mentions `file` (the index may still be filling). */
function hoverCiting(session: Session, file: string): Promise<string> {
  return session.until(async () => {
    const markdown = markdownOf(await session.hover(report000, trainSpeed000));
    return markdown.includes(session.uri(file)) ? markdown : undefined;
  }, `a hover over 000's train speed citing ${file}`);
}

test("hover over 000's train speed cites 003 and 004 with sentence, value and a link to the line", () =>
  withSession({}, async (session) => {
    await session.open(report000);
    await hoverCiting(session, report003);
    const hover = await session.hover(report000, trainSpeed000);
    assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
    const markdown = markdownOf(hover);
    const shown = unescapeMarkdown(markdown);

    // The hover's range is the figure under the mouse.
    assert.deepEqual(hover?.range, trainSpeedFinding(session, await session.pull(report000))?.range);
    // This report's own value first, in its unit.
    assert.match(shown.split('\n')[0], /50 km\/h/);
    // Each other report: source name, link to the line of its figure, its sentence with the figure in bold.
    for (const [file, figure] of [
      [report003, '37 mph'],
      [report004, '59 km/h'],
    ] as const) {
      const source = file.replace(/\.txt$/, '');
      const line = lineOf(session.path(file), figure);
      assert.ok(shown.includes(`**${source}**`), `source name of ${file}`);
      assert.ok(markdown.includes(`[open](${session.uri(file)}#L${line})`), `link to line ${line} of ${file}`);
      assert.match(shown, new RegExp(`> [^\\n]*\\*\\*[^*\\n]*${figure.replace('/', '\\/')}[^*\\n]*\\*\\*`), `bold ${figure} in the sentence of ${file}`);
    }
    assert.match(shown, /59(\.\d)? km\/h/);
    assert.match(shown, /37 mph/);
    assert.match(shown, /Consensus/);
  }));

test('deleting 003 from disk removes it from the hover and from related locations', () =>
  withSession({}, async (session) => {
    await session.open(report000);
    await hoverCiting(session, report003);
    rmSync(session.path(report003));
    await session.filesChanged([{ uri: session.uri(report003), type: 3 }]);
    const markdown = await session.until(async () => {
      const value = markdownOf(await session.hover(report000, trainSpeed000));
      return value && !value.includes(report003) ? value : undefined;
    }, 'a hover without 003');
    assert.ok(markdown.includes(session.uri(report004)), '004 is still cited');
    const diagnostics = await session.pull(report000);
    const related = relatedFiles(trainSpeedFinding(session, diagnostics));
    assert.ok(!related.has(report003), 'no related location in the deleted report');
    assert.ok(related.has(report004));
  }));
