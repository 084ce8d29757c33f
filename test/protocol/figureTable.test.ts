/**
 * The Compare Figures table over the protocol (`crosscheck/figureTable`): 000's train speed beside what 003 and
 * 004 say, ranges that land on each figure, the table following an edit of another report (with the notification
 * that tells the client to ask again), and the empty and cancelled answers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import {
  figureTableMethod,
  reportsChangedNotification,
  type FigureTableCell,
  type FigureTableResult,
  type FigureTableRow,
} from '../../server/src/lsp/protocol';
import { report000, report003, report004, textAt, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { type Session, withSession } from './support/session';

function askTable(session: Session, file: string): Promise<FigureTableResult | null> {
  return session.connection.sendRequest<FigureTableResult | null>(figureTableMethod, { textDocument: { uri: session.uri(file) } });
}

/** 000's train-speed row, once the table has one that `accept` takes (the index may still be filling). */
function speedRowWhere(session: Session, accept: (row: FigureTableRow, cell: (file: string) => FigureTableCell | null) => boolean, what: string) {
  return session.until(async () => {
    const table = await askTable(session, report000);
    const row = table?.rows.find((r) => r.written.includes(trainSpeed000));
    if (!table || !row) return undefined;
    const cell = (file: string) => row.cells[table.columns.findIndex((c) => c.uri === session.uri(file))] ?? null;
    return accept(row, cell) ? { table, row, cell } : undefined;
  }, what);
}

test("000's table: the speed row holds 003 (37 mph ≈ 59.5 km/h) and 004 (59 km/h), neither agreeing with about 50 km/h", () =>
  withSession({}, async (session) => {
    await session.open(report000);
    const { table, row, cell } = await speedRowWhere(session, (_, c) => !!c(report003) && !!c(report004), "a speed row with 003's and 004's figures");

    assert.equal(table.uri, session.uri(report000));
    assert.equal(table.version, 1, 'the version of the open document');
    assert.deepEqual(table.columns.map((c) => c.source), ['001_b21792c42bc08b8f', '002_24e4b73b912b337e', '003_919f19c5efd995fa', '004_e4d4bc54e1c2b0b0']);
    assert.equal(row.kind, 'figure');
    assert.match(row.label, /^speed/);
    assert.match(row.value, /^about 50 km\/h/);
    // the row's range is the figure the squiggle underlines
    assert.deepEqual(row.range, trainSpeedFinding(session, await session.pull(report000))?.range);

    const c003 = cell(report003)!;
    assert.match(c003.converted, /^59\.5 km\/h \(37 mph\)$/);
    assert.notEqual(c003.agreement, 'agrees');
    assert.match(textAt(c003.uri, c003.range), /37 mph/, "003's cell points at its figure");
    // its sentence as written, look-alike letters folded ("spееd" with Cyrillic е reads "speed")
    assert.equal(c003.sentence.slice(c003.figureInSentence.start, c003.figureInSentence.end), 'maximum speed of 37 mph');

    const c004 = cell(report004)!;
    assert.match(c004.converted, /^59 km\/h/);
    assert.notEqual(c004.agreement, 'agrees');
    assert.match(textAt(c004.uri, c004.range), /59 km\/h/, "004's cell points at its figure");
    assert.equal(cell('001_b21792c42bc08b8f.txt'), null, '001 says nothing of the speed');
    assert.match(row.consensus ?? '', /^\d of 3 reports: /);
  }));

test("after 004's figure is edited to 50 km/h, the server says so and 000's speed row has 004 agreeing", () =>
  withSession({}, async (session) => {
    await session.open(report000);
    await session.open(report004);
    await speedRowWhere(session, (_, c) => c(report004)?.agreement === 'compatible', "004's 59 km/h in 000's speed row");
    const told = new Promise<void>((resolve) => session.connection.onNotification(reportsChangedNotification, () => resolve()));

    await session.replace(report004, '59 km/h', '50 km/h');
    await told;
    const { cell } = await speedRowWhere(session, (_, c) => c(report004)?.agreement === 'agrees', "004 agreeing in 000's speed row");
    assert.match(cell(report004)!.converted, /^50 km\/h/);
    assert.notEqual(cell(report003)?.agreement, 'agrees', '003 still says 37 mph');
  }));

test('no table for a file that is not a report, nor where Crosscheck is off', () =>
  withSession({ settings: { enable: false } }, async (session) => {
    await session.open(report000);
    await session.indexed();
    assert.equal(await askTable(session, report000), null);
    assert.equal(await askTable(session, 'no-such-report.txt'), null);
  }));

test('a table asked for while the workspace is indexed, and cancelled, answers "cancelled"; the next one is answered', () =>
  withSession({}, async (session) => {
    // sent at once, while the server is still indexing (the answer waits for it), and cancelled straight away
    const cancellation = new CancellationTokenSource();
    const cancelled = session.connection.sendRequest(figureTableMethod, { textDocument: { uri: session.uri(report000) } }, cancellation.token);
    cancellation.cancel();
    await assert.rejects(cancelled, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    const table = await askTable(session, report000);
    assert.ok(table?.rows.some((row) => row.written.includes(trainSpeed000)), 'the next request has the train speed');
  }));
