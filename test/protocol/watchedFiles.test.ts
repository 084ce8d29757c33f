/**
 * Files changed on disk behind the editor's back (`workspace/didChangeWatchedFiles`): a changed report is read
 * again, a created one joins the index when the include globs take it, and a file they exclude stays out.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { relatedFiles, report000, report004, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { Session, withSession } from './support/session';

/** A report of our own that gives the train's speed as 59 km/h too. */
const newReport = 'Source: Test Desk\n\nThe armored train can reach a maximum speed of 59 km/h on this line.\n';

async function hoverMentions(session: Session, text: string): Promise<string> {
  return session.until(async () => {
    const hover = await session.hover(report000, trainSpeed000);
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    return value.includes(text) ? value : undefined;
  }, `a hover over 000's train speed mentioning ${text}`);
}

test('a report changed on disk is read again', () =>
  withSession({}, async (session) => {
    await session.open(report000);
    await session.diagnosticsWhere(report000, (all) => relatedFiles(trainSpeedFinding(session, all)).has(report004), '000 citing 004');
    const path = session.path(report004);
    writeFileSync(path, readFileSync(path, 'utf8').replace('59 km/h', '50 km/h'));
    await session.filesChanged([{ uri: session.uri(report004), type: 2 }]);
    await session.diagnosticsWhere(
      report000,
      (all) => !relatedFiles(trainSpeedFinding(session, all)).has(report004),
      '000 no longer citing 004 after 004 changed on disk',
    );
  }));

test('a report created on disk joins the index; an excluded file does not', () =>
  withSession({ settings: { exclude: ['**/drafts/**'] } }, async (session) => {
    await session.open(report000);
    await session.indexed();
    writeFileSync(session.path('005_test_desk.txt'), newReport);
    mkdirSync(session.path('drafts'));
    writeFileSync(session.path('drafts/006_draft.txt'), newReport.replace('Test Desk', 'Draft Desk'));
    await session.filesChanged([
      { uri: session.uri('drafts/006_draft.txt'), type: 1 },
      { uri: session.uri('005_test_desk.txt'), type: 1 },
    ]);
    const markdown = await hoverMentions(session, 'Test Desk');
    assert.ok(!markdown.includes('Draft Desk'), 'the excluded draft is not compared');
  }));
