/**
 * The rules added since be37a75 (win-loss records, owners, verb and noun things, running totals, model sizes, the day
 * of a verb, exact figures, a count's place, untold figures, ages and years, pounds of weight, nautical miles, one
 * finding per repeated figure), each checked on what a user would see. All sentences are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimOf, claimsIn, compareReports as compare, workspace } from './support';

/** A fighter introduced in full, then named by surname mid-sentence so that the surname is read as a person. */
const bout = (record: string) => `Harlo Venstrup will defend his belt in Quarnby. On Saturday, Venstrup ${record} faces the challenger.`;

describe('win-loss records', () => {
  test('"Venstrup (45-1)", "improved to 10-5" and "a 10-5 record" are records', () => {
    for (const [text, written] of [
      ['Harlo Venstrup (45-1) meets the challenger in Quarnby on Saturday.', '45-1'],
      ['Harlo Venstrup fought in Quarnby. After the decision Venstrup improved to 10-5 on the night.', '10-5'],
      ['Harlo Venstrup fought in Quarnby. Since his debut, Venstrup has compiled a 10-5 record.', '10-5'],
    ] as const) {
      const c = claimOf(text, written);
      assert.equal(c.dimension, 'record', text);
      assert.equal(c.frame, 'record', text);
    }
  });

  test('a score is read past: "a 20-13 win" and "beat the Rams 20-13" give no claim', () => {
    for (const text of [
      'Quarnby earned a 20-13 win over Dellmoor at home.',
      'Quarnby beat the Rams 20-13.',
      'Quarnby beat Dellmoor 20-13 in the final.',
      'The Owls earned a 20-13 victory in Quarnby.',
    ]) {
      const claims = claimsIn(text);
      assert.deepEqual(claims.map((c) => c.written), [], text);
    }
  });

  test('"beat the Rams 20-13 in front of …" is a score too', () => {
    const text = 'Quarnby beat the Rams 20-13 in front of a full stadium.';
    assert.deepEqual(claimsIn(text).filter((c) => c.dimension === 'record').map((c) => c.written), []);
  });

  test('one fighter\'s two records are compared, and the finding is on the record', () => {
    const r = compare(bout('(45-1)'), bout('(43-1)'));
    assert.deepEqual(r.all(), [['a.txt', 'information', '45-1'], ['b.txt', 'information', '43-1']]);
    assert.match(r.figures('a.txt')[0].message, /: 45-1 here; Beta Post says "43-1"\.$/);
  });

  test('the message names a win-loss record: "Win-loss record (Venstrup): …"', () => {
    const r = compare(bout('(45-1)'), bout('(43-1)'));
    assert.equal(r.figures('a.txt')[0]?.message, 'Win-loss record (Venstrup): 45-1 here; Beta Post says "43-1".');
  });

  test('a record "in title fights" is not compared with the overall record; the overall one is', () => {
    const some = 'Harlo Venstrup will defend his belt in Quarnby. On Saturday, Venstrup, who is 9-1 in title fights, faces the challenger.';
    assert.match(claimOf(some, '9-1').attribute?.thing ?? '', /^record in /);
    assert.deepEqual(compare(bout('(45-1)'), some).all(), []);
    const control = compare(bout('(45-1)'), 'Harlo Venstrup will defend his belt in Quarnby. On Saturday, Venstrup, who is 9-1, faces the challenger.');
    assert.deepEqual(control.all(), [['a.txt', 'information', '45-1'], ['b.txt', 'information', '9-1']]);
  });

  test('a figure beside a record in its parentheses or commas is the same fighter\'s: "Venstrup (45-1, 38 KOs)", "Venstrup, 45-1, 38 KOs,"', () => {
    const fight = (venstrup: string) => `Harlo Venstrup met Odel Brannick in Quarnby. On Saturday, Venstrup (${venstrup}) stopped Brannick, 30-4, 21 KOs, in the fifth.`;
    const text = fight('45-1, 38 KOs');
    assert.deepEqual([claimOf(text, '38 KOs').attribute?.owner, claimOf(text, '21 KOs').attribute?.owner], ['venstrup', 'brannick']);
    assert.equal(claimOf(text, '38 KOs').attribute?.thing, 'knockout');
    assert.deepEqual(compare(text, fight('45-1, 37 knockouts')).all().map(([id, , w]) => [id, w]), [['a.txt', '38 KOs'], ['b.txt', '37 knockouts']]);
  });

  test('two fighters\' records are not compared', () => {
    const r = compare(bout('(45-1)'), 'Odel Brannick will challenge for the belt in Quarnby. On Saturday, Brannick (30-4) faces the champion.');
    assert.deepEqual(r.all(), []);
  });

  test('a lone outlier record against two agreeing reports is a warning; the agreeing ones are information', () => {
    const r = compare(bout('(45-1)'), bout('(45-1)').replace('faces', 'meets'), bout('(41-3)'));
    assert.deepEqual(r.all(), [['a.txt', 'information', '45-1'], ['b.txt', 'information', '45-1'], ['c.txt', 'warning', '41-3']]);
    assert.match(r.figures('c.txt')[0].message, /: 41-3 here; Alpha News says "45-1"; Beta Post says "45-1"\.$/);
  });
});

describe('records of teams', () => {
  const team = (record: string) => `The Quarnby Owls beat Dellmoor on Sunday. Afterwards the rookie Edda Brannick led ${record} into the playoffs.`;

  test('a pair in parentheses after a name is that side\'s record, whatever result words stand around it', () => {
    for (const [text, owner] of [
      ['The rookie led Quarnby (10-5) downfield late in the game.', 'quarnby'],
      ['The Owls (10-5) won again on Sunday.', 'owls'],
      ['By beating Dellmoor, Quarnby\'s record rose to 9-5 on Sunday.', 'quarnby'],
    ] as const) {
      const c = claimsIn(text).find((x) => x.dimension === 'record');
      assert.equal(c?.attribute?.owner, owner, text);
    }
  });

  test('after the beaten side\'s name, or a tie word, the pair is a score, not a record', () => {
    assert.deepEqual(claimsIn('The Owls beat the Dellmoor Rams (20-13) at home.').filter((c) => c.dimension === 'record'), []);
    assert.deepEqual(claimsIn('The Owls were tied with the Rams at 12-12 before a late run.').filter((c) => c.dimension === 'record'), []);
  });

  test('a team\'s record pairs with another report\'s although one sentence names a player', () => {
    const r = compare(team('Quarnby (10-5)'), team('Quarnby (9-5)'), team('Quarnby (10-5)').replace('Sunday', 'Sunday night'));
    assert.deepEqual(r.all().filter(([, , w]) => /-/.test(w)), [['a.txt', 'information', '10-5'], ['b.txt', 'warning', '9-5'], ['c.txt', 'information', '10-5']]);
  });

  test('an all-time record is not the season\'s, and a year in a later clause does not date the record', () => {
    assert.equal(claimOf('The win improved Quarnby to 41-20 all-time in cup play.', '41-20').attribute?.time, 'career');
    const c = claimOf('Edda Brannick scored twice in 2024. Quarnby\'s record rose to 9-5 and they made the playoffs after a poor season in 2023.', '9-5');
    assert.equal(c.attribute?.time, undefined);
  });
});

