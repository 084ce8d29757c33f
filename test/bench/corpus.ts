/**
 * A deterministic generator of synthetic news corpora for the benchmark: many events, several reports of each,
 * 300–1,500 words a report, figures that agree and disagree between reports (hedged, rounded, converted, or
 * simply different), and names written with variants (a dropped or doubled letter, a transliteration). All text
 * comes from the templates below; the same seed always gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG; quality is plenty for choosing words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ia', 'ei'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'k', 'm', 'nd', 'st'];

/** A pronounceable invented word of `syllables` syllables, capitalised. */
function inventedName(r: Random, syllables: number): string {
  let w = '';
  for (let k = 0; k < syllables; k++) w += pick(r, ONSETS) + pick(r, VOWELS) + (k === syllables - 1 ? pick(r, CODAS) : '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Another spelling of a name, as reports write it: a doubled or dropped letter, or a transliteration habit. */
function variantOf(r: Random, name: string): string {
  const swaps: [RegExp, string][] = [[/k/, 'c'], [/ou/, 'u'], [/v/, 'b'], [/i/, 'y'], [/s/, 'ss'], [/ei/, 'ey']];
  const usable = swaps.filter(([re]) => re.test(name.slice(1)));
  if (usable.length && r() < 0.6) {
    const [re, to] = pick(r, usable);
    return name.charAt(0) + name.slice(1).replace(re, to);
  }
  const at = int(r, 2, name.length - 2);
  return name.slice(0, at) + name.slice(at + 1);
}

interface EventKind {
  noun: string;
  verb: string;
  /** Sentences stating the event's figures; {killed}, {injured} etc. are filled per report. */
  facts: string[];
}

const EVENT_KINDS: EventKind[] = [
  { noun: 'earthquake', verb: 'struck', facts: [
    'A magnitude {magnitude} earthquake struck near {place} on {weekday}, killing {killed} people.',
    'The quake injured {injured} people and left {evacuated} residents sheltering in tents.',
    'The epicentre lay {distance} kilometres from {city}, at a depth of {depth} kilometres.',
    'Rescuers said {missing} people were still missing under the rubble.'] },
  { noun: 'train crash', verb: 'derailed', facts: [
    'The train was travelling at {speed} km/h when it derailed near {place} on {weekday}.',
    '{killed} passengers were killed and {injured} injured in the crash.',
    'The line had been closed for {hours} hours while engineers inspected the track.',
    'The operator said repairs would cost {money} million dollars.'] },
  { noun: 'factory fire', verb: 'broke out', facts: [
    'The fire broke out at a factory in {place} on {weekday}, and {killed} workers died.',
    'Firefighters needed {hours} hours to bring the blaze under control.',
    'In all, {injured} people were treated for burns and smoke inhalation.',
    'The owners estimated the damage at {money} million dollars.'] },
  { noun: 'flood', verb: 'swept through', facts: [
    'Floods swept through {place} on {weekday}, and the death toll rose to {killed}.',
    '{evacuated} people were evacuated from villages along the river.',
    'The river rose {level} metres above its usual level in {hours} hours.',
    'Officials said {missing} people were unaccounted for.'] },
  { noun: 'protest', verb: 'marched', facts: [
    '{crowd} protesters marched through {place} on {weekday}.',
    'Police said {arrested} people were arrested after clashes near the square.',
    '{injured} people were hurt, including several officers.',
    'The march covered {distance} kilometres from the station to the ministry.'] },
  { noun: 'storm', verb: 'hit', facts: [
    'The storm hit {place} on {weekday} with winds of up to {speed} km/h.',
    'It killed {killed} people and injured {injured} across the region.',
    'Power was cut to homes for {hours} hours, and {evacuated} residents fled to shelters.',
    'Insurers put the losses at {money} million dollars.'] },
];

const OUTLETS = ['Harbour Gazette', 'Morning Ledger', 'Valley Courier', 'City Wire', 'Coast Herald', 'Evening Post', 'Northern Star', 'Daily Dispatch', 'Plains Tribune', 'River Times', 'Metro Bulletin', 'Island Observer'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ROLES = ['mayor', 'police chief', 'fire chief', 'regional governor', 'hospital director', 'spokeswoman for the ministry', 'union leader', 'local councillor'];
const HEDGES = ['', '', '', 'at least ', 'about ', 'more than ', 'nearly '];

/** Background sentences that fill a report to its length; {person}, {place}, {city} and {noun} are filled. */
const FILLER = [
  '{person}, the {role}, said the authorities were doing everything they could to help the families.',
  'Residents of {place} described scenes of confusion as emergency crews arrived in the hours after the {noun}.',
  'The government in {city} promised an inquiry into what went wrong and how the response could be improved.',
  '"We heard a noise like thunder and then everything went dark," said one witness who asked not to be named.',
  'Aid groups sent blankets, water and medical supplies, and volunteers gathered at the town hall to sort them.',
  'The {noun} is the worst the region has seen in years, according to local historians and older residents.',
  '{person} visited the area later in the day and met rescue workers and relatives of the victims.',
  'Schools in {place} stayed closed while engineers checked the buildings for damage.',
  'Opposition politicians in {city} criticised the delay in sending help to the worst affected districts.',
  'Television pictures showed damaged roads, fallen trees and cars abandoned along the main street.',
  'Hospitals in {city} cancelled routine operations to make room for the injured, officials said.',
  '{person} told reporters that the investigation would take weeks and that speculation was not helpful.',
  'Local businesses opened their doors to people who had nowhere else to go during the night.',
  'Experts warned that the cost of rebuilding would be high and that insurance would cover only part of it.',
];

interface EventFacts {
  kind: EventKind;
  place: string;
  city: string;
  people: { name: string; variant: string; role: string }[];
  figures: Record<string, number>;
  weekday: string;
}

function makeEvent(r: Random): EventFacts {
  const kind = pick(r, EVENT_KINDS);
  const people = Array.from({ length: 3 }, () => {
    const name = `${inventedName(r, 2)} ${inventedName(r, int(r, 2, 3))}`;
    return { name, variant: name.replace(/\S+$/, (last) => variantOf(r, last)), role: pick(r, ROLES) };
  });
  return {
    kind, place: inventedName(r, int(r, 2, 3)), city: inventedName(r, 2), people,
    // reports date their events: the year keeps figures of different years' events apart
    weekday: `${pick(r, WEEKDAYS)}, ${int(r, 1, 28)} ${pick(r, MONTHS)} ${int(r, 1990, 2025)}`,
    figures: {
      killed: int(r, 2, 240), injured: int(r, 5, 900), evacuated: int(r, 100, 20000), missing: int(r, 1, 60),
      magnitude: int(r, 48, 79) / 10, distance: int(r, 5, 180), depth: int(r, 5, 60), speed: int(r, 40, 220),
      hours: int(r, 2, 40), money: int(r, 2, 900), level: int(r, 2, 9), crowd: int(r, 500, 90000), arrested: int(r, 3, 300),
    },
  };
}

/** One report's version of a figure: usually the event's, sometimes an update, a rounding or a plain mistake. */
function reportedFigure(r: Random, name: string, value: number): string {
  const roll = r();
  let v = value;
  if (roll < 0.12) v = name === 'magnitude' ? Math.round((value + 0.3) * 10) / 10 : Math.round(value * (1 + int(r, 10, 40) / 100));
  else if (roll < 0.18) v = name === 'magnitude' ? value : Math.round(value / 10) * 10 || value;
  return Number.isInteger(v) && v >= 10000 ? v.toLocaleString('en-US') : String(v);
}

function fill(r: Random, template: string, e: EventFacts, useVariant: boolean): string {
  const sentence = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'place') return e.place;
    if (key === 'city') return e.city;
    if (key === 'noun') return e.kind.noun;
    if (key === 'weekday') return e.weekday;
    if (key === 'person' || key === 'role') {
      const p = e.people[int(r, 0, e.people.length - 1)];
      return key === 'role' ? p.role : useVariant ? p.variant : p.name;
    }
    const value = e.figures[key];
    if (value === undefined) return key;
    const hedge = ['killed', 'injured', 'evacuated', 'crowd', 'missing'].includes(key) ? pick(r, HEDGES) : '';
    return hedge + reportedFigure(r, key, value);
  });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The text of one report of `e`, about `words` words long. */
function reportText(r: Random, e: EventFacts, outlet: string, words: number, useVariant: boolean, repeatFacts = false): string {
  const title = `${e.kind.noun.charAt(0).toUpperCase()}${e.kind.noun.slice(1)} in ${e.place}`;
  const paragraphs: string[] = [];
  const facts = [...e.kind.facts];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = int(r, 2, 4); k > 0; k--) {
      const factNo = int(r, 0, facts.length - 1);
      const template = facts.length && r() < 0.5 ? (repeatFacts ? facts[factNo] : facts.splice(factNo, 1)[0]) : pick(r, FILLER);
      sentences.push(fill(r, template, e, useVariant));
    }
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  if (!repeatFacts) for (const fact of facts) paragraphs.push(fill(r, fact, e, useVariant));
  return `Source: ${outlet}\nTitle: ${title}\n\n${paragraphs.join('\n\n')}\n`;
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/**
 * `n` reports (several per event), each with its path in folders of at most 1,000 files, generated one at a time
 * (a million reports need not fit in memory). Deterministic in `seed`.
 */
export function* corpusReports(n: number, seed = 1): Generator<{ path: string; text: string }> {
  const r = prng(seed);
  let written = 0;
  let eventNo = 0;
  while (written < n) {
    const e = makeEvent(r);
    const reports = Math.min(n - written, int(r, 2, 7));
    for (let k = 0; k < reports; k++, written++) {
      const folder = `part${String(Math.floor(written / 1000)).padStart(3, '0')}`;
      const text = reportText(r, e, OUTLETS[(eventNo + k) % OUTLETS.length], int(r, 300, 1500), r() < 0.25);
      yield { path: `${folder}/e${String(eventNo).padStart(5, '0')}_${k}.txt`, text };
    }
    eventNo++;
  }
}

/** Writes `n` reports (several per event) into `dir`, in folders of at most 1,000 files. Deterministic in `seed`. */
export function writeCorpus(dir: string, n: number, seed = 1): GeneratedCorpus {
  let bytes = 0;
  for (const { path, text } of corpusReports(n, seed)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, path), text);
  }
  return { dir, files: n, bytes };
}

/** A long article (about `words` words) on an event of its own, figures and names included, for typing into. */
export function articleText(words: number, seed = 7): string {
  const r = prng(seed);
  return reportText(r, makeEvent(r), 'Our Desk', words, false, true);
}

/**
 * An article about the same event as corpus report 0, so that its figures meet others and findings arise:
 * the corpus generator is replayed with the same seed to recover that event.
 */
export function articleOnFirstEvent(words: number, seed = 1): string {
  const r = prng(seed);
  const e = makeEvent(r);
  return reportText(prng(seed + 1000), e, 'Our Desk', words, false, true);
}
