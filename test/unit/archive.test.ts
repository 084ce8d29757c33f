/** What the archive stores of a report and asks about it (core/archive.ts): plain data from the analyzer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { archivePathOf, archiveRecord, archiveReportId, storyQuery, upsertArchived } from '../../server/src/core/archive';
import { redactedUrl } from '../../server/src/node/archive/postgresArchive';
import { hasPassword } from '../../server/src/lsp/archive';

const HERALD = `Source: Quay Herald
Date: 2024-03-09

The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday.
Captain Teodor Vasquin said two of the 14 crew were hurt.
`;

test('a record holds each claim with its key, attribute, interval, spans and sentence, and the names with their story words', () => {
  const analyzer = createAnalyzer();
  analyzer.upsert('/news/herald.txt', HERALD);
  const record = archiveRecord(analyzer, '/news/herald.txt');
  assert.deepEqual(record.meta, { source: 'Quay Herald', date: '2024-03-09', title: 'The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday.' });
  const distance = record.claims.find((c) => c.dimension === 'length')!;
  const at = HERALD.indexOf('12 km');
  assert.deepEqual({ ...distance, attribute: undefined, signature: undefined }, {
    ordinal: distance.ordinal, alignmentKey: 'length', signature: undefined, attribute: undefined, dimension: 'length', frame: distance.frame,
    unit: 'km', hedge: undefined, value: 12000, low: 12000, high: 12000, span: { start: at, end: at + 5 }, numberSpan: { start: at, end: at + 5 },
    sentence: { start: HERALD.indexOf('The tanker'), end: HERALD.indexOf(' Saturday.') + 10 },
    sentenceText: 'The tanker Morwenna Bright ran aground 12 km from Port Calloway on Saturday.',
  });
  assert.match(distance.attribute, /distance/);
  const keys = record.names.map((n) => n.key);
  for (const key of ['morwenna bright', 'port calloway', 'teodor vasquin']) assert.ok(keys.includes(key), keys.join(', '));
  assert.ok(record.names.some((n) => n.name === 'Teodor Vasquin' && n.kind === 'person'), JSON.stringify(record.names));
  assert.deepEqual(record.storyWords, [...new Set(record.names.flatMap((n) => n.key.split(' ')).filter((w) => w.length >= 3))].sort());
});

test('a story query names the report\'s story words and alignment keys', () => {
  const analyzer = createAnalyzer();
  analyzer.upsert('/news/herald.txt', HERALD);
  const query = storyQuery(analyzer, '/news/herald.txt');
  assert.ok(query.storyWords.includes('calloway') && query.storyWords.includes('vasquin'), query.storyWords.join(' '));
  assert.ok(query.alignmentKeys.includes('length'), query.alignmentKeys.join(' '));
});

test('archive report ids are URIs that keep the file name and give back the path', () => {
  for (const path of ['wire/herald.txt', 'a b/50%_off/#1?.md', "o'brien\"; DROP TABLE claims; --.txt"]) {
    const id = archiveReportId(path);
    assert.match(id, /^crosscheck-archive:\/[^\s#?%]*(%[0-9A-F]{2}[^\s#?%]*)*$/);
    assert.equal(archivePathOf(id), path);
  }
  assert.equal(archivePathOf('/news/herald.txt'), undefined);
  assert.equal(archivePathOf('file:///news/herald.txt'), undefined);
});

test('archived reports join the analyzer under their ids, and leave it when another story is asked for', () => {
  const analyzer = createAnalyzer();
  analyzer.upsert('/desk/draft.txt', HERALD.replace('12 km', '20 km').replace('Quay Herald', 'Our Desk'));
  upsertArchived(analyzer, [{ path: 'wire/herald.txt', text: HERALD, meta: { source: 'Quay Herald' } }]);
  assert.deepEqual(analyzer.reportIds(), ['/desk/draft.txt', archiveReportId('wire/herald.txt')]);
  const [finding] = analyzer.findings('/desk/draft.txt').filter((f) => f.code === 'figure-conflict');
  assert.deepEqual(finding.related.map((r) => r.reportId), [archiveReportId('wire/herald.txt')]);
  upsertArchived(analyzer, []);
  assert.deepEqual(analyzer.reportIds(), ['/desk/draft.txt']);
});

test('the sentence at an offset', () => {
  const analyzer = createAnalyzer();
  analyzer.upsert('/news/herald.txt', HERALD);
  const at = HERALD.indexOf('Vasquin');
  const sentence = analyzer.sentenceAt('/news/herald.txt', at)!;
  assert.equal(HERALD.slice(sentence.start, sentence.end), 'Captain Teodor Vasquin said two of the 14 crew were hurt.');
  assert.equal(analyzer.sentenceAt('/news/herald.txt', HERALD.indexOf('Date:')), undefined, 'the header is no sentence');
});

test('a password never shows in messages, and a URL that holds one is told apart', () => {
  for (const url of ['postgresql://desk:hunter2@db.example/archive', 'postgresql://desk:hunter2@/archive?host=/run/pg', 'not a url://desk:hunter2@db']) {
    assert.ok(!redactedUrl(url).includes('hunter2'), redactedUrl(url));
    assert.equal(hasPassword(url), true, url);
  }
  assert.equal(hasPassword('postgresql://db.example/archive?password=hunter2'), true);
  assert.equal(redactedUrl('postgresql://desk@db.example/archive'), 'postgresql://desk@db.example/archive');
  assert.equal(hasPassword('postgresql://desk@db.example/archive?host=/run/pg'), false);
});
