/**
 * An edited report is analysed again around the edit only (core/reading/reanalysis.ts): the claim scan's steps that
 * read nothing of the edit are kept, and so are the attributes and facts of figures whose sentence, names and
 * neighbours the edit left alone, while what reads the whole report is read again. These tests type into a report key
 * by key, as an editor sends it, and after every key compare each answer (claims with their attributes, entities,
 * findings, hovers, pairings) with a fresh analyzer's of the same texts; they check the bounds the reuse rests on
 * (how far a step of the claim scan reads) on real and generated news; and they make random edits to news reports.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { analyseForEditing, type AnalysisForEditing } from '../../server/src/core/reading/report';
import { readsOf } from '../../server/src/core/reading/reanalysis';
import { firstTokensOf } from '../../server/src/core/reading/tokens';
import { claimAt, type ClaimContext } from '../../server/src/core/extraction/claims';
import { EntityLexicon } from '../../server/src/core/extraction/entities';
import { MAX_SENTENCE_LENGTH } from '../../server/src/core/reading/tokens';
import { articleText, corpusReports } from '../bench/corpus';
import { answers, fresh } from './editSupport';

const article = [
  'Quake Strikes Off Quarnby Coast',
  '',
  'A magnitude 6.1 earthquake struck 40 km north of Quarnby on Monday, killing 14 people and injuring 31, officials said.',
  '',
  'It struck at 7:37 a.m. local time. Two women and one man were killed in the port, and 120 homes were damaged in 2021.',
  '',
  'Rescue chief Venhurst, 45, said 212 people were taken to hospital. Mayor Edda Brannick said 40 soldiers arrived on Tuesday.',
  '',
  'The Korean Central News Agency said the quake lasted 30 seconds. KCNA said 3 of the injured were in a critical condition. KCNA counted 40 bodies in the port.',
  '',
  "Tuesday's aftershock struck 25 km west of the city and damaged 12 more homes, the agency said.",
].join('\n');

const others: Record<string, string> = {
  'b.txt': 'Source: Beta Post\n\nA 6.1 quake struck 40 km north of Quarnby on Monday. It killed 15 people and injured 31.\n\nMayor Edda Brannick said 40 soldiers arrived on Tuesday. Rescue chief Orla Venhurst, 45, said 210 people were taken to hospital.\n\nIn a separate incident, 5 people died in a fire.',
  'c.txt': 'Source: Gamma Radio\n\nFourteen people died when the quake hit Quarnby on Monday, and 29 were injured; 118 homes were damaged.\n\nThe quake lasted 30 seconds, KCNA said. The aftershock struck 25 km west of the city.\n\nKCNA counted 40 bodies in the port.',
};

/** Types `typed` into the article at `at` key by key (or deletes, see `typeAndCompare`), comparing after every key. */
function compareAfterEach(texts: Record<string, string>, steps: string[]): void {
  const analyzer = fresh(texts);
  const ids = Object.keys(texts);
  answers(analyzer, ids);
  for (const text of steps) {
    texts['a.txt'] = text;
    analyzer.upsert('a.txt', text);
    assert.equal(answers(analyzer, ids), answers(fresh(texts), ids), `after the edit to ${JSON.stringify(text.slice(0, 80))}…`);
  }
}

/** The article as each key typing `typed` at `at` leaves it, then as each key deleting it again (backspace) leaves it. */
function typedThenDeleted(text: string, at: number, typed: string): string[] {
  const keys: string[] = [];
  for (let k = 1; k <= typed.length; k++) keys.push(text.slice(0, at) + typed.slice(0, k) + text.slice(at));
  for (let k = typed.length - 1; k >= 0; k--) keys.push(text.slice(0, at) + typed.slice(0, k) + text.slice(at));
  return keys;
}