describe('owners', () => {
  test('whoever says a figure does not own it, and is none of the people it is about', () => {
    const said = claimOf('Inspector Odel Brannick said the climber fell about 600 metres.', 'about 600 metres');
    assert.deepEqual([said.attribute?.owner, said.attribute?.people], [undefined, undefined]);
    assert.deepEqual(claimOf('Harlo Venstrup caught 29 passes, coach Edda Brannick said.', '29 passes').attribute?.people, ['harlo venstrup']);
  });

  test('a person after "from" or "by" right after a count owns it: "14 points from backup centre Edda Brannick"', () => {
    const text = 'Quarnby got 14 points from backup centre Edda Brannick, while starting centre Odel Varrick scored 11 points.';
    assert.deepEqual([claimOf(text, '14 points').attribute?.owner, claimOf(text, '11 points').attribute?.owner], ['edda brannick', 'odel varrick']);
    assert.equal(claimOf('The convoy brought 40 trucks from Port Dellmoor.', '40 trucks').attribute?.owner, undefined);
    assert.deepEqual(compare(text, 'Edda Brannick scored 11 points off the bench for Quarnby.').all(), []);
  });

  test('the same thing of the same owner pairs although the sentences share no other words', () => {
    const records = compare(bout('(45-1)'), 'Harlo Venstrup returns to the ring this weekend. Fans expect Venstrup, 43-1, to win easily.');
    assert.deepEqual(records.all(), [['a.txt', 'information', '45-1'], ['b.txt', 'information', '43-1']]);
    const runs = compare(
      'Harlo Venstrup started at tailback for Quarnby. In the third quarter, Venstrup\'s 84-yard run stunned the home crowd.',
      'Harlo Venstrup started at tailback for Quarnby. Nobody could catch Venstrup on an 86-yard run before halftime.',
    );
    assert.deepEqual(runs.all(), [['a.txt', 'information', '84-yard'], ['b.txt', 'information', '86-yard']]);
  });

  test('different given names with one surname are different people; the same given name, or the surname alone, is one', () => {
    const harlo = claimOf('Coach Harlo Venstrup\'s 30-yard run decided the game against Quarnby.', '30-yard');
    const edda = claimOf('Coach Edda Venstrup\'s 45-yard run decided the game against Quarnby.', '45-yard');
    assert.deepEqual([harlo.attribute?.owner, edda.attribute?.owner], ['harlo venstrup', 'edda venstrup']);
    assert.deepEqual(compare(
      'Coach Harlo Venstrup\'s 30-yard run decided the game against Quarnby.',
      'Coach Edda Venstrup\'s 45-yard run decided the game against Quarnby.',
    ).all(), []);
    assert.deepEqual(compare(
      'Coach Harlo Venstrup\'s 30-yard run decided the game against Quarnby.',
      'Coach Harlo Venstrup\'s 45-yard run decided the game against Quarnby.',
    ).all(), [['a.txt', 'information', '30-yard'], ['b.txt', 'information', '45-yard']]);
    assert.deepEqual(compare(
      'Coach Harlo Venstrup\'s 30-yard run decided the game against Quarnby.',
      'Coach Harlo Venstrup returned to the side. Venstrup\'s 45-yard run decided the game against Quarnby.',
    ).all(), [['a.txt', 'information', '30-yard'], ['b.txt', 'information', '45-yard']]);
    // a word written before the name ("Englishman Harlo Venstrup") does not make another person
    assert.deepEqual(compare(
      'Coach Harlo Venstrup\'s 30-yard run decided the game against Quarnby.',
      'Englishman Harlo Venstrup\'s 45-yard run decided the game against Quarnby.',
    ).all(), [['a.txt', 'information', '30-yard'], ['b.txt', 'information', '45-yard']]);
  });
});

describe('things read from verbs', () => {
  const tailback = (rest: string) => `Harlo Venstrup started at tailback. Venstrup ${rest} before he was tackled.`;

  test('a thing read from a verb is not compared with a different noun thing: a kick return is not "a 40-yard pass"', () => {
    const ret = claimOf(tailback('returned the kick for 32 yards'), '32 yards');
    assert.equal(ret.attribute?.thing, 'return');
    assert.equal(ret.attribute?.thingFromVerb, true);
    assert.deepEqual(compare(tailback('returned the kick for 32 yards'), tailback('caught a 40-yard pass')).all(), []);
    assert.deepEqual(compare(tailback('took the kick back 32 yards'), tailback('caught a 40-yard pass')).all(), []);
    // a verb and a noun of the same thing are compared
    assert.deepEqual(compare(tailback('returned the kick for 32 yards'), tailback('had a 40-yard return')).all(),
      [['a.txt', 'information', '32 yards'], ['b.txt', 'information', '40-yard']]);
  });

  test('two different verbs are compared: "plunged 5 percent" and "closed down 3 percent"', () => {
    const plunged = claimOf('Shares in Quarnby Mining plunged 5 percent on Tuesday after the report.', '5 percent');
    assert.equal(plunged.attribute?.thingFromVerb, true);
    const r = compare(
      'Shares in Quarnby Mining plunged 5 percent on Tuesday after the report.',
      'Shares in Quarnby Mining closed down 3 percent on Tuesday after the report.',
    );
    assert.deepEqual(r.all(), [['a.txt', 'information', '5 percent'], ['b.txt', 'information', '3 percent']]);
  });

  test('the message names a verb\'s thing only by a whole word ("shake"), never by a clipped stem ("plung")', () => {
    const r = compare(
      'Shares in Quarnby Mining plunged 5 percent on Tuesday after the report.',
      'Shares in Quarnby Mining closed down 3 percent on Tuesday after the report.',
    );
    assert.match(r.figures('a.txt')[0].message, /^Percentage: 5% here/);
    const t = compare('The tremor shook houses for about a minute.', 'The tremor shook houses for about three minutes.');
    assert.match(t.figures('a.txt')[0].message, /^Duration of the shake: 1 min here/);
  });
});

