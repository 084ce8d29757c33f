/**
 * What a figure is about (its attribute: thing, owner, place, time scope, part) and what that changes for the user:
 * only figures of the same attribute are compared, and messages name the attribute. All sentences are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimOf, claimsIn, compareReports as compare, workspace } from './support';

describe('the thing a figure measures', () => {
  test('a hyphenated modifier names the thing: "an 86-yard run"', () => {
    const c = claimOf('Harlo Venstrup broke free for an 86-yard run in the second half.', '86-yard');
    assert.equal(c.dimension, 'length');
    assert.equal(c.attribute?.thing, 'run');
  });

  test('"ran for 40 yards" and "a 40-yard run" are both the run', () => {
    assert.equal(claimOf('Venstrup ran for 40 yards on the opening drive.', '40 yards').attribute?.thing, 'run');
    assert.equal(claimOf('Venstrup had a 40-yard run on the opening drive.', '40-yard').attribute?.thing, 'run');
  });

  test('"scamper" and "dash" are read as a run', () => {
    assert.equal(claimOf('Venstrup broke loose on a 40-yard scamper in the fourth quarter.', '40-yard').attribute?.thing, 'run');
    assert.equal(claimOf('Venstrup finished with a 40-yard dash to the end zone.', '40-yard').attribute?.thing, 'run');
    assert.equal(claimOf('Venstrup caught a 40-yard pass near the end zone.', '40-yard').attribute?.thing, 'pass');
  });

  test('a word after the noun does not become the thing: "a 40-yard scamper past the defence", "… scamper late in the game"', () => {
    assert.equal(claimOf('Venstrup broke loose on a 40-yard scamper past the Quarnby defence.', '40-yard').attribute?.thing, 'run');
    assert.equal(claimOf('Venstrup broke loose on a 40-yard scamper late in the game.', '40-yard').attribute?.thing, 'run');
  });

  test('"ran for 40 yards" is compared with "a 55-yard scamper"; "a 40-yard run" is not compared with "a 55-yard pass"', () => {
    const runs = compare(
      'Harlo Venstrup ran for 40 yards on the final play of the game.',
      'Harlo Venstrup broke a 55-yard scamper on the final play of the game.',
    );
    assert.deepEqual(runs.figures('a.txt').map((f) => f.written), ['40 yards']);
    assert.match(runs.figures('a.txt')[0].message, /Beta Post says "55-yard"/);
    // a thing read from a verb does not set figures apart (verbs vary between writers); two nouns do
    const different = compare(
      'Harlo Venstrup broke a 40-yard run on the final play of the game.',
      'Harlo Venstrup caught a 55-yard pass on the final play of the game.',
    );
    assert.deepEqual(different.all(), []);
  });

  test('the time between two happenings is the dated verb\'s: "married two weeks before the fire" and "wed … three weeks before he died"', () => {
    const married = compare(
      'Dana Quill had married two weeks before the warehouse fire, friends said.',
      'Dana Quill, who married the firefighter three weeks before he died, spoke at the hearing.',
    );
    assert.deepEqual(married.all(), [['a.txt', 'information', 'two weeks'], ['b.txt', 'information', 'three weeks']]);
    // another happening reckoned from the same moment is another span
    const other = compare(
      'Police arrested the tenant two days after the warehouse fire, friends said.',
      'The firefighter died five days after the warehouse fire, friends said.',
    );
    assert.deepEqual(other.all(), []);
  });

  test('"a depth of 10 km" and "35 km deep" are both the depth, and compared', () => {
    assert.equal(claimOf('The quake struck at a depth of 10 km near Quarnby on Monday.', '10 km').attribute?.thing, 'depth');
    assert.equal(claimOf('The quake was 35 km deep near Quarnby on Monday.', '35 km').attribute?.thing, 'depth');
    const r = compare('The quake struck at a depth of 10 km near Quarnby on Monday.', 'The quake was 35 km deep near Quarnby on Monday.');
    const [f, ...rest] = r.figures('a.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.written, '10 km');
    assert.match(f.message, /^Depth: 10 km here; Beta Post says "35 km"/);
  });

  test('"120 km north of Quarnby" is a distance from the place Quarnby', () => {
    const c = claimOf('The epicentre was 120 km north of Quarnby, the agency said.', '120 km');
    assert.equal(c.attribute?.thing, 'distance');
    assert.equal(c.attribute?.place, 'quarnby');
  });

  test('two things at their distances from one place are not compared: "a motorist 50 miles north of Quarnby", "the plant, about 15 miles north"', () => {
    const things = compare(
      'Hours later, a motorist 50 miles north of Quarnby spotted the van and called the police.',
      'Police evacuated the depot, about 15 miles north of Quarnby, after the shooting.',
      'Police evacuated the depot, about 15 miles north of Quarnby, after the shooting.',
    );
    assert.deepEqual(things.all(), []);
    // the same thing, or one told only by its verb, is still compared
    const quake = compare('The quake struck 40 km north of Quarnby on Monday.', 'The epicentre was 90 km north of Quarnby on Monday.');
    assert.deepEqual(quake.all(), [['a.txt', 'information', '40 km'], ['b.txt', 'information', '90 km']]);
  });

  test('a direction written as two ("north-northeast of") and a place with no name ("south of the quake") are read as the place measured from', () => {
    assert.equal(claimOf('The quake struck about 14 miles north-northeast of Quarnby on Monday.', 'about 14 miles').attribute?.place, 'quarnby');
    assert.equal(claimOf('I live 25 miles south of the quake and felt it.', '25 miles').attribute?.place, 'the quake');
    assert.deepEqual(compare('The quake struck about 14 miles north-northeast of Quarnby on Monday.', 'I live 25 miles south of the quake and felt it.').all(), []);
  });

  test('an approximate figure says nothing against one within a twentieth of it; further off it still does', () => {
    const close = compare('The agency put the epicentre at about 58 km south-west of Quarnby.', 'The agency said the quake was 35 miles southwest of Quarnby.');
    assert.deepEqual(close.all(), []);
    const far = compare('The agency put the epicentre at about 58 km south-west of Quarnby.', 'The agency said the quake was 45 km southwest of Quarnby.');
    assert.deepEqual(far.all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('distances from two different places are not compared; from the same place they are', () => {
    const other = compare('The epicentre was 120 km north of Quarnby, the agency said.', 'The epicentre was 80 km north of Dellmoor, the agency said.');
    assert.deepEqual(other.all(), []);
    const same = compare('The epicentre was 120 km north of Quarnby, the agency said.', 'The epicentre was 80 km north of Quarnby, the agency said.');
    assert.deepEqual(same.all(), [['a.txt', 'information', '120 km'], ['b.txt', 'information', '80 km']]);
  });

  test('"struck 120 km north of Quarnby": a verb before a distance from a place does not make the thing', () => {
    const c = claimOf('The quake struck 120 km north of Quarnby on Monday.', '120 km');
    assert.equal(c.attribute?.thing, 'distance');
    assert.equal(c.attribute?.place, 'quarnby');
    const r = compare('The quake struck 120 km north of Quarnby on Monday.', 'The quake struck 80 km north of Quarnby on Monday.');
    assert.match(r.figures('a.txt')[0].message, /^Distance: 120 km here; Beta Post says "80 km"/);
  });
});

describe('whose figure it is', () => {
  test('"Venstrup ran for 30 yards" belongs to Venstrup, known by the full name the report gives him', () => {
    const c = claimOf('Harlo Venstrup started at tailback. Venstrup ran for 30 yards on the last drive.', '30 yards');
    assert.equal(c.attribute?.owner, 'harlo venstrup');
    assert.equal(c.attribute?.ownerName, 'Venstrup');
  });

  test('"Harlo Venstrup\'s 30-yard run" belongs to Harlo Venstrup', () => {
    const c = claimOf('Harlo Venstrup\'s 30-yard run decided the game against Quarnby.', '30-yard');
    assert.equal(c.attribute?.thing, 'run');
    assert.equal(c.attribute?.owner, 'harlo venstrup');
    assert.equal(c.attribute?.ownerName, 'Harlo Venstrup');
  });

  test('the owner\'s name is written without its possessive', () => {
    const c = claimOf('Coach Harlo Venstrup\'s 30-yard run decided the game.', '30-yard');
    assert.equal(c.attribute?.owner, 'harlo venstrup');
    assert.equal(c.attribute?.ownerName, 'Harlo Venstrup');
  });

  test('two different players\' runs are not compared; one player\'s are, and the message names him', () => {
    const two = compare(
      'Harlo Venstrup started at tailback. Venstrup ran for 30 yards on the last drive.',
      'Odel Brannick started at tailback. Brannick ran for 45 yards on the last drive.',
    );
    assert.deepEqual(two.all(), []);
    const one = compare(
      'Harlo Venstrup started at tailback. Venstrup ran for 30 yards on the last drive.',
      'Harlo Venstrup started at tailback. Venstrup ran for 45 yards on the last drive.',
    );
    const [f, ...rest] = one.figures('a.txt');
    assert.equal(rest.length, 0);
    assert.equal(f.written, '30 yards');
    assert.match(f.message, /^Distance of the run \(Venstrup\): 30 yd here; Beta Post says "45 yards"/);
  });

  test('two players named only in full, without titles, are not compared', () => {
    const r = compare('Harlo Venstrup ran for 30 yards in the first half.', 'Odel Brannick ran for 45 yards in the first half.');
    assert.deepEqual(r.all(), []);
  });

  test('a figure owned by "he" is never sure enough to warn about: two reports\' "he" may be two players', () => {
    // two reports against one: named, the lone figure is outvoted; with "he", it is still only information
    const r = compare('He gave 29 interviews in the week at Quarnby.', 'He gave eight interviews in the week at Quarnby.', 'He gave eight interviews in the week at Quarnby.');
    assert.deepEqual(r.all(), [['a.txt', 'information', '29 interviews'], ['b.txt', 'information', 'eight interviews'], ['c.txt', 'information', 'eight interviews']]);
    assert.equal(claimOf('Rescuers said his home in the 3000 block was empty.', '3000 block').attribute?.ownerUnknown, undefined);
    assert.equal(claimOf('He finished the season with 900 yards on the ground and caught 29 passes.', '29 passes').attribute?.ownerUnknown, true);
    const named = compare('Odel Brannick gave 29 interviews in the week at Quarnby.', 'Odel Brannick gave eight interviews in the week at Quarnby.', 'Odel Brannick gave eight interviews in the week at Quarnby.');
    assert.deepEqual(named.all(), [['a.txt', 'warning', '29 interviews'], ['b.txt', 'information', 'eight interviews'], ['c.txt', 'information', 'eight interviews']]);
    // a player's tally owned by "he" is not compared at all (see below)
    assert.deepEqual(compare('He caught 29 passes in the game at Quarnby.', 'He caught eight passes in the game at Quarnby.').all(), []);
  });

  test('figures in sentences about different people are not compared; about the same person they are', () => {
    const final = (who: string, yards: number) =>
      `In Quarnby on Saturday the Owls gained ${yards} yards against the Rams in the league final before a full stadium of cheering home fans, and ${who} praised the line.`;
    assert.deepEqual(compare(final('Harlo Venstrup', 300), final('Odel Brannick', 250)).all(), []);
    assert.deepEqual(compare(final('Harlo Venstrup', 300), final('Harlo Venstrup', 250)).all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('a player\'s tally whose owner the sentence does not tell is compared with nothing; the same player\'s is', () => {
    assert.deepEqual(compare('The Owls trailed until Quarnby finished with nine points in the last quarter.', 'Harlo Venstrup scored 20 points for the Owls.').all(), []);
    assert.deepEqual(compare('The Owls got three touchdowns in the second half.', 'Harlo Venstrup threw for five touchdowns.').all(), []);
    // "carries" stands for runs: still a tally
    assert.deepEqual(compare('He ended the day with 6 carries for 21 yards.', 'Harlo Venstrup had 226 yards on 22 carries.').all(), []);
    const same = compare('Harlo Venstrup scored 20 points for the Owls.', 'Harlo Venstrup scored 18 points for the Owls.');
    assert.deepEqual(same.all().map(([id]) => id), ['a.txt', 'b.txt']);
    // a count of what is no player's tally still needs no owner: "three shots were fired"
    assert.deepEqual(compare('Three shots were fired at the depot.', 'Five shots were fired at the depot.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('"five times" is compared only with how often the same thing was done: "hosted the gala five times", not "did it eight times"', () => {
    assert.equal(claimOf('Odel Brannick hosted the gala five times before he retired.', 'five times').attribute?.verb, 'host');
    assert.deepEqual(compare('Odel Brannick hosted the gala five times before he retired.', 'Harlo Venstrup did it eight times before he retired.').all(), []);
    const same = compare('The guard was shot three times near the depot.', 'The guard was shot five times near the depot.');
    assert.deepEqual(same.all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('a full name after a verb or a preposition is no owner: "left Port Arden on Saturday", "ran 30 yards past Odel Brannick"', () => {
    assert.equal(claimOf('The ferry left Port Arden on Saturday with 40 passengers.', '40 passengers').attribute?.owner, undefined);
    assert.equal(claimOf('Venstrup ran 30 yards past Odel Brannick for the score.', '30 yards').attribute?.owner, undefined);
    assert.equal(claimOf('Odel Brannick caught five passes in the game.', 'five passes').attribute?.owner, 'odel brannick');
  });
});

describe('whose people a count is', () => {
  test('a capitalised people\'s name counts people of that group: "nine Ostrians", "four Ostrian civilians", "three Lanchese"', () => {
    for (const [sentence, figure, group] of [
      ['Rockets killed nine Ostrians on Tuesday.', 'nine Ostrians', 'ostrian'],
      ['Shelling killed four Ostrian civilians near the depot.', 'four Ostrian civilians', 'ostrian'],
      ['Three Lanchese were hurt in the blast.', 'Three Lanchese', 'lanchese'],
      ['Troops killed 40 Kestrelis at the market.', '40 Kestrelis', 'kestreli'],
    ]) {
      const c = claimOf(sentence, figure);
      assert.equal(c.attribute?.thing, 'people', sentence);
      assert.equal(c.attribute?.group, group, sentence);
    }
    assert.equal(claimOf('Rockets killed nine people on Tuesday.', 'nine people').attribute?.group, undefined);
  });

  test('the tolls of two groups are not compared; a group\'s toll is compared with one of people at large', () => {
    assert.deepEqual(compare('Rockets killed nine Ostrians on Tuesday.', 'Shelling killed 40 Kestrelis on Tuesday.').all(), []);
    assert.deepEqual(compare('Rockets killed nine Ostrians on Tuesday.', 'Rockets killed 12 Ostrians on Tuesday.').all().map(([id]) => id), ['a.txt', 'b.txt']);
    assert.deepEqual(compare('Shelling killed 40 Kestrelis on Tuesday.', 'Shelling killed some 30 people on Tuesday.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('time scope', () => {
  test('a season total is not compared with one game\'s figure', () => {
    const total = claimOf('Venstrup has a season total of 1,100 yards for Quarnby.', '1,100 yards');
    assert.equal(total.attribute?.time, 'season');
    assert.deepEqual(compare('Venstrup has a season total of 1,100 yards for Quarnby.', 'Venstrup gained 900 yards in the game against Quarnby.').all(), []);
  });

  test('"per season" is the rate of the figure before it only, not a season scope of the whole clause', () => {
    const text = 'Quarnby offered Venstrup a six-year deal worth $90 million or $15 million per season.';
    assert.equal(claimOf(text, '$90 million').attribute?.time, undefined);
    assert.equal(claimOf(text, '$15 million').attribute?.time, 'per-season');
  });

  test('a sum per unit is a price of one ("$25 per share", "$25-per-share", "$24 to $26 per share", "$3 a gallon."), never a total', () => {
    for (const [sentence, figure, rate] of [
      ['Orvane will pay $25 per share for the mill.', '$25', 'per-share'],
      ['The $25-per-share offer pleased the mill\'s owners.', '$25', 'per-share'],
      ['Orvane will pay $24 to $26 per share for the mill.', '$24 to $26', 'per-share'],
      ['Fuel rose to $3 a gallon in Quarnby.', '$3', 'per-gallon'],
    ]) assert.equal(claimOf(sentence, figure).attribute?.time, rate, `${sentence} ${figure}`);
    // after "a", the noun must end its phrase: "a price that …" is no unit
    assert.equal(claimOf('Orvane will pay $13 billion, a price that pleased the mill\'s owners.', '$13 billion').attribute?.time, undefined);
    assert.deepEqual(compare('Orvane will pay $25 per share for the mill.', 'Orvane will pay $40 for the mill tools.').all(), []);
    const shares = compare('Orvane will pay $25 per share for the mill.', 'Orvane will pay $27 per share for the mill.');
    assert.deepEqual(shares.all().map(([id]) => id), ['a.txt', 'b.txt']);
    assert.match(shares.figures('a.txt')[0].message, /^Price per share: \$25 here; Beta Post says "\$27"/);
  });

  test('"ran for 226 yards, including an 84-yard run" is a total of runs, not compared with one run; "killed 40, including 12 children" is the toll', () => {
    const text = 'Harlo Venstrup ran for 226 yards for the Owls, including an 84-yard run in the third quarter.';
    assert.equal(claimOf(text, '226 yards').attribute?.time, 'cumulative');
    assert.equal(claimOf(text, '84-yard').attribute?.time, undefined);
    assert.deepEqual(compare(text, 'Harlo Venstrup broke free for a 90-yard run in the third quarter.').all().map(([, , w]) => w), ['84-yard', '90-yard']);
    assert.equal(claimOf('The storm killed 40 people, including 12 children.', '40 people').attribute?.time, undefined);
  });

  test('"rushed for 1,100 yards this season" is not "rushed for 900 yards in the game"; without the season it is', () => {
    assert.deepEqual(compare('Venstrup rushed for 1,100 yards this season.', 'Venstrup rushed for 900 yards in the game.').all(), []);
    const control = compare('Venstrup rushed for 1,100 yards in the game.', 'Venstrup rushed for 900 yards in the game.');
    assert.deepEqual(control.figures('a.txt').map((f) => f.written), ['1,100 yards']);
  });

  test('"last year" speaks of an earlier event and is not compared with this one\'s toll', () => {
    const past = claimOf('Last year a storm killed 30 people in Quarnby.', '30 people');
    assert.equal(past.attribute?.time, 'past');
    assert.deepEqual(compare('The storm killed 55 people in Quarnby on Tuesday.', 'Last year a storm killed 30 people in Quarnby.').all(), []);
    const control = compare('The storm killed 55 people in Quarnby on Tuesday.', 'A storm killed 30 people in Quarnby.');
    assert.deepEqual(control.figures('a.txt').map((f) => f.written), ['55 people']);
  });

  test('a sentence dated in another year than the report\'s is another event', () => {
    const b = 'Rescuers in Quarnby worked through March 2023. In 1998 a flood killed 40 people in the valley.';
    assert.equal(claimOf(b, '40 people').attribute?.time, 'year 1998');
    assert.deepEqual(compare('The flood killed 55 people in Quarnby in March 2023.', b).all(), []);
    const control = compare('The flood killed 55 people in Quarnby in March 2023.', 'Rescuers in Quarnby worked through March 2023. A flood killed 40 people in the valley.');
    assert.deepEqual(control.figures('a.txt').map((f) => f.written), ['55 people']);
  });
});

describe('parts of a total', () => {
  test('"two women and one man" are parts, and not compared with "three people" or "five people"', () => {
    const listed = 'Two women and one man were killed when the bridge at Quarnby collapsed.';
    assert.deepEqual(claimsIn(listed).map((c) => [c.written, c.attribute?.part]), [['Two women', true], ['one man', true]]);
    assert.deepEqual(compare(listed, 'Three people were killed when the bridge at Quarnby collapsed.').all(), []);
    assert.deepEqual(compare(listed, 'Five people were killed when the bridge at Quarnby collapsed.').all(), []);
  });

  test('after an opening "Of the 23 arrested," a figure counting the same is a part of it; one counting another thing is not', () => {
    const text = 'Of the 23 pirates arrested, 12 are said to be Ostrian.';
    assert.deepEqual(claimsIn(text).map((c) => [c.written, !!c.attribute?.part]), [['23 pirates', false], ['12', true]]);
    assert.deepEqual(compare(text, 'The navy arrested 12 pirates near Quarnby on Saturday.').all().map(([, , w]) => w), ['23 pirates', '12 pirates']);
    const other = 'Of the five patients who remained hospitalized, two were in critical condition.';
    assert.equal(claimsIn(other).find((c) => c.written === 'two')?.attribute?.part, undefined);
  });

  test('"including four children" is a part, not compared with a whole toll', () => {
    const text = 'Nine people died in the fire at Quarnby, including four children.';
    assert.deepEqual(claimsIn(text).map((c) => [c.written, !!c.attribute?.part]), [['Nine people', false], ['four children', true]]);
    const r = compare(text, 'Four people died in the fire at Quarnby.');
    assert.deepEqual(r.all(), [['a.txt', 'information', 'Nine people'], ['b.txt', 'information', 'Four people']]);
  });

  test('a bare count\'s own participle says what befell it: "six were killed and 14 trapped" is no toll of 14', () => {
    const text = 'Six people were killed and 14 trapped when the roof at Quarnby collapsed.';
    assert.equal(claimsIn(text).find((c) => c.written === '14')?.frame, undefined);
    assert.deepEqual(compare(text, 'The roof collapse at Quarnby killed 14 people.').all().map(([, , w]) => w), ['Six people', '14 people']);
  });

  test('a count left in a state takes the state\'s frame: "left 20 others trapped" is no toll, "left 300 homeless" are displaced', () => {
    const trapped = compare(
      'The landslide killed four villagers and left 20 others trapped near Quarnby on Monday.',
      'The landslide killed 25 villagers near Quarnby on Monday.',
    );
    assert.deepEqual(trapped.figures('a.txt').map((f) => f.written), ['four villagers']);
    const homeless = claimOf('The storm left 300 homeless in the Quarnby valley.', '300 homeless');
    assert.equal(homeless.frame, 'evacuated');
  });

  test('children are a group of their own: "killed six children" is not a toll of "five people", but is compared with "seven children"', () => {
    const children = 'The blast killed six children at the Quarnby market on Monday.';
    assert.deepEqual(compare(children, 'The blast killed five people at the Quarnby market on Monday.').all(), []);
    assert.deepEqual(compare(children, 'The blast killed seven children at the Quarnby market on Monday.').all(),
      [['a.txt', 'information', 'six children'], ['b.txt', 'information', 'seven children']]);
  });
});

describe('numbers that are no count or length', () => {
  for (const [text, number] of [
    ['The ferry left Quarnby at 11 p.m. on the night of the storm.', '11'],
    ['The alarm sounded at 7 am in the village.', '7'],
    ['The first tremor was felt at 0737 GMT near the coast.', '0737'],
    ['The Zentrabook screen shows 1,440 x 900 pixels.', '1,440'],
  ] as const) {
    test(`no claim in ${JSON.stringify(text)}`, () => {
      // a clock time is a time of day (clockTimes.test.ts), never a count or a length
      const claims = claimsIn(text).filter((c) => c.dimension !== 'time' && (c.dimension === 'count' || c.dimension === 'length' || c.number.includes(number) || c.number === '900'));
      assert.deepEqual(claims.map((c) => c.written), []);
    });
  }

  test('"ten times faster" is a multiplier, not a count', () => {
    assert.deepEqual(claimsIn('The new Zentrabook chip is ten times faster than the last one.').map((c) => c.written), []);
  });

  test('"the 13-inch Zentrabook" is a model name, not a length', () => {
    assert.deepEqual(claimsIn('Reviewers praised the 13-inch Zentrabook for its battery.').map((c) => c.written), []);
  });

  test('"an 11-year old girl" is an age, not a duration', () => {
    const c = claimOf('An 11-year old girl was pulled from the rubble in Quarnby.', '11-year old');
    assert.equal(c.dimension, 'age');
    assert.equal(c.value, 11 * 365.25 * 86400);
    assert.equal(claimsIn('An 11-year old girl was pulled from the rubble in Quarnby.').filter((x) => x.dimension === 'duration').length, 0);
  });
});

describe('the sides of a size', () => {
  test('"2880 pixels by 1800" and "2,880 by 1,800 pixels": the width of one is not the height of the other', () => {
    assert.deepEqual(compare('The new laptop has a screen of 2880 pixels by 1800.', 'The new laptop has a screen of 2,880 by 1,800 pixels.').all(), []);
    const sameSide = compare('The new laptop has a screen of 2880 pixels by 1800.', 'The new laptop has a screen of 2560 pixels by 1600.');
    assert.deepEqual(sameSide.all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('conversions read to the precision they are written in', () => {
  test('"a week" is written loosely: not against "nine days", but against "three weeks"; "about a minute" is hedged as written', () => {
    const loose = compare('Passengers were stranded at Quarnby for a week after the storm.', 'Passengers were stranded at Quarnby for nine days after the storm.');
    assert.deepEqual(loose.all(), []);
    const far = compare('Passengers were stranded at Quarnby for a week after the storm.', 'Passengers were stranded at Quarnby for three weeks after the storm.');
    assert.deepEqual(far.all(), [['a.txt', 'information', 'a week'], ['b.txt', 'information', 'three weeks']]);
    assert.deepEqual([claimOf('The shaking lasted about a minute in Quarnby.', 'about a minute').low, claimOf('The shaking lasted a minute in Quarnby.', 'a minute').low], [51, 36]);
  });

  const conversions = (text: string) => workspace({ 'a.txt': { text } }).findings('a.txt').map((f) => [f.code, f.written]);

  test('"10 miles (15 kilometres)" is right to the precision written', () => {
    assert.deepEqual(conversions('The convoy halted 10 miles (15 kilometres) outside Quarnby.'), []);
  });

  test('"about 6 miles (10 km)" is right', () => {
    assert.deepEqual(conversions('The landslide buried the road about 6 miles (10 km) from Quarnby.'), []);
  });

  test('"50 km (45 miles)" is still a conversion mismatch', () => {
    assert.deepEqual(conversions('The river flooded farms 50 km (45 miles) downstream of Quarnby.'), [['conversion-mismatch', '45 miles']]);
  });
});

describe('severity', () => {
  const tram = (speed: string, tail = '') => `The tram reached ${speed} on the Quarnby viaduct before it derailed${tail}.`;

  test('a lone outlier against two agreeing reports is a warning', () => {
    const r = compare(tram('70 km/h'), tram('70 km/h', ', witnesses said'), tram('110 km/h'));
    const [f, ...rest] = r.figures('c.txt');
    assert.equal(rest.length, 0);
    assert.deepEqual([f.severity, f.written], ['warning', '110 km/h']);
    assert.match(f.message, /^Speed: 110 km\/h here; Alpha News says "70 km\/h"; Beta Post says "70 km\/h"\.$/);
  });

  test('three or more agreeing reports against one outlier get no finding; the outlier a warning', () => {
    const r = compare(tram('70 km/h'), tram('70 km/h', ', witnesses said'), 'The tram was doing 70 km/h on the Quarnby viaduct before it derailed.', tram('110 km/h'));
    assert.deepEqual(r.all(), [['d.txt', 'warning', '110 km/h']]);
  });

  test('a 1-vs-1 split of a count is information', () => {
    const r = compare('Rescuers pulled 12 people from the river at Quarnby.', 'Rescuers pulled 15 people from the river at Quarnby.');
    assert.deepEqual(r.all(), [['a.txt', 'information', '12 people'], ['b.txt', 'information', '15 people']]);
  });

  test('a 1-vs-1 weekday of departure is a warning', () => {
    const r = compare('The barge Meridel left Quarnby on Wednesday with grain.', 'The barge Meridel left Quarnby on Thursday with grain.');
    assert.deepEqual(r.all(), [['a.txt', 'warning', 'on Wednesday'], ['b.txt', 'warning', 'on Thursday']]);
    assert.equal(r.figures('a.txt')[0].message, 'Day of the departure: Wednesday here; Beta Post says "on Thursday".');
  });
});

describe('messages name the attribute', () => {
  test('"Distance of the run (Harlo Venstrup): … here; <source> says …"', () => {
    const r = compare('Harlo Venstrup ran for 40 yards on the final play of the game.', 'Harlo Venstrup broke a 55-yard scamper on the final play of the game.');
    assert.equal(r.figures('a.txt')[0].message, 'Distance of the run (Harlo Venstrup): 40 yd here; Beta Post says "55-yard".');
    assert.equal(r.figures('b.txt')[0].message, 'Distance of the run (Harlo Venstrup): 55 yd here; Alpha News says "40 yards".');
  });

  test('a count names what it counts, a frame its label', () => {
    assert.equal(compare('Rescuers pulled 12 people from the river at Quarnby.', 'Rescuers pulled 15 people from the river at Quarnby.')
      .figures('a.txt')[0].message, 'Number of people: 12 here; Beta Post says "15 people".');
    assert.equal(compare('The storm killed 55 people in Quarnby on Tuesday.', 'A storm killed 30 people in Quarnby.')
      .figures('b.txt')[0].message, 'Death toll: 30 here; Alpha News says "55 people".');
    assert.equal(compare('Odel Brannick made five catches in Quarnby.', 'Odel Brannick made eight catches in Quarnby.')
      .figures('a.txt')[0].message, 'Number of catches (Odel Brannick): 5 here; Beta Post says "eight catches".');
    assert.equal(compare('Odel Brannick threw 29 passes in Quarnby.', 'Odel Brannick threw 39 passes in Quarnby.')
      .figures('a.txt')[0].message, 'Number of passes (Odel Brannick): 29 here; Beta Post says "39 passes".');
  });

  test('an outlet that "estimates" a figure is its source, not its owner', () => {
    const text = 'Quake hits Quarnby\nAlthough it is unknown how many were injured, Sky News estimates at least 50 people were hurt in Quarnby.';
    assert.equal(claimOf(text, 'at least 50 people').attribute?.owner, undefined);
  });

  test('"the 3000 block of Arden Street" is a block of an address, not a number of blocks', () => {
    const r = compare('Police found the van in the 3000 block of Arden Street on Monday.', 'Police found the van in the 3300 block of Arden Street on Monday.');
    assert.equal(r.figures('a.txt')[0].message, 'Block of the address: 3000 here; Beta Post says "3300 block".');
  });

  test('a word of place after the noun is not what is counted: "eight stories below", "three doors away"', () => {
    assert.equal(claimOf('The man fell to the pavement eight stories below.', 'eight stories').attribute?.thing, 'story');
    assert.equal(claimOf('The boys lived three doors away from the school.', 'three doors').attribute?.thing, 'door');
  });
});

describe('a lone figure against a consensus', () => {
  const haul = [
    'Commandos found 12 magazines on the trawler, officials said.',
    'The navy seized 12 magazines and six rifles when it stopped a trawler off the coast.',
    'Twelve magazines were found aboard the trawler, according to a statement.',
  ];

  test('"31 magazines" against three reports that all give 12 is a warning, however differently they are worded', () => {
    const r = compare('Sailors boarded the trawler at dawn and took 31 magazines from its hold, an officer said.', ...haul);
    assert.deepEqual(r.all(), [['a.txt', 'warning', '31 magazines']]);
  });

  test('reports that also give the lone figure, of a like thing, do not outvote it', () => {
    const both = 'Venstrup was sentenced on Friday to seven life sentences and four sentences of life without parole, the court said.';
    const r = compare('A judge handed Venstrup four consecutive life sentences without parole on Friday.', both, both, both);
    assert.deepEqual(r.all(), []);
  });
});

describe('figures that are a part or a kind', () => {
  const finished = 'Harlo Venstrup finished with 23 points as Quarnby won at home.';

  test('"10 points in the first 7 ½ minutes" is a part of the game\'s tally, not compared with it', () => {
    const text = 'Harlo Venstrup had 10 points in the first 7 ½ minutes, then Quarnby pulled away.';
    assert.equal(claimOf(text, '10 points').attribute?.part, true);
    assert.equal(claimOf(text, '7 ½ minutes').value, 450);
    assert.deepEqual(compare(text, finished, finished, finished).all(), []);
  });

  test('"the five-year offers" is a figure each of several offers, not one deal\'s length', () => {
    const text = 'The five-year offers for Brandt were all near $40 million.';
    assert.equal(claimOf(text, 'five-year').attribute?.time, 'each');
    const deal = 'Brandt signed a six-year deal with Quarnby on Monday.';
    assert.deepEqual(compare(text, deal, deal, deal).all().filter(([, , w]) => /year/.test(w)), []);
  });

  test('counts listed side by side share the scope read for any of them', () => {
    const text = 'The frigate has, so far, seized 14 rifles, 31 magazines and 923 rounds from pirate boats.';
    for (const written of ['14 rifles', '31 magazines', '923 rounds']) assert.equal(claimOf(text, written).attribute?.time, 'so-far', written);
  });
});

describe('a sum in US dollars written "$US"', () => {
  test('"$US2 million ($2.9 million)" is two dollars of two countries, not "$2.9 million" against "$2 million"', () => {
    const text = 'Damage to the hall was estimated at $US2 million ($2.9 million), police said.';
    assert.equal(claimOf(text, '$US2 million').dimension, 'money');
    const other = 'Police said damage to the hall was estimated at $2 million.';
    assert.deepEqual(compare(text, other, other).all(), []);
  });
});

describe('increments', () => {
  test('"another four died" and "four more were found" add to a figure told before and are compared with nothing', () => {
    const r = compare('Another four people died in hospital in Quarnby, officials said.', 'Two more people died in hospital in Quarnby, officials said.',
      'A further three people died in hospital in Quarnby, officials said.');
    assert.deepEqual(r.all(), []);
    assert.equal(claimOf('The blast killed two and injured 40 others in Quarnby.', '40 others').attribute?.increment, undefined);
  });
});

describe('an owner told by a description', () => {
  const tape = (age: string) => `Prosecutors in Quarnby played a recording of Venstrup with ${age} girl, the court heard on Monday.`;

  test('"an 11-year-old girl" against two reports of "a 12-year-old girl" is a warning; "a 15-year-old girl" is another girl', () => {
    const r = compare(tape('an 11-year-old'), tape('a 12-year-old'), tape('a 12-year-old'), tape('a 15-year-old'));
    assert.deepEqual(r.all(), [['a.txt', 'warning', '11-year-old']]);
    assert.equal(claimOf(tape('a 15-year-old'), '15-year-old').attribute?.owner, 'the girl');
  });

  test('"the 36-year-old driver" is not "the 35-year-old passenger"', () => {
    const crash = (who: string) => `Police in Quarnby said ${who} was taken to hospital after the crash on Monday.`;
    assert.deepEqual(compare(crash('the 36-year-old driver'), crash('the 35-year-old passenger')).all(), []);
  });
});

describe('ages of people who share a surname', () => {
  test('"Venstrup, 35," in a report naming Harlo Venstrup is not the age of "17-year-old Edo Venstrup"', () => {
    const deputy = 'Quarnby mourns deputy\nDeputy Harlo Venstrup was shot and killed near the harbour late on Friday night. Venstrup, 35, had joined the force in 2001.';
    const son = 'Quarnby mourns deputy\nDeputy Harlo Venstrup was shot and killed near the harbour late on Friday night. "We miss him," said 17-year-old Edo Venstrup, his son.';
    assert.equal(claimOf(deputy, '35').attribute?.owner, 'harlo venstrup');
    assert.deepEqual(compare(deputy, deputy, son).all(), []);
  });
});

describe('a background told in a run of sentences', () => {
  const background = 'A quake of magnitude 5.8 hit Varsland on Tuesday, killing 16 people, in 2013, officials said in 2013. ' +
    'In May last year a 7.9-magnitude quake struck 250 kilometres off Quarnby. Three people died and nine were hurt in the quake and its aftershocks.';
  test('"In May last year a quake struck … Three people died in the quake": the second sentence is in that past too', () => {
    assert.equal(claimOf(background, 'Three people').attribute?.time, 'past');
    assert.equal(claimOf(background, '16 people').attribute?.time, undefined);
  });
  test('the background\'s toll is not compared with the story\'s: only the story\'s own toll is', () => {
    const { all } = compare(background, 'A quake of magnitude 5.8 hit Varsland on Tuesday, killing eleven people, in 2013.');
    assert.deepEqual(all().map(([id, , w]) => [id, w]), [['a.txt', '16 people'], ['b.txt', 'eleven people']]);
  });
  test('a sentence that does not open on its time sets no background ("revisited it earlier this year after …")', () => {
    const text = 'Police opened the case in 2009 and reopened it earlier this year after a prosecutor asked them to. The prosecutor noted that Harrow owns 14 boats.';
    assert.equal(claimOf(text, '14 boats').attribute?.time, undefined);
  });
});

describe('what a sum is the value of', () => {
  test('"storm damage was an estimated $3 million", "caused $5 million of damage", "took £400,000 worth of jewels"', () => {
    assert.equal(claimOf('Storm damage was an estimated $3 million.', 'an estimated $3 million').attribute?.thing, 'damage');
    assert.equal(claimOf('The riots have caused $5 million of damage in Quarnby.', '$5 million').attribute?.thing, 'damage');
    assert.equal(claimOf('Burglars took £400,000 worth of jewels from a guest.', '£400,000').attribute?.thing,
      claimOf('Robbers grabbed $3 million of jewelry from a vault.', '$3 million').attribute?.thing);
  });
  test('"closed at $41.2 yesterday": a day word is not what a sum values', () => {
    assert.notEqual(claimOf('The stock closed at $41.2 yesterday.', '$41.2').attribute?.thing, 'yesterday');
    assert.notEqual(claimOf('The rival was bought for $3.1-billion yesterday.', '$3.1-billion').attribute?.thing, 'yesterday');
  });
});

describe('stretches of a game', () => {
  test('"12 points in the second quarter" is that quarter\'s tally, not the game\'s; "a 71-yard run in the first quarter" is the one run', () => {
    assert.equal(claimOf('Harrow scored 12 points in the second quarter.', '12 points').attribute?.time, 'second quarter');
    assert.equal(claimOf('Harrow broke a 71-yard run in the first quarter.', '71-yard').attribute?.time, undefined);
    assert.deepEqual(compare('Harrow scored 12 points in the second quarter.', 'Harrow scored 20 points in the win.').all(), []);
  });
});

describe('the variant of a product a price is of', () => {
  test('"the 12-inch model costs $899; the 14-inch costs $1,299": each price is its variant\'s', () => {
    assert.equal(claimOf('The 12-inch Varsbook costs $899, while the 14-inch will sell for $1,299.', '$899').attribute?.variant, '12-inch');
    assert.equal(claimOf('The 12-inch Varsbook costs $899, while the 14-inch will sell for $1,299.', '$1,299').attribute?.variant, '14-inch');
    assert.equal(claimOf('Quarnby Labs will ask $899 for the base 12-inch version and $1,299 for a 14-inch one.', '$1,299').attribute?.variant, '14-inch');
    assert.equal(claimOf('The phone comes in $499 and $599 versions; the 256GB model sells for $699.', '$699').attribute?.variant, '256-gb');
    assert.equal(claimOf('The $1,899 16" Varsbook ships in March.', '$1,899').attribute?.variant, '16-inch');
  });
  test('two variants\' prices are not compared; one variant\'s two prices are', () => {
    assert.deepEqual(compare('The 12-inch Varsbook costs $899.', 'The 14-inch Varsbook costs $1,299.').all(), []);
    const oneVariant = compare('The 12-inch Varsbook costs $899.', 'The 12-inch Varsbook now sells for $999.');
    assert.deepEqual(oneVariant.all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
  test('"$499 and $599 versions": a version is no thing a price is of', () => {
    assert.equal(claimOf('The phone comes in $499 and $599 versions.', '$599').attribute?.thing, undefined);
  });
});

describe('a block of a street', () => {
  test('"the 4300 block of East 9th Street" is of that street; "9th Street" is the same street', () => {
    assert.equal(claimOf('Police found the car in the 4300 block of East 9th Street on Friday.', '4300 block').attribute?.place,
      claimOf('The car was left in the 4100 block of 9th Street.', '4100 block').attribute?.place);
    assert.notEqual(claimOf('Police found the car in the 4300 block of East 9th Street on Friday.', '4300 block').attribute?.place,
      claimOf('A neighbour was hurt in the 700 block of Harbour Road.', '700 block').attribute?.place);
  });
  test('blocks of two streets are not compared; one street\'s blocks must be the same number, not a rounding of it', () => {
    assert.deepEqual(compare('Brannick lived in the 4300 block of East 9th Street.', 'Brannick was hit in the 700 block of Harbour Road.').all(), []);
    const sameStreet = compare('Brannick lived in the 4300 block of East 9th Street.', 'Brannick lived in the 4350 block of 9th Street.');
    assert.deepEqual(sameStreet.all().map(([id]) => id), ['a.txt', 'b.txt']);
    // named as written, not grouped in thousands
    const long = compare('Brannick lived in the 14300 block of Arden Street.', 'Brannick lived in the 14500 block of Arden Street.');
    assert.equal(long.figures('a.txt')[0]?.message, 'Block of the address: 14300 here; Beta Post says "14500 block".');
  });
});

describe('what an object was brought to', () => {
  test('"stretched Quarnby to six games" is not "won 40 games": the verb before the object tells them apart', () => {
    assert.equal(claimOf('The Owls stretched Quarnby to six games before losing.', 'six games').attribute?.verb, 'stretch');
    assert.deepEqual(compare('The Owls won 40 games and stretched Quarnby to six games in the playoffs.', 'The Owls stretched Quarnby to six games last spring.').all(), []);
    assert.deepEqual(compare('The Owls, who won 40 games, lost in the first round.', 'The Owls stretched Quarnby to six games last spring.').all(), []);
  });
  test('"sentenced him to four life sentences": a verb that names the counted thing again says nothing more', () => {
    assert.equal(claimOf('A judge sentenced Venstrup to four life sentences.', 'four life sentences').attribute?.verb, undefined);
  });
});

describe('a figure of what may come', () => {
  test('"could be jailed for up to 30 years", "faces 12 years" are possibilities, not what happened', () => {
    assert.equal(claimOf('Venstrup could be jailed for up to 30 years if convicted.', 'up to 30 years').attribute?.time, 'possible');
    assert.equal(claimOf('Venstrup faces 12 years in prison.', '12 years').attribute?.time, 'possible');
    assert.equal(claimOf('The blast may have killed 30 people, officials said.', '30 people').attribute?.time, undefined);
    assert.equal(claimOf('Venstrup was jailed for 12 years, and his brother could face more.', '12 years').attribute?.time, undefined);
  });
  test('a possible sentence is not compared with the one handed down', () => {
    assert.deepEqual(compare('Venstrup could receive a 30-year sentence for the fraud.', 'Venstrup received a 12-year sentence for the fraud.').all(), []);
    const handedDown = compare('Venstrup received a 30-year sentence for the fraud.', 'Venstrup received a 12-year sentence for the fraud.');
    assert.deepEqual(handedDown.all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});
