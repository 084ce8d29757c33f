/**
 * Writing the known-entities file (`.crosscheck/entities.json`) when the team teaches a name: merged into what is on
 * disk under the same lock and atomic replace as `reviewed.json`, by several windows at once without losing a name,
 * keeping what people wrote in it by hand, and never over a malformed file.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { addDistinctNames, addEntityAlias, parseKnownEntities } from '../../server/src/core/config';
import { updateFileAtomically } from '../../server/src/node/atomicUpdate';
import { writeAtOnce } from './concurrentWriters';
import { scratchFolder } from './support';

const entitiesPath = () => join(scratchFolder('entities'), '.crosscheck', 'entities.json');

test('two windows teaching names at the same moment: every alias and every distinct pair of both is kept', async () => {
  const path = entitiesPath();
  const perWriter = 60;
  const writers = [{ prefix: 'same', change: 'alias' as const }, { prefix: 'apart', change: 'distinct' as const }];
  assert.deepEqual(await writeAtOnce(path, writers, perWriter), [0, 0]);
  const { entities, distinct, error } = parseKnownEntities(readFileSync(path, 'utf8'));
  assert.equal(error, undefined);
  assert.equal(entities.length, perWriter);
  assert.equal(distinct.length, perWriter);
  for (let n = 0; n < perWriter; n++) {
    assert.ok(entities.some((e) => e.name === `same-${n}` && e.aliases?.includes(`same-${n}-alias`)), `alias ${n}`);
    assert.ok(distinct.some((group) => group.join() === `apart-${n},apart-${n}-other`), `distinct pair ${n}`);
  }
  assert.deepEqual(readdirSync(join(path, '..')), ['entities.json'], 'no lock or temporary file left behind');
});

test('a hand edit made between two teachings is kept, with its extra fields and its indentation', async () => {
  const path = entitiesPath();
  await updateFileAtomically(path, (current) => addEntityAlias(current, 'Brandvoll', 'Brandvold'));
  // Someone edits the file by hand: tabs, a kind, a note Crosscheck does not read, another entry.
  const handEdited = JSON.parse(readFileSync(path, 'utf8'));
  handEdited.entities[0].kind = 'person';
  handEdited.entities.push({ name: 'Port Arden', kind: 'place', note: 'the harbour town, not the county' });
  handEdited.checkedBy = 'night desk';
  writeFileSync(path, JSON.stringify(handEdited, null, '\t') + '\n');
  await updateFileAtomically(path, (current) => addDistinctNames(current, 'Keller', 'Kelley'));
  const text = readFileSync(path, 'utf8');
  assert.deepEqual(JSON.parse(text), {
    entities: [
      { name: 'Brandvold', aliases: ['Brandvoll'], kind: 'person' },
      { name: 'Port Arden', kind: 'place', note: 'the harbour town, not the county' },
    ],
    checkedBy: 'night desk',
    distinct: [['Keller', 'Kelley']],
  });
  assert.match(text, /^\{\n\t"entities"/, 'the tabs the person chose');
});

test('a malformed known-entities file is refused and left byte for byte as it was', async () => {
  const path = entitiesPath();
  const malformed = ['{"entities": [ {"name": "Brandvold"} \n', '{"entities": [{"aliases": ["Brandvoll"]}]}\n', '{"entities": [], "distinct": ["Keller"]}\n'];
  for (const text of malformed) {
    await updateFileAtomically(path, () => text);
    for (const teach of [(current?: string) => addEntityAlias(current, 'Brandvoll', 'Brandvold'), (current?: string) => addDistinctNames(current, 'Keller', 'Kelley')]) {
      await assert.rejects(updateFileAtomically(path, teach), /malformed.*left as it is/, text);
      assert.equal(readFileSync(path, 'utf8'), text);
    }
  }
  assert.deepEqual(readdirSync(join(path, '..')), ['entities.json']);
});