describe('time scope', () => {
  test('"former" is a title, not a time: "the former captain ran for 30 yards" is compared with this game\'s run', () => {
    const c = claimOf('Harlo Venstrup started at tailback. The former Quarnby captain ran for 30 yards on the last drive.', '30 yards');
    assert.equal(c.attribute?.time, undefined);
    assert.deepEqual(compare(
      'Harlo Venstrup started at tailback. The former Quarnby captain ran for 30 yards on the last drive.',
      'Harlo Venstrup started at tailback. The Quarnby veteran ran for 45 yards on the last drive.',
    ).all(), [['a.txt', 'information', '30 yards'], ['b.txt', 'information', '45 yards']]);
    assert.equal(claimOf('A former soldier killed 12 people in Quarnby on Tuesday.', '12 people').attribute?.time, undefined);
    assert.deepEqual(compare('A former soldier killed 12 people in Quarnby on Tuesday.', 'A gunman killed 15 people in Quarnby on Tuesday.').all(),
      [['a.txt', 'information', '12 people'], ['b.txt', 'information', '15 people']]);
  });

  test('a total over several raids is cumulative, and not compared with one raid\'s figure', () => {
    const opening = 'In their five raids so far, the crew seized 31 rifles.';
    const during = 'Police said the crew seized 31 rifles during the five raids.';
    const one = 'Police said the crew seized 12 rifles in the raid on Tuesday.';
    assert.equal(claimOf(opening, '31 rifles').attribute?.time, 'cumulative');
    assert.equal(claimOf(during, '31 rifles').attribute?.time, 'cumulative');
    assert.equal(claimOf(one, '12 rifles').attribute?.time, undefined);
    assert.deepEqual(compare(opening, one).all(), []);
    assert.deepEqual(compare(during, one).all(), []);
    // one raid against one raid is compared
    assert.deepEqual(compare('Police said the crew seized 31 rifles in the raid.', one).all(), [['a.txt', 'information', '31 rifles'], ['b.txt', 'information', '12 rifles']]);
  });

  test('two running totals are compared, and the message says "all told"', () => {
    const r = compare('In their five raids so far, the crew seized 31 rifles.', 'Police said the crew seized 29 rifles during the five raids.');
    assert.deepEqual(r.all(), [['a.txt', 'information', '31 rifles'], ['b.txt', 'information', '29 rifles']]);
    assert.equal(r.figures('a.txt')[0].message, 'Number of rifles, all told: 31 here; Beta Post says "29 rifles".');
  });

  test('"in his last 10 games" makes a total cumulative; "this month" does not', () => {
    const total = 'Harlo Venstrup started up front for Quarnby. Venstrup has scored 14 goals in his last 10 games.';
    const game = 'Harlo Venstrup started up front for Quarnby. Venstrup scored 3 goals in the game on Sunday.';
    assert.equal(claimOf(total, '14 goals').attribute?.time, 'cumulative');
    assert.deepEqual(compare(total, game).all(), []);
    const control = compare('Harlo Venstrup started up front for Quarnby. Venstrup has scored 14 goals this month.', game);
    assert.deepEqual(control.all(), [['a.txt', 'information', '14 goals'], ['b.txt', 'information', '3 goals']]);
  });
});

describe('sizes that name a model', () => {
  test('"the 13-inch model" and "the 15-inch version" are no length claims; "a screen 13 inches wide" is', () => {
    assert.deepEqual(claimsIn('Reviewers preferred the 13-inch model of the Zentrabook for its battery.').map((c) => c.written), []);
    assert.deepEqual(claimsIn('The 15-inch version of the Zentrabook costs more.').map((c) => c.written), []);
    assert.equal(claimOf('The Zentrabook has a screen 13 inches wide.', '13 inches').dimension, 'length');
    assert.deepEqual(compare('The 13-inch model of the Zentrabook sold out in Quarnby.', 'The 15-inch model of the Zentrabook sold out in Quarnby.').all(), []);
  });
});

describe('figures of two days\' happenings', () => {
  const twoQuakes = (first: string, second: string) => `The first quake struck on Sunday ${first} west of Quarnby. Wednesday's quake struck ${second} west of Quarnby.`;

  test('in a report of two days\' happenings, a sentence dated to a day ("Wednesday\'s quake", "struck on Sunday") carries the day to its figures', () => {
    assert.equal(claimOf(twoQuakes('135 km', '75 km'), '75 km').attribute?.day, 3);
    assert.equal(claimOf(twoQuakes('135 km', '75 km'), '135 km').attribute?.day, 0);
    assert.equal(claimOf('The agency said on Sunday the quake struck 135 km from Quarnby. It said on Monday the quake was shallow.', '135 km').attribute?.day, undefined);
  });

  test('figures of two days\' happenings are not compared; a report of one day\'s happening is compared whatever day it gives', () => {
    assert.deepEqual(compare(twoQuakes('135 km', '75 km'), twoQuakes('135 km', '75 km')).all(), []);
    assert.deepEqual(compare(twoQuakes('135 km', '75 km'), twoQuakes('135 km', '80 km')).all().map(([id, , w]) => [id, w]), [['a.txt', '75 km'], ['b.txt', '80 km']]);
    assert.deepEqual(compare('The ferry left on Friday with 180 passengers.', 'The ferry left on Saturday with 150 passengers.').all().map(([id, , w]) => [id, w]),
      [['a.txt', 'on Friday'], ['a.txt', '180 passengers'], ['b.txt', 'on Saturday'], ['b.txt', '150 passengers']]);
  });
});

describe('the day of a verb', () => {
  test('"the killing of Harlo Venstrup, 15, on Saturday": the age set off by commas does not hide what the day dates', () => {
    assert.equal(claimOf('The killing of Harlo Venstrup, 15, on Saturday sparked riots across Quarnby.', 'on Saturday').frame, 'killing');
    assert.equal(claimOf('The killing of 15 people on Saturday sparked riots across Quarnby.', 'on Saturday').frame, undefined);
  });

  test('"the trial starts Monday" dates the trial, not the killing told before it', () => {
    assert.equal(claimOf('The trial of the man accused of killing two workers starts Monday in Quarnby.', 'Monday').frame, undefined);
  });

  test('"were still grieving Saturday after the killing": Saturday is not the day of the killing', () => {
    const mourning = 'Mourners in Quarnby were still grieving Saturday after the killing of Harlo Venstrup.';
    assert.notEqual(claimOf(mourning, 'Saturday').frame, 'killing');
    assert.equal(claimOf('Harlo Venstrup was killed on Thursday in Quarnby.', 'on Thursday').frame, 'killing');
    assert.deepEqual(compare('Harlo Venstrup was killed on Thursday in Quarnby, police said.', mourning).all(), []);
    const control = compare('Harlo Venstrup was killed on Thursday in Quarnby, police said.', 'Harlo Venstrup was killed on Saturday in Quarnby, police said.');
    assert.deepEqual(control.all(), [['a.txt', 'warning', 'on Thursday'], ['b.txt', 'warning', 'on Saturday']]);
  });

  test('a day right after a happening of its own dates it: "went on trial Wednesday for the killing", "released later Monday"', () => {
    assert.notEqual(claimOf('Two men went on trial Wednesday for the killing of Harlo Venstrup.', 'Wednesday').frame, 'killing');
    assert.notEqual(claimOf('A witness to the shooting was released later Monday, police said.', 'Monday').frame, 'shooting');
    assert.equal(claimOf('Harlo Venstrup was shot dead on Monday outside his home.', 'on Monday').frame !== undefined, true);
  });
});

describe('exact figures', () => {
  const run = (size: string) => `Harlo Venstrup started at tailback. Venstrup broke free for an ${size} run in the second half.`;

  test('"an 84-yard run" and "an 86-yard run" conflict; equal ones and a conversion within rounding do not', () => {
    const r = compare(run('84-yard'), run('86-yard'));
    assert.deepEqual(r.all(), [['a.txt', 'information', '84-yard'], ['b.txt', 'information', '86-yard']]);
    assert.equal(r.figures('a.txt')[0].message, 'Distance of the run (Venstrup): 84 yd here; Beta Post says "86-yard".');
    assert.deepEqual(compare(run('84-yard'), run('84-yard')).all(), []);
    // 77 metres is 84.2 yards: a conversion keeps the rounding slack
    assert.deepEqual(compare(run('84-yard'), run('77-metre')).all(), []);
  });

  test('round figures keep the slack: "180 passengers" agrees with "182"; "181" and "183" do not agree', () => {
    const ferry = (n: number) => `The ferry Meridel carried ${n} passengers when it left Quarnby.`;
    assert.deepEqual(compare(ferry(180), ferry(182)).all(), []);
    assert.deepEqual(compare(ferry(181), ferry(183)).all(), [['a.txt', 'information', '181 passengers'], ['b.txt', 'information', '183 passengers']]);
  });
});

