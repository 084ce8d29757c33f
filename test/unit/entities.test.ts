/** Names: canonical keys for house-style variants and aliases, and near-miss spellings across reports. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { workspace } from './support';
import { isTransliteration } from '../../server/src/core/findings/spelling';

function mentions(text: string, options: Parameters<typeof createAnalyzer>[0] = {}) {
  const analyzer = createAnalyzer(options);
  analyzer.upsert('a.txt', text);
  return analyzer.entities('a.txt').map((e) => ({ written: text.slice(e.span.start, e.span.end), key: e.key, kind: e.kind }));
}

describe('entity keys', () => {
  const variants: [string, string, string][] = [
    ['Park', 'Officials said Park Min-jun visited the flooded port.', 'Officials said Park Min Jun visited the flooded port.'],
    ['Vogt', 'Reporters saw Anna-Lena Vogt at the scene of the fire.', 'Reporters saw Anna Lena Vogt at the scene of the fire.'],
    ['Ruiz', 'The governor thanked José Ruiz for his help after the fire.', 'The governor thanked Jose Ruiz for his help after the fire.'],
  ];
  for (const [name, a, b] of variants) {
    test(`house-style variants share a key: ${name}`, () => {
      const ma = mentions(a).find((m) => m.written.includes(name));
      const mb = mentions(b).find((m) => m.written.includes(name));
      assert.ok(ma && mb, 'both names are found');
      assert.notEqual(ma.written, mb.written);
      assert.equal(ma.key, mb.key);
    });
  }

  test('an acronym defined in parentheses is an alias of the long name', () => {
    const text = 'The Northern Rail Authority (NRA) closed the line on the coast. Later the NRA said it would reopen the line soon.';
    const found = mentions(text);
    const long = found.find((m) => m.written === 'Northern Rail Authority');
    assert.ok(long, 'the long name is found');
    const acronyms = found.filter((m) => m.written === 'NRA');
    assert.equal(acronyms.length, 2);
    for (const m of acronyms) assert.equal(m.key, long.key);
  });

  test('an undefined acronym keeps its own key', () => {
    const found = mentions('Later the NRA said it would reopen the line on the coast soon.');
    assert.deepEqual(found.map((m) => m.key), ['nra']);
  });

  test('a known-entities list maps aliases to the canonical name and sets the kind', () => {
    const knownEntities = [{ name: 'Northern Rail Authority', kind: 'organisation' as const, aliases: ['NorRail'] }];
    const [m] = mentions('A spokesman for NorRail said the line on the coast was closed.', { knownEntities });
    assert.equal(m.written, 'NorRail');
    assert.equal(m.key, 'northern rail authority');
    assert.equal(m.kind, 'organisation');
    const [plain] = mentions('A spokesman for NorRail said the line on the coast was closed.');
    assert.equal(plain.key, 'norrail', 'without the list it is just a name');
  });

  test('setKnownEntities re-reads the reports already held', () => {
    const analyzer = createAnalyzer();
    analyzer.upsert('a.txt', 'A spokesman for NorRail said the line on the coast was closed.');
    assert.equal(analyzer.entities('a.txt')[0].key, 'norrail');
    analyzer.setKnownEntities([{ name: 'Northern Rail Authority', aliases: ['NorRail'] }]);
    assert.equal(analyzer.entities('a.txt')[0].key, 'northern rail authority');
  });
});

/** Three reports of one harbour master, the third spelling his name otherwise. */
const three = {
  'a.txt': { source: 'Alpha News', text: 'Harbour master Tomas Brandvold said the ferry hit rocks near the island.' },
  'b.txt': { source: 'Beta Post', text: 'Harbour master Tomas Brandvold told reporters the ferry hit rocks.' },
  'c.txt': { source: 'Gamma Radio', text: 'Harbour master Tomas Brandvoll said the ferry struck rocks near the island.' },
};

