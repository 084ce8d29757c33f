/** Numbers written in digits and words, hedges as intervals, ranges and counted nouns. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyClaim, near, claimsIn, claimOf, HOUR } from './support';

describe('number words and digits', () => {
  const cases: { text: string; written: string; value: number; dimension?: string }[] = [
    { text: 'The ferry carried twenty passengers.', written: 'twenty passengers', value: 20 },
    { text: 'Twenty-five people were hurt in the crash.', written: 'Twenty-five people', value: 25 },
    { text: 'The crossing took four and a half hours.', written: 'four and a half hours', value: 4.5 * HOUR, dimension: 'duration' },
    { text: 'The search lasted a dozen hours.', written: 'a dozen hours', value: 12 * HOUR, dimension: 'duration' },
    { text: 'The island has 1.2 million residents.', written: '1.2 million residents', value: 1_200_000 },
    { text: 'The town has 1,180 residents.', written: '1,180 residents', value: 1180 },
    { text: 'Officials counted three hundred volunteers.', written: 'three hundred volunteers', value: 300 },
  ];
  for (const c of cases) {
    test(`${JSON.stringify(c.text)} → ${c.value}`, () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written);
      assert.equal(claim.dimension, c.dimension ?? 'count');
      near(claim.value, c.value);
    });
  }

  test('a number glued into a name or code is not a figure', () => {
    assert.deepEqual(claimsIn('The Falcon-9 and the AK-47 were mentioned.').map((c) => c.written), []);
  });
});

describe('hedges become intervals', () => {
  const cases: { text: string; hedge: string; low: number; high: number; written: string }[] = [
    { text: 'About 50 people were evacuated from the ship.', hedge: 'about', low: 42.5, high: 57.5, written: 'About 50 people' },
    { text: 'Nearly 200 people fled the village.', hedge: 'nearly', low: 170, high: 200, written: 'Nearly 200 people' },
    { text: 'More than 30 people were injured.', hedge: 'more than', low: 30, high: 48, written: 'More than 30 people' },
    { text: 'At least 12 people died in the fire.', hedge: 'at least', low: 12, high: Infinity, written: 'At least 12 people' },
    { text: 'Up to 40 people were evacuated.', hedge: 'up to', low: 0, high: 40, written: 'Up to 40 people' },
  ];
  for (const c of cases) {
    test(`${c.hedge}: [${c.low}, ${c.high}]`, () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written, 'the hedge is part of the span');
      assert.equal(claim.number, c.written.slice(c.hedge.length + 1).split(' ')[0], 'the number span leaves the hedge and the counted noun out');
      assert.equal(claim.hedge, c.hedge);
      near(claim.value, Number(/\d+/.exec(c.text)![0]));
      near(claim.low, c.low, 'low');
      assert.equal(claim.high, c.high === Infinity ? Infinity : claim.high);
      if (c.high !== Infinity) near(claim.high, c.high, 'high');
    });
  }

  test('"a maximum speed of 59 km/h" is anything up to 59 km/h', () => {
    const claim = onlyClaim('The ship has a maximum speed of 59 km/h.');
    assert.equal(claim.hedge, 'maximum');
    assert.equal(claim.low, 0);
    near(claim.high, 59 / 3.6);
    assert.equal(claim.number, '59 km/h');
  });

  test('an unhedged figure is a point', () => {
    const claim = onlyClaim('The ferry carried 40 passengers.');
    assert.equal(claim.hedge, undefined);
    assert.equal(claim.low, 40);
    assert.equal(claim.high, 40);
  });
});

describe('ranges', () => {
  const cases: { text: string; low: number; high: number; written: string }[] = [
    { text: 'Officers arrested 10 to 12 people.', low: 10, high: 12, written: '10 to 12 people' },
    { text: 'Between 10 and 12 people were injured.', low: 10, high: 12, written: '10 and 12 people' },
    // the currency or the unit written again at the second end, and a scale written once for both
    { text: 'The buyer will pay $31 to $33 a share.', low: 31, high: 33, written: '$31 to $33' },
    { text: 'The buyer will pay $7 billion to $8 billion.', low: 7e9, high: 8e9, written: '$7 billion to $8 billion' },
    { text: 'The club made an offer between $90 and $95 million.', low: 90e6, high: 95e6, written: '$90 and $95 million' },
    { text: 'Officers counted 10 to 12 million ballots.', low: 10e6, high: 12e6, written: '10 to 12 million ballots' },
    { text: 'The trail runs 10 km to 15 km.', low: 10e3, high: 15e3, written: '10 km to 15 km' },
    // either figure, the writer not sure which
    { text: 'Two or three people were hurt.', low: 2, high: 3, written: 'Two or three people' },
  ];
  for (const c of cases) {
    test(JSON.stringify(c.text), () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written);
      assert.equal(claim.low, c.low);
      assert.equal(claim.high, c.high);
    });
  }
  test('"dropped $50 to $849" and "rose from $31 to $33" are a change and the new figure, not a range', () => {
    assert.deepEqual(claimsIn('The laptop dropped $50 to $849 this week.').map((c) => [c.written, c.low, c.high]), [['$50', 50, 50], ['$849', 849, 849]]);
    assert.deepEqual(claimsIn('The shares rose from $31 to $33 on the news.').map((c) => c.written), ['$31', '$33']);
  });
  test('"with 37 left", "12 remaining": what is left counts no thing called "left"', () => {
    assert.equal(claimOf('The Owls led with 37 left on the clock.', '37').frame, undefined);
  });
  test('a hedged range widens both ends', () => {
    const claim = onlyClaim('Some 10 to 12 people were arrested.');
    assert.equal(claim.hedge, 'some');
    near(claim.low, 8.5);
    near(claim.high, 13.8);
  });
});

describe('a count that opens its own clause', () => {
  test('"six were killed and five people remain in hospital": the five are no toll; "… and five were injured" are injured', () => {
    assert.equal(claimOf('Six men were killed and five people remain in hospital.', 'five people').frame, 'count:people');
    assert.equal(claimOf('Six men were killed and five people were injured.', 'five people').frame, 'injuries');
  });
});

describe('counts of a noun and their frame', () => {
  const cases: { text: string; written: string; frame: string; subject: string }[] = [
    { text: 'She made two free shots late in the game.', written: 'two free shots', frame: 'count:shot', subject: 'shot' },
    { text: 'Police bought 20 bulletproof cars.', written: '20 bulletproof cars', frame: 'count:car', subject: 'car' },
    { text: 'Three people were killed in the crash.', written: 'Three people', frame: 'deaths', subject: 'people' },
    { text: 'The blast killed 10 people.', written: '10 people', frame: 'deaths', subject: 'people' },
    { text: 'Five passengers were injured.', written: 'Five passengers', frame: 'injuries', subject: 'people' },
    { text: 'Police arrested 14 men.', written: '14 men', frame: 'arrests', subject: 'people' },
    { text: 'Nine villages were flooded.', written: 'Nine villages', frame: 'count:village', subject: 'village' },
    { text: 'As many as 8,000 people took to the streets of Tromsø.', written: 'As many as 8,000 people', frame: 'crowd', subject: 'people' },
    { text: 'The crane fell on 11 Latvian dockers.', written: '11 Latvian dockers', frame: 'count:latvian docker', subject: 'latvian docker' },
    { text: 'The ferry carried 212 passengers.', written: '212 passengers', frame: 'count:passenger', subject: 'passenger' },
  ];
  for (const c of cases) {
    test(`${JSON.stringify(c.text)} → ${c.frame}`, () => {
      const claim = onlyClaim(c.text);
      assert.equal(claim.written, c.written);
      assert.equal(claim.dimension, 'count');
      assert.equal(claim.frame, c.frame);
      assert.equal(claim.subject, c.subject);
    });
  }
  test('a "12-hour" modifier does not hide the trigger: "put the march, in a 12-hour stoppage, at roughly 9,000 people"', () => {
    const claims = claimsIn('Organisers put the march, part of a 12-hour stoppage, at roughly 9,000 people.');
    assert.deepEqual(claims.filter((c) => c.dimension === 'count').map((c) => [c.written, c.frame]), [['roughly 9,000 people', 'crowd']]);
  });
  test('past a conjunction the verb belongs to the next clause: "killed 4 people and injured 30"', () => {
    const claims = claimsIn('The avalanche killed 4 people and injured 30 skiers.');
    assert.deepEqual(claims.map((c) => [c.written, c.frame]), [['4 people', 'deaths'], ['30 skiers', 'injuries']]);
  });
  test('a noun inside a longer name is not what is counted: "one rocket propelled grenade"', () => {
    assert.deepEqual(claimsIn('They found one rocket propelled grenade on deck.').filter((c) => c.frame), []);
  });
  test('the nearer trigger wins, whichever side it stands: "killed 40 villagers seeking shelter"', () => {
    assert.equal(onlyClaim('The blast killed 40 villagers seeking shelter in the hall.').frame, 'deaths');
  });
  test('a comma counts as distance: "55 others injured, five of them critically"', () => {
    const claims = claimsIn('Twelve people died and 55 others were injured, five of them critically.');
    assert.deepEqual(claims.map((c) => [c.written, c.frame]), [['Twelve people', 'deaths'], ['55 others', 'injuries'], ['five', 'critical']]);
  });
  test('a passive verb right after the noun outranks the noun: "400 protesters have been detained"', () => {
    assert.equal(onlyClaim('More than 400 protesters have been detained so far.').frame, 'arrests');
  });
  test('"about 50 hurt": the trigger stands for the noun, and people are counted', () => {
    const c = onlyClaim('At least ten people were killed and about 50 hurt.'.replace('At least ten people were killed and ', ''));
    assert.deepEqual([c.frame, c.subject], ['injuries', 'people']);
  });
  test('"13 countries around the ocean" counts countries', () => {
    assert.equal(onlyClaim('The wave reached 13 countries around the ocean.').subject, 'country');
  });
  test('a year is a year, not a count', () => {
    const claim = onlyClaim('In 2019 the harbour was rebuilt.');
    assert.equal(claim.dimension, 'year');
    assert.equal(claim.value, 2019);
  });
});

describe('forms that once slipped', () => {
  test('"a dozen" on its own is twelve', () => {
    assert.equal(onlyClaim('A dozen people were killed.').value, 12);
  });
  test('"two dozen" is 24, not two', () => {
    assert.equal(onlyClaim('More than two dozen schools took in families.').value, 24);
    assert.equal(onlyClaim('Three dozen people were hurt.').value, 36);
  });
  test('"10-12 houses" is one range', () => {
    const claim = onlyClaim('The storm destroyed 10-12 houses.');
    assert.equal(claim.low, 10);
    assert.equal(claim.high, 12);
  });
  test('"45 years old" is an age', () => {
    assert.equal(onlyClaim('The man was 45 years old.').dimension, 'age');
  });
  test('"A magnitude-6.1 quake" is one magnitude of 6.1', () => {
    const claim = onlyClaim('A magnitude-6.1 quake struck.');
    assert.equal(claim.dimension, 'magnitude');
    assert.equal(claim.value, 6.1);
  });
});

describe('a model code before the counted noun', () => {
  test('"12 AR-15 Rifles", "nine AR 15 rifles", "two F-16 jets" count that model', () => {
    assert.equal(claimOf('The coastguard seized 12 AR-15 Rifles from the skiff.', '12 AR-15 Rifles').frame, 'count:ar15 rifle');
    assert.equal(claimOf('Police found nine AR 15 rifles in the van.', 'nine AR 15 rifles').frame, 'count:ar15 rifle');
    assert.equal(claimOf('Two F-16 jets flew over the city.', 'Two F-16 jets').frame, 'count:f16 jet');
  });
});