describe('a count\'s place', () => {
  test('"24 people in the district" is not compared with "31 people in 13 countries"; two tolls in the district are', () => {
    assert.equal(claimOf('The storm killed 24 people in the district on Tuesday.', '24 people').attribute?.place, 'district');
    assert.equal(claimOf('The storm killed 31 people in 13 countries on Tuesday.', '31 people').attribute?.place, 'country');
    assert.deepEqual(compare('The storm killed 24 people in the district on Tuesday.', 'The storm killed 31 people in 13 countries on Tuesday.').all(), []);
    assert.deepEqual(compare('The storm killed 24 people in the district on Tuesday.', 'The storm killed 31 people in the district on Tuesday.').all(),
      [['a.txt', 'information', '24 people'], ['b.txt', 'information', '31 people']]);
  });
});

describe('untold figures', () => {
  test('a count of "people" with no verb to say what they did or what befell them is compared with nothing', () => {
    assert.deepEqual(compare('More than 200 people were in the square in Quarnby.', 'About 60 people were inside the shop in Quarnby.').all(), []);
    assert.deepEqual(compare('More than 200 people were killed in Quarnby.', 'About 60 people were killed in Quarnby.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('a distance, a span of time or a percentage whose thing is not told is compared with nothing', () => {
    for (const [a, b, written] of [
      ['It was 40 km to the nearest town, Harlo Venstrup said.', 'It was 60 km to the nearest town, Harlo Venstrup said.', '40 km'],
      ['In Quarnby, three years is a long time, Harlo Venstrup said.', 'In Quarnby, five years is a long time, Harlo Venstrup said.', 'three years'],
      ['Prices in Quarnby were 5 percent higher.', 'Prices in Quarnby were 9 percent higher.', '5 percent'],
    ] as const) {
      assert.equal(claimOf(a, written).attribute?.thing, undefined, a);
      assert.deepEqual(compare(a, b).all(), [], a);
    }
  });

  test('told ones are compared: "drove 40 km", "shook houses for about a minute" (the verb past its object)', () => {
    assert.deepEqual(compare('The convoy drove 40 km before it stopped.', 'The convoy drove 60 km before it stopped.').all(),
      [['a.txt', 'information', '40 km'], ['b.txt', 'information', '60 km']]);
    assert.equal(claimOf('The tremor shook houses for about a minute.', 'about a minute').attribute?.thingFromVerb, true);
    assert.deepEqual(compare('The tremor shook houses for about a minute.', 'The tremor shook houses for about three minutes.').all(),
      [['a.txt', 'information', 'about a minute'], ['b.txt', 'information', 'about three minutes']]);
  });
});

describe('a measure of a stuff', () => {
  test('"13 inches of snow" measures snow, and the message says "Amount of snow"', () => {
    assert.equal(claimOf('Parts of the county could get 13 inches of snow by Monday.', '13 inches').attribute?.thing, 'snow');
    assert.notEqual(claimOf('The quake struck within 5 km of the coast.', '5 km').attribute?.thing, 'coast');
    const r = compare('Parts of the county got 13 inches of snow on Monday.', 'Parts of the county got 20 inches of snow on Monday.');
    assert.match(r.figures('a.txt')[0]?.message ?? '', /^Amount of snow: 13 in here; Beta Post says "20 inches"/);
  });

  test('a count label names an irregular plural as written: "Number of men", "Number of children"', () => {
    const r = compare('Police said two men were seen near the quay.', 'Police said three men were seen near the quay.');
    assert.match(r.figures('a.txt')[0]?.message ?? '', /^Number of men: 2 here/);
  });
});

describe('ages', () => {
  test('"ranged in age from 39 to 60" is an age range, no toll', () => {
    assert.deepEqual(claimsIn('Six people died. The dead ranged in age from 39 to 60.').map((c) => [c.written, c.dimension]), [['Six people', 'count'], ['39 to 60', 'age']]);
  });

  test('"would have turned 20" is an age; "turned 3 turnovers into points" is a count', () => {
    assert.equal(claimOf('The victim would have turned 20 on Friday.', '20').dimension, 'age');
    assert.equal(claimOf('The Owls turned 3 turnovers into points.', '3 turnovers').dimension, 'count');
  });

  test('"the 12-year-old girl" in a sentence naming Venstrup is the girl\'s age, and not compared with "Venstrup, 55,"', () => {
    const girl = 'Harlo Venstrup said the 12-year-old girl was pulled from the river in Quarnby.';
    const c = claimOf(girl, '12-year-old');
    assert.equal(c.dimension, 'age');
    assert.equal(c.attribute?.owner, 'the girl');
    assert.equal(claimOf('Harlo Venstrup, 55, said the girl was pulled from the river in Quarnby.', '55').attribute?.owner, 'harlo venstrup');
    assert.deepEqual(compare(girl, 'Harlo Venstrup, 55, said the girl was pulled from the river in Quarnby.').all(), []);
    const control = compare('Harlo Venstrup, 55, said the girl was pulled from the river in Quarnby.', 'Harlo Venstrup, 57, said the girl was pulled from the river in Quarnby.');
    assert.deepEqual(control.all(), [['a.txt', 'information', '55'], ['b.txt', 'information', '57']]);
  });

  test('ages in reports of different years agree when they differ by the years between them', () => {
    const race = (year: number, age: number) => `The Quarnby marathon was run in ${year}. Harlo Venstrup, ${age}, won the race.`;
    assert.equal(claimOf(race(2010, 54), '54').attribute?.asOf, 2010);
    assert.deepEqual(compare(race(2010, 54), race(2011, 55)).all(), []);
    assert.deepEqual(compare(race(2010, 54), race(2013, 57)).all(), []);
    // the same year, a younger man a year on, or too many years apart: a finding
    assert.deepEqual(compare(race(2010, 54), race(2010, 55)).all(), [['a.txt', 'information', '54'], ['b.txt', 'information', '55']]);
    assert.deepEqual(compare(race(2010, 55), race(2011, 54)).all(), [['a.txt', 'information', '55'], ['b.txt', 'information', '54']]);
    assert.deepEqual(compare(race(2010, 54), race(2011, 59)).all(), [['a.txt', 'information', '54'], ['b.txt', 'information', '59']]);
  });
});

describe('pounds', () => {
  test('"2.38 pounds (1.08 kg)" and "weighing 130 pounds" are weights; "£2.38" and "costs 2.38 pounds" are money', () => {
    for (const [text, written] of [
      ['The Zentrabook is 2.38 pounds (1.08 kg) and comes in silver.', '2.38 pounds'],
      ['Harlo Venstrup, weighing 130 pounds, was the lightest fighter in Quarnby.', '130 pounds'],
    ] as const) {
      const c = claimOf(text, written);
      assert.deepEqual([c.dimension, c.unit], ['mass', 'lb'], text);
    }
    for (const [text, written] of [
      ['The Zentrabook case costs £2.38 in Quarnby.', '£2.38'],
      ['The Zentrabook case costs 2.38 pounds in Quarnby.', '2.38 pounds'],
    ] as const) {
      const c = claimOf(text, written);
      assert.deepEqual([c.dimension, c.unit], ['money', 'GBP'], text);
    }
  });

  test('"weighs 2.38 pounds (1.08 kg)" is a right conversion; "(1.5 kg)" is not', () => {
    const findings = (text: string) => workspace({ 'a.txt': { text } }).findings('a.txt').map((f) => [f.code, f.written]);
    assert.deepEqual(findings('The Zentrabook weighs 2.38 pounds (1.08 kg), reviewers in Quarnby said.'), []);
    assert.deepEqual(findings('The Zentrabook weighs 2.38 pounds (1.5 kg), reviewers in Quarnby said.'), [['conversion-mismatch', '1.5 kg']]);
  });
});

describe('nautical miles', () => {
  const sank = (distance: string) => `The trawler Meridel sank ${distance} off Quarnby on Monday.`;

  test('"13 nautical miles" and "some 13 miles" (or "13 miles") are one figure; "some 19 miles" and "13 km" are not', () => {
    assert.deepEqual(compare(sank('13 nautical miles'), sank('some 13 miles')).all(), []);
    assert.deepEqual(compare(sank('13 nautical miles'), sank('13 miles')).all(), []);
    assert.deepEqual(compare(sank('13 nautical miles'), sank('some 19 miles')).all(), [['a.txt', 'information', '13 nautical miles'], ['b.txt', 'information', 'some 19 miles']]);
    assert.deepEqual(compare(sank('13 nautical miles'), sank('13 km')).all(), [['a.txt', 'information', '13 nautical miles'], ['b.txt', 'information', '13 km']]);
  });
});

describe('one finding per repeated figure', () => {
  test('a figure in the headline and the body gets one finding, on the body', () => {
    const body = 'The storm killed 24 people in Quarnby on Tuesday, officials said.';
    const text = `Storm kills 24 people in Quarnby\n${body}`;
    const r = compare(text, 'The storm killed 31 people in Quarnby on Tuesday, officials said.');
    const found = r.figures('a.txt');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => [f.written, f.span.start])));
    const full = r.ws.analyzer.text('a.txt')!;
    assert.equal(found[0].span.start, full.indexOf(body) + body.indexOf('24 people'));
    // the headline alone still gets its finding
    const headline = compare('Storm kills 24 people in Quarnby\nRescuers searched the rubble on Tuesday.', 'The storm killed 31 people in Quarnby on Tuesday, officials said.');
    assert.deepEqual(headline.figures('a.txt').map((f) => f.written), ['24 people']);
  });

  test('a long first sentence ending in a full stop is the lead, not a headline: the finding stays where the figure is first stated', () => {
    const lead = 'Two days after the storm that killed 24 people swept through the valley, rescuers in Quarnby were still searching the rubble of the old mill.';
    const text = `${lead}\nThe storm killed 24 people, the mayor said on Thursday.`;
    const r = compare(text, 'The storm killed 31 people in Quarnby on Tuesday, officials said.');
    const found = r.figures('a.txt');
    assert.equal(found.length, 1);
    const full = r.ws.analyzer.text('a.txt')!;
    assert.equal(found[0].span.start, full.indexOf(lead) + lead.indexOf('24 people'));
  });
});

