/** Units, their conversion to base units, money, percentages, magnitudes, calibres and parenthetical conversions. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsIn, onlyClaim, near, workspace, KMH, MPH, KM, MILE, FOOT, NMI, HOUR } from './support';

describe('units convert to one base unit per dimension', () => {
  const cases: { text: string; written: string; dimension: string; unit: string; value: number }[] = [
    { text: 'The train ran at 80 km/h near the border.', written: '80 km/h', dimension: 'speed', unit: 'km/h', value: 80 * KMH },
    { text: 'The train ran at 50 mph near the border.', written: '50 mph', dimension: 'speed', unit: 'mph', value: 50 * MPH },
    { text: 'The train ran at 60 kilometres per hour.', written: '60 kilometres per hour', dimension: 'speed', unit: 'km/h', value: 60 * KMH },
    { text: 'The line is 733 miles long.', written: '733 miles', dimension: 'length', unit: 'mi', value: 733 * MILE },
    { text: 'The line is 1,180 km long.', written: '1,180 km', dimension: 'length', unit: 'km', value: 1180 * KM },
    { text: 'The tower is 300 feet tall.', written: '300 feet', dimension: 'length', unit: 'ft', value: 300 * FOOT },
    { text: 'The tower is 91 metres tall.', written: '91 metres', dimension: 'length', unit: 'm', value: 91 },
    { text: 'The ship was 12 nautical miles offshore.', written: '12 nautical miles', dimension: 'length', unit: 'nmi', value: 12 * NMI },
    { text: 'After a 20-hour journey the crew rested.', written: '20-hour', dimension: 'duration', unit: 'h', value: 20 * HOUR },
    { text: 'The firm lost $3bn last year.', written: '$3bn', dimension: 'money', unit: 'USD', value: 3e9 },
    { text: 'The club paid 2m euros for the striker.', written: '2m euros', dimension: 'money', unit: 'EUR', value: 2e6 },
    { text: 'The club paid £1.2m for the striker.', written: '£1.2m', dimension: 'money', unit: 'GBP', value: 1.2e6 },
    { text: 'Inflation rose to 5.4 per cent in May.', written: '5.4 per cent', dimension: 'percent', unit: '%', value: 5.4 },
    { text: 'Inflation rose to 5.4% in the spring.', written: '5.4%', dimension: 'percent', unit: '%', value: 5.4 },
    { text: 'The 6.1-magnitude earthquake shook the coast.', written: '6.1-magnitude', dimension: 'magnitude', unit: 'M', value: 6.1 },
    { text: 'Rebels fired 122mm artillery shells at the town.', written: '122mm', dimension: 'calibre', unit: 'mm', value: 0.122 },
  ];
  for (const c of cases) {
    test(`${JSON.stringify(c.written)} is ${c.dimension} in ${c.unit}`, () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written);
      assert.equal(claim.dimension, c.dimension);
      assert.equal(claim.unit, c.unit);
      near(claim.value, c.value);
    });
  }

  test('"magnitude-6.1" is a magnitude of 6.1', () => {
    // "A magnitude-6.1 quake" also yields a spurious "A magnitude" (value 1) claim: see the report; only the real one is checked.
    const claim = onlyClaim('The magnitude-6.1 quake shook the coast.');
    assert.equal(claim.dimension, 'magnitude');
    near(claim.value, 6.1);
  });

  test('millimetres without a weapon nearby are a length, not a calibre', () => {
    const claim = onlyClaim('The crack in the pipe is 122mm wide.');
    assert.equal(claim.dimension, 'length');
  });
});

describe('figures in different units are compared after conversion', () => {
  const pairs: { a: string; b: string; agree: boolean }[] = [
    { a: 'The train ran at 80 km/h through the valley.', b: 'The train ran at 50 mph through the valley.', agree: true },
    { a: 'The train ran at 80 km/h through the valley.', b: 'The train ran at 75 mph through the valley.', agree: false },
    { a: 'The bridge spans 1,180 km of the valley.', b: 'The bridge spans 733 miles of the valley.', agree: true },
    { a: 'The cliff stands 300 feet above the bay.', b: 'The cliff stands 91 metres above the bay.', agree: true },
    { a: 'The cliff stands 300 feet above the bay.', b: 'The cliff stands 150 metres above the bay.', agree: false },
  ];
  for (const p of pairs) {
    test(`${p.a} / ${p.b}: ${p.agree ? 'agree' : 'conflict'}`, () => {
      const ws = workspace({ 'a.txt': { source: 'Alpha News', text: p.a }, 'b.txt': { source: 'Beta Post', text: p.b } });
      const conflicts = ws.findings('a.txt').filter((f) => f.code === 'figure-conflict');
      assert.equal(conflicts.length, p.agree ? 0 : 1);
      const hover = ws.analyzer.hover('a.txt', ws.analyzer.claims('a.txt')[0].span.start);
      assert.equal(hover?.comparisons.length, 1);
      assert.equal(hover?.comparisons[0].agreement, p.agree ? 'agrees' : 'conflicts');
    });
  }
});

describe('parenthetical conversions', () => {
  test('"1,180 kilometres (733 miles)" is one claim with its conversion', () => {
    const claim = onlyClaim('The route is 1,180 kilometres (733 miles) long.');
    assert.equal(claim.written, '1,180 kilometres');
    near(claim.value, 1180 * KM);
    assert.ok(claim.conversion, 'the conversion is attached');
    assert.equal(claim.conversion.unit, 'mi');
    near(claim.conversion.value, 733 * MILE);
    const text = 'The route is 1,180 kilometres (733 miles) long.';
    assert.equal(text.slice(claim.conversion.span.start, claim.conversion.span.end), '733 miles');
  });

  test('a right conversion gives no finding', () => {
    const ws = workspace({ 'a.txt': { text: 'The route is 1,180 kilometres (733 miles) long.' } });
    assert.deepEqual(ws.findings('a.txt'), []);
  });

  test('a wrong conversion is a conversion-mismatch warning on the conversion, with the right value as a fix', () => {
    const ws = workspace({ 'a.txt': { text: 'The route is 1,180 kilometres (500 miles) long.' } });
    const [f, ...rest] = ws.findings('a.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.code, 'conversion-mismatch');
    assert.equal(f.severity, 'warning');
    assert.equal(f.written, '500 miles');
    assert.match(f.message, /733/);
    assert.match(f.message, /500 miles/);
    assert.equal(f.fixes[0].kind, 'change-figure');
    assert.match(f.fixes[0].edits[0].newText, /^733 mi/);
  });

  test('a wrong speed conversion is found too', () => {
    const ws = workspace({ 'a.txt': { text: 'The train reached 100 km/h (30 mph) on the plain.' } });
    const codes = ws.findings('a.txt').map((f) => [f.code, f.written]);
    assert.deepEqual(codes, [['conversion-mismatch', '30 mph']]);
  });
});

describe('sums of money in several currencies', () => {
  test('"two-million-euro ($2.6-million)": a hyphenated scale, and a conversion that opens with its sign', () => {
    const [c] = claimsIn('They stole a two-million-euro ($2.6-million) haul.');
    assert.equal(c.written, 'two-million-euro');
    assert.equal(c.value, 2_000_000);
    assert.equal(c.unit, 'EUR');
    assert.deepEqual([c.conversion?.value, c.conversion?.unit], [2_600_000, 'USD']);
  });

  test('several conversions in one parenthesis are all kept', () => {
    const [c, ...rest] = claimsIn('They made off with 3m euros (£2.5m; $3.9m) in watches.');
    assert.equal(rest.length, 0);
    assert.deepEqual([c.conversion?.unit, c.otherConversions?.map((o) => o.unit)], ['GBP', ['USD']]);
  });

  test('"a $2.5 million necklace" is in US dollars, not A$', () => {
    assert.equal(claimsIn('Days later a $2.5 million necklace vanished.')[0].unit, 'USD');
  });

  test('sums in two currencies are compared at the rate the reports themselves use', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The auction house said the stolen painting was insured for 4 million euros (£3.4m).' },
      'b.txt': { source: 'Beta Post', text: 'The auction house said the stolen painting was insured for $1.5m.' },
      'c.txt': { source: 'Gamma Radio', text: 'Last year a sculpture worth 2 million euros ($2.6 million) was taken from the same house.' },
    });
    const f = ws.findings('b.txt').find((x) => x.code === 'figure-conflict')!;
    assert.ok(f, 'the pound sum is compared with the euro sum');
    assert.match(f.message, /Alpha News says "4 million euros"/);
    assert.match(f.message, /at the rate these reports use/);
  });

  test('without a rate in the workspace, sums in different currencies are never compared', () => {
    const ws = workspace({
      'a.txt': { source: 'Alpha News', text: 'The auction house said the stolen painting was insured for 4 million euros.' },
      'b.txt': { source: 'Beta Post', text: 'The auction house said the stolen painting was insured for £1.1m.' },
    });
    assert.deepEqual(ws.findings('b.txt'), []);
  });
});

describe('what a sum is the value of', () => {
  for (const [text, thing] of [
    ['Thieves took a necklace worth £1.2m from the villa.', 'necklace'],
    ['Days later a $2.5 million necklace vanished.', 'necklace'],
    ['They stole paintings valued at €3 million.', 'painting'],
  ] as const) {
    test(`${JSON.stringify(text)} → ${thing}`, () => assert.equal(claimsIn(text)[0].subject, thing));
  }

  test('"put the magnitude at 6.1" is a magnitude', () => {
    assert.equal(onlyClaim('Seismologists put the magnitude at 6.1.').dimension, 'magnitude');
  });
});

describe('heights in feet and inches', () => {
  const INCH = FOOT / 12;
  test('"5-foot-8", "5 feet 8 inches" and "6-foot-2-inch" are one height each', () => {
    for (const [text, written, feet, inches] of [
      ['Deputies said the suspect is 5-foot-8 with a shaved head.', '5-foot-8', 5, 8],
      ['The suspect is 5 feet 8 inches tall, deputies said.', '5 feet 8 inches', 5, 8],
      ['Quarnby signed a 6-foot-2-inch forward on Monday.', '6-foot-2-inch', 6, 2],
    ] as const) {
      const [c] = claimsIn(text).filter((x) => x.dimension === 'length');
      assert.equal(c.written, written, text);
      near(c.value, feet * FOOT + inches * INCH, text);
    }
  });

  test('"5 feet 8 times" is five feet, and pounds beside a height are a weight, not money', () => {
    assert.equal(claimsIn('The crew dug down 5 feet 8 times that week.').find((c) => c.dimension === 'length')?.written, '5 feet');
    const weight = claimsIn('Deputies said the suspect is 5-foot-8, 135 pounds, with a shaved head.').find((c) => c.written === '135 pounds');
    assert.equal(weight?.dimension, 'mass');
  });
});

describe('dollars of other countries', () => {
  test('"NT$41.2", "NT $41.2", "C$40 million", "HK$3 billion", "S$5" are not US dollars', () => {
    const units = (text: string) => claimsIn(text).map((c) => [c.written, c.unit]);
    assert.deepEqual(units('Shares closed at NT $41.2, up NT$0.7.'), [['NT $41.2', 'TWD'], ['NT$0.7', 'TWD']]);
    assert.deepEqual(units('It cost C$40 million, HK$3 billion and S$5.'), [['C$40 million', 'CAD'], ['HK$3 billion', 'HKD'], ['S$5', 'SGD']]);
    assert.deepEqual(units('It cost $40 million.'), [['$40 million', 'USD']]);
  });
});