/** The article as each key deleting `length` characters from `at` leaves it (delete key), then typed back. */
function deletedThenTyped(text: string, at: number, length: number): string[] {
  const removed = text.slice(at, at + length);
  const keys: string[] = [];
  for (let k = 1; k <= length; k++) keys.push(text.slice(0, at) + text.slice(at + k));
  for (let k = 1; k <= length; k++) keys.push(text.slice(0, at) + removed.slice(0, k) + text.slice(at + length));
  return keys;
}

const texts = () => ({ 'a.txt': article, ...others });
const after = (phrase: string) => article.indexOf(phrase) + phrase.length;

/**
 * The article with paragraphs of no figures and no names after it: an edit at its end is far from the sentences at
 * its start, whose figures keep their attributes unless something the whole report says changed.
 */
const filler = Array.from({ length: 6 }, () => 'The harbour was closed for the rest of the day, and the ferries to the islands did not run. Schools stayed shut until the roads were cleared.').join('\n\n');
const longArticle = `${article}\n\n${filler}`;

describe('typing into a report analysed again around the edit only', () => {
  test('a sentence with figures typed into a paragraph, and deleted again', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('critical condition.'), ' Later 16 people were reported killed and 33 hurt.'));
  });

  test('a paragraph split in the middle of a sentence, and joined again', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('were killed'), '\n\n'));
  });

  test('two paragraphs joined, and split again', () => {
    const at = article.indexOf('\n\nRescue chief');
    compareAfterEach(texts(), deletedThenTyped(article, at, 2));
  });

  test('the headline edited, until it reads as a sentence', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('Quake Strikes'), ' and kills 14 people near'));
  });

  test('a full name typed that the surname elsewhere stands for', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('damaged in 2021.'), ' Doctor Orla Venhurst said 9 were missing.'));
  });

  test('a dateline typed at the top, and taken away', () => {
    compareAfterEach(texts(), typedThenDeleted(article, 0, 'March 3, 2021\n'));
  });

  test('a weekday that dates other sentences changed', () => {
    const at = article.indexOf('Monday');
    compareAfterEach(texts(), [...deletedThenTyped(article, at, 6), ...typedThenDeleted(article.slice(0, at) + article.slice(at + 6), at, 'Tuesday')]);
  });

  test("a weekday made a possessive that dates its sentence (\"Monday's\")", () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('120 homes were damaged'), " after Monday's quake"));
  });

  test('a year typed until it is the year the report speaks of most', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('30 seconds.'), ' In 2019, 2019 and 2019 it rained.'));
  });

  test('a name typed that makes another name a person, and an acronym defined', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('the agency said.'), ' Brannick said 7 died. The Korean Central News Agency (KCNA) said 15 died.'));
  });

  test('a figure typed into a list of figures that mark each other', () => {
    compareAfterEach(texts(), typedThenDeleted(article, after('Two women'), ', three children'));
  });

  test('a full name typed far from the surname it stands for ("Venhurst, 45," is then the age of Orla Venhurst)', () => {
    compareAfterEach({ ...texts(), 'a.txt': longArticle }, typedThenDeleted(longArticle, longArticle.length, ' Doctor Orla Venhurst said 9 were missing.'));
  });

  test('an acronym defined far from where it is used, which gives it the long name (and the figures there their names)', () => {
    compareAfterEach({ ...texts(), 'a.txt': longArticle }, typedThenDeleted(longArticle, longArticle.length, ' Their figures came from the Korean Central News Agency (KCNA), which reported them first.'));
  });

  test('a weekday\'s happening changed far from the other day it is told apart from ("said on Tuesday" to "met on Tuesday")', () => {
    const withSaid = `${longArticle.replace(' arrived on Tuesday', ' arrived').replace("Tuesday's aftershock", 'The aftershock')}\n\nOfficials said on Tuesday that 12 more homes were damaged.`;
    const at = withSaid.lastIndexOf('said on Tuesday');
    compareAfterEach({ ...texts(), 'a.txt': withSaid }, [...deletedThenTyped(withSaid, at, 4), ...typedThenDeleted(withSaid.slice(0, at) + withSaid.slice(at + 4), at, 'met')]);
  });

  test('a figure whose range runs on into the next line, broken and mended at the start of that line', () => {
    const lines = `${longArticle}\n\nOfficials put the toll at 30\nto 40 people, the agency said.`;
    compareAfterEach({ ...texts(), 'a.txt': lines }, typedThenDeleted(lines, lines.lastIndexOf('to 40'), 'x'));
  });

  test('the happening of the sentence before a time, which the time far into its sentence speaks of, changed', () => {
    const time = `${longArticle}\n\nThe ferry sank off the coast.\nIt happened, according to officials who spoke on condition of anonymity because they were not allowed to speak about the case, at 7:37 a.m.`;
    compareAfterEach({ ...texts(), 'a.txt': time }, deletedThenTyped(time, time.lastIndexOf('sank'), 4));
  });

  test('a sentence edited before a long list of figures that mark each other as parts', () => {
    const list = `${longArticle}\n\nThe toll rose.\nAmong the dead were two women, three men, four boys, five girls, six nurses, seven doctors, eight teachers and nine farmers.`;
    compareAfterEach({ ...texts(), 'a.txt': list }, typedThenDeleted(list, list.lastIndexOf(' rose'), ' again'));
  });

  test('a space replaced by a tab, which leaves every sentence where it was ("In a separate incident")', () => {
    const separate = `${article}\n\nIn a separate incident, 5 people died in a fire.\n\n${filler}`;
    const at = separate.lastIndexOf(' separate');
    compareAfterEach({ ...texts(), 'a.txt': separate }, [`${separate.slice(0, at)}\t${separate.slice(at + 1)}`, separate]);
  });

  test('two spaces far apart replaced by tabs in one edit (two cursors), which leaves every sentence where it was', () => {
    const separate = `${article}\n\n${filler}\n\nIn a separate incident, 5 people died in a fire.\n\n${filler}`;
    const first = separate.indexOf(' magnitude');
    const second = separate.lastIndexOf(' separate');
    const tabbed = `${separate.slice(0, first)}\t${separate.slice(first + 1, second)}\t${separate.slice(second + 1)}`;
    compareAfterEach({ ...texts(), 'a.txt': separate }, [tabbed, separate]);
  });

  test('a sentence typed into after an overlong one, cut inside a figure ("1,000") that runs on into it', () => {
    // a sentence is cut once it is MAX_SENTENCE_LENGTH long, before the first character that is no letter or digit
    const overlong = `${article}\n\n${'a'.repeat(MAX_SENTENCE_LENGTH - 1)}1,000 people were hurt, and the rest went home.\n\n${filler}`;
    const keys = typedThenDeleted(overlong, overlong.indexOf(' were hurt'), ' badly');
    compareAfterEach({ ...texts(), 'a.txt': overlong }, keys);
    // and the tokens themselves, which no answer shows: "1,000" is one token, of the sentence it starts in
    const lexicon = new EntityLexicon([]);
    let memo = analyseForEditing('a.txt', overlong, lexicon).memo;
    for (const text of keys) {
      const again = analyseForEditing('a.txt', text, lexicon, undefined, memo);
      assert.equal(readTokens(again), readTokens(analyseForEditing('a.txt', text, lexicon)));
      memo = again.memo;
    }
  });

  test('a sentence edited that takes its time from the long sentence before, which opens on a past time', () => {
    const background = `${article}\n\nIn April last year a magnitude 6.8 quake struck off Quarnby, far from the towns along the coast where most of the people of the whole region live and work and fish. Five people died in the quake and its aftershocks, officials said.\n\n${filler}`;
    compareAfterEach({ ...texts(), 'a.txt': background }, typedThenDeleted(background, background.lastIndexOf(', officials said.'), ' at sea'));
  });

  test('the past time a run of sentences opens on edited far from the figures after it', () => {
    const run = `${article}\n\nIn April last year, as the harbour was being rebuilt after the storms of the winter before and the ferries were laid up for repairs in the docks, a magnitude 6.8 quake struck off Quarnby. Five people died in the quake and its aftershocks, officials said.\n\n${filler}`;
    compareAfterEach({ ...texts(), 'a.txt': run }, deletedThenTyped(run, run.indexOf(' last year'), 10));
  });

  test('the past time a run of three sentences opens on taken away, far from the last of them', () => {
    const run = `${article}\n\nLast year a quake killed 200 people on the coast. Earlier, the quake had killed 40 people in the hills, far from the towns along the coast where most of the people of the whole region live and work and fish for a living, and far from the roads and the railway that run along the shore. Three people died in the quake later, officials said.\n\n${filler}`;
    compareAfterEach({ ...texts(), 'a.txt': run }, deletedThenTyped(run, run.indexOf('Last year a'), 10));
  });

  test('a sentence edited after a long one that takes its time from the one before it', () => {
    const run = `${article}\n\nLast year a quake killed 200 people on the coast. The quake had killed 40 people in the hills, far from the towns along the coast where most of the people of the whole region live and work and fish for a living. Three people died at sea, officials said.\n\n${filler}`;
    compareAfterEach({ ...texts(), 'a.txt': run }, typedThenDeleted(run, run.lastIndexOf(', officials said.'), ' later'));
  });

  test('a paragraph pasted, and the paste undone', () => {
    const pasted = '\n\nOfficials said on Tuesday that 18 people died and 40 were injured. Venhurst, 45, said 300 soldiers arrived.';
    const at = after('the agency said.');
    const withPaste = article.slice(0, at) + pasted + article.slice(at);
    compareAfterEach(texts(), [withPaste, article, withPaste, article]);
  });
});

