/**
 * Diagnostics over the protocol: pulled with related locations, refreshed when another report changes in the
 * editor, pushed to clients without pull support, published for the whole workspace by "Check All Reports",
 * and shaped by the settings (read per resource, honoured when they change).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAllReportsMethod, type CheckAllReportsResult } from '../../server/src/lsp/protocol';
import { report000, report003, report004, relatedFiles, textAt, trainSpeedFinding } from './support/seeds';
import { withSession } from './support/session';

test('000 has the train-speed conflict, related to the sentences of 003 and 004', () =>
  withSession({ pull: true }, async (session) => {
    await session.open(report000);
    const diagnostics = await session.diagnosticsWhere(
      report000,
      (all) => ['003', '004'].every((n) => [...relatedFiles(trainSpeedFinding(session, all))].some((f) => f.startsWith(n))),
      'a train-speed finding in 000 related to 003 and 004',
    );
    const finding = trainSpeedFinding(session, diagnostics);
    assert.ok(finding);
    assert.equal(finding.source, 'crosscheck');
    assert.ok(finding.severity !== undefined && finding.severity <= 3, 'at least information');
    assert.deepEqual(
      [...relatedFiles(finding)].filter((f) => f === report003 || f === report004).sort(),
      [report003, report004],
    );
    // The related ranges land on the other reports' figures (003 is written with Cyrillic look-alikes).
    const related = (file: string) => finding.relatedInformation?.find((r) => r.location.uri === session.uri(file));
    assert.match(textAt(session.uri(report004), related(report004)!.location.range), /59 km\/h/);
    assert.match(textAt(session.uri(report003), related(report003)!.location.range), /37 mph/);
  }));

test("editing 004's speed to 50 km/h updates 000's diagnostics", () =>
  withSession({ pull: true }, async (session) => {
    await session.open(report000);
    await session.open(report004);
    await session.diagnosticsWhere(
      report000,
      (all) => relatedFiles(trainSpeedFinding(session, all)).has(report004),
      'the train-speed finding in 000 related to 004',
    );
    await session.replace(report004, '59 km/h', '50 km/h');
    const after = await session.diagnosticsWhere(
      report000,
      (all) => !relatedFiles(trainSpeedFinding(session, all)).has(report004),
      "000's train-speed finding no longer citing 004",
    );
    assert.ok(!relatedFiles(trainSpeedFinding(session, after)).has(report004));
  }));

test('a client without pull support gets the findings pushed', () =>
  withSession({ pull: false }, async (session) => {
    await session.open(report000);
    const diagnostics = await session.diagnosticsWhere(
      report000,
      (all) => relatedFiles(trainSpeedFinding(session, all)).has(report004),
      'a pushed train-speed finding in 000',
    );
    assert.equal(trainSpeedFinding(session, diagnostics)?.source, 'crosscheck');
  }));

test('Check All Reports publishes the reports that are not open, and only those', () =>
  withSession({ pull: true }, async (session) => {
    await session.open(report000);
    const result = await session.connection.sendRequest<CheckAllReportsResult>(checkAllReportsMethod);
    assert.equal(result.reports, 5);
    assert.ok(result.findings > 0);
    // The notifications precede the answer on the wire, so they have all arrived by now.
    assert.ok((session.publishedFor(report003) ?? []).length > 0, '003 published');
    assert.ok(session.publishedFor(report004) !== undefined, '004 published');
    assert.equal(session.publishedFor(report000), undefined, 'open 000 is left to the pull provider');
  }));

test('severity "off" in the settings hides a code, and a settings change is honoured live', () =>
  withSession({ pull: true, settings: { severity: { 'figure-conflict': 'off' } } }, async (session) => {
    await session.open(report000);
    await session.indexed();
    const quiet = await session.pull(report000);
    assert.equal(quiet.filter((d) => d.code === 'figure-conflict').length, 0);
    await session.changeSettings({});
    await session.diagnosticsWhere(
      report000,
      (all) => trainSpeedFinding(session, all) !== undefined,
      'the train-speed finding after figure-conflict was switched back on',
    );
  }));

test('"crosscheck.enable": false silences diagnostics and hovers', () =>
  withSession({ pull: true, settings: { enable: false } }, async (session) => {
    await session.open(report000);
    await session.indexed();
    assert.deepEqual(await session.pull(report000), []);
    assert.equal(await session.hover(report000, '50 kilometers per hour'), null);
  }));
