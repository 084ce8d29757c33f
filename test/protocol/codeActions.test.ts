/**
 * Quick fixes over the protocol: the finding's own fixes as versioned edits, refused once the document moved on,
 * and "Mark as reviewed", which the CLI then honours too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { overlaps, report000, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { repoRoot, Session, withSession } from './support/session';

/** 000's figure with the conversion the article writes beside it, which a change of figure replaces too. */
const figureWithConversion = '50 kilometers per hour (31 miles per hour)';

async function trainSpeedDiagnostic(session: Session): Promise<Diagnostic> {
  const diagnostics = await session.diagnosticsWhere(
    report000,
    (all) => trainSpeedFinding(session, all) !== undefined,
    "000's train-speed finding",
  );
  return trainSpeedFinding(session, diagnostics)!;
}

function editsOf(action: CodeAction): TextDocumentEdit[] {
  return (action.edit?.documentChanges ?? []).filter((change): change is TextDocumentEdit => 'textDocument' in change);
}

/** The diagnostics the CLI reports for 000 on the same folder. */
function cliDiagnosticsOf000(folder: string): { code: string; range: Diagnostic['range'] }[] {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'check', '--format', 'json', folder], {
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { code: string; range: Diagnostic['range'] }[] }[] };
  return report.files.find((file) => basename(file.path) === report000)?.diagnostics ?? [];
}

test("000's train-speed finding offers a citation and a change; the change edits the figure", () =>
  withSession({}, async (session) => {
    await session.open(report000);
    const finding = await trainSpeedDiagnostic(session);
    const actions = await session.codeActions(report000, finding);
    const version = session.document(report000).version;
    for (const action of actions.filter((a) => a.title !== 'Mark as reviewed')) {
      assert.equal(action.kind, 'quickfix');
      for (const edit of editsOf(action)) assert.deepEqual(edit.textDocument, { uri: session.uri(report000), version });
    }
    // A citation inserts text after the figure; a change replaces the figure.
    const cite = actions.find((a) => editsOf(a).some((e) => e.edits.some((t) => isEmpty(t.range) && /\S/.test(t.newText))));
    const change = actions.find((a) => editsOf(a).some((e) => e.edits.some((t) => overlaps(t.range, finding.range))));
    assert.ok(cite, `a citation among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(change, `a change among ${actions.map((a) => a.title).join(' | ')}`);

    const before = session.document(report000).getText();
    await session.applyEdit(change.edit!);
    const newFigure = editsOf(change)[0].edits[0].newText;
    assert.match(newFigure, /^59(\.\d+)? kilometers per hour \(37 miles per hour\)$/);
    assert.equal(session.document(report000).getText(), before.replace(figureWithConversion, newFigure));
  }));

test('a diagnostic older than the document gets no code actions', () =>
  withSession({}, async (session) => {
    await session.open(report000);
    const finding = await trainSpeedDiagnostic(session);
    assert.ok((await session.codeActions(report000, finding)).length > 0);
    await session.replace(report000, 'Reset', 'Reset.');
    assert.deepEqual(await session.codeActions(report000, finding), []);
  }));

test('a fix offered before an edit is refused when applied after it, and the text is left as it is', () =>
  withSession({}, async (session) => {
    await session.open(report000);
    const finding = await trainSpeedDiagnostic(session);
    const change = (await session.codeActions(report000, finding)).find((a) => editsOf(a).some((e) => e.edits.some((t) => overlaps(t.range, finding.range))));
    assert.ok(change?.edit);
    // The user edits the article meanwhile: the version the fix was made for is gone.
    await session.replace(report000, 'Reset', 'Reset.');
    const typed = session.document(report000).getText();
    await assert.rejects(session.applyEdit(change.edit), /stale edit/);
    assert.equal(session.document(report000).getText(), typed);
  }));

test('"Mark as reviewed" records the finding, which then disappears, in the editor and in the CLI', () =>
  withSession({}, async (session) => {
    const quote = (d: { code: string; range: Diagnostic['range'] }) =>
      d.code === 'figure-conflict' && overlaps(d.range, session.rangeOf(report000, trainSpeed000));
    await session.open(report000);
    assert.ok(cliDiagnosticsOf000(session.workspace).some(quote), 'the CLI reports it before review');
    const finding = await trainSpeedDiagnostic(session);
    const review = (await session.codeActions(report000, finding)).find((a) => a.title === 'Mark as reviewed');
    assert.ok(review?.command);
    await session.execute(review.command);
    assert.ok(existsSync(session.path('.crosscheck/reviewed.json')));
    await session.diagnosticsWhere(
      report000,
      (all) => trainSpeedFinding(session, all) === undefined,
      "000's train-speed finding gone after review",
    );
    assert.ok(!cliDiagnosticsOf000(session.workspace).some(quote), 'the CLI leaves it out too');
  }));

function isEmpty(range: Diagnostic['range']): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}
