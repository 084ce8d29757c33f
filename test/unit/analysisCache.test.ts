/**
 * The analyses kept on disk between two starts of the server (server/src/node/analysisCache.ts) and the compact form
 * they are written in (compactCodec.ts): what is read back must be what was written, and an analyzer that reads
 * its reports from the cache must answer exactly as one that analysed them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyzer';
import { DiskAnalysisCache } from '../../server/src/node/analysisCache';
import { CodecTables, decode, decodeTables, encode, encodeTables } from '../../server/src/node/compactCodec';
import { flippedInTheMiddle, recordPartsOf } from '../protocol/support/cacheFile';

const examples = join(__dirname, '../../examples');

function answers(analyzer: Analyzer): string {
  return JSON.stringify(analyzer.reportIds().map((id) => ({
    id,
    findings: analyzer.findings(id),
    table: analyzer.table(id),
    hovers: [...analyzer.claims(id), ...analyzer.entities(id)].map((x) => analyzer.hover(id, x.span.start)),
  })));
}

function indexed(texts: Map<string, string>, store?: DiskAnalysisCache): Analyzer {
  const analyzer = createAnalyzer({ store });
  for (const [id, text] of texts) analyzer.upsert(id, text);
  store?.save();
  return analyzer;
}

describe('compact codec', () => {
  test('reads back what it wrote: numbers of every kind, strings, nesting, Sets, Maps, shared objects', () => {
    const shared = { start: 1, end: 2 };
    const value = {
      ints: [0, 1, 127, 128, 2 ** 31 - 1, 2 ** 31, -1, -(2 ** 31) + 1, -(2 ** 31), 2 ** 53],
      odd: [0.1, -0.5, 1e-300, Number.MAX_VALUE, Infinity, -Infinity, NaN],
      strings: ['', 'a', 'Ünïcödé — “quotes”', '\u0000', 'a'.repeat(300)],
      flags: [true, false, null, undefined],
      set: new Set(['x', 'y']),
      map: new Map<unknown, unknown>([['k', 1], [2, { a: 'b' }]]),
      nested: { a: { b: { c: [[], {}, [shared, shared]] as unknown[][] } } },
      again: shared,
      spans: [{ start: 0, end: 0 }, { start: 0.5, end: 1 }, { start: -0, end: 3 }, { end: 2, start: 1 }, { start: 1, end: 2, more: true }],
      present: undefined,
    };
    const tables = new CodecTables();
    const bytes = encode(value, tables);
    const back = decode(bytes, decodeTables(encodeTables(tables))) as typeof value;
    assert.deepEqual(back, value);
    assert.ok(Object.is((back.ints as number[])[0], 0));
    assert.ok('present' in back, 'a key whose value is undefined is kept');
    assert.equal(back.again, back.nested.a.b.c[2][0], 'an object met twice is one object again');
    assert.deepEqual(Object.keys(back), Object.keys(value), 'keys in their order');
    assert.ok(Object.is(back.spans[2].start, -0));
    assert.deepEqual(back.spans.map((s) => Object.keys(s)), value.spans.map((s) => Object.keys(s)));
  });

  test('-0 stays -0; keys are read in their order for each shape', () => {
    const tables = new CodecTables();
    const back = decode(encode([{ b: 1, a: -0 }, { a: 1, b: 2 }], tables), tables) as { a: number; b: number }[];
    assert.ok(Object.is(back[0].a, -0));
    assert.deepEqual(Object.keys(back[0]), ['b', 'a']);
    assert.deepEqual(Object.keys(back[1]), ['a', 'b']);
  });

  test('refuses what is not plain data, and bytes it did not write', () => {
    const tables = new CodecTables();
    assert.throws(() => encode({ when: new Date() }, tables));
    assert.throws(() => encode({ f: () => 1 }, tables));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => encode(cyclic, tables));
    assert.throws(() => encode(JSON.parse('{"__proto__": 1}'), tables));
    const bytes = encode({ a: [1, 2, 3] }, tables);
    assert.throws(() => decode(bytes.subarray(0, bytes.length - 1), tables));
    assert.throws(() => decode(new Uint8Array([99]), tables));
    // a file whose shapes would set a prototype is refused
    assert.throws(() => decodeTables(encodeTables(new CodecTables(['__proto__'], [[0]]))));
  });
});

describe('analysis cache', () => {
  test('an analyzer that reads every report from the cache answers as one that analysed them', () => {
    const texts = new Map(readdirSync(examples).filter((f) => statSync(join(examples, f)).isFile()).sort()
      .map((f) => [join(examples, f), readFileSync(join(examples, f), 'utf8')]));
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-unit-'));
    const file = join(dir, 'analyses.bin');
    try {
      const expected = answers(indexed(texts));
      const cold = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(texts, cold)), expected);
      assert.equal(cold.hits, 0);

      const warm = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(texts, warm)), expected);
      assert.equal(warm.hits, texts.size);

      // a changed report is analysed again, the others still read from the file the warm start left as it was
      const [first] = texts.keys();
      const changed = new Map(texts).set(first, `${texts.get(first)}\n\nAbout 40 people were rescued.`);
      const again = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(changed, again)), answers(indexed(changed)));
      assert.equal(again.hits, texts.size - 1);

      const last = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(changed, last)), answers(indexed(changed)));
      assert.equal(last.hits, texts.size);

      // every report rewritten: the table, grown past twice its size with words no record uses, is rebuilt
      const rewritten = new Map([...texts].map(([id, text], k) => [id, `${text.replace(/[a-z]{4,}/g, (w) => `${w}x${k}`)}`]));
      const sizeBefore = statSync(file).size;
      indexed(rewritten, new DiskAnalysisCache(file, 'test'));
      const sizeRebuilt = statSync(file).size;
      assert.ok(sizeRebuilt < 1.5 * sizeBefore, `rebuilt table: ${sizeRebuilt} bytes against ${sizeBefore}`);
      const afterRebuild = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(rewritten, afterRebuild)), answers(indexed(rewritten)));
      assert.equal(afterRebuild.hits, texts.size);

      // another build of the engine reads nothing of it
      const other = new DiskAnalysisCache(file, 'another build');
      indexed(texts, other);
      assert.equal(other.hits, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reports indexed by their files\' stamps', () => {
  test('a start that knows each file by its stamp reads no text until a question needs it, and answers the same', () => {
    const texts = new Map(readdirSync(examples).filter((f) => statSync(join(examples, f)).isFile()).sort()
      .map((f) => [join(examples, f), readFileSync(join(examples, f), 'utf8')]));
    const stampOf = (id: string) => `stamp of ${id}, ${texts.get(id)!.length}`;
    const fileOf = (id: string, read: () => string = () => texts.get(id)!) => ({ stamp: stampOf(id), read });
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-unit-'));
    const file = join(dir, 'analyses.bin');
    try {
      const expected = answers(indexed(texts));
      const cold = new DiskAnalysisCache(file, 'test');
      const first = createAnalyzer({ store: cold });
      const readsAfterAnalysis: string[] = [];
      for (const [id, text] of texts) first.upsert(id, text, undefined, fileOf(id, () => (readsAfterAnalysis.push(id), text)));
      assert.deepEqual(readsAfterAnalysis, [], 'the texts analysed are let go, not read again');
      assert.equal(answers(first), expected, 'and read again when asked for');
      cold.save();

      const reads: string[] = [];
      const warm = new DiskAnalysisCache(file, 'test');
      const analyzer = createAnalyzer({ store: warm });
      for (const [id, text] of texts) {
        assert.ok(analyzer.upsertUnread(id, fileOf(id, () => (reads.push(id), text))), `${id} from its stamp`);
      }
      warm.save();
      assert.equal(warm.hits, texts.size);
      assert.deepEqual(reads, [], 'no text read while indexing');
      assert.equal(answers(analyzer), expected);
      assert.ok(reads.length > 0 && reads.length <= texts.size * 2, `texts read when asked for: ${reads.length}`);

      // the same stamp again is the same report: nothing read, nothing analysed
      const generation = analyzer.generation;
      const [id] = texts.keys();
      assert.ok(analyzer.upsertUnread(id, fileOf(id, () => assert.fail('not read'))));
      analyzer.upsert(id, texts.get(id)!, undefined, fileOf(id));
      assert.equal(analyzer.generation, generation);
      // another stamp is not known without the text; a text given without a stamp is analysed, not compared with the disk's
      assert.equal(analyzer.upsertUnread(id, { stamp: 'another stamp', read: () => assert.fail('not read') }), false);
      const edited = `${texts.get(id)!}\n\nAbout 40 people were rescued.`;
      analyzer.upsert(id, edited);
      assert.equal(analyzer.text(id), edited);
      assert.equal(answers(analyzer), answers(indexed(new Map(texts).set(id, edited))));

      // known entities taught: every report analysed again, the texts read later still read from their reader
      const known = [{ name: 'Harlo Venstrup', aliases: ['H. Venstrup'] }];
      analyzer.setKnownEntities(known);
      const fresh = createAnalyzer({ knownEntities: known });
      for (const [k, text] of new Map(texts).set(id, edited)) fresh.upsert(k, text);
      assert.equal(answers(analyzer), answers(fresh));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a stamp found with a text read by its hash is kept for the next start', () => {
    const texts = new Map([['/r/a.txt', 'About 200 people were evacuated from Quarnby on Monday.'], ['/r/b.txt', 'Some 250 people were evacuated from Quarnby on Monday.']]);
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-unit-'));
    const file = join(dir, 'analyses.bin');
    try {
      indexed(texts, new DiskAnalysisCache(file, 'test'));
      const second = new DiskAnalysisCache(file, 'test');
      const analyzer = createAnalyzer({ store: second });
      for (const [id, text] of texts) {
        assert.equal(analyzer.upsertUnread(id, { stamp: 's1', read: () => text }), false, 'no stamp kept yet');
        analyzer.upsert(id, text, undefined, { stamp: 's1', read: () => text });
      }
      second.save();
      assert.equal(second.hits, texts.size);
      const third = new DiskAnalysisCache(file, 'test');
      const again = createAnalyzer({ store: third });
      for (const [id, text] of texts) assert.ok(again.upsertUnread(id, { stamp: 's1', read: () => text }));
      assert.equal(answers(again), answers(indexed(texts)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('a cache file cut short or with bytes added is not read at all: a lazy part not whole would fail only when asked for', () => {
  const texts = new Map([['/r/a.txt', 'About 200 people were evacuated from Quarnby on Monday.'], ['/r/b.txt', 'Some 250 people were evacuated from Quarnby on Monday.']]);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-unit-'));
  const file = join(dir, 'analyses.bin');
  try {
    indexed(texts, new DiskAnalysisCache(file, 'test'));
    const whole = readFileSync(file);
    assert.equal(new DiskAnalysisCache(file, 'test').get('/r/a.txt', texts.get('/r/a.txt')!, '[]\n{}') !== undefined, true, 'the whole file is read');
    for (const damaged of [whole.subarray(0, whole.length - 3), Buffer.concat([whole, Buffer.from('garbage')]), Buffer.concat([whole.subarray(0, whole.length >> 1), Buffer.from('garbage')])]) {
      writeFileSync(file, damaged);
      const cache = new DiskAnalysisCache(file, 'test');
      assert.equal(answers(indexed(texts, cache)), answers(indexed(texts)));
      assert.equal(cache.hits, 0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('a cache file damaged inside a record', () => {
  const texts = new Map(readdirSync(examples).filter((f) => statSync(join(examples, f)).isFile()).sort()
    .map((f) => [join(examples, f), readFileSync(join(examples, f), 'utf8')]));
  const [damagedId] = texts.keys();
  const fileOf = (id: string) => ({ stamp: `stamp of ${id}`, read: () => texts.get(id)! });

  /** A warm start on `file`, each report known by its stamp or by its text; the lines it warned. */
  function warmStart(file: string, byStamp: boolean, askBeforeSave = false): { analyzer: Analyzer; cache: DiskAnalysisCache; warnings: string[] } {
    const warnings: string[] = [];
    const cache = new DiskAnalysisCache(file, 'test', (line) => warnings.push(line));
    const analyzer = createAnalyzer({ store: cache });
    for (const [id, text] of texts) {
      if (!byStamp || !analyzer.upsertUnread(id, fileOf(id))) analyzer.upsert(id, text, undefined, byStamp ? fileOf(id) : undefined);
    }
    if (askBeforeSave) answers(analyzer);
    cache.save();
    return { analyzer, cache, warnings };
  }

  let expectedAnswers: string | undefined;
  /** The answers of an analyzer that analysed every report itself. */
  const expected = () => (expectedAnswers ??= answers(indexed(texts)));

  /** Runs `body` with a cache file written by a start on the examples (its bytes, its folder), removed after. */
  function withCacheFile(byStamp: boolean, body: (file: string, whole: Buffer, dir: string) => void): void {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-unit-'));
    const file = join(dir, 'analyses.bin');
    try {
      warmStart(file, byStamp);
      body(file, readFileSync(file), dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  for (const part of ['claims', 'questions'] as const) {
    for (const byStamp of [true, false]) {
      test(`bytes flipped in the ${part} part of a record (known by its ${byStamp ? 'stamp' : 'text'}): the report is analysed again, the answers are the same, the record written afresh`, () => {
        withCacheFile(byStamp, (file, whole, dir) => {
          writeFileSync(file, flippedInTheMiddle(whole, recordPartsOf(whole, damagedId)[part]));
          const damaged = warmStart(file, byStamp);
          assert.equal(damaged.cache.hits, texts.size, 'the damage is not seen at the start');
          assert.equal(answers(damaged.analyzer), expected());
          assert.equal(damaged.warnings.length, 1, damaged.warnings.join('\n'));
          assert.match(damaged.warnings[0], /damaged.*analysed again/);

          // found after this run's save: the next start leaves the record out, analyses the report and writes it afresh
          const next = warmStart(file, byStamp);
          assert.equal(next.cache.hits, texts.size - 1);
          assert.equal(answers(next.analyzer), expected());
          assert.deepEqual(next.warnings, []);
          const last = warmStart(file, byStamp);
          assert.equal(last.cache.hits, texts.size);
          assert.equal(answers(last.analyzer), expected());
          assert.deepEqual(last.warnings, []);
          assert.deepEqual(readdirSync(dir), ['analyses.bin'], 'no note of damage left');
        });
      });
    }
  }

  test('damage found before the save is written afresh by that save', () => {
    withCacheFile(true, (file, whole) => {
      const { claims, questions } = recordPartsOf(whole, damagedId);
      writeFileSync(file, flippedInTheMiddle(flippedInTheMiddle(whole, claims), questions));
      const damaged = warmStart(file, true, true);
      assert.equal(answers(damaged.analyzer), expected());
      assert.equal(damaged.warnings.length, 1, 'one line for the record, however many of its parts are damaged');
      const next = warmStart(file, true);
      assert.equal(next.cache.hits, texts.size);
      assert.equal(answers(next.analyzer), expected());
      assert.deepEqual(next.warnings, []);
    });
  });

  test('bytes flipped in what indexing reads of a record: the record is not used', () => {
    withCacheFile(true, (file, whole) => {
      writeFileSync(file, flippedInTheMiddle(whole, recordPartsOf(whole, damagedId).payload));
      const damaged = warmStart(file, true);
      assert.equal(damaged.cache.hits, texts.size - 1);
      assert.equal(answers(damaged.analyzer), expected());
      assert.equal(damaged.warnings.length, 1, damaged.warnings.join('\n'));
    });
  });

  test('bytes flipped in the table of strings: the file is not read', () => {
    withCacheFile(true, (file, whole) => {
      const headerEnd = whole.indexOf(0x0a);
      writeFileSync(file, flippedInTheMiddle(whole, [headerEnd + 5, headerEnd + 5 + whole.readUInt32LE(headerEnd + 1)]));
      const damaged = warmStart(file, true);
      assert.equal(damaged.cache.hits, 0);
      assert.equal(answers(damaged.analyzer), expected());
    });
  });

  test('a file of the layout before checksums (or any other) is not read', () => {
    withCacheFile(true, (file, whole) => {
      const headerEnd = whole.indexOf(0x0a);
      const header = JSON.parse(whole.toString('utf8', 0, headerEnd)) as { format?: number };
      assert.equal(header.format, 2);
      for (const older of [{ ...header, format: 1 }, { ...header, format: undefined }]) {
        writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(older)), whole.subarray(headerEnd)]));
        assert.equal(warmStart(file, true).cache.hits, 0);
      }
    });
  });
});