describe('near-miss spellings across reports', () => {

  test('the minority spelling is a warning pointing at the other reports', () => {
    const ws = workspace(three);
    const [f, ...rest] = ws.findings('c.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.code, 'entity-spelling');
    assert.equal(f.severity, 'warning');
    assert.equal(f.written, 'Brandvoll');
    assert.match(f.message, /Alpha News and Beta Post write "Brandvold"/);
    assert.deepEqual(f.related.map((r) => [r.reportId, ws.analyzer.text(r.reportId)!.slice(r.span.start, r.span.end)]), [
      ['a.txt', 'Brandvold'],
      ['b.txt', 'Brandvold'],
    ]);
    assert.equal(f.fixes[0].kind, 'spelling');
    assert.equal(f.fixes[0].edits[0].newText, 'Brandvold');
  });

  test('the majority spelling is at most information', () => {
    const ws = workspace(three);
    for (const id of ['a.txt', 'b.txt']) {
      for (const f of ws.findings(id)) assert.notEqual(f.severity, 'warning', `${id}: ${f.message}`);
    }
  });

  test('a country and its demonym are not a misspelling', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Officials in Korea sent two ships to help the stranded ferry.' },
      'b.txt': { source: 'Beta Post', text: 'Officials said the Korean navy sent two ships to help the stranded ferry.' },
    });
    assert.deepEqual(ws.findings('a.txt').filter((f) => f.code === 'entity-spelling'), []);
    assert.deepEqual(ws.findings('b.txt').filter((f) => f.code === 'entity-spelling'), []);
  });

  test('names that differ by more than an edit or two are different names', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Harbour master Tomas Brandvold said the ferry hit rocks near the island.' },
      'b.txt': { source: 'Beta Post', text: 'Harbour master Tomas Berglund said the ferry hit rocks near the island.' },
    });
    assert.deepEqual(ws.findings('a.txt'), []);
    assert.deepEqual(ws.findings('b.txt'), []);
  });
});

describe('a short surname slipped once in a report', () => {
  const story = (slip: string) => ({
    'a.txt': { source: 'Alpha News', text: `Dairy owner Maren Holt denied the charges on Monday. Holt said the loan was repaid. Holt will appear in court. Critics say ${slip} misled the board.` },
    'b.txt': { source: 'Beta Post', text: 'Prosecutors charged dairy owner Maren Holt with fraud. Holt denies it.' },
  });

  test('the lone form beside three of the report\'s own surname is a warning on the slip only', () => {
    const ws = workspace(story('Hold'));
    assert.deepEqual(ws.findings('a.txt').filter((f) => f.code === 'entity-spelling').map((f) => [f.written, f.severity]), [['Hold', 'warning']]);
    assert.deepEqual(ws.findings('b.txt').filter((f) => f.code === 'entity-spelling'), []);
  });

  test('a given name near another given name ("Joan" and "John") is no slip', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'John Telmar opened the shop. John Telmar said sales rose. Later John Telmar spoke. His sister Joan said little.' },
      'b.txt': { source: 'Beta Post', text: 'Shop owner John Telmar spoke on Monday.' },
    });
    assert.deepEqual(ws.findings('a.txt').filter((f) => f.code === 'entity-spelling'), []);
  });
});

describe('a short given name before one surname', () => {
  const says = (name: string, k: number) => ({ source: `Desk ${k}`, text: `Harbour Safety Director ${name} said the fire spread fast. ${name.split(' ')[1]} said nobody was hurt.` });

  test('a title inside a run of capitals starts the person\'s name', () => {
    const ws = workspace({ 'a.txt': says('Jon Telmar', 1) });
    assert.ok(ws.analyzer.entities('a.txt').some((e) => e.text === 'Jon Telmar' && e.kind === 'person'), JSON.stringify(ws.analyzer.entities('a.txt')));
  });

  test('"John Telmar" in one report beside "Jon Telmar" in three is a warning on the lone given name', () => {
    const ws = workspace({ 'a.txt': says('Jon Telmar', 1), 'b.txt': says('Jon Telmar', 2), 'c.txt': says('Jon Telmar', 3), 'd.txt': says('John Telmar', 4) });
    const found = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].flatMap((id) => ws.findings(id).filter((f) => f.code === 'entity-spelling').map((f) => [id, f.severity, f.written]));
    assert.deepEqual(found, [['d.txt', 'warning', 'John Telmar']]);
  });

  test('two given names an edit apart with two surnames are two people, and "John" elsewhere is no variant of "Jon"', () => {
    const ws = workspace({ 'a.txt': says('Jon Telmar', 1), 'b.txt': says('Jon Telmar', 2), 'c.txt': says('Jon Telmar', 3), 'd.txt': says('John Varrick', 4) });
    assert.deepEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt'].flatMap((id) => ws.findings(id).filter((f) => f.code === 'entity-spelling')), []);
  });
});