describe('years', () => {
  test('"Voters in 2009 approved the bond" dates the approval, compared with "Voters in 2010 approved the bond"', () => {
    assert.equal(claimOf('Voters in 2009 approved a $3 million bond for the quay.', '2009').attribute?.thing, 'approv');
    assert.deepEqual(compare('Voters in 2009 approved a $3 million bond for the quay.', 'Quarnby voters in 2010 approved a $3 million bond for the quay.').all().map(([id, , w]) => [id, w]),
      [['a.txt', '2009'], ['b.txt', '2010']]);
  });

  test('the year of one named happening is compared, a year apart at most; 1-vs-1 it is information', () => {
    const r = compare(
      'The former mayor of Quarnby was indicted in 1969 on charges of bribing the town council.',
      'In 1970, the former mayor of Quarnby was indicted on charges of bribing the town council.',
    );
    assert.deepEqual(r.all(), [['a.txt', 'information', '1969'], ['b.txt', 'information', '1970']]);
    assert.match(r.figures('a.txt')[0].message, /^Year: 1969 here; Beta Post says "1970"\.$/);
    // years far apart date two happenings ("indicted in 1969", "indicted in 1992": two indictments)
    assert.deepEqual(compare(
      'The former mayor of Quarnby was indicted in 1969 on charges of bribing the town council.',
      'The former mayor of Quarnby was indicted in 1992 on charges of bribing the town council.',
    ).all(), []);
  });

  test('a year that names a season or an election is not the date of a happening', () => {
    assert.deepEqual(compare(
      'Harlo Venstrup ran for 900 yards in the 2009 season with Quarnby.',
      'Harlo Venstrup ran for 900 yards in the 2010 season with Quarnby.',
    ).all().filter(([, , written]) => /^20/.test(written)), []);
  });
});

