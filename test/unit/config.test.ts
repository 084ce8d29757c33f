/** The workspace's own files: reviewed findings and known entities. Pure parsers: text in, data out. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReviewed, addReviewedEntry } from '../../server/src/core/findings/reviewed';
import { parseKnownEntities } from '../../server/src/core/config';

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

  const malformed: [string, string, RegExp][] = [
    ['not JSON', '{"entities": [', /not valid JSON/],
    ['not a list', '{"entities": "NRA"}', /expected/],
    ['a number', '42', /expected/],
  ];
  for (const [name, text, error] of malformed) {
    test(`malformed (${name}) gives an error and no entities, without throwing`, () => {
      const r = parseKnownEntities(text);
      assert.match(r.error ?? '', error);
      assert.deepEqual(r.entities, []);
    });
  }

  test('entries without a name are reported and the rest kept; an unknown kind is dropped', () => {
    const r = parseKnownEntities(JSON.stringify([{ name: 'Harbourtown', kind: 'town' }, { aliases: ['X'] }, { name: '  ' }]));
    assert.deepEqual(r.entities, [{ name: 'Harbourtown', kind: undefined, aliases: [] }]);
    assert.match(r.error ?? '', /entry 2 has no "name"; entry 3 has no "name"/);
  });
});
