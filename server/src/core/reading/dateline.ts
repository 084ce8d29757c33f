/**
 * The date a report gives itself in its first lines, as pages and wires print it: "Nov 28, 2005", "Saturday, 28
 * September 2013 01:43", "Published: January 3, 2013", "Posted 11/27/2005 7:21 AM", "2013-01-03". Only a short line
 * that is little but a date counts: "On March 3, 2005, the quake struck" dates a happening, not the report.
 */
import { MONTHS, WEEKDAYS } from '../vocab/numberWords';

/** How many non-empty lines from the top may hold the dateline (headline, byline, date, and so on). */
const DATELINE_LINES = 6;
/** A line longer than this is prose, not a dateline. */
const DATELINE_MAX_LENGTH = 80;
/** Words a dateline may carry besides its date and time. */
const DATELINE_WORDS = new Set(['published', 'posted', 'updated', 'last', 'first', 'story', 'created', 'time', 'on', 'at', 'date', 'hrs',
  'am', 'pm', 'a.m.', 'p.m.', 'a.', 'p.', 'm.', '@', 'by']);
/** Zones and places in capitals ("GMT", "PDT", "AEST", "WASHINGTON"), and zone offsets ("GMT+01"). */
const IN_CAPITALS = /^[A-Z]{2,}(?:[+-]\d*)?:?$/;
/** What may stay of a dateline once its date, time and dateline words are taken out: a few characters of punctuation. */
const LEFTOVER = /^[\s,.:;|/()\-–—]*$/;

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => [number, number, number] }[] = [
  // "28 September 2013", "18th September 2013"
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])] },
  // "Nov 28, 2005", "Sat Nov 12 2011", "January 3rd, 2013"
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2])] },
  // "2013-01-03", "2012.08.08"
  { re: /\b(\d{4})[-.](\d{2})[-.](\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // "11/27/2005", "11 / 27 / 2005": month first, as American pages print it
  { re: /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\b/, read: (m) => [Number(m[3]), Number(m[1]), Number(m[2])] },
];
/** "01:43", "5: 03pm", "05.51AM", "23:37:00": times of day, however the page spaced them. */
/** The same patterns, to take every date out of a line. */
const EVERY_DATE = PATTERNS.map(({ re }) => new RegExp(re.source, 'gi'));
const TIME_OF_DAY = /\b\d{1,2}\s*[:.]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*[ap]\.?\s?m\.?)?/gi;

/** The report's own date from its dateline, as YYYY-MM-DD, or undefined when its first lines give none. */
export function datelineDate(text: string): string | undefined {
  let seen = 0;
  for (const raw of text.split('\n', 40)) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > DATELINE_LINES) break;
    if (line.length > DATELINE_MAX_LENGTH) continue;
    const date = dateOfLine(line);
    if (date) return date;
  }
  return undefined;
}

function dateOfLine(line: string): string | undefined {
  for (const { re, read } of PATTERNS) {
    const m = line.match(re);
    if (!m) continue;
    const [year, month, day] = read(m);
    if (!isCalendarDate(year, month, day)) continue;
    if (!isLittleButDate(line.replace(m[0], ' '))) return undefined;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * What is left of a line without its date is only times, weekdays, zones, a place in capitals and dateline words
 * ("Updated: May 24, 2005, 3:23 PM ET"; a second date, "Last Updated: …", is read past too).
 */
function isLittleButDate(rest: string): boolean {
  let left = rest;
  for (const re of EVERY_DATE) left = left.replace(re, ' ');
  const words = left.replace(TIME_OF_DAY, ' ').split(/[\s,|/()[\]]+/).filter(Boolean);
  return words.every((w) => LEFTOVER.test(w) || IN_CAPITALS.test(w) || DATELINE_WORDS.has(w.toLowerCase().replace(/:$/, '')) || isWeekday(w));
}

function isWeekday(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,:]$/, '');
  return WEEKDAYS.includes(w) || WEEKDAYS.some((d) => d.slice(0, 3) === w);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A YYYY-MM-DD date as a year with its fraction ("2013-07-02" → 2013.5): how far apart two reports were written. */
export function fractionalYear(isoDate: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return undefined;
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const at = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
  return year + (at - start) / (Date.UTC(year + 1, 0, 1) - start);
}