describe('a name written apart and together', () => {
  test('"El Varro\'s" in one report beside "Elvarro" in three is a warning on the lone spelling', () => {
    const town = (name: string, k: number) => ({ source: `Desk ${k}`, text: `Police raided a ranch near ${name} on Monday. The ranch lies outside ${name}.` });
    const ws = workspace({ 'a.txt': town('Elvarro', 1), 'b.txt': town('Elvarro', 2), 'c.txt': town('Elvarro', 3),
      'd.txt': { source: 'Desk 4', text: 'Police raided a ranch near Elvarro on Monday. El Varro\'s sheriff said little.' } });
    const found = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].flatMap((id) => ws.findings(id).filter((f) => f.code === 'entity-spelling').map((f) => [id, f.severity, f.written]));
    assert.deepEqual(found, [['d.txt', 'warning', 'El Varro']]);
  });

  test('a spelling one other report writes says "writes", not "write"', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The keeper Rui Patrao saved twice. Later Rui Patrao was calm. Patrao smiled.' },
      'b.txt': { source: 'Beta Post', text: 'The keeper Ruo Patrao saved twice. Patrao smiled.' },
    });
    assert.match(ws.findings('b.txt').find((f) => f.code === 'entity-spelling')?.message ?? '', /Alpha News writes "Rui Patrao"/);
  });
});

describe('spellings that are not slips', () => {
  test('names joined by "and" are no company: "Seeler and Pele" beside "Pepe and Fonte" is no variant', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'He joins Uwe Seeler and Pele as the only players to score in four finals.' },
      'b.txt': { source: 'Beta Post', text: 'He ran battles with Pepe and Fonte all night.' },
    });
    assert.deepEqual(['a.txt', 'b.txt'].flatMap((id) => ws.findings(id).filter((f) => f.code === 'entity-spelling')), []);
  });

  test('one stem with two deriving endings (Moldavia, Moldavians) is not a misspelling', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The trawler sailed from Moldavia with nine crew aboard.' },
      'b.txt': { source: 'Beta Post', text: 'The trawler had nine Moldavis aboard when it sailed.' },
    });
    assert.deepEqual(ws.findings('b.txt').filter((f) => f.code === 'entity-spelling'), []);
  });

  test('a noun and its adjective (Benevolence, Benevolent) are two words, not a misspelling', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The Benevolence Trust paid for the new library in Quarnby.' },
      'b.txt': { source: 'Beta Post', text: 'The Benevolent Trust paid for the new library in Quarnby.' },
      'c.txt': { source: 'Gamma Wire', text: 'The Benevolent Trust paid for the new library in Quarnby.' },
    });
    for (const id of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(ws.findings(id).filter((f) => f.code === 'entity-spelling'), [], id);
  });

  test('"kh" for "h" and a Greek name\'s long and short ending are transliteration habits too', () => {
    assert.ok(isTransliteration('Rakhona', 'Rahona'));
    assert.ok(isTransliteration('Stelios', 'Stelis'));
    assert.ok(!isTransliteration('Brandvold', 'Brandvoll'));
  });

  test('a transliteration habit (o for u, iya for ya) is one name written two ways: no finding', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Two shells struck the crowded Mustafa Hamdun school in the village of Qarabiya during the night.' },
      'b.txt': { source: 'Beta Post', text: 'Two shells struck the crowded Mustafa Hamdun school in the village of Qarabiya during the night.' },
      'c.txt': { source: 'Gamma Radio', text: 'Two shells struck the crowded Mustafa Hamdon school in the village of Qarabya during the night.' },
    });
    for (const file of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(ws.findings(file).filter((f) => f.code === 'entity-spelling'), [], file);
    // the control: a slip that is no transliteration habit is found
    const slip = workspace({
      'a.txt': { source: 'Alpha News', text: 'Two shells struck the crowded Mustafa Hamdun school in the village of Qarabiya during the night.' },
      'b.txt': { source: 'Beta Post', text: 'Two shells struck the crowded Mustafa Hamdun school in the village of Qarabiya during the night.' },
      'c.txt': { source: 'Gamma Radio', text: 'Two shells struck the crowded Mustafa Hamdum school in the village of Qarabiya during the night.' },
    });
    assert.deepEqual(slip.findings('c.txt').filter((f) => f.code === 'entity-spelling').map((f) => [f.written, f.severity]), [['Hamdum', 'warning']]);
  });
});

