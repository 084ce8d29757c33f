/**
 * The server stays up and keeps its word whatever the workspace and the client throw at it: bad files (invalid
 * UTF-8, empty, binary, vanished, unreadable), malformed side files, a request that throws, a thousand edits in a
 * burst, a cancelled request, and a crash followed by a restart.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { checkAllReportsMethod, type CheckAllReportsResult } from '../../server/src/lsp/protocol';
import { spanToRange } from '../../server/src/lsp/ranges';
import { readReportFile } from '../../server/src/node/files';
import { relatedFiles, report000, report004, trainSpeed000, trainSpeedFinding } from './support/seeds';
import { copySeeds, Session, type SessionOptions } from './support/session';

const reviewedFile = '.crosscheck/reviewed.json';
const entitiesFile = '.crosscheck/entities.json';

/** Like withSession, but `prepare` may change the copy of the seeds before the server starts. */
async function withWorkspace(
  prepare: (workspace: string) => void,
  options: SessionOptions,
  body: (session: Session) => Promise<void>,
): Promise<void> {
  const workspace = copySeeds();
  prepare(workspace);
  const session = await Session.start(workspace, options);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}

function write(workspace: string, file: string, content: string | Buffer): void {
  mkdirSync(join(workspace, file, '..'), { recursive: true });
  writeFileSync(join(workspace, file), content);
}

/** Waits until 000 has its train-speed finding: the server is up and checking. */
function trainSpeedFindingOf000(session: Session): Promise<Diagnostic[]> {
  return session.diagnosticsWhere(report000, (all) => trainSpeedFinding(session, all) !== undefined, "000's train-speed finding");
}

/** Runs "Check All Reports"; its answer comes after every queued indexing job, so it is a point of calm. */
function checkAll(session: Session): Promise<CheckAllReportsResult> {
  return session.connection.sendRequest<CheckAllReportsResult>(checkAllReportsMethod);
}

