/** Vocabulary for reading names: titles before them, connectors inside them, cue words that tell their kind. */
import type { EntityKind } from '../types';

/** Titles stripped from the front of a name; they also mark it as a person. */
export const TITLES = new Set(['president', 'minister', 'prime', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'general',
  'gen', 'colonel', 'col', 'major', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'commander', 'cmdr',
  'commodore', 'admiral', 'officer', 'inspector', 'detective', 'chief', 'senator', 'sen', 'governor', 'gov',
  'mayor', 'secretary', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'judge', 'justice',
  'bishop', 'father', 'rev', 'sheikh', 'ayatollah', 'supreme', 'foreign', 'defence', 'defense', 'deputy', 'vice',
  'representative', 'rep', 'constable', 'superintendent', 'coach', 'director', 'chairman', 'ceo', 'st']);

/** Words that join parts of one name. */
export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el',
  'la', 'le', 'du', 'da', 'dos', 'y', 'and']);

/**
 * Capitalised words that are not names by themselves (sentence openers, pronouns, determiners). Stripped from
 * the edges of a run of capitals.
 */
export const NOT_NAMES = ['the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'he', 'she', 'it',
  'they', 'we', 'i', 'you', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'with', 'by',
  'from', 'of', 'to', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'more', 'most', 'according',
  'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which', 'also', 'however', 'meanwhile', 'yesterday',
  'today', 'tomorrow', 'last', 'next', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'about', 'around', 'nearly', 'over', 'under', 'no', 'not', 'all', 'both', 'each', 'every', 'other', 'another',
  'such', 'so', 'then', 'than', 'now', 'still', 'even', 'just', 'only', 'police', 'officials', 'witnesses', 'reuters',
  'afp', 'ap', 'update', 'updated', 'breaking', 'photo', 'video', 'read', 'watch', 'earlier', 'later', 'despite',
  'although', 'because', 'since', 'until', 'during', 'into', 'among', 'between', 'within', 'without', 'said', 'says'];

/** Words inside a name that tell its kind. */
export const ENTITY_CUES: Record<string, EntityKind> = {
  university: 'organisation', agency: 'organisation', group: 'organisation', forum: 'organisation',
  bank: 'organisation', ministry: 'organisation', council: 'organisation', committee: 'organisation',
  party: 'organisation', news: 'organisation', times: 'organisation', post: 'organisation', corp: 'organisation',
  company: 'organisation', inc: 'organisation', association: 'organisation', union: 'organisation',
  army: 'organisation', navy: 'organisation', police: 'organisation', service: 'organisation',
  institute: 'organisation', organisation: 'organisation', organization: 'organisation', nations: 'organisation',
  department: 'organisation', office: 'organisation', school: 'organisation', hospital: 'organisation',
  city: 'place', island: 'place', province: 'place', region: 'place', street: 'place', mount: 'place',
  mountain: 'place', river: 'place', sea: 'place', gulf: 'place', bay: 'place', lake: 'place', county: 'place',
  district: 'place', state: 'place', square: 'place', park: 'place', village: 'place', valley: 'place',
  peninsula: 'place', strait: 'place', ocean: 'place', airport: 'place', station: 'place',
};

/** Words that open a region's name ("South Sudan", "Upper Nile"): such a name is a place's, not a person's. */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper',
  'lower', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * Nouns for a person by what they are or do. A capitalised word between an age and one of these only describes the
 * person ("a 36-year-old Ostrian climber", "the 19-year-old Quarnby student"): the age is the noun's, not the word's.
 */
export const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'teenager', 'teen', 'youth', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'climber', 'hiker', 'skier', 'tourist', 'national', 'citizen', 'resident', 'student',
  'soldier', 'officer', 'driver', 'pilot', 'player', 'boxer', 'fighter', 'worker', 'businessman', 'businesswoman',
  'mountaineer', 'guide', 'suspect', 'victim', 'actor', 'actress', 'singer', 'rider', 'cyclist', 'runner', 'swimmer',
  'journalist', 'photographer', 'doctor', 'nurse', 'teacher', 'priest', 'farmer', 'fisherman', 'sailor', 'gunman']);