describe('names the team has taught (the known-entities file)', () => {
  const spellingFindings = (ws: ReturnType<typeof workspace>) =>
    ['a.txt', 'b.txt', 'c.txt'].flatMap((id) => ws.findings(id).filter((f) => f.code === 'entity-spelling').map((f) => `${id}: ${f.written}`));

  test('untaught, the two spellings are a finding on each side that names the pair', () => {
    const ws = workspace(three);
    assert.deepEqual(spellingFindings(ws), ['a.txt: Brandvold', 'b.txt: Brandvold', 'c.txt: Brandvoll']);
    assert.deepEqual(ws.findings('c.txt')[0].spellings, { form: 'Brandvoll', variants: ['Brandvold'] });
  });

  test('a spelling taught as an alias of the other is no finding, in either report', () => {
    assert.deepEqual(spellingFindings(workspace(three, { knownEntities: [{ name: 'Brandvold', aliases: ['Brandvoll'] }] })), []);
  });

  test("a whole name taught with its alias settles the words that differ ('Tomas Brandvoll' for 'Tomas Brandvold')", () => {
    assert.deepEqual(spellingFindings(workspace(three, { knownEntities: [{ name: 'Tomas Brandvold', aliases: ['Tomas Brandvoll'] }] })), []);
  });

  test('two spellings recorded as different names are no finding, in either report', () => {
    assert.deepEqual(spellingFindings(workspace(three, { distinctNames: [['Brandvoll', 'Brandvold']] })), []);
  });

  test('what is taught settles only its own pair: a third spelling is still found', () => {
    const four = { ...three, 'd.txt': { source: 'Delta Wire', text: 'Harbour master Tomas Brandwold said the ferry hit rocks near the island.' } };
    const ws = workspace(four, { knownEntities: [{ name: 'Brandvold', aliases: ['Brandvoll'] }] });
    assert.deepEqual(ws.findings('d.txt').filter((f) => f.code === 'entity-spelling').map((f) => [f.written, f.spellings?.variants]), [['Brandwold', ['Brandvold', 'Brandvoll']]]);
    assert.deepEqual(ws.findings('c.txt').filter((f) => f.code === 'entity-spelling').map((f) => f.spellings?.variants), [['Brandwold']]);
  });

  test('teaching while the reports are held takes the finding away, and untaught it comes back', () => {
    const ws = workspace(three);
    ws.analyzer.setDistinctNames([['Brandvold', 'Brandvoll']]);
    assert.deepEqual(spellingFindings(ws), []);
    ws.analyzer.setDistinctNames([]);
    ws.analyzer.setKnownEntities([{ name: 'Brandvold', aliases: ['Brandvoll'] }]);
    assert.deepEqual(spellingFindings(ws), []);
    ws.analyzer.setKnownEntities([]);
    assert.deepEqual(spellingFindings(ws), ['a.txt: Brandvold', 'b.txt: Brandvold', 'c.txt: Brandvoll']);
  });

  test('the hover no longer offers a spelling the team settled', () => {
    const hoverOnName = (ws: ReturnType<typeof workspace>) => ws.analyzer.hover('c.txt', ws.analyzer.text('c.txt')!.indexOf('Brandvoll'))?.attribute;
    assert.equal(hoverOnName(workspace(three)), 'also spelled "Brandvold"');
    assert.equal(hoverOnName(workspace(three, { distinctNames: [['Brandvoll', 'Brandvold']] })), undefined);
  });
});

