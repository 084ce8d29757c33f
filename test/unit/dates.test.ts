/** Ages, weekdays and dates, with the event a day speaks of. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyClaim, near, workspace, YEAR } from './support';

describe('ages', () => {
  const cases: { text: string; written: string; years: number; subject?: string }[] = [
    { text: 'The driver, 31-year-old Jane Doe, was unhurt.', written: '31-year-old', years: 31, subject: 'jane doe' },
    { text: 'Jane Doe, 32, was unhurt in the crash.', written: '32', years: 32, subject: 'jane doe' },
    { text: 'The skipper was aged 45 when he retired.', written: '45', years: 45 },
  ];
  for (const c of cases) {
    test(JSON.stringify(c.text), () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.dimension, 'age');
      assert.equal(claim.written, c.written);
      near(claim.value, c.years * YEAR);
      if (c.subject) assert.equal(claim.subject, c.subject);
    });
  }

  test('two ages of the same person in two reports conflict', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The driver, 31-year-old Jane Doe, walked away from the crash.' },
      'b.txt': { source: 'Beta Post', text: 'The driver, Jane Doe, 34, walked away from the crash.' },
    });
    const f = ws.findings('a.txt').find((x) => x.code === 'figure-conflict');
    assert.ok(f, 'a conflict is found');
    assert.equal(f.written, '31-year-old');
    assert.match(f.message, /Beta Post/);
  });
});

describe('weekdays and dates with their event', () => {
  const cases: { text: string; written: string; dimension: string; value: number; frame: string }[] = [
    { text: 'The ferry left on Monday from the north quay.', written: 'on Monday', dimension: 'weekday', value: 1, frame: 'departure' },
    { text: 'The ferry arrived on Tuesday morning.', written: 'on Tuesday morning', dimension: 'weekday', value: 2, frame: 'arrival' },
    { text: 'The ministers met on Friday in the capital.', written: 'on Friday', dimension: 'weekday', value: 5, frame: 'meeting' },
    { text: 'The trawler sank on Sunday near the reef.', written: 'on Sunday', dimension: 'weekday', value: 0, frame: 'sinking' },
    { text: 'The trawler sank on November 18 near the reef.', written: 'on November 18', dimension: 'date', value: 1118, frame: 'sinking' },
    { text: 'The trawler sank on 18 November near the reef.', written: 'on 18 November', dimension: 'date', value: 1118, frame: 'sinking' },
    { text: 'The convoy departed on March 3, 2021 at dawn.', written: 'on March 3, 2021', dimension: 'date', value: 303, frame: 'departure' },
  ];
  for (const c of cases) {
    test(`${JSON.stringify(c.text)} → ${c.frame}`, () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written);
      assert.equal(claim.dimension, c.dimension);
      assert.equal(claim.value, c.value);
      assert.equal(claim.frame, c.frame);
    });
  }

  test('a lower-case "may" is not a month', () => {
    const ws = workspace({ 'a.txt': { text: 'The ferry may leave later than planned.' } });
    assert.deepEqual(ws.analyzer.claims('a.txt'), []);
  });

  test('days of different events are not compared', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The ferry left the harbour on Monday.' },
      'b.txt': { source: 'Beta Post', text: 'The ferry arrived at the island on Wednesday.' },
    });
    assert.deepEqual(ws.findings('a.txt'), []);
    assert.deepEqual(ws.findings('b.txt'), []);
  });
});
