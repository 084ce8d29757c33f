/**
 * An edit reuses what was worked out before it when that provably did not change (pairings of figures the edit
 * left alone, see core/alignment/carryOver.ts). These tests type into a report key by key, as an editor sends it,
 * and after every key compare each answer with a fresh analyzer's of the same texts: reuse must never show.
 * Among the edits are some that change what the whole report says: a year that becomes its most frequent, a full
 * name that a surname elsewhere stands for, its headline, a word that other reports hold too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answers, fresh } from './editSupport';

const article = [
  'Ferry fire off Quillhaven kills 14',
  '',
  'A fire swept through the ferry Saltmere Dawn off Quillhaven on Monday, killing 14 people and injuring 31, the coast guard said.',
  '',
  'Captain Orla Venhurst said the ferry was carrying 212 passengers and 40 crew when the fire broke out in the engine room in 2021.',
  '',
  'Rescuers pulled 180 people from the water. Venhurst said the ship sank 12 km north of the harbour within two hours.',
  '',
  'The ferry, built in 1998, was 96 metres long. Officials said 3 of the injured were in a critical condition.',
].join('\n');

const others: Record<string, string> = {
  'b.txt': 'Source: Beta Post\n\nThe ferry Saltmere Dawn burned off Quillhaven on Monday. The fire killed 15 people and injured 31, the coast guard said.\n\nCaptain Orla Venhurst said the ship carried 212 passengers. It sank 12 km north of the harbour.',
  'c.txt': 'Source: Gamma Radio\n\nFourteen people died when fire broke out on the Quillhaven ferry Saltmere Dawn on Monday, and 29 were injured.\n\nThe 96-metre ship, built in 1998, had 210 passengers aboard. Rescuers saved 180 people.',
  'd.txt': 'Source: Delta Wire\n\nA fire on the ferry Saltmere Dawn near Quillhaven killed 14 people on Monday. Captain Venhurst said 40 crew were aboard.\n\nThe ship sank 14 km north of the harbour in 2021.',
};

/** Reports of other events, enough to make the workspace an archive where figures are compared within stories. */
function otherEvents(count: number): Record<string, string> {
  const towns = ['Brellin', 'Corvane', 'Dusmoor', 'Eskaton', 'Faldren', 'Gorvish', 'Hapsley', 'Ilverin'];
  const texts: Record<string, string> = {};
  for (let k = 0; k < count; k++) {
    const town = towns[k % towns.length];
    texts[`x${k}.txt`] = `Source: Wire ${k}\n\nA storm hit ${town} Vale on Tuesday, killing ${k % 5 + 2} people and injuring ${k % 7 + 10}.\n\nMayor Tamsin ${town}ford said ${100 + k} homes were damaged near ${town}mouth and winds reached ${90 + (k % 3) * 10} km/h.`;
  }
  return texts;
}

/**
 * Types `typed` into the article at `at`, key by key, asking for the findings after each key as an editor does, and
 * compares every answer with a fresh analysis of the same texts (every `every`th key: a fresh analysis is the slow part).
 */
function typeAndCompare(texts: Record<string, string>, at: (text: string) => number, typed: string, every = 1): void {
  const analyzer = fresh(texts);
  const ids = Object.keys(texts);
  const watched = ids.filter((id) => !id.startsWith('x')).concat(ids.filter((id) => id.startsWith('x')).slice(0, 2));
  answers(analyzer, watched);
  const start = texts['a.txt'];
  const place = at(start);
  for (let k = 1; k <= typed.length; k++) {
    texts['a.txt'] = start.slice(0, place) + typed.slice(0, k) + start.slice(place);
    analyzer.upsert('a.txt', texts['a.txt']);
    const seen = answers(analyzer, watched);
    if (k % every === 0 || k === typed.length) assert.equal(seen, answers(fresh(texts), watched), `after typing ${JSON.stringify(typed.slice(0, k))}`);
  }
}

const endOfParagraph = (n: number) => (text: string) => {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf('\n\n', at + 1);
  return at;
};

for (const [workspace, extra] of [['a workspace of one story', 0], ['an archive of stories', 45]] as const) {
  describe(`reuse across edits, in ${workspace}`, () => {
    const texts = () => ({ 'a.txt': article, ...others, ...otherEvents(extra) });

    test('typing a sentence with figures in the middle of the article', () => {
      typeAndCompare(texts(), endOfParagraph(2), ' Later the coast guard said 16 people were killed and 33 injured.');
    });

    test('typing a year until it is the year the article speaks of most', () => {
      typeAndCompare(texts(), endOfParagraph(3), ' In 2019, 2019 and 2019 the ferry carried 200 passengers.', 2);
    });

    test('typing a full name that a surname elsewhere stands for', () => {
      typeAndCompare(texts(), endOfParagraph(1), ' First mate Dara Venhurst said 41 crew were aboard.', 2);
    });

    test('editing the headline', () => {
      typeAndCompare(texts(), (t) => t.indexOf('\n'), ' and injures 31');
    });

    test('typing words that other reports hold, and a name they hold', () => {
      typeAndCompare(texts(), endOfParagraph(4), ' Rescuers from Quillhaven saved 181 people, the coast guard said.', 2);
    });

    test('typing names that bring the article into another story', () => {
      typeAndCompare(texts(), endOfParagraph(2), ' In Brellin Vale, Mayor Tamsin Brellinford said a storm near Brellinmouth killed 9 people and injured 12.', 3);
    });

    test('typing a sum with its conversion, which teaches a rate', () => {
      const withSums = { ...texts(), 'b.txt': `${others['b.txt']}\n\nThe operator was fined 2 million euros (£1.7 million).`, 'c.txt': `${others['c.txt']}\n\nThe operator was fined £1.9 million.` };
      typeAndCompare(withSums, endOfParagraph(4), ' The operator was fined 2 million euros (£1.8 million) and paid 5 million euros.', 3);
    });
  });
}
