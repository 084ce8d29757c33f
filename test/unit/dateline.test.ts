/** The date a report gives itself in its first lines, and what it changes: hovers cite it, ages are read as of it. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate } from '../../server/src/core/reading/dateline';
import { compareReports as compare, workspace } from './support';

describe('the dateline of a scraped page', () => {
  test('the dates pages print near the top are read, whatever the clutter around them', () => {
    for (const [header, date] of [
      ['Quarnby ferry sinks\nPublished: January 3, 2013\nThe ferry sank.', '2013-01-03'],
      ['Quarnby ferry sinks\nSaturday, 28 September 2013 01: 43\nThe ferry sank.', '2013-09-28'],
      ['Quarnby ferry sinks\nSat Nov 12 2011, 01:19 hrs\nThe ferry sank.', '2011-11-12'],
      ['Quarnby ferry sinks\nPosted 11 / 27 / 2005 7:21 AM\nThe ferry sank.', '2005-11-27'],
      ['Quarnby ferry sinks\nUpdated: May 24, 2005, 3:23 PM ET Last Updated: May 24, 2005, 8:10 PM ET\nThe ferry sank.', '2005-05-24'],
      ['QUARNBY, May 3rd, 2013 2: 00pm EDT\nThe ferry sank.', '2013-05-03'],
      ['Quarnby ferry sinks\nPublished: 2012.08.08 09:01 AM\nThe ferry sank.', '2012-08-08'],
    ] as const) assert.equal(datelineDate(header), date, header);
  });

  test('a date inside a sentence dates a happening, not the report', () => {
    assert.equal(datelineDate('Quarnby ferry sinks\nThe ferry left Quarnby on March 3, 2005, with 40 aboard.\nIt sank.'), undefined);
    assert.equal(datelineDate('Quarnby ferry sinks\nThe ferry sank.\nIt was built in 1988.'), undefined);
  });

  test('a hover cites the other report with its date', () => {
    const ws = workspace({
      'a.txt': { text: 'Ferry sinks\nMarch 4, 2009\nThe ferry Meridel sank with 40 passengers aboard off Quarnby.' },
      'b.txt': { text: 'Ferry sinks\nMarch 5, 2009\nThe ferry Meridel sank with 45 passengers aboard off Quarnby.' },
    });
    const hover = ws.analyzer.hover('a.txt', ws.analyzer.text('a.txt')!.indexOf('40'));
    assert.equal(hover?.comparisons[0].date, '2009-03-05');
  });
});

describe('ages as of the report\'s date', () => {
  const trial = (date: string, age: number) => `Quarnby trial\n${date}\nHarlo Venstrup, ${age}, of Quarnby is accused of setting the fire at the mill.`;

  test('"26" in a report of January and "27" in three of September are one man\'s age', () => {
    const r = compare(trial('Published: January 3, 2013', 26), trial('September 27, 2013', 27), trial('September 28, 2013', 27), trial('Saturday, 28 September 2013', 27));
    assert.deepEqual(r.all(), []);
  });

  test('a day apart, "28" against three reports of "27" is still a warning', () => {
    const r = compare(trial('September 28, 2013', 28), trial('September 27, 2013', 27), trial('September 28, 2013', 27), trial('Saturday, 28 September 2013', 27));
    assert.deepEqual(r.all(), [['a.txt', 'warning', '28']]);
  });
});
