/**
 * Claim frames: which attribute a figure speaks of. A frame matches when one of its trigger words stands near the
 * figure (same clause, within `window` tokens) and the figure's dimension is one the frame accepts. Triggers are
 * folded, lower-case word forms; multi-word triggers are matched as phrases.
 *
 * `volatile` frames are tallies that grow as news comes in (death tolls, injured, arrests, crowds): a difference
 * between reports is often an update, so it is reported as information, never as a warning.
 */
import type { Dimension } from '../types';

export interface FrameDef {
  id: string;
  /** Shown in messages and hovers: "death toll". */
  label: string;
  dimensions: Dimension[];
  triggers: string[];
  volatile?: boolean;
  /**
   * The frame itself names a part of another's count ("critically injured" of the injured): "five of them critically"
   * is the whole of what it counts, not a part of it.
   */
  subset?: boolean;
}

export const COUNT_FRAMES: FrameDef[] = [
  { id: 'deaths', label: 'death toll', dimensions: ['count'], volatile: true,
    triggers: ['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'death toll',
      'toll', 'bodies', 'lives', 'fatalities', 'perished', 'lost their lives', 'fatal', 'killings', 'slain', 'drowned'] },
  { id: 'injuries', label: 'number injured', dimensions: ['count'], volatile: true,
    triggers: ['injured', 'injuring', 'injures', 'injure', 'injuries', 'hurt', 'wounded', 'wounding', 'wounds',
      'casualties', 'hospitalised', 'hospitalized', 'treated'] },
  { id: 'critical', label: 'number critically injured', dimensions: ['count'], subset: true,
    triggers: ['critically', 'critical', 'seriously', 'serious condition'] },
  { id: 'arrests', label: 'number arrested', dimensions: ['count'], volatile: true,
    triggers: ['arrested', 'arrests', 'detained', 'detentions', 'held', 'captured', 'custody'] },
  { id: 'missing', label: 'number missing', dimensions: ['count'], volatile: true,
    triggers: ['missing', 'unaccounted'] },
  { id: 'evacuated', label: 'number evacuated', dimensions: ['count'], volatile: true,
    triggers: ['evacuated', 'displaced', 'homeless', 'fled', 'flee', 'rescued', 'sheltering', 'shelter', 'shelters'] },
  { id: 'crowd', label: 'crowd size', dimensions: ['count'], volatile: true,
    triggers: ['protesters', 'demonstrators', 'marched', 'march', 'rally', 'rallied', 'protest', 'crowd',
      'took to the streets', 'demonstration', 'strikers', 'marchers', 'rallies', 'attended', 'turnout', 'gathered',
      'protests', 'demonstrations'] },
  { id: 'population', label: 'population', dimensions: ['count'],
    triggers: ['population', 'home to', 'inhabitants', 'residents', 'populated', 'people live'] },
];

/**
 * Frames for figures with a physical unit. They match on the unit alone; the words around the figure then tell
 * which speed, distance or duration it is.
 */
export const MEASURE_FRAMES: Record<string, { label: string; volatile?: boolean }> = {
  speed: { label: 'speed' },
  length: { label: 'distance' },
  area: { label: 'area' },
  duration: { label: 'duration' },
  mass: { label: 'weight' },
  temperature: { label: 'temperature' },
  money: { label: 'sum' },
  percent: { label: 'percentage' },
  magnitude: { label: 'magnitude' },
  calibre: { label: 'calibre' },
  age: { label: 'age' },
  record: { label: 'win-loss record' },
  year: { label: 'year' },
};

/** Event verbs that tell which day or date a weekday or date speaks of ("left on Monday", "sank on 19 November"). */
export const EVENT_CLASSES: Record<string, string[]> = {
  departure: ['left', 'leave', 'leaves', 'leaving', 'departed', 'depart', 'departs', 'departure', 'set off', 'set out',
    'boarded', 'headed'],
  arrival: ['arrived', 'arrive', 'arrives', 'arriving', 'arrival', 'reached', 'crossed', 'entered'],
  killing: ['killed', 'died', 'death', 'killing', 'slain', 'lost their lives', 'murdered', 'fatally', 'shot dead', 'shot and killed'],
  sinking: ['sank', 'sunk', 'sink', 'sinking', 'sunken'],
  quake: ['quake', 'earthquake', 'struck', 'hit', 'jolted', 'shook', 'tremor'],
  attack: ['attack', 'attacked', 'raid', 'raided', 'stormed', 'robbed', 'robbery', 'heist', 'shelled', 'shelling',
    'bombed'],
  meeting: ['met', 'meet', 'meeting', 'summit', 'talks', 'visit', 'visited'],
  arrest: ['arrested', 'detained', 'captured', 'seized'],
  announcement: ['announced', 'said', 'reported', 'confirmed', 'told', 'statement'],
  fall: ['fell', 'fall', 'falling', 'plunged', 'slipped'],
};

/**
 * Event classes too loose to warn about: "said on Tuesday" and "said on Wednesday" are often two statements, not
 * one statement dated differently.
 */
export const LOOSE_EVENT_CLASSES = new Set(['announcement']);

/**
 * Nouns counted by a figure that name the same kind of thing. A count of "Palestinians" and one of "people"
 * can speak of the same victims; a count of "villages" and one of "emirates" cannot.
 */
export const NOUN_CLASSES: Record<string, string[]> = {
  people: ['people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'civilian', 'civilians',
    'resident', 'residents', 'victim', 'victims', 'worker',
    'workers', 'passenger', 'passengers', 'student', 'students', 'individual', 'individuals', 'citizen', 'citizens',
    'villager', 'villagers', 'inhabitant', 'inhabitants', 'body', 'bodies', 'others', 'other', 'adult', 'adults'],
  boat: ['boat', 'boats', 'speedboat', 'speedboats', 'skiff', 'skiffs', 'dhow', 'dhows', 'vessel', 'vessels'],
  shell: ['shell', 'shells', 'round', 'rounds', 'missile', 'missiles'],
  rifle: ['rifle', 'rifles', 'gun', 'guns', 'weapon', 'weapons'],
  school: ['school', 'schools'],
  village: ['village', 'villages'],
  soldier: ['soldier', 'soldiers', 'troops', 'servicemen'],
};

/**
 * Phrases that set a sentence in another event or time ("In a separate incident, ...", "In an earlier strike"):
 * a figure there is weakly paired with one from a sentence without such a phrase.
 */
export const OTHER_EVENT_MARKERS = ['in a separate', 'separate incident', 'another incident', 'separately',
  'in an earlier', 'earlier quake', 'last year', 'last month', 'previous', 'in the past', 'since then', 'history'];
