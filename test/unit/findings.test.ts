/** Figure conflicts between reports: severity, message, related locations, fixes, review keys and the hover. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace, applyEdits, compareReports } from './support';

const speed = {
  'a.txt': { source: 'Alpha News', text: 'The train travelled at 80 km/h (50 mph) through the valley.' },
  'b.txt': { source: 'Beta Post', text: 'The train travelled at 120 km/h through the valley.' },
  'c.txt': { source: 'Gamma Radio', text: 'The train travelled at about 80 km/h through the valley.' },
};

describe('figure conflicts', () => {
  test('two reports that disagree: each gets information naming the other (one against one is no majority)', () => {
    const ws = workspace({ 'a.txt': speed['a.txt'], 'b.txt': speed['b.txt'] });
    for (const [id, other, here, there] of [['a.txt', 'Beta Post', '80 km/h', '120 km/h'], ['b.txt', 'Alpha News', '120 km/h', '80 km/h']]) {
      const [f, ...rest] = ws.findings(id);
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'figure-conflict');
      assert.equal(f.severity, 'information');
      assert.equal(f.written, here);
      assert.match(f.message, new RegExp(`${other} says "${there}"`));
      assert.equal(f.related.length, 1);
      const r = f.related[0];
      assert.notEqual(r.reportId, id);
      assert.equal(ws.analyzer.text(r.reportId)!.slice(r.span.start, r.span.end), there);
      assert.match(r.message, new RegExp(`^${other}: The train travelled`));
    }
  });

  test('the outvoted report gets the warning, the majority only information', () => {
    const ws = workspace(speed);
    const b = ws.findings('b.txt');
    assert.deepEqual(b.map((f) => [f.code, f.severity, f.written]), [['figure-conflict', 'warning', '120 km/h']]);
    assert.match(b[0].message, /Alpha News says "80 km\/h"/);
    assert.match(b[0].message, /Gamma Radio says "about 80 km\/h"/);
    assert.deepEqual(b[0].related.map((r) => r.reportId).sort(), ['a.txt', 'c.txt']);
    for (const id of ['a.txt', 'c.txt']) {
      assert.deepEqual(ws.findings(id).map((f) => [f.code, f.severity]), [['figure-conflict', 'information']]);
    }
  });

  test('change-figure writes the value in the article\'s unit with its parenthetical conversion', () => {
    const ws = workspace(speed);
    const f = ws.findings('a.txt')[0];
    const change = f.fixes.find((x) => x.kind === 'change-figure')!;
    assert.match(change.title, /Beta Post/);
    const text = ws.analyzer.text('a.txt')!;
    assert.equal(applyEdits(text, change.edits), text.replace('80 km/h (50 mph)', '120 km/h (74.6 mph)'));
  });

  test('cite inserts "(according to SOURCE)" after the figure and its conversion', () => {
    const ws = workspace(speed);
    const cite = ws.findings('a.txt')[0].fixes.find((x) => x.kind === 'cite')!;
    assert.match(cite.title, /Gamma Radio/);
    const text = ws.analyzer.text('a.txt')!;
    assert.equal(applyEdits(text, cite.edits), text.replace('(50 mph)', '(50 mph) (according to Gamma Radio)'));
  });

  test('cite in footnote style adds a numbered footnote quoting the other report', () => {
    const ws = workspace(speed, { settings: { citationStyle: 'footnote' } });
    const cite = ws.findings('c.txt')[0].fixes.find((x) => x.kind === 'cite')!;
    const text = ws.analyzer.text('c.txt')!;
    const out = applyEdits(text, cite.edits);
    assert.ok(out.includes('about 80 km/h[1] through'), out);
    assert.ok(out.endsWith('\n[1] Alpha News: "The train travelled at 80 km/h (50 mph) through the valley."\n'), out);
  });

  test('footnote numbers continue after the existing ones', () => {
    const ws = workspace({
      ...speed,
      'c.txt': { source: 'Gamma Radio', text: 'The train travelled at about 80 km/h through the valley.\n\n[1] Earlier note.\n' },
    }, { settings: { citationStyle: 'footnote' } });
    const cite = ws.findings('c.txt')[0].fixes.find((x) => x.kind === 'cite')!;
    assert.deepEqual(cite.edits.map((e) => e.newText.trim().slice(0, 3)), ['[2]', '[2]']);
  });

  test('a weekday of departure that differs is a conflict with a change to the other day', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The ferry left the harbour on Monday with its cargo.' },
      'b.txt': { source: 'Beta Post', text: 'The ferry left the harbour on Sunday with its cargo.' },
    });
    const [f] = ws.findings('a.txt');
    assert.equal(f.code, 'figure-conflict');
    assert.equal(f.severity, 'warning');
    assert.equal(f.written, 'on Monday');
    assert.match(f.message, /departure/);
    assert.match(f.message, /Beta Post says "on Sunday"/);
    const text = ws.analyzer.text('a.txt')!;
    assert.equal(applyEdits(text, f.fixes[0].edits), text.replace('Monday', 'Sunday'));
  });

  test('a growing tally (deaths) that differs is information, never a warning', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Three people were killed when the ferry capsized.' },
      'b.txt': { source: 'Beta Post', text: 'Seven people were killed when the ferry capsized.' },
    });
    assert.deepEqual(ws.findings('a.txt').map((f) => [f.code, f.severity]), [['figure-conflict', 'information']]);
  });

  test('hedged figures whose intervals overlap are not a warning', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The train travelled at about 80 km/h through the valley.' },
      'b.txt': { source: 'Beta Post', text: 'The train travelled at 88 km/h through the valley.' },
    });
    for (const id of ['a.txt', 'b.txt']) for (const f of ws.findings(id)) assert.equal(f.severity, 'information');
  });

  test('a severity setting changes or silences a code', () => {
    const pair = { 'a.txt': speed['a.txt'], 'b.txt': speed['b.txt'] };
    assert.equal(workspace(pair, { settings: { severity: { 'figure-conflict': 'error' } } }).findings('a.txt')[0].severity, 'error');
    assert.deepEqual(workspace(pair, { settings: { severity: { 'figure-conflict': 'off' } } }).findings('a.txt'), []);
  });
});

describe('changing a count', () => {
  test('change-figure keeps the hedge and the article\'s way of writing the number', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Divers recovered about twelve lifeboats from the harbour.' },
      'b.txt': { source: 'Beta Post', text: 'Divers recovered about twelve lifeboats from the harbour.' },
      'c.txt': { source: 'Gamma Radio', text: 'Divers recovered 30 lifeboats from the harbour.' },
    });
    const f = ws.findings('c.txt')[0];
    assert.equal(f.severity, 'warning');
    const change = f.fixes.find((x) => x.kind === 'change-figure')!;
    const text = ws.analyzer.text('c.txt')!;
    assert.equal(applyEdits(text, change.edits), text.replace('30 lifeboats', '12 lifeboats'));
    const g = ws.findings('a.txt')[0];
    const back = g.fixes.find((x) => x.kind === 'change-figure')!;
    const ta = ws.analyzer.text('a.txt')!;
    assert.equal(applyEdits(ta, back.edits), ta.replace('about twelve', 'about thirty'));
  });
});

describe('reviewed findings', () => {
  test('setReviewed hides exactly the finding with that key', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The train travelled at 80 km/h through the valley.\nIt left the depot on Monday.' },
      'b.txt': { source: 'Beta Post', text: 'The train travelled at 120 km/h through the valley.\nIt left the depot on Friday.' },
    });
    const before = ws.findings('a.txt');
    assert.deepEqual(before.map((f) => f.written), ['80 km/h', 'on Monday']);
    ws.analyzer.setReviewed([before[0].reviewKey]);
    assert.deepEqual(ws.findings('a.txt').map((f) => f.written), ['on Monday']);
    assert.equal(ws.findings('b.txt').length, 2, 'the other report keeps its findings');
    ws.analyzer.setReviewed([]);
    assert.equal(ws.findings('a.txt').length, 2);
  });

  test('a review key survives an edit elsewhere in the article', () => {
    const ws = workspace({ 'a.txt': speed['a.txt'], 'b.txt': speed['b.txt'] });
    const key = ws.findings('b.txt')[0].reviewKey;
    ws.analyzer.upsert('b.txt', 'Source: Beta Post\nBREAKING. Late on Tuesday evening, the train travelled at 120 km/h through the valley.');
    assert.equal(ws.findings('b.txt').filter((f) => f.code === 'figure-conflict').length, 1);
    ws.analyzer.setReviewed([key]);
    assert.deepEqual(ws.findings('b.txt').filter((f) => f.code === 'figure-conflict'), []);
  });

  test('reviewed keys given to createAnalyzer apply from the start', () => {
    const first = workspace({ 'a.txt': speed['a.txt'], 'b.txt': speed['b.txt'] });
    const key = first.findings('a.txt')[0].reviewKey;
    const second = workspace({ 'a.txt': speed['a.txt'], 'b.txt': speed['b.txt'] }, { reviewed: [key] });
    assert.deepEqual(second.findings('a.txt'), []);
    assert.equal(second.findings('b.txt').length, 1);
  });
});

describe('hover', () => {
  test('lists each other report with its value in the article\'s unit, the agreement and a consensus', () => {
    const ws = workspace(speed);
    const text = ws.analyzer.text('b.txt')!;
    const hover = ws.analyzer.hover('b.txt', text.indexOf('120') + 1)!;
    assert.ok(hover, 'there is a hover on the figure');
    assert.equal(text.slice(hover.span.start, hover.span.end), '120 km/h');
    assert.match(hover.title, /^120 km\/h/);
    assert.equal(hover.attribute, 'speed');
    const rows = hover.comparisons.map((c) => [c.source, c.converted, c.agreement]).sort();
    assert.deepEqual(rows, [['Alpha News', '80 km/h (49.7 mph)', 'conflicts'], ['Gamma Radio', '80 km/h (49.7 mph)', 'conflicts']]);
    for (const c of hover.comparisons) {
      assert.equal(c.sentence.slice(c.figureInSentence.start, c.figureInSentence.end), ws.analyzer.text(c.reportId)!.slice(c.span.start, c.span.end));
    }
    assert.equal(hover.consensus, '2 of 3 reports: 80 km/h (49.7 mph)');
  });

  test('converts a figure in miles per hour into the article\'s km/h', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The train travelled at 80 km/h through the valley.' },
      'b.txt': { source: 'Beta Post', text: 'The train travelled at 50 mph through the valley.' },
    });
    const hover = ws.analyzer.hover('a.txt', ws.analyzer.text('a.txt')!.indexOf('80'))!;
    assert.deepEqual(hover.comparisons.map((c) => [c.source, c.converted, c.agreement]), [['Beta Post', '80.5 km/h (50 mph)', 'agrees']]);
    assert.equal(hover.consensus, '2 of 2 reports: 80 km/h (49.7 mph)');
  });

  test('nothing to show away from figures and names', () => {
    const ws = workspace(speed);
    assert.equal(ws.analyzer.hover('a.txt', ws.analyzer.text('a.txt')!.indexOf('through') + 2), undefined);
  });
});

describe('which figures are the same attribute', () => {
  test('a report worded differently is reached through a third report that pairs firmly with both', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'A landslide buried the mining camp at Orvik, leaving 40 people dead, the company says.' },
      'b.txt': { source: 'Beta Post', text: 'The landslide at the Orvik mining camp killed at least 40 people on Tuesday, the company says.' },
      'c.txt': { source: 'Gamma Radio', text: 'Rescuers said on Tuesday that some 30 people were killed and 12 others injured.' },
    });
    const a = ws.findings('a.txt').find((f) => f.written === '40 people')!;
    assert.ok(a, 'a finding on "40 people"');
    assert.deepEqual(a.related.map((r) => r.reportId), ['c.txt']);
    assert.match(a.message, /Gamma Radio says "some 30 people"/);
  });

  test('a qualified group ("11 Ostrian sailors") is never compared with the whole ("23 sailors")', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The coastguard said 23 sailors were rescued from the burning tanker.' },
      'b.txt': { source: 'Beta Post', text: 'The coastguard said 11 Ostrian sailors were rescued from the burning tanker.' },
    });
    assert.deepEqual(ws.findings('a.txt'), []);
    assert.deepEqual(ws.findings('b.txt'), []);
  });

  test('ages of two different people never meet, even when each report gives one age', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: '"We will rebuild," said 76-year-old fisherman Anton Ferrez after the storm.' },
      'b.txt': { source: 'Beta Post', text: 'Harbour worker Lena Vasquez, 41, said the storm destroyed her boat.' },
    });
    assert.deepEqual(ws.findings('a.txt'), []);
    assert.deepEqual(ws.findings('b.txt'), []);
  });

  test('one person\'s age two years apart in reports of two stages is no finding; a lone outlier still is', () => {
    const arrest = 'Tomas Verlaine, 27, was arrested near the harbour.';
    const trial = 'Tomas Verlaine, 29, was convicted by the jury.';
    const stages = workspace({
      'a.txt': { source: 'Alpha News', text: arrest }, 'b.txt': { source: 'Beta Post', text: arrest },
      'c.txt': { source: 'Gamma Radio', text: trial }, 'd.txt': { source: 'Delta Wire', text: trial },
    });
    for (const id of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) assert.deepEqual(stages.findings(id), []);
    const slip = workspace({
      'a.txt': { source: 'Alpha News', text: arrest }, 'b.txt': { source: 'Beta Post', text: arrest },
      'c.txt': { source: 'Gamma Radio', text: 'Tomas Verlaine, 28, was arrested near the harbour.' },
    });
    assert.deepEqual(slip.findings('c.txt').map((f) => [f.severity, f.written]), [['warning', '28']]);
  });
});

describe('when a conflict is worth a warning', () => {
  test('a count of people with no verb saying what befell them is information only', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The cruise liner Aurora carried 246 passengers through the strait.' },
      'b.txt': { source: 'Beta Post', text: 'The cruise liner Aurora carried 420 passengers through the strait.' },
      'c.txt': { source: 'Gamma Radio', text: 'The cruise liner Aurora carried 420 passengers into the strait.' },
    });
    const severities = ['a.txt', 'b.txt', 'c.txt'].flatMap((id) => ws.findings(id).map((f) => [id, f.severity]));
    assert.deepEqual(severities, [['a.txt', 'information'], ['b.txt', 'information'], ['c.txt', 'information']]);
  });

  test('one report against one other is a split, information on both; against two that agree it is a warning', () => {
    const alpha = { source: 'Alpha News', text: 'The ferry Aurora ran aground 12 km from Port Quarnby on Friday.' };
    const beta = { source: 'Beta Post', text: 'The ferry Aurora ran aground 20 km from Port Quarnby on Friday.' };
    const gamma = { source: 'Gamma Radio', text: 'The ferry Aurora ran aground about 20 km from Port Quarnby on Friday.' };
    const severities = (ws: ReturnType<typeof workspace>, ids: string[]) => ids.flatMap((id) => ws.findings(id).map((f) => [id, f.severity, f.written]));
    assert.deepEqual(severities(workspace({ 'a.txt': alpha, 'b.txt': beta }), ['a.txt', 'b.txt']), [['a.txt', 'information', '12 km'], ['b.txt', 'information', '20 km']]);
    assert.deepEqual(severities(workspace({ 'a.txt': alpha, 'b.txt': beta, 'c.txt': gamma }), ['a.txt', 'b.txt', 'c.txt']),
      [['a.txt', 'warning', '12 km'], ['b.txt', 'information', '20 km'], ['c.txt', 'information', 'about 20 km']]);
  });

  test('the day of one happening against another report\'s day is a warning on both: one of the writers slipped', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The old ferry sank off the quay on Tuesday.' },
      'b.txt': { source: 'Beta Post', text: 'The old ferry sank off the quay on Wednesday.' },
    });
    assert.deepEqual(['a.txt', 'b.txt'].flatMap((id) => ws.findings(id).map((f) => [id, f.severity])), [['a.txt', 'warning'], ['b.txt', 'warning']]);
  });

  test('statements dated differently ("said on Tuesday") are not compared: each report dates its own saying', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The harbour authority said on Tuesday that the quay would reopen.' },
      'b.txt': { source: 'Beta Post', text: 'The harbour authority said on Wednesday that the quay would reopen.' },
    });
    assert.deepEqual(ws.findings('a.txt'), []);
    const closed = workspace({
      'a.txt': { source: 'Alpha News', text: 'The old ferry sank off the quay on Tuesday.' },
      'b.txt': { source: 'Beta Post', text: 'The old ferry sank off the quay on Wednesday.' },
    });
    assert.equal(closed.findings('a.txt').length, 1);
  });

  test('a vague amount does not hide a report\'s precise figure', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Police said as many as 8,000 people marched through the city centre.' },
      'b.txt': { source: 'Beta Post', text: 'Tens of thousands of people marched through the city centre. Police put the march at about 15,000 people.' },
    });
    const f = ws.findings('a.txt').find((x) => x.code === 'figure-conflict')!;
    assert.match(f.message, /Beta Post says "about 15,000 people"/);
  });
});

describe('a frame given once in each report', () => {
  test('pairs on the frame alone, even when the wording shares nothing', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'Shops were looted overnight and more than 200 people arrested.' },
      'b.txt': { source: 'Beta Post', text: 'The officer was jailed pending trial, while more than 400 demonstrators have been detained.' },
    });
    const f = ws.findings('a.txt').find((x) => x.code === 'figure-conflict')!;
    assert.match(f.message, /^Number arrested: 200 here; Beta Post says "more than 400 demonstrators"/);
  });
});

describe('wording that differs but means the same, and sentences set elsewhere', () => {
  test('"four villages destroyed" meets "seven villages flattened"', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The governor told reporters that four villages had been destroyed near the coast.' },
      'b.txt': { source: 'Beta Post', text: 'The storm flattened seven villages in the district, officials said, and cut power.' },
      'c.txt': { source: 'Gamma Radio', text: 'Rescue teams reached three villages by boat on Monday.' },
    });
    const f = ws.findings('a.txt').find((x) => x.code === 'figure-conflict')!;
    assert.match(f.message, /Beta Post says "seven villages"/);
  });

  test('a figure "in a separate incident" is not a warning against the main event\'s', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The blast injured 40 workers, ten of them critically, at the depot.' },
      'b.txt': { source: 'Beta Post', text: 'The blast at the depot injured 40 workers, ten critically. In a separate incident, nine workers were injured, two critically, at a nearby plant.' },
    });
    for (const id of ['a.txt', 'b.txt']) assert.deepEqual(ws.findings(id).filter((f) => f.severity === 'warning').map((f) => f.message), []);
  });
});

describe('two lower bounds', () => {
  test('"at least three people" and "at least 10 people" killed tell of a toll that grew; "at least 12" and "at least 13" say the same', () => {
    const quake = (n: string) => `A powerful earthquake hit Quarnby on Sunday, killing at least ${n} people, officials said.`;
    assert.deepEqual(compareReports(quake('three'), quake('10')).all().map(([id, s, w]) => [id, s, w]),
      [['a.txt', 'information', 'at least three people'], ['b.txt', 'information', 'at least 10 people']]);
    assert.deepEqual(compareReports(quake('12'), quake('13')).all(), []);
  });
});

describe('a floor under a ceiling', () => {
  test('"more than 90 mph" and "up to 110 mph" can both be right: no finding', () => {
    const chase = (speed: string) => `The suspect led police on a chase at ${speed} through Quarnby, officers said.`;
    assert.deepEqual(compareReports(chase('more than 90 mph'), chase('up to 110 mph')).all(), []);
    assert.equal(compareReports(chase('more than 120 mph'), chase('up to 110 mph')).all().length, 2);
  });
});

describe('a floor long overtaken', () => {
  test('"at least 40 injured" against "240 injured": the tally grew, which only the floor\'s writer needs to know', () => {
    const quake = (n: string) => `The earthquake that hit Quarnby on Sunday injured ${n} people, officials said.`;
    assert.deepEqual(compareReports(quake('at least 40'), quake('240')).all().map(([id, s, w]) => [id, s, w]),
      [['a.txt', 'information', 'at least 40 people']]);
    // a figure near the floor is still worth a look on both sides
    assert.deepEqual(compareReports(quake('at least 40'), quake('60')).all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('a charge is not an arrest', () => {
  test('"was arrested Friday" and "was charged Saturday" are two days of two happenings', () => {
    const a = 'Harlo Venstrup, 61, was arrested Friday, not long after the shooting at the Quarnby depot.';
    const b = 'Harlo Venstrup, 61, was charged Saturday with murder over the shooting at the Quarnby depot.';
    assert.deepEqual(compareReports(a, b).all(), []);
  });
});