test('invalid UTF-8, binary, empty and vanished reports: one message each, and checking goes on', () =>
  withWorkspace(
    (workspace) => {
      write(workspace, 'latin1.txt', Buffer.from('The train reached 59 km/h near the caf\xe9, officials said.\n', 'latin1'));
      write(workspace, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
      write(workspace, 'empty.txt', '');
    },
    {},
    async (session) => {
      await session.open(report000);
      await trainSpeedFindingOf000(session);
      assert.equal(session.logged(/latin1\.txt: not valid UTF-8/), 1, session.log.join('\n'));
      assert.equal(session.logged(/photo\.txt: binary content/), 1);
      assert.equal(session.logged(/empty\.txt/), 0, 'an empty report is no problem');
      await session.open('empty.txt');
      assert.deepEqual(await session.pull('empty.txt'), []);

      // 004 disappears between the watcher's "changed" and the server's read.
      rmSync(session.path(report004));
      await session.filesChanged([{ uri: session.uri(report004), type: 2 }]);
      await session.diagnosticsWhere(report000, (all) => !relatedFiles(trainSpeedFinding(session, all)).has(report004), '000 no longer citing the vanished 004');
      assert.equal(session.logged(new RegExp(`${report004}: cannot be read: it was deleted or moved after it was listed \\(ENOENT\\)`)), 1);
      assert.equal((await checkAll(session)).reports, 6, '000-003, latin1 and empty');
    },
  ));

test(
  'an unreadable report (permission denied) is skipped with one message',
  { skip: process.getuid?.() === 0 && 'running as root, which reads files whatever their permissions' },
  () =>
    withWorkspace(
      (workspace) => {
        write(workspace, 'locked.txt', 'The train reached 59 km/h.\n');
        chmodSync(join(workspace, 'locked.txt'), 0o000);
      },
      {},
      async (session) => {
        await session.open(report000);
        await trainSpeedFindingOf000(session);
        assert.equal(session.logged(/locked\.txt: cannot be read: permission denied/), 1, session.log.join('\n'));
      },
    ),
);

test('malformed reviewed.json and entities.json: one message and one diagnostic each; defaults meanwhile; never overwritten', () => {
  const malformedReviewed = '{"version": 1, "reviewed": [\n  {"key": "figure-conflict|000.txt|50|speed"},\n';
  const malformedEntities = '{"entities": [\n  {"name": "Kim Jong Un", "aliases": ["Kim Jong-un"],}\n]}\n';
  return withWorkspace(
    (workspace) => {
      write(workspace, reviewedFile, malformedReviewed);
      write(workspace, entitiesFile, malformedEntities);
    },
    { pull: true },
    async (session) => {
      await session.open(report000);
      const diagnostics = await trainSpeedFindingOf000(session);
      const onFile = (file: string) =>
        session.until(async () => {
          const published = session.publishedFor(file);
          return published?.length ? published : undefined;
        }, `a diagnostic on ${file}`);
      const [reviewedProblem] = await onFile(reviewedFile);
      const [entitiesProblem] = await onFile(entitiesFile);
      assert.match(reviewedProblem.message, /reviewed\.json is malformed and is ignored until repaired: not valid JSON/);
      assert.match(entitiesProblem.message, /entities\.json is malformed, no entities are read from it until it is repaired: not valid JSON/);
      // The entities diagnostic sits where parsing stopped: the "}" after the trailing comma.
      const entitiesText = TextDocument.create('file:///e.json', 'json', 0, malformedEntities);
      assert.equal(entitiesText.offsetAt(entitiesProblem.range.start), malformedEntities.indexOf(',}') + 1);

      // Reloading the same broken files says nothing new.
      await session.filesChanged([{ uri: session.uri(reviewedFile), type: 2 }, { uri: session.uri(entitiesFile), type: 2 }]);
      await checkAll(session);
      assert.equal(session.logged(/reviewed\.json is malformed/), 1, session.log.join('\n'));
      assert.equal(session.logged(/entities\.json is malformed/), 1);

      // The finding's own fixes stay; "Mark as reviewed", which would rewrite the file, is not offered.
      const actions = await session.codeActions(report000, trainSpeedFinding(session, diagnostics)!);
      assert.ok(actions.length > 0);
      assert.ok(!actions.some((action) => action.title === 'Mark as reviewed'));
      assert.equal(readFileSync(session.path(reviewedFile), 'utf8'), malformedReviewed);

      // Repaired, the diagnostic goes away.
      writeFileSync(session.path(reviewedFile), '{"version": 1, "reviewed": []}\n');
      await session.filesChanged([{ uri: session.uri(reviewedFile), type: 2 }]);
      await session.until(async () => (session.publishedFor(reviewedFile)?.length === 0 ? true : undefined), 'the reviewed.json diagnostic cleared');
    },
  );
});

test('"Mark as reviewed" on a list that became malformed meanwhile is refused with a message, the file untouched', () =>
  withWorkspace(() => undefined, { pull: true }, async (session) => {
    await session.open(report000);
    const finding = trainSpeedFinding(session, await trainSpeedFindingOf000(session))!;
    const review = (await session.codeActions(report000, finding)).find((action) => action.title === 'Mark as reviewed');
    assert.ok(review?.command);
    const broken = '{"version": 1, "reviewed": [ oops';
    write(session.workspace, reviewedFile, broken);
    await session.execute(review.command);
    assert.equal(readFileSync(session.path(reviewedFile), 'utf8'), broken);
    assert.equal(session.logged(/^shown to the user: Crosscheck: Could not mark the finding as reviewed: .*malformed.*not overwriting it/), 1, session.log.join('\n'));
    assert.deepEqual(readdirSync(session.path('.crosscheck')), ['reviewed.json'], 'no lock or temporary file left');
  }));

test('a request that throws answers empty and is logged; the server goes on', () =>
  withWorkspace(() => undefined, { pull: true }, async (session) => {
    await session.open(report000);
    await trainSpeedFindingOf000(session);
    // A client bug: no diagnostics array. The handler throws on it.
    const answer = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: session.uri(report000) },
      range: session.rangeOf(report000, trainSpeed000),
      context: { diagnostics: null as unknown as Diagnostic[] },
    });
    assert.deepEqual(answer, []);
    assert.equal(session.logged(/^Code actions failed: TypeError/), 1, session.log.join('\n'));
    assert.ok(await session.hover(report000, trainSpeed000), 'hovers still work');
  }));

