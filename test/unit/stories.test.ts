/**
 * A workspace of more than 40 reports is an archive of many stories: a figure is compared only with reports of its
 * own story (reports sharing distinctive names), and an edited archive answers as a fresh one does.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyzer';

const TOWNS = ['Arvel', 'Bostran', 'Caldery', 'Dunmoor', 'Elsfeld', 'Farrowby', 'Glenthar', 'Halvik', 'Istrel', 'Jorvale'];
const OFFICIALS = ['Mira Testov', 'Jonas Pelk', 'Ada Vruhn', 'Kel Ostrand', 'Lina Marsk'];

/** Forty reports of forty different floods, each with its own town, river and official: stories of their own. */
function archive(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (let k = 0; k < 40; k++) {
    const town = `${TOWNS[k % 10]}${k}`;
    texts[`flood-${k}.txt`] = `Source: Wire ${k}\n\nFloodwater from the River Saul${k} reached ${town} on Monday, ` +
      `and the train to ${town} ran at ${40 + k} km/h, said ${OFFICIALS[k % 5]}${k} of the ${town} Rail Board.`;
  }
  return texts;
}

/** Three reports of one story: the Quarnby train, whose speed one of them gives differently. */
const quarnby = {
  'quarnby-a.txt': 'Source: Alpha News\n\nThe Quarnby express left Tolvane Station and ran at 120 km/h, Harlo Venstrup of Quarnby Rail said.',
  'quarnby-b.txt': 'Source: Beta Post\n\nHarlo Venstrup of Quarnby Rail said the express ran at 120 km/h after leaving Tolvane Station.',
  'quarnby-c.txt': 'Source: Gamma Radio\n\nThe Quarnby express ran at 90 km/h from Tolvane Station, Harlo Venstrup of Quarnby Rail said.',
};

function analyzerOf(texts: Record<string, string>): Analyzer {
  const analyzer = createAnalyzer();
  for (const [id, text] of Object.entries(texts)) analyzer.upsert(id, text);
  return analyzer;
}

describe('stories in an archive', () => {
  test('a figure is compared with the reports of its story only', () => {
    const analyzer = analyzerOf({ ...archive(), ...quarnby });
    const f = analyzer.findings('quarnby-c.txt').find((x) => x.code === 'figure-conflict')!;
    assert.ok(f, 'the 90 km/h is flagged');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.related.map((r) => r.reportId).sort(), ['quarnby-a.txt', 'quarnby-b.txt']);
  });

  test('the same speeds in a small workspace are compared with every report', () => {
    const few = Object.fromEntries(Object.entries(archive()).slice(0, 3));
    const analyzer = analyzerOf({ ...few, ...quarnby });
    const f = analyzer.findings('quarnby-c.txt').find((x) => x.code === 'figure-conflict')!;
    assert.ok(f.related.length > 2, 'a small workspace is one story: the other trains are candidates too');
  });

  test('editing and removing reports in an archive answers as a fresh archive does', () => {
    const texts: Record<string, string> = { ...archive(), ...quarnby };
    const analyzer = analyzerOf(texts);
    analyzer.findings('quarnby-c.txt');
    texts['quarnby-b.txt'] = texts['quarnby-b.txt'].replace('120 km/h', '125 km/h');
    analyzer.upsert('quarnby-b.txt', texts['quarnby-b.txt']);
    analyzer.remove('flood-3.txt');
    delete texts['flood-3.txt'];
    const ids = ['quarnby-a.txt', 'quarnby-b.txt', 'quarnby-c.txt', 'flood-7.txt'];
    const freshOne = analyzerOf(texts);
    for (const id of ids) assert.deepEqual(analyzer.findings(id), freshOne.findings(id), id);
  });
});
