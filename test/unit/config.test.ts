/** The workspace's own files: reviewed findings and known entities. Pure parsers: text in, data out. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReviewed, addReviewedEntry } from '../../server/src/core/findings/reviewed';
import { addDistinctNames, addEntityAlias, parseKnownEntities } from '../../server/src/core/config';

describe('parseReviewed', () => {
  test('reads the keys of a well-formed file (BOM allowed)', () => {
    const text = '\uFEFF' + JSON.stringify({ version: 1, reviewed: [{ key: 'k1', file: 'a.txt', text: '80 km/h' }, { key: 'k2', file: 'b.txt', text: 'Monday' }] });
    const r = parseReviewed(text);
    assert.equal(r.error, undefined);
    assert.deepEqual([...r.keys].sort(), ['k1', 'k2']);
    assert.equal(r.entries.length, 2);
  });

  test('an empty file is no keys and no error', () => {
    const r = parseReviewed('  \n');
    assert.equal(r.error, undefined);
    assert.equal(r.keys.size, 0);
  });

  const malformed: [string, string, RegExp][] = [
    ['not JSON', '{"version": 1, "reviewed": [', /not valid JSON/],
    ['no list', '{"version": 1}', /expected/],
    ['a bare array', '["k1"]', /expected/],
    ['null', 'null', /expected/],
  ];
  for (const [name, text, error] of malformed) {
    test(`malformed (${name}) gives an error and no keys, without throwing`, () => {
      const r = parseReviewed(text);
      assert.match(r.error ?? '', error);
      assert.equal(r.keys.size, 0);
    });
  }

  test('entries without a string key are dropped', () => {
    const r = parseReviewed(JSON.stringify({ version: 1, reviewed: [{ key: 'k1', file: 'a', text: 't' }, { file: 'b' }, null, { key: 7 }] }));
    assert.deepEqual([...r.keys], ['k1']);
  });
});

describe('addReviewedEntry', () => {
  test('creates the file when there is none', () => {
    const out = addReviewedEntry(undefined, { key: 'k1', file: 'a.txt', text: '80 km/h', at: '2024-01-01T00:00:00.000Z' });
    assert.deepEqual(JSON.parse(out), { version: 1, reviewed: [{ key: 'k1', file: 'a.txt', text: '80 km/h', at: '2024-01-01T00:00:00.000Z' }] });
    assert.ok(out.endsWith('\n'));
  });

  test('merges into what is there, keeping the other entries and their extra fields', () => {
    const existing = JSON.stringify({ version: 1, reviewed: [{ key: 'k1', file: 'a.txt', text: 'old', at: '2023-01-01', note: 'checked by phone' }, { key: 'k2', file: 'b.txt', text: 'Monday' }] });
    const out = JSON.parse(addReviewedEntry(existing, { key: 'k3', file: 'c.txt', text: '120 km/h' }));
    assert.deepEqual(out.reviewed.map((e: { key: string }) => e.key), ['k1', 'k2', 'k3']);
    assert.equal(out.reviewed[0].note, 'checked by phone');
    assert.match(out.reviewed[2].at, /^\d{4}-\d\d-\d\dT/, 'a review time is added');
  });

  test('adding a key again keeps it once, with the new text', () => {
    const existing = addReviewedEntry(undefined, { key: 'k1', file: 'a.txt', text: 'old' });
    const out = JSON.parse(addReviewedEntry(existing, { key: 'k1', file: 'a.txt', text: 'new' }));
    assert.deepEqual(out.reviewed.map((e: { key: string; text: string }) => [e.key, e.text]), [['k1', 'new']]);
  });

  test('refuses (throws) to overwrite a malformed file', () => {
    assert.throws(() => addReviewedEntry('{"version": 1, "reviewed": [', { key: 'k', file: 'a', text: 't' }), /malformed/);
    assert.throws(() => addReviewedEntry('{"version": 1}', { key: 'k', file: 'a', text: 't' }), /malformed/);
  });

  test('its output is read back by parseReviewed', () => {
    let file: string | undefined;
    for (const k of ['x', 'y', 'z']) file = addReviewedEntry(file, { key: k, file: 'a.txt', text: k });
    assert.deepEqual([...parseReviewed(file!).keys], ['x', 'y', 'z']);
  });
});

describe('parseKnownEntities', () => {
  test('reads {"entities": [...]} and a bare array alike', () => {
    const list = [{ name: ' Northern Rail Authority ', kind: 'organisation', aliases: ['NRA', 'NorRail'] }, { name: 'Park Min-jun' }];
    for (const text of [JSON.stringify({ entities: list }), JSON.stringify(list)]) {
      const r = parseKnownEntities(text);
      assert.equal(r.error, undefined);
      assert.deepEqual(r.entities, [
        { name: 'Northern Rail Authority', kind: 'organisation', aliases: ['NRA', 'NorRail'] },
        { name: 'Park Min-jun', kind: undefined, aliases: [] },
      ]);
    }
  });

  test('reads the groups of distinct names beside the entities', () => {
    const r = parseKnownEntities(JSON.stringify({ entities: [], distinct: [['Keller', ' Kelley '], ['Berg', 'Borg', 'Burg']] }));
    assert.equal(r.error, undefined);
    assert.deepEqual(r.distinct, [['Keller', 'Kelley'], ['Berg', 'Borg', 'Burg']]);
    assert.deepEqual(parseKnownEntities('[]').distinct, [], 'a bare array has none');
  });

  const malformed: [string, string, RegExp][] = [
    ['not JSON', '{"entities": [', /not valid JSON/],
    ['not a list', '{"entities": "NRA"}', /expected/],
    ['a number', '42', /expected/],
    ['an object without entities', '{"distinct": [["Keller", "Kelley"]]}', /expected/],
  ];
  for (const [name, text, error] of malformed) {
    test(`malformed (${name}) gives an error and no entities, without throwing`, () => {
      const r = parseKnownEntities(text);
      assert.match(r.error ?? '', error);
      assert.deepEqual(r.entities, []);
      assert.deepEqual(r.distinct, []);
    });
  }

  test('a distinct group of fewer than two names, or not of names, is reported and the rest kept', () => {
    const r = parseKnownEntities(JSON.stringify({ entities: [{ name: 'Keller' }], distinct: [['Keller'], ['Keller', 'Kelley'], 'Keller, Kelley', ['Keller', 7]] }));
    assert.deepEqual(r.distinct, [['Keller', 'Kelley']]);
    assert.deepEqual(r.entities.map((e) => e.name), ['Keller']);
    assert.match(r.error ?? '', /"distinct" entry 1 is not a list of two or more names; "distinct" entry 3 .*; "distinct" entry 4 /);
    assert.match(parseKnownEntities('{"entities": [], "distinct": {"Keller": "Kelley"}}').error ?? '', /"distinct" is not a list/);
  });

  test('aliases that are not a list of names are reported (a writer must not drop them)', () => {
    const r = parseKnownEntities(JSON.stringify([{ name: 'Brandvold', aliases: 'Brandvoll' }]));
    assert.deepEqual(r.entities, [{ name: 'Brandvold', kind: undefined, aliases: [] }]);
    assert.match(r.error ?? '', /entry 1 \("Brandvold"\): "aliases" is not a list of names/);
  });

  test('entries without a name are reported and the rest kept; an unknown kind is dropped', () => {
    const r = parseKnownEntities(JSON.stringify([{ name: 'Harbourtown', kind: 'town' }, { aliases: ['X'] }, { name: '  ' }]));
    assert.deepEqual(r.entities, [{ name: 'Harbourtown', kind: undefined, aliases: [] }]);
    assert.match(r.error ?? '', /entry 2 has no "name"; entry 3 has no "name"/);
  });
});

describe('addEntityAlias', () => {
  test('creates the file, and the entry of the name, when there is none', () => {
    for (const none of [undefined, '', '  \n']) {
      const out = addEntityAlias(none, 'Brandvoll', 'Brandvold');
      assert.deepEqual(JSON.parse(out), { entities: [{ name: 'Brandvold', aliases: ['Brandvoll'] }] });
      assert.ok(out.endsWith('\n'));
    }
  });

  test("adds the alias to the entry that has the name as its name or as an alias, keeping the entry's other fields", () => {
    const existing = JSON.stringify({ entities: [{ name: 'Harbour Board' }, { name: 'Tomas Brandvold', kind: 'person', aliases: ['Brandvold'], note: 'harbour master' }] });
    const out = JSON.parse(addEntityAlias(existing, 'Brandvoll', 'Brandvold'));
    assert.deepEqual(out.entities, [
      { name: 'Harbour Board' },
      { name: 'Tomas Brandvold', kind: 'person', aliases: ['Brandvold', 'Brandvoll'], note: 'harbour master' },
    ]);
  });

  test("with no entry for the name, the alias's own entry takes the name as an alias (the pair is one name either way)", () => {
    const out = JSON.parse(addEntityAlias(JSON.stringify({ entities: [{ name: 'Brandvoll' }] }), 'Brandvoll', 'Brandvold'));
    assert.deepEqual(out.entities, [{ name: 'Brandvoll', aliases: ['Brandvold'] }]);
  });

  test('teaching the same alias twice records it once; a bare array stays a bare array', () => {
    const once = addEntityAlias('[{"name": "Brandvold"}]', 'Brandvoll', 'Brandvold');
    assert.equal(addEntityAlias(once, 'Brandvoll', 'Brandvold'), once);
    assert.deepEqual(JSON.parse(once), [{ name: 'Brandvold', aliases: ['Brandvoll'] }]);
  });

  test('its output is read back by parseKnownEntities', () => {
    const out = addEntityAlias(addEntityAlias(undefined, 'Brandvoll', 'Brandvold'), 'Soleim', 'Solheim');
    assert.deepEqual(parseKnownEntities(out), {
      entities: [{ name: 'Brandvold', kind: undefined, aliases: ['Brandvoll'] }, { name: 'Solheim', kind: undefined, aliases: ['Soleim'] }],
      distinct: [],
      error: undefined,
    });
  });

  test('refuses (throws) to rewrite a malformed file', () => {
    for (const malformed of ['{"entities": [', '{"entities": [{"aliases": ["x"]}]}', '{"entities": [{"name": "Brandvold", "aliases": "Brandvoll"}]}', '"Brandvold"']) {
      assert.throws(() => addEntityAlias(malformed, 'Brandvoll', 'Brandvold'), /malformed/, malformed);
    }
  });
});

describe('addDistinctNames', () => {
  test('adds a pair to the distinct list, which it creates, keeping the entities as they are', () => {
    const existing = JSON.stringify({ entities: [{ name: 'Greg Kelley', kind: 'person' }] });
    const out = JSON.parse(addDistinctNames(existing, 'Keller', 'Kelley'));
    assert.deepEqual(out, { entities: [{ name: 'Greg Kelley', kind: 'person' }], distinct: [['Keller', 'Kelley']] });
    assert.deepEqual(JSON.parse(addDistinctNames(undefined, 'Keller', 'Kelley')), { entities: [], distinct: [['Keller', 'Kelley']] });
  });

  test('a bare array of entities becomes {"entities": [...], "distinct": [...]} with every entity kept', () => {
    const out = JSON.parse(addDistinctNames('[{"name": "Brandvold", "aliases": ["Brandvoll"]}]', 'Keller', 'Kelley'));
    assert.deepEqual(out, { entities: [{ name: 'Brandvold', aliases: ['Brandvoll'] }], distinct: [['Keller', 'Kelley']] });
  });

  test('a pair some group already holds (in either order, any case) is not added again', () => {
    const existing = addDistinctNames(undefined, 'Keller', 'Kelley');
    assert.equal(addDistinctNames(existing, 'kelley', 'KELLER'), existing);
  });

  test('refuses (throws) to rewrite a malformed file', () => {
    assert.throws(() => addDistinctNames('{"entities": [], "distinct": [["Keller"]]}', 'Keller', 'Kelley'), /malformed/);
    assert.throws(() => addDistinctNames('{"entities": 3}', 'Keller', 'Kelley'), /malformed/);
  });
});