describe('names joined by "and"', () => {
  const praised = (first: string, rebounds: number) =>
    `Quarnby rolls on at home\nThe coach praised Edda Brannick and ${first} Harrow after the game on Friday night. In the win over Dellmoor, Harrow had ${rebounds} rebounds.`;

  test('"Edda Brannick and John Harrow" is two people; "Procter and Gamble"-like names stay one', () => {
    const found = mentions(praised('John', 14)).map((m) => m.written);
    assert.ok(found.includes('Edda Brannick') && found.includes('John Harrow'), JSON.stringify(found));
    const body = 'Quarnby Steel said on Monday that it would buy Harlo and Venstrup, a maker of valves, for cash.';
    assert.ok(mentions(`Deal news\n${body}`).some((m) => m.written === 'Harlo and Venstrup'));
  });

  test('a surname alone is the one full name of the report that has it, so two Harrows are two people', () => {
    const r = workspace({ 'a.txt': { text: praised('John', 14) }, 'b.txt': { text: praised('John', 11) }, 'c.txt': { text: praised('Harlo', 11) } });
    const [f, ...rest] = r.findings('a.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.message, 'Number of rebounds (Harrow): 14 here; b says "11 rebounds".');
  });
});

describe('what a person\'s name is not', () => {
  test('acronyms and names joined by "and" are not made persons by a surname elsewhere in the report', () => {
    const text = 'Edda Brannick, holder of the WBA and IBF titles since 2011, flew in on Monday. Brannick was calm. He defends his IBF crown on Saturday.';
    const kinds = mentions(text);
    assert.deepEqual(kinds.filter((m) => /IBF/.test(m.written)).map((m) => m.kind), ['other', 'other']);
    assert.equal(kinds.find((m) => m.written === 'Edda Brannick')?.kind, 'person');
  });
  test('"Map of Varsland" is no person, and does not make "Varsland" one', () => {
    assert.deepEqual(mentions('Map of Varsland. A quake hit Varsland on Sunday.').map((m) => m.kind === 'person'), [false, false]);
  });
});


describe('a verb form opening a sentence', () => {
  test('"Calling Quarnby unsafe, …" names Quarnby, not "Calling Quarnby"; "Tyler Harrow scored" keeps the given name', () => {
    const text = 'Families fled to Quarnby last week. Calling Quarnby a dangerous town, Edda Brannick urged caution.';
    assert.deepEqual(mentions(text).filter((m) => /Quarnby/.test(m.written)).map((m) => m.written), ['Quarnby', 'Quarnby']);
    assert.ok(mentions('Harrow played well. Tyler Harrow scored 20 points.').some((m) => m.written === 'Tyler Harrow'));
  });
});

describe('regions named with a compass word', () => {
  test('"North Varsland" is a place, and does not make "Varsland" a person by its last word', () => {
    const kinds = mentions('Officials of North Varsland said a camp was bombed. North Varsland accused Varsland of the strike. Varsland denied it.');
    assert.deepEqual(kinds.filter((m) => /Varsland/.test(m.written)).map((m) => [m.written, m.kind === 'person']),
      [['North Varsland', false], ['North Varsland', false], ['Varsland', false], ['Varsland', false]]);
  });
});

describe('words that qualify an office', () => {
  test('"the Defence Forces", "the Foreign Ministry", "the Supreme Court" are no persons; "Defence Minister Ehud Harlow" is', () => {
    const text = 'On Monday the army of Varsland, known as the Defence Forces, said that the country\'s Foreign Ministry had agreed. ' +
      'The Supreme Court in Quarnby said nothing, while Defence Minister Ehud Harlow spoke to reporters at length.';
    assert.deepEqual(mentions(text).filter((m) => m.kind === 'person').map((m) => m.written), ['Ehud Harlow']);
    assert.deepEqual(mentions('Deputy Tom Harrow was shot. Deputy Harrow, 35, died.').filter((m) => m.kind === 'person').map((m) => m.written), ['Tom Harrow', 'Harrow']);
  });
});


describe('a name that describes a person noun', () => {
  test('"a 36-year-old Ostrian climber": the age is the climber\'s, and "Ostrian" is no person', () => {
    assert.notEqual(mentions('Yesterday a 36-year-old Ostrian climber died near Quarnby.').find((m) => m.written === 'Ostrian')?.kind, 'person');
    assert.equal(mentions('The 32-year-old Harlo Venstrup died on Sunday near Quarnby.').find((m) => m.written === 'Harlo Venstrup')?.kind, 'person');
  });
});