describe('rules of this round', () => {
  test('a span opened by "for" belongs to the verb before its object', () => {
    assert.equal(claimOf('Witnesses felt the ground shaking beneath them for about a minute.', 'about a minute').attribute?.thing, 'shak');
    assert.equal(claimOf('The tremor shook houses for about a minute.', 'about a minute').attribute?.thing, 'shake');
  });

  test('a vague amount carries no finding and is no figure to check against', () => {
    const r = compare('Dozens of people were injured in the blast in Quarnby.', 'About 140 people were injured in the blast in Quarnby.');
    assert.deepEqual(r.all(), []);
  });

  test('a ceiling says little about a figure well under it; near it, it is worth a look', () => {
    // ("less than 50" reads as 30 to 50: a figure below that range still conflicts)
    assert.deepEqual(compare('The camp lies less than 50 km from Quarnby.', 'The camp lies 35 km from Quarnby.').all(), []);
    assert.deepEqual(compare('The ferry sailed at a maximum speed of 30 knots.', 'The ferry sailed at about 27 knots.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });

  test('two spellings, each with its own first name beside it, are two people', () => {
    const r = workspace({
      'a.txt': { source: 'Alpha News', text: 'Greg Tamsey was charged on Monday in Quarnby after the fire at the warehouse.' },
      'b.txt': { source: 'Beta Post', text: 'Dan Tamsen was charged on Monday in Quarnby after the fire at the warehouse.' },
    });
    assert.deepEqual(['a.txt', 'b.txt'].flatMap((id) => r.findings(id).filter((f) => f.code === 'entity-spelling')), []);
  });

  test('two reports that each write both forms use two names on purpose; a lone report\'s odd form is still a slip', () => {
    const both = 'The Harrowgate fund paid for the Harowgate library in Quarnby on Monday.';
    const one = 'The Harrowgate fund paid for the new library in Quarnby on Monday.';
    const r = workspace({ 'a.txt': { source: 'Alpha News', text: both }, 'b.txt': { source: 'Beta Post', text: both }, 'c.txt': { source: 'Gamma Wire', text: one }, 'd.txt': { source: 'Delta Times', text: one } });
    assert.deepEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt'].flatMap((id) => r.findings(id).filter((f) => f.code === 'entity-spelling')), []);
    const slip = workspace({ 'a.txt': { source: 'Alpha News', text: one.replace('Harrowgate', 'Harowgate') }, 'c.txt': { source: 'Gamma Wire', text: one }, 'd.txt': { source: 'Delta Times', text: one } });
    assert.deepEqual(slip.findings('a.txt').filter((f) => f.code === 'entity-spelling').map((f) => [f.written, f.severity]), [['Harowgate', 'warning']]);
  });

  test('a lone report outvoted by two that agree is a warning even when a third report pairs loosely', () => {
    const r = compare(
      'The island lies 1,150 km south of Quarnby, officials said.',
      'The island lies 1,500 km south of Quarnby, officials said.',
      'The island lies 1,500 km south of Quarnby, the agency said.',
    );
    assert.deepEqual(r.all().filter(([id]) => id === 'a.txt'), [['a.txt', 'warning', '1,150 km']]);
  });
});

describe('honours counted in times', () => {
  test('"a four-time all-star" and "a five-time champion" count different honours', () => {
    assert.equal(claimOf('Harlo Venstrup, a four-time all-star, scored 20 points.', 'four-time').attribute?.thing, 'time all-star');
    assert.deepEqual(compare(
      'Harlo Venstrup, a four-time all-star, scored 20 points for Quarnby on Sunday.',
      'Harlo Venstrup, a five-time champion, scored 20 points for Quarnby on Sunday.',
    ).all().filter(([, , written]) => /time/.test(written)), []);
  });

  test('the honour is the last word of its name: "a four-time Coastal League all-star" counts all-star selections', () => {
    for (const text of ['Harlo Venstrup, a four-time Coastal League all-star, scored 20 points.', 'Harlo Venstrup, a four-time CL All-Star, scored 20 points.']) {
      assert.equal(claimsIn(text).find((c) => c.written.startsWith('four-time'))?.attribute?.thing, 'time all-star', text);
    }
  });
});

describe('planned events', () => {
  test('"will be charged on Tuesday" is a plan, not the day of an arrest', () => {
    assert.deepEqual(compare('Police arrested the driver on Monday in Quarnby.', 'Police said the driver will be charged on Tuesday in Quarnby.').all(), []);
    // the control: two days of one arrest
    assert.deepEqual(compare('Police arrested the driver on Monday in Quarnby.', 'Police arrested the driver on Tuesday in Quarnby.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('attributed estimates', () => {
  test('an estimate someone is quoted as giving stays information; the same figure stated outright is a warning', () => {
    const stated = compare(
      'The train was travelling at about 90 km/h when it left the rails near Quarnby.',
      'The train was travelling at 140 km/h when it left the rails near Quarnby.',
      'The train was travelling at 140 km/h when it left the rails near Quarnby, police said.',
    );
    assert.deepEqual(stated.all().filter(([id]) => id === 'a.txt'), [['a.txt', 'warning', 'about 90 km/h']]);
    const estimated = compare(
      'The train was travelling at about 90 km/h when it left the rails near Quarnby, according to a witness.',
      'The train was travelling at 140 km/h when it left the rails near Quarnby.',
      'The train was travelling at 140 km/h when it left the rails near Quarnby, police said.',
    );
    assert.deepEqual(estimated.all().filter(([id]) => id === 'a.txt'), [['a.txt', 'information', 'about 90 km/h']]);
  });
});

describe('figures the new readers must leave alone (review regressions)', () => {
  test('"local", "hrs", "after" and a larger second figure keep ordinary figures', () => {
    assert.equal(claimsIn('Five local residents were killed in Quarnby.').find((c) => c.written.startsWith('Five'))?.dimension, 'count');
    assert.equal(claimOf('The siege of Quarnby lasted 48 hrs.', '48 hrs').dimension, 'duration');
    assert.equal(claimOf('Police arrested him three times after the riot.', 'three times').dimension, 'count');
    assert.equal(claimOf('The toll rose to 10-12 in Quarnby.', '10-12').dimension, 'count');
    assert.equal(claimOf('Volunteers aged 18-25 joined the search.', '18-25').dimension, 'age');
    // a result or record word still makes a pair of the same shape a score or a record
    assert.equal(claimOf('Harlo Venstrup will defend his belt in Quarnby. On Saturday, Venstrup (10-12) faces the challenger.', '10-12').dimension, 'record');
  });

  test('an opening "Within a week" is a time, not a rate; "put out the fire" is no attribution', () => {
    assert.equal(claimOf('Within a week, 40 people were arrested in Quarnby.', '40 people').attribute?.time, undefined);
    assert.equal(claimOf('Firefighters put out the fire; about 40 people were hurt in Quarnby.', 'about 40 people').attribute?.attributed, undefined);
  });
});

describe('written precision of conversions', () => {
  test('"20 km (16 miles)" is wrong even read to tens; "10 miles (15 km)" is not', () => {
    const codes = (text: string) => compare(text).ws.findings('a.txt').map((f) => f.code);
    assert.deepEqual(codes('The border post lies 20 km (16 miles) from Quarnby.'), ['conversion-mismatch']);
    assert.deepEqual(codes('The border post lies 10 miles (15 km) from Quarnby.'), []);
  });
});

describe('what a number counts', () => {
  test('a verb after the number or a plural noun is not counted: "one landed", "two bombs hit"; "one shot", "three runs" are nouns', () => {
    assert.deepEqual(claimsIn('Two bombs hit the camp and one landed near the school.').map((c) => [c.written, c.attribute?.thing]), [['Two bombs', 'blast']]);
    assert.equal(claimOf('The guard fired one shot at the car.', 'one shot').attribute?.thing, 'shoot');
    assert.equal(claimOf('The Owls scored three runs in the ninth.', 'three runs').attribute?.thing, 'run');
    assert.equal(claimOf('Traders counted 355 damaged shops in Quarnby.', '355 damaged shops').attribute?.thing, 'shop');
  });

  test('a word joined to the number by a hyphen is what is counted, and nothing befell it: "a two-boat collision killed three"', () => {
    const crash = claimsIn('A two-boat collision near Quarnby killed three people.');
    assert.deepEqual(crash.map((c) => [c.written, c.frame]), [['two-boat', 'count:boat'], ['three people', 'deaths']]);
    assert.equal(claimOf('Shells hit a 200-student school in Quarnby.', '200-student').frame, 'count:student');
  });

  test('a compound that names a kind or a margin is compared with nothing: "a 45-caliber gun", "the 64-bit version", "a 10-point lead"', () => {
    for (const [text, written] of [
      ['Police found a 45-caliber gun in the car.', '45-caliber'],
      ['He installed the 64-bit version of the program.', '64-bit'],
      ['The Owls built a 10-point lead in the second half.', '10-point'],
      ['Brannick hit a 3-pointer at the buzzer.', '3-pointer'],
    ] as const) assert.equal(claimOf(text, written).frame, undefined, text);
    assert.deepEqual(compare('Police found a 45-caliber gun in the car.', 'Police found a 32-caliber gun in the car.').all(), []);
  });

  test('"his first 17 passes" is a run at one end of the game\'s passes, not compared with the whole', () => {
    assert.equal(claimOf('Harlo Venstrup completed his first 17 passes.', '17 passes').attribute?.part, true);
    assert.equal(claimOf('The Owls won 18 of their next 23 games.', '23 games').attribute?.part, true);
    assert.deepEqual(compare('Harlo Venstrup completed 29 of 34 passes on Sunday.', 'Harlo Venstrup completed his first 17 passes on Sunday.').all().filter(([, , w]) => /passes/.test(w)), []);
  });

  test('counts of two different charges are not compared; of one charge they are', () => {
    assert.deepEqual(compare('Harlo Venstrup faces three counts of vehicular homicide.', 'Harlo Venstrup faces one count of third-degree murder.').all(), []);
    assert.deepEqual(compare('Harlo Venstrup faces three counts of arson.', 'Harlo Venstrup faces two counts of arson.').all(),
      [['a.txt', 'information', 'three counts'], ['b.txt', 'information', 'two counts']]);
  });

  test('an ordinal joined to the next word names a kind: "third-degree murder" holds no ordinal', () => {
    assert.deepEqual(claimsIn('He was convicted of third-degree murder in Quarnby.').map((c) => c.dimension), []);
  });

  test('"2,880-by-1,800 pixels" is a size, not two counts', () => {
    assert.deepEqual(claimsIn('The new screen shows 2,880-by-1,800 pixels.').map((c) => c.written), []);
  });
});

describe('spans counted back from the report', () => {
  test('"12 days ago" and "11 days ago" in reports written a day apart are the same day; "six weeks ago" and "12 weeks ago" are not', () => {
    assert.deepEqual(compare('The family moved back to Quarnby 12 days ago, neighbours said.', 'The family moved back to Quarnby 11 days ago, neighbours said.').all(), []);
    assert.deepEqual(compare('The family moved back to Quarnby six weeks ago, neighbours said.', 'The family moved back to Quarnby 12 weeks ago, neighbours said.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('the verb of a count', () => {
  test('"missed 10 games" is not "played 23 games"; "had 11 points" and "scored 14 points" are one count', () => {
    assert.deepEqual(compare('Harlo Venstrup missed 10 games this season with a knee injury.', 'Harlo Venstrup played 23 games this season with a knee injury.').all(), []);
    assert.deepEqual(compare('Harlo Venstrup missed 10 games this season with a knee injury.', 'Harlo Venstrup missed 12 games this season with a knee injury.').all().map(([id]) => id), ['a.txt', 'b.txt']);
    assert.deepEqual(compare('Harlo Venstrup had 11 points in the final at Quarnby.', 'Harlo Venstrup scored 14 points in the final at Quarnby.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('a ceiling and a figure under it', () => {
  test('"less than 50 km" and "25 km" do not contradict each other; "less than 50 km" and "60 km" do', () => {
    assert.deepEqual(compare('The camp lies less than 50 km from the border, officials said.', 'The camp lies 25 km from the border, officials said.').all(), []);
    assert.deepEqual(compare('The camp lies less than 50 km from the border, officials said.', 'The camp lies 60 km from the border, officials said.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('a span past a floor', () => {
  test('"more than two decades" and "35 years" do not contradict each other; "more than two decades" and "15 years" do', () => {
    const a = 'Harlo Venstrup feigned the illness for more than two decades, his lawyer said.';
    assert.deepEqual(compare(a, 'Harlo Venstrup feigned the illness for 35 years, his lawyer said.').all(), []);
    assert.deepEqual(compare(a, 'Harlo Venstrup feigned the illness for 15 years, his lawyer said.').all().map(([id]) => id), ['a.txt', 'b.txt']);
  });
});

describe('a floor and a figure past it', () => {
  test('"at least 12 shots" and "13 shots" say the same; "at least three" hears of "ten" (the floor was overtaken); a figure under the floor differs', () => {
    assert.deepEqual(compare('Police said at least 12 shots were fired at the house in Quarnby.', 'Police said 13 shots were fired at the house in Quarnby.').all(), []);
    assert.deepEqual(compare('The storm killed at least three people in Quarnby.', 'The storm killed ten people in Quarnby.').all().map(([id]) => id), ['a.txt']);
    assert.equal(compare('More than 15,000 people sheltered in schools in Quarnby.', 'Some 14,000 people sheltered in schools in Quarnby.').all().length, 2);
  });
});

describe('numbers that count nothing', () => {
  test('an address, a number with a leading zero and a vote "in favour" are no counts to compare', () => {
    assert.deepEqual(claimsIn('The bodies of two women were found at 24 Harbour Street on Tuesday.').map((c) => c.written), ['two women', 'on Tuesday']);
    assert.deepEqual(claimsIn('The suite ships as Studio \'09 in Quarnby.').map((c) => c.written), []);
    assert.equal(claimOf('The jury was split, with nine in favour of death.', 'nine').frame, undefined);
  });

  test('"a 13-all tie" is a score and "to the Owls 7" a place on the field; "the Owls 7 points" still counts points', () => {
    assert.deepEqual(claimsIn('They forged a 13-all tie in Quarnby.').map((c) => c.written), []);
    assert.deepEqual(claimsIn('He drove the team to the Owls 7 and scored.').map((c) => c.written), []);
    assert.deepEqual(claimsIn('He gave the Owls 7 points in Quarnby.').map((c) => c.written), ['7 points']);
  });

  test('"a 5.6 quake" is a magnitude, compared with "magnitude 5.9"', () => {
    const c = claimOf('A 5.6 quake hit Quarnby on Sunday.', '5.6 quake');
    assert.deepEqual([c.dimension, c.attribute?.thing], ['magnitude', 'quake']);
    assert.deepEqual(compare('A 5.6 quake hit Quarnby on Sunday.', 'A 5.9 quake hit Quarnby on Sunday.').all().map(([id, , w]) => [id, w]), [['a.txt', '5.6 quake'], ['b.txt', '5.9 quake']]);
  });
});

describe('a count right after its verb', () => {
  test('"accused of shooting three co-workers, killing two" counts three shot and two dead, not three dead', () => {
    const text = 'The clerk accused of shooting three co-workers, killing two of them, went on trial in Quarnby.';
    assert.deepEqual(claimsIn(text).map((c) => [c.written, c.frame]), [['three co-workers', 'count:worker'], ['two', 'deaths']]);
    assert.equal(claimOf('The blast killed 12 people in Quarnby.', '12 people').frame, 'deaths');
  });
});

describe('a count of what did not happen', () => {
  test('"35,000 bodies never recovered" is no toll, and is not compared with one', () => {
    const text = 'The wave killed 170,000 people in Quarnby, with 35,000 bodies never recovered.';
    assert.equal(claimOf(text, '35,000 bodies').frame, undefined);
    assert.deepEqual(compare(text, 'The wave killed 230,000 people, officials said.').all().filter(([, , w]) => /35,000/.test(w)), []);
  });
});

describe('a group listed beside one person', () => {
  test('"a man and two women" makes "two women" a part, compared only with the same part', () => {
    const three = 'Three bank clerks, a man and two women, died in the fire in Quarnby.';
    assert.equal(claimOf(three, 'two women').attribute?.part, true);
    assert.deepEqual(compare(three, 'Police said one man died in the fire in Quarnby.').all().filter(([, , w]) => /women|man/.test(w)), []);
  });
});

describe('numbers that are no toll', () => {
  test('"a mother of 12" counts her children; "voted nine to three" and "nine voting for" are votes', () => {
    assert.equal(claimOf('Gunmen killed a mother of 12 in Quarnby.', '12').frame, 'count:children');
    assert.equal(claimOf('Harlo Venstrup, a father of three, was killed in Quarnby.', 'three').frame, 'count:children');
    for (const c of claimsIn('The jury voted nine to three, with nine voting for the death penalty.')) assert.equal(c.frame, undefined, c.written);
    assert.equal(claimOf('The blast killed 12 people in Quarnby.', '12 people').frame, 'deaths');
  });
});

describe('ages after a generational suffix', () => {
  test('"Harlo Venstrup III, 38," and "Harlo Venstrup Jr., 38," are ages, not counts', () => {
    for (const text of ['Harlo Venstrup III, 38, had been arrested after a chase.', 'Harlo Venstrup Jr., 38, had been arrested after a chase.']) {
      assert.equal(claimOf(text, '38').dimension, 'age', text);
    }
  });
});

describe('two happenings told in sentences that differ on when and on another figure', () => {
  const sundays = 'A strong tremor shook the coast of Varsland on Sunday. The first tremor struck at 4:10 a.m. local time, about 120 kilometers from Quarnby, the agency said.';
  const wednesdays = 'Another tremor shook the coast of Varsland today. The tremor struck at 9:05 a.m. local time, 60 kilometers west of the district\'s largest town of Quarnby, the agency said.';
  test('"struck at 4:10 a.m., 120 km from Quarnby" and "struck at 9:05 a.m., 60 km west of Quarnby" are two tremors: neither time is a slip', () => {
    const { all } = compare(sundays, wednesdays, wednesdays.replace('9:05 a.m.', '9:05 am'));
    assert.deepEqual(all().filter(([, , w]) => /\d:\d\d/.test(w)), []);
  });
  test('one tremor told with one other time is still compared: a time alone is a slip worth a look', () => {
    const oneOff = sundays.replace('4:10 a.m.', '4:40 a.m.');
    const { all } = compare(oneOff, sundays, sundays.replace('4:10 a.m.', '4:10 am'));
    assert.deepEqual(all().filter(([, , w]) => /\d:\d\d/.test(w)),
      [['a.txt', 'warning', '4:40 a.m. local time'], ['b.txt', 'information', '4:10 a.m. local time'], ['c.txt', 'information', '4:10 am local time']]);
  });
  test('"west of the district\'s largest town of Quarnby" is a distance from Quarnby', () => {
    assert.equal(claimOf(wednesdays, '60 kilometers').attribute?.place, 'quarnby');
  });
});

describe('"fired" from a job', () => {
  test('"was fired last Thursday" from a job does not date the attack', () => {
    const { all } = compare('Harlo Venstrup lost his job as a clerk when he was fired last Thursday, the chief said.',
      'The gunman opened fire at the firm in the Monday morning attack, the chief said.');
    assert.deepEqual(all(), []);
  });
});


describe('outvoted by a firm majority', () => {
  test('two reports against four that agree, paired firmly with most of them, are worth a warning; the four are not', () => {
    const ridge = (m: string) => `Tom Harrow slipped and fell about ${m} from a ridge near the hut on Friday, police said.`;
    const texts = [ridge('200 metres'), ridge('200 metres'), ridge('60 metres'), ridge('60 metres'), ridge('60 metres'), ridge('60 metres'),
      'Rescuers said a man had died. He fell about 60 metres.'];
    const ws = workspace(Object.fromEntries(texts.map((text, i) => [`${'abcdefg'[i]}.txt`, { source: `Outlet ${i}`, text }])));
    const severities = (id: string) => ws.findings(id).map((f) => [f.severity, f.written]);
    assert.deepEqual(severities('a.txt'), [['warning', 'about 200 metres']]);
    assert.deepEqual(severities('c.txt').filter(([s]) => s === 'warning'), []);
  });
});

describe('an owner named with an age in commas', () => {
  test('"Harlo Venstrup, 41, fell about 300 metres": the fall is his', () => {
    assert.equal(claimOf('Harlo Venstrup, 41, fell about 300 metres while hiking on Sunday, rangers said.', 'about 300 metres').attribute?.owner, 'harlo venstrup');
  });
});

describe('a team\'s record told with "their"', () => {
  test('"the Owls were 5-3 away and lifted their record to 8-2 in two-point games" is the Owls\' record in such games, compared with "7-2 in games settled by two points"', () => {
    const nine = 'For the year, the Owls were 5-3 away and lifted their record to 8-2 in two-point games.';
    assert.equal(claimOf(nine, '8-2').attribute?.owner, 'owls');
    assert.equal(claimOf(nine, '8-2').attribute?.thing, 'record in game');
    assert.deepEqual(compare(nine, 'Worse still, the Owls are 7-2 in games settled by two points or fewer.').all().map(([id, , w]) => [id, w]), [['a.txt', '8-2'], ['b.txt', '7-2']]);
  });
});

describe('"shot" is not "killed"', () => {
  test('the day a man was shot in the leg is not the day of the killing; "shot dead" is', () => {
    const killing = 'A deputy was killed on Monday in Quarnby, the sheriff said.';
    assert.deepEqual(compare(killing, 'A cyclist was shot in the leg on Tuesday in Quarnby, the sheriff said.').all(), []);
    assert.deepEqual(compare(killing, 'A deputy was shot dead on Tuesday in Quarnby, the sheriff said.').all().map(([id, , w]) => [id, w]),
      [['a.txt', 'on Monday'], ['b.txt', 'on Tuesday']]);
  });
});

describe('others besides those told, and the critically wounded', () => {
  test('"two other rifles" is compared with "three other rifles", not with "seven rifles"', () => {
    const text = (n: string) => `Besides seven rifles, the navy found ${n} other rifles on the boat near Quarnby.`;
    assert.equal(claimOf(text('two'), 'two other rifles').attribute?.modifiers.includes('other'), true);
    assert.deepEqual(compare(text('two'), text('three')).all().map(([id, , w]) => [id, w]), [['a.txt', 'two other rifles'], ['b.txt', 'three other rifles']]);
  });
  test('"one other person died" is some of the toll, not the toll', () => {
    assert.equal(claimOf('A gunman killed a guard, and one other person died in Quarnby.', 'one other person').attribute?.part, true);
  });
  test('"45 wounded, four of them critically" and "12 critically" count the critically wounded alike', () => {
    const { all } = compare('The shelling left 20 dead and 45 wounded, four of them critically, in Quarnby.', 'The shelling left 20 dead and 45 wounded, 12 critically, in Quarnby.');
    assert.deepEqual(all().map(([id, , w]) => [id, w]), [['a.txt', 'four'], ['b.txt', '12']]);
  });
});

describe('quakes a point apart in magnitude', () => {
  const today = 'A magnitude 5.9 quake struck off the coast of Varsland today. The quake struck 60 kilometers west of Quarnby, the agency said.';
  const sunday = (m: string) => `Powerful quakes struck Varsland on Sunday. The first quake, of magnitude ${m}, struck about 140 kilometers west of Quarnby, the agency said.`;
  test('where a 5.9 quake struck is not compared with where a 7.4 one did; with a 6.0 one it is', () => {
    assert.deepEqual(compare(today, sunday('7.4')).all().filter(([, , w]) => /kilometers/.test(w)), []);
    assert.deepEqual(compare(today, sunday('6.0')).all().filter(([, , w]) => /kilometers/.test(w)).map(([id, , w]) => [id, w]),
      [['a.txt', '60 kilometers'], ['b.txt', 'about 140 kilometers']]);
  });
});