/** An analysis's tokens as plain data (a token's word remembers what was asked of it). */
function readTokens(a: AnalysisForEditing): string {
  return JSON.stringify(a.analysis.tokens.map((t) => [t.text, t.lower, t.start, t.end, t.kind, t.sentence, t.word.text]));
}

/** News to read the bounds on: the examples, generated reports, and the shared corpora when beside the checkout. */
function newsTexts(): { id: string; text: string }[] {
  const examples = resolve(__dirname, '../../examples');
  const found = readdirSync(examples).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ id: f, text: readFileSync(join(examples, f), 'utf8') }));
  found.push({ id: 'article.txt', text: articleText(3000) }, ...[...corpusReports(20)].map((r) => ({ id: r.path, text: r.text })));
  // and the readers that read furthest from their figure: a time's happening in the sentence before, a height earlier
  // in a long sentence, a record's team before its parentheses, a range into the next line
  found.push({ id: 'far.txt', text: [
    'The ferry sank off the coast.\nIt happened, according to officials who spoke on condition of anonymity because they were not allowed to speak about the case, at 7:37 a.m.',
    'The suspect, described by the police officers who arrived at the scene after a long chase through the town as 5-foot-8, weighed 135 pounds.',
    'Led by their captain and the coaching staff of the Quarnby Rovers (10-5), they won.',
    'Officials put the toll at 30\nto 40 people, the agency said.',
  ].join('\n\n') });
  const corpora = resolve(__dirname, '../../../shared/corpora');
  if (existsSync(corpora)) found.push(...filesUnder(corpora).filter((_, k) => k % 25 === 0).map((f) => ({ id: f, text: readFileSync(f, 'utf8') })));
  return found;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

