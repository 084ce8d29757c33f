/**
 * Writes values back as text in an article's own style: its unit (short or long spelling), digits or words,
 * thousands separators, and its parenthetical conversion.
 */
import type { Claim } from '../types';
import { UNITS, type UnitDef } from '../vocab/units';
import { WEEKDAYS } from '../vocab/numberWords';
import { valueInUnit } from '../extraction/units';
import { isStreetBlock } from '../extraction/attributes';

const BY_SYMBOL = new Map(UNITS.map((u) => [u.symbol, u] as const));
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

export interface Style {
  unit?: UnitDef;
  /** Unit written in full ("kilometers per hour") rather than as a symbol ("km/h"). */
  longUnit: boolean;
  words: boolean;
  grouped: boolean;
}

/** The style of a claim as written in `text`. */
export function styleOf(claim: Claim, text: string): Style {
  const written = text.slice(claim.numberSpan.start, claim.numberSpan.end);
  const unit = BY_SYMBOL.get(claim.unit);
  return {
    unit,
    longUnit: !!unit?.longName && written.toLowerCase().includes(unit.longName.split(' ')[0].slice(0, 5)),
    words: !/\d/.test(written),
    grouped: /\d,\d{3}/.test(written),
  };
}

/** A base-unit value in a unit ("59 km/h"), rounded as a reporter would. */
export function formatIn(value: number, unitSymbol: string, style?: Partial<Style>): string {
  const unit = BY_SYMBOL.get(unitSymbol);
  if (!unit) return formatNumber(value, style);
  const inUnit = valueInUnit(value, unitSymbol);
  const number = formatNumber(inUnit, style);
  if (unit.dimension === 'money') return formatMoney(inUnit, unit, style);
  if (unit.dimension === 'magnitude') return `magnitude ${number}`;
  if (unit.dimension === 'percent') return `${number}%`;
  const name = style?.longUnit && unit.longName ? unit.longName : unit.symbol;
  return `${number} ${name}`;
}

/** "£1.63 million", "$910,000", "2.5 million SEK": a sum as a reporter writes it, large sums in millions. */
function formatMoney(value: number, unit: UnitDef, style?: Partial<Style>): string {
  const sign = unit.prefixes?.filter((p) => !/^\p{L}+$/u.test(p)).sort((a, b) => a.length - b.length)[0];
  let number: string;
  if (Math.abs(value) >= 1e9) number = `${formatNumber(Number((value / 1e9).toPrecision(3)), style)} billion`;
  else if (Math.abs(value) >= 1e6) number = `${formatNumber(Number((value / 1e6).toPrecision(3)), style)} million`;
  else number = formatNumber(Math.abs(value) >= 1e4 ? Number(value.toPrecision(3)) : value, style);
  return sign ? `${sign}${number}` : `${number} ${unit.symbol}`;
}

/** How a claim reads when written back: "59 km/h", "Monday", "18 November", "31 years", "40". */
export function describeValue(claim: Claim, inUnit?: string, style?: Partial<Style>): string {
  if (claim.dimension === 'weekday') return capitalise(WEEKDAYS[claim.value]);
  if (claim.dimension === 'date') return `${Math.floor(claim.value % 100)} ${MONTH_NAMES[Math.floor(claim.value / 100) - 1]}`;
  if (claim.dimension === 'time') return describeTime(claim.value, claim.zone ?? '');
  if (claim.dimension === 'record') return `${Math.floor(claim.value / 1000)}-${claim.value % 1000}`;
  if (claim.dimension === 'age') return `${formatNumber(claim.value / (365.25 * 86400), style)} years old`;
  // a block is named by its number as written ("the 12500 block"), never grouped in thousands
  if (isStreetBlock(claim)) return String(claim.value);
  if (claim.dimension === 'count' || !claim.unit) return formatNumber(claim.value, style);
  return formatIn(claim.value, inUnit ?? claim.unit, style);
}

/** A time of day as "7:37 AM" (local, or no zone written) or "07:37 GMT" (a zone written). */
export function describeTime(minutes: number, zone: string): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = pad(minutes % 60);
  if (!zone || zone === 'local') return `${h % 12 || 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
  return `${pad(h)}:${m} ${zone}`;
}

/**
 * A time of day written as an article wrote another one: "3:33 a. m." after "3:30 a. m.", "8.40am" after "8.39am",
 * "0737" after "0741", "7:37" after "7:41".
 */
export function clockInStyle(minutes: number, written: string): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const digits = /^[\d:.\s]*\d/.exec(written)?.[0] ?? '';
  const suffix = written.slice(digits.length);
  if (/^\s*[ap]/i.test(suffix)) {
    const separator = /\d\.\d/.test(digits) ? '.' : ':';
    const pm = h >= 12;
    const meridiem = suffix.replace(/[ap]/i, (x) => (x === x.toUpperCase() ? (pm ? 'P' : 'A') : pm ? 'p' : 'a'));
    return `${h % 12 || 12}${m || /\d[:.]/.test(digits) ? separator + pad(m) : ''}${meridiem}`;
  }
  if (/^\d{4}$/.test(digits)) return `${pad(h)}${pad(m)}${suffix}`;
  return `${digits.startsWith('0') ? pad(h) : h}:${pad(m)}${suffix}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Rounds to a sensible precision (3 significant digits, whole numbers kept whole) and writes it. */
export function formatNumber(value: number, style?: Partial<Style>): string {
  const rounded = roundForDisplay(value);
  if (style?.words && Number.isInteger(rounded) && rounded >= 0 && rounded <= 20) return SMALL_WORDS[rounded];
  if (style?.words && rounded > 20 && rounded < 100 && rounded % 10 === 0) return TENS[rounded / 10];
  if (Math.abs(rounded) >= 1e9 && rounded % 1e8 === 0) return `${rounded / 1e9} billion`;
  if (Math.abs(rounded) >= 1e6 && rounded % 1e5 === 0) return `${rounded / 1e6} million`;
  const text = Number.isInteger(rounded) ? String(rounded) : String(rounded);
  return style?.grouped || Math.abs(rounded) >= 10_000 ? groupThousands(text) : text;
}

function roundForDisplay(value: number): number {
  if (Number.isInteger(value)) return value;
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value);
  if (abs >= 10) return Math.round(value * 10) / 10;
  return Math.round(value * 100) / 100;
}

function groupThousands(text: string): string {
  const [whole, frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The other unit of the same dimension an article would put in parentheses (km/h ↔ mph, km ↔ mi, m ↔ ft). */
export const COMPANION_UNIT: Record<string, string> = {
  'km/h': 'mph', mph: 'km/h', km: 'mi', mi: 'km', m: 'ft', ft: 'm', kg: 'lb', lb: 'kg', '°C': '°F', '°F': '°C',
  nmi: 'km', 'km²': 'mi²', 'mi²': 'km²', cm: 'in', in: 'cm',
};

/** "1 warning", "2 warnings": a count and its noun, for messages and summaries. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