test('1,000 edits in a burst leave pushed diagnostics that match the final text', () =>
  withWorkspace(() => undefined, { pull: false }, async (session) => {
    await session.open(report000);
    await trainSpeedFindingOf000(session);
    let figure = '50';
    for (let edit = 1; edit <= 1000; edit++) {
      const next = edit === 1000 ? '61' : String(100 + edit);
      await session.replace(report000, `${figure} kilometers per hour`, `${next} kilometers per hour`);
      figure = next;
    }
    const final = session.document(report000);
    assert.equal(final.version, 1001);
    const expected = expectedDiagnostics(session, final);
    assert.ok(expected.some((d) => /61/.test(d.message)), 'the final figure is in a finding');
    await session.until(async () => {
      const published = session.publishedFor(report000);
      return published && sameDiagnostics(published, expected) ? true : undefined;
    }, 'pushed diagnostics of 000 matching its final text');
  }));

/** What the engine, run in this process on the final texts, says about 000: what the server must publish. */
function expectedDiagnostics(session: Session, document: TextDocument): Pick<Diagnostic, 'range' | 'code' | 'message'>[] {
  const analyzer = createAnalyzer();
  for (const file of readdirSync(session.workspace).filter((name) => name.endsWith('.txt'))) {
    const uri = session.uri(file);
    if (uri === document.uri) {
      analyzer.upsert(uri, document.getText());
      continue;
    }
    const read = readReportFile(session.path(file), Infinity);
    if ('text' in read) analyzer.upsert(uri, read.text);
  }
  return analyzer.findings(document.uri).map((finding) => ({ range: spanToRange(document, finding.span), code: finding.code, message: finding.message }));
}

function sameDiagnostics(actual: Diagnostic[], expected: Pick<Diagnostic, 'range' | 'code' | 'message'>[]): boolean {
  const key = (d: Pick<Diagnostic, 'range' | 'code' | 'message'>) => JSON.stringify([d.range, d.code, d.message]);
  return JSON.stringify(actual.map(key).sort()) === JSON.stringify(expected.map(key).sort());
}

test('a cancelled "Check All Reports" answers "cancelled" and publishes nothing; the next one runs', () =>
  withWorkspace(() => undefined, { pull: true }, async (session) => {
    // Sent at once, while the server is still indexing, and cancelled straight away.
    const cancellation = new CancellationTokenSource();
    const cancelled = session.connection.sendRequest<CheckAllReportsResult>(checkAllReportsMethod, cancellation.token);
    cancellation.cancel();
    await assert.rejects(cancelled, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    await session.indexed();
    // Nothing was published for the closed reports (a later run's notifications precede its answer).
    assert.deepEqual(readdirSync(session.workspace).filter((file) => session.publishedFor(file) !== undefined), []);
    assert.equal((await checkAll(session)).reports, 5);
    assert.ok(session.publishedFor(report004) !== undefined);
  }));

test('a killed server is started again and re-indexes the workspace: same diagnostics as before', async () => {
  const workspace = copySeeds();
  const first = await Session.start(workspace, { pull: true });
  await first.open(report000);
  const before = await first.diagnosticsWhere(
    report000,
    (all) => relatedFiles(trainSpeedFinding(first, all)).has(report004),
    "000's train-speed finding citing 004",
  );
  await first.crash();
  // What vscode-languageclient does when the server dies (client/src/extension.ts: restart policy): start it
  // again with the same workspace folders and re-open the open documents.
  const second = await Session.start(workspace, { pull: true });
  try {
    await second.open(report000);
    await second.indexed();
    const after = await second.diagnosticsWhere(report000, (all) => sameDiagnostics(all, before), 'the same diagnostics as before the crash');
    assert.ok(relatedFiles(trainSpeedFinding(second, after)).has(report004), 'other reports were indexed again');
  } finally {
    await second.close();
  }
});