test('every step of the claim scan reads only the tokens reanalysis.ts says it may', () => {
  const lexicon = new EntityLexicon([]);
  let steps = 0;
  for (const { id, text } of newsTexts()) {
    const { memo } = analyseForEditing(id, text, lexicon);
    const firstTokens = firstTokensOf(memo.tokens, memo.sentences.length);
    const read = { lowest: Infinity, highest: -Infinity };
    // a token counts as read when anything but its start is: a binary search by offset (claims.ts, `timeFrame`) probes
    // the starts of tokens far away to find the one at an offset, which it finds wherever the tokens around it are
    const readAt = (k: number) => {
      read.lowest = Math.min(read.lowest, k);
      read.highest = Math.max(read.highest, k);
    };
    const watched = new Proxy(memo.tokens, {
      get(tokens, key, receiver) {
        const token = Reflect.get(tokens, key, receiver);
        if (typeof key !== 'string' || !/^-?\d+$/.test(key)) return token;
        if (!token) readAt(Number(key));
        return token && new Proxy(token, { get: (t, field) => (field !== 'start' && readAt(Number(key)), Reflect.get(t, field)) });
      },
    });
    const ctx: ClaimContext = { reportId: id, tokens: watched, sentences: memo.sentences };
    for (let at = 0; at < memo.tokens.length;) {
      read.lowest = Infinity;
      read.highest = -Infinity;
      const step = claimAt(ctx, at);
      const end = step ? Math.max(step.end, at + 1) : at + 1;
      const allowed = readsOf(memo.tokens, firstTokens, at, end);
      assert.ok(read.lowest >= allowed.first && read.highest <= allowed.last,
        `${id}: the step at token ${at} ("${memo.tokens[at].text}") read tokens ${read.lowest} to ${read.highest}, beyond ${allowed.first} to ${allowed.last}`);
      steps++;
      at = end;
    }
  }
  assert.ok(steps > 10_000);
});

