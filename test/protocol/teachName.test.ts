/**
 * Teaching a name over the protocol: a spelling finding's "Treat 'X' as a spelling of 'Y'" and "'X' is a different
 * name from 'Y'" quick fixes run a server command that records the pair in `.crosscheck/entities.json`; the finding
 * then goes, in the editor and in the CLI. A malformed file is refused with a message and left as it is.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { parseKnownEntities } from '../../server/src/core/config';
import { report003, report004 } from './support/seeds';
import { repoRoot, Session, withSession } from './support/session';

const entitiesFile = '.crosscheck/entities.json';

/** 003's "Soigu", which 004 writes "Shoigu". */
const isSoiguFinding = (d: Diagnostic) => d.code === 'entity-spelling' && /^"Soigu" is spelled differently/.test(d.message);

async function soiguFinding(session: Session): Promise<Diagnostic> {
  await session.open(report003);
  const diagnostics = await session.diagnosticsWhere(report003, (all) => all.some(isSoiguFinding), "003's Soigu finding");
  return diagnostics.find(isSoiguFinding)!;
}

async function actionTitled(session: Session, finding: Diagnostic, title: string): Promise<CodeAction> {
  const actions = await session.codeActions(report003, finding);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.command, `"${title}" among ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

/** The entity-spelling findings `crosscheck check` prints for the folder. */
function cliSpellingFindings(folder: string): string[] {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'check', '--no-color', folder], { encoding: 'utf8' });
  return run.stdout.split('\n').filter((line) => line.includes('[entity-spelling]'));
}

test("'Treat as a spelling' records the alias beside a hand-written entry; the finding goes in the editor and the CLI", () =>
  withSession({}, async (session) => {
    // The team's file already holds an entry written by hand, with a field Crosscheck does not read.
    mkdirSync(session.path('.crosscheck'), { recursive: true });
    writeFileSync(session.path(entitiesFile), '{\n  "entities": [\n    { "name": "Pyongyang", "kind": "place", "note": "house style" }\n  ]\n}\n');
    await session.filesChanged([{ uri: session.uri(entitiesFile), type: 1 }]);
    const finding = await soiguFinding(session);
    assert.equal(cliSpellingFindings(session.workspace).length, 2, 'the CLI reports both sides before');

    const action = await actionTitled(session, finding, "Treat 'Soigu' as a spelling of 'Shoigu'");
    assert.equal(action.kind, 'quickfix');
    await session.execute(action.command!);

    assert.deepEqual(JSON.parse(readFileSync(session.path(entitiesFile), 'utf8')).entities, [
      { name: 'Pyongyang', kind: 'place', note: 'house style' },
      { name: 'Shoigu', aliases: ['Soigu'] },
    ]);
    await session.diagnosticsWhere(report003, (all) => !all.some((d) => d.code === 'entity-spelling'), "no spelling finding in 003 after teaching");
    await session.open(report004);
    await session.diagnosticsWhere(report004, (all) => !all.some((d) => d.code === 'entity-spelling'), 'none on the other side, in 004, either');
    assert.deepEqual(cliSpellingFindings(session.workspace), [], 'the CLI leaves them out too');
  }));

test("\"'Soigu' is a different name from 'Shoigu'\" records a distinct pair, and the finding goes", () =>
  withSession({}, async (session) => {
    const finding = await soiguFinding(session);
    await session.execute((await actionTitled(session, finding, "'Soigu' is a different name from 'Shoigu'")).command!);
    const { distinct, error } = parseKnownEntities(readFileSync(session.path(entitiesFile), 'utf8'));
    assert.equal(error, undefined);
    assert.deepEqual(distinct, [['Soigu', 'Shoigu']]);
    await session.diagnosticsWhere(report003, (all) => !all.some(isSoiguFinding), 'no Soigu finding in 003 after teaching');
    assert.deepEqual(cliSpellingFindings(session.workspace), []);
  }));

test('a malformed known-entities file is refused with a message to the user and left as it is; the finding stays', () =>
  withSession({}, async (session) => {
    const finding = await soiguFinding(session);
    const malformed = '{"entities": [ {"name": "Shoigu", "aliases": ["Shoygu"]} \n';
    mkdirSync(session.path('.crosscheck'), { recursive: true });
    writeFileSync(session.path(entitiesFile), malformed);
    await session.filesChanged([{ uri: session.uri(entitiesFile), type: 1 }]);
    // The server read the broken file: it says so on the file itself.
    await session.until(async () => session.publishedFor(entitiesFile)?.some((d) => /malformed/.test(d.message)) || undefined, 'the diagnostic on the malformed file');

    await session.execute((await actionTitled(session, finding, "Treat 'Soigu' as a spelling of 'Shoigu'")).command!);
    assert.equal(session.logged(/^shown to the user: Crosscheck: Could not record 'Soigu' as a spelling of 'Shoigu' in entities\.json: the known-entities file is malformed \(not valid JSON.*\); it was left as it is$/), 1, session.log.join('\n'));
    assert.equal(readFileSync(session.path(entitiesFile), 'utf8'), malformed);
    assert.ok((await session.pull(report003)).some(isSoiguFinding), 'the finding is still there');
  }));
