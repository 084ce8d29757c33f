/**
 * The engine keeps what it read of each report, and its index of names, up to date edit by edit. Whatever the
 * order of the edits, what a user sees must be what a fresh analysis of the same texts shows: these tests edit a
 * small workspace the way an editor does and compare every answer with a fresh analyzer's.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyzer';
import { compareClaims, groupByValue } from '../../server/src/core/alignment/compare';
import { tokenize } from '../../server/src/core/reading/tokens';
import type { Claim } from '../../server/src/core/types';

const reports: Record<string, string> = {
  'a.txt': 'Source: Alpha News\n\nThe storm hit Vellmora on Monday with winds of 140 km/h. It killed 12 people, said Mayor Dorin Kastrel.\n\nSome 3,000 residents were evacuated.',
  'b.txt': 'Source: Beta Post\n\nWinds of 150 km/h battered Vellmora on Monday. The storm killed 14 people, Mayor Dorin Kastrell said.\n\nAbout 3,000 residents were evacuated.',
  'c.txt': 'Source: Gamma Radio\n\nThe storm reached Vellmora on Tuesday, with winds of 140 km/h, and killed 12 people.\n\nMayor Dorin Kastrel said 2,500 residents fled.',
};

function answers(analyzer: Analyzer, ids: string[]): string {
  return JSON.stringify(ids.map((id) => ({
    findings: analyzer.findings(id),
    hovers: [...analyzer.claims(id), ...analyzer.entities(id)].map((x) => analyzer.hover(id, x.span.start)),
  })));
}

/** A fresh analyzer given the same reports in the same order. */
function fresh(texts: Record<string, string>): Analyzer {
  const analyzer = createAnalyzer();
  for (const [id, text] of Object.entries(texts)) analyzer.upsert(id, text);
  return analyzer;
}

describe('incremental analysis', () => {
  test('typing before figures, in a figure and in a name gives what a fresh analysis gives', () => {
    const texts = { ...reports };
    const analyzer = fresh(texts);
    const ids = Object.keys(texts);
    answers(analyzer, ids);
    const edits: [string, (t: string) => string][] = [
      ['a.txt', (t) => t.replace('The storm', 'Breaking: the storm')],
      ['a.txt', (t) => t.replace('12 people', '13 people')],
      ['b.txt', (t) => t.replace('Kastrell', 'Kastrel')],
      ['a.txt', (t) => `${t}\n\nLater, officials said 2,900 residents had left.`],
      ['c.txt', (t) => t.replace('Tuesday', 'Monday')],
    ];
    for (const [id, edit] of edits) {
      texts[id] = edit(texts[id]);
      analyzer.upsert(id, texts[id]);
      assert.equal(answers(analyzer, ids), answers(fresh(texts), ids), `after editing ${id}`);
    }
  });

  test('removing a report and adding it back restores the answers; an added report counts at once', () => {
    const analyzer = fresh(reports);
    const ids = Object.keys(reports);
    const before = answers(analyzer, ids);
    analyzer.remove('b.txt');
    const withoutB = { ...reports };
    delete withoutB['b.txt'];
    assert.equal(answers(analyzer, ['a.txt', 'c.txt']), answers(fresh(withoutB), ['a.txt', 'c.txt']));
    analyzer.upsert('b.txt', reports['b.txt']);
    // b is now the last report, as in a fresh analyzer given it last
    assert.equal(answers(analyzer, ids), answers(fresh({ ...withoutB, 'b.txt': reports['b.txt'] }), ids));
    assert.notEqual(before, '');
  });

  test('a known-entities change re-analyses every report', () => {
    const analyzer = fresh(reports);
    analyzer.findings('a.txt');
    analyzer.setKnownEntities([{ name: 'Dorin Kastrel', kind: 'person', aliases: ['Dorin Kastrell'] }]);
    const expected = createAnalyzer({ knownEntities: [{ name: 'Dorin Kastrel', kind: 'person', aliases: ['Dorin Kastrell'] }] });
    for (const [id, text] of Object.entries(reports)) expected.upsert(id, text);
    assert.equal(answers(analyzer, Object.keys(reports)), answers(expected, Object.keys(reports)));
  });
});

/** A small seeded PRNG, so that the random cases below are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fast paths agree with the general ones', () => {
  test('the ASCII tokenizer finds the spans the token pattern finds', () => {
    const pattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{M}\d]/gu;
    const alphabet = [..."aZq1234567890,.,.' '\t\n-:;()$%\"\x0b\x0c\r\x1c\x00_"];
    const random = seeded(5);
    for (let run = 0; run < 20000; run++) {
      let text = '';
      for (let k = 1 + Math.floor(random() * 16); k > 0; k--) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
      const actual = tokenize(text, [{ start: 0, end: text.length }]).map((t) => [t.start, t.text]);
      assert.deepEqual(actual, expected, JSON.stringify(text));
    }
  });

  test('grouping figures by value finds the groups a plain scan finds', () => {
    const random = seeded(9);
    const claim = (value: number, k: number): Claim => ({
      id: `r${k}#0`, reportId: `r${k}`, span: { start: 0, end: 1 }, numberSpan: { start: 0, end: 1 }, sentence: { start: 0, end: 1 },
      dimension: 'count', value, low: value, high: value, unit: '', context: [],
    });
    for (let run = 0; run < 300; run++) {
      const claims = Array.from({ length: 2 + Math.floor(random() * 40) }, (_, k) => claim(Math.round(random() * 200) * (random() < 0.5 ? 1 : 1.02), k));
      const expected: Claim[][] = [];
      for (const c of claims) {
        const g = expected.find((x) => compareClaims(x[0], c) === 'agrees');
        if (g) g.push(c);
        else expected.push([c]);
      }
      const actual = groupByValue(claims);
      assert.deepEqual(new Set(actual.map((g) => g.claims.map((c) => c.id).join())), new Set(expected.map((g) => g.map((c) => c.id).join())));
    }
  });
});