test('random edits of news reports read as a fresh analysis reads them', () => {
  const lexicon = new EntityLexicon([]);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pieces = [' ', '1', '.', '\n', '\n\n', ',', ' 212 people were killed', ' on Monday,', ' 2019', ' Captain Orla Venhurst said', " Wednesday's quake",
    ' about 40 km north of Quarnby', ' (12 miles)', ' It struck at 7:37 a.m.', ' $2.5 million (£1.7 million)', ' Korean Central News Agency (KCNA)'];
  const read = (a: AnalysisForEditing) => JSON.stringify([a.analysis.claims, a.analysis.entities, a.analysis.sentences]) + readTokens(a);
  const same = (a: AnalysisForEditing, b: AnalysisForEditing) => read(a) === read(b);
  let edits = 0;
  for (const { id, text: original } of newsTexts().filter((_, k) => k % 3 === 0)) {
    let text = original;
    let memo = analyseForEditing(id, text, lexicon).memo;
    for (let k = 0; k < 12; k++) {
      const at = Math.floor(random() * (text.length + 1));
      const r = random();
      if (r < 0.5) text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
      else if (r < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3) * Math.floor(random() * 60));
      else text = text.slice(0, at) + text.slice(Math.floor(random() * text.length)).slice(0, 300) + text.slice(at);
      const again = analyseForEditing(id, text, lexicon, undefined, memo);
      assert.ok(same(again, analyseForEditing(id, text, lexicon)), `${id}: edit ${k} at ${at}`);
      memo = again.memo;
      edits++;
    }
  }
  assert.ok(edits > 100);
});

test('random edits of a report in a workspace answer as a fresh analyzer does', () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const workspace = texts();
  const analyzer = createAnalyzer();
  for (const [id, text] of Object.entries(workspace)) analyzer.upsert(id, text);
  const ids = Object.keys(workspace);
  for (let k = 0; k < 60; k++) {
    const text = workspace['a.txt'];
    const at = Math.floor(random() * (text.length + 1));
    workspace['a.txt'] = random() < 0.6 ? text.slice(0, at) + text.slice(Math.floor(random() * text.length)).slice(0, 1 + Math.floor(random() * 80)) + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
    analyzer.upsert('a.txt', workspace['a.txt']);
    assert.equal(answers(analyzer, ids), answers(fresh(workspace), ids), `edit ${k} at ${at}`);
  }
});
