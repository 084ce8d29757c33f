/** Times of day: read with their hedge, zone and event, compared only within one zone or across GMT and local time. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyClaim, workspace } from './support';

describe('clock times are read', () => {
  const cases: { text: string; number: string; minutes: number; zone: string; frame?: string; hedge?: string }[] = [
    { text: 'The tremor struck Quarnby at 6:52.', number: '6:52', minutes: 6 * 60 + 52, zone: '', frame: 'quake' },
    { text: 'The ferry Brimwell sank at 11 p.m. off the cape.', number: '11 p.m.', minutes: 23 * 60, zone: '', frame: 'sinking' },
    { text: 'The ferry Brimwell sank at 4:05 p. m. local time.', number: '4:05 p. m.', minutes: 16 * 60 + 5, zone: 'local', frame: 'sinking' },
    { text: 'The tremor hit Quarnby at 0512 GMT on a quiet morning.', number: '0512', minutes: 5 * 60 + 12, zone: 'GMT', frame: 'quake' },
    { text: 'The Quarnby raiders were arrested at around 10.20am near the pier.', number: '10.20am', minutes: 10 * 60 + 20, zone: '', frame: 'arrest', hedge: 'around' },
    { text: 'The convoy left Quarnby at noon.', number: 'noon', minutes: 12 * 60, zone: '', frame: 'departure' },
    { text: 'The convoy left Quarnby shortly after midnight.', number: 'midnight', minutes: 0, zone: '', frame: 'departure', hedge: 'shortly after' },
    { text: 'The convoy left Quarnby at 12 a.m. sharp.', number: '12 a.m.', minutes: 0, zone: '', frame: 'departure' },
    { text: 'The convoy left Quarnby at 21:40 hours.', number: '21:40 hours', minutes: 21 * 60 + 40, zone: '', frame: 'departure' },
  ];
  for (const c of cases) {
    test(JSON.stringify(c.text), () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.dimension, 'time');
      assert.equal(claim.number, c.number);
      assert.equal(claim.value, c.minutes);
      assert.equal(claim.zone, c.zone);
      assert.equal(claim.frame, c.frame);
      assert.equal(claim.hedge, c.hedge);
    });
  }

  test('"It took place at ..." speaks of the event of the sentence before', () => {
    const claims = workspace({ 'a.txt': { text: 'A strong quake rattled the Quarnby valley.\nIt took place at 6:52 AM local time.' } }).analyzer.claims('a.txt');
    const time = claims.find((c) => c.dimension === 'time');
    assert.equal(time?.frame, 'quake');
  });

  test('a game clock is no time of day', () => {
    const ws = workspace({ 'a.txt': { text: 'The referee stopped the bout at the 1:48 mark of the fifth.' } });
    assert.ok(!ws.analyzer.claims('a.txt').some((c) => c.dimension === 'time'));
  });
});

describe('clock times are compared', () => {
  test('the same time in local time and in GMT is a conflict; a lone local report against two agreeing is a warning', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'A strong quake rattled the Quarnby valley on Monday.\nIt took place at 6:52 AM local time.' },
      'b.txt': { source: 'Beta Post', text: 'The quake struck the Quarnby valley at 0652 GMT, the survey said.' },
      'c.txt': { source: 'Gamma Wire', text: 'The quake hit Quarnby at 0652 GMT.' },
    });
    const [a] = ws.findings('a.txt');
    assert.equal(a.severity, 'warning');
    assert.equal(a.message, 'Time of the quake: 6:52 AM here; Beta Post says "0652 GMT"; Gamma Wire says "0652 GMT".');
    // no change-figure fix: the other reports' time is in another zone
    assert.ok(!a.fixes.some((f) => f.kind === 'change-figure'));
    const [b] = ws.findings('b.txt');
    assert.equal(b.severity, 'information');
    assert.equal(b.message, 'Time of the quake: 06:52 GMT here; Alpha News says "6:52 AM local time".');
  });

  test('within a minute agrees; a lone outlier against two agreeing is a warning with a fix in its own style', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The ferry Brimwell sank at 3:33 a.m. near Quarnby.' },
      'b.txt': { source: 'Beta Post', text: 'The ferry Brimwell sank at 3:34 a.m. near Quarnby.' },
      'c.txt': { source: 'Gamma Wire', text: 'The ferry Brimwell sank at 3:50 a.m. near Quarnby.' },
    });
    // the majority side of two against one hears of the outlier, as information
    assert.deepEqual(ws.findings('a.txt').map((f) => [f.severity, f.message]), [['information', 'Time of the sinking: 3:33 AM here; Gamma Wire says "3:50 a.m.".']]);
    const [c] = ws.findings('c.txt');
    assert.equal(c.severity, 'warning');
    assert.equal(c.message, 'Time of the sinking: 3:50 AM here; Alpha News says "3:33 a.m."; Beta Post says "3:34 a.m.".');
    assert.equal(c.fixes[0].title, 'Change to 3:33 a.m. as in Alpha News and Beta Post');
  });

  test('two reports that disagree are information, and a hedged time that overlaps is no warning', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The Quarnby warehouse raid was carried out at 2:40 p.m., police said.\nThe gang attacked the depot at 2:40 p.m.' },
      'b.txt': { source: 'Beta Post', text: 'The gang attacked the depot at 3:15 p.m.' },
      'c.txt': { source: 'Gamma Wire', text: 'The gang attacked the depot at about 3:10 p.m.' },
    });
    const [b] = ws.findings('b.txt');
    assert.equal(b.severity, 'information');
    assert.ok(ws.findings('c.txt').every((f) => f.severity === 'information'));
  });

  // different digits in different zones (no zone of a place is known), and times of different events
  for (const [why, first, second] of [
    ['different digits in different zones', 'The quake struck the Quarnby valley at 9:52 a.m. local time.', 'The quake struck the Quarnby valley at 0652 GMT.'],
    ['different events', 'The ferry Brimwell left Quarnby at 6 a.m.', 'The ferry Brimwell arrived in Quarnby at 9 a.m.'],
  ] as const) {
    test(`times of ${why} are not compared`, () => {
      const ws = workspace({ 'a.txt': { source: 'Alpha News', text: first }, 'b.txt': { source: 'Beta Post', text: second } });
      assert.deepEqual([...ws.findings('a.txt'), ...ws.findings('b.txt')], []);
    });
  }
});
