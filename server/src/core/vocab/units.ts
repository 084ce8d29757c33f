/**
 * Units a figure can be written in. Each spelling maps to one canonical symbol, a dimension and the factor to the
 * dimension's base unit (m, m/s, s, kg, m², °C, %, or the currency itself). Spellings are matched longest first,
 * case-insensitively unless `caseSensitive` is set (so "M" for magnitude does not swallow "m" for metres).
 */
import type { Dimension } from '../types';

export interface UnitDef {
  symbol: string;
  dimension: Dimension;
  /** Multiply by this to reach the base unit. */
  factor: number;
  /** Added after the factor (temperature only). */
  offset?: number;
  /** Spellings after the number ("km/h", "kilometers per hour"). */
  spellings: string[];
  /** Spellings before the number ("$", "US$", "euro"). */
  prefixes?: string[];
  /** Name used when writing a value back in this unit's long style. */
  longName?: string;
}

const DAY = 86_400;

export const UNITS: UnitDef[] = [
  // speed
  { symbol: 'km/h', dimension: 'speed', factor: 1 / 3.6, longName: 'kilometers per hour',
    spellings: ['km/h', 'kmh', 'kph', 'km/hr', 'kilometers per hour', 'kilometres per hour', 'kilometers an hour',
      'kilometres an hour', 'km per hour', 'km an hour'] },
  { symbol: 'mph', dimension: 'speed', factor: 0.44704, longName: 'miles per hour',
    spellings: ['mph', 'miles per hour', 'miles an hour', 'mi/h', 'mile per hour'] },
  { symbol: 'kn', dimension: 'speed', factor: 0.514444, longName: 'knots', spellings: ['knots', 'knot', 'kts'] },
  { symbol: 'm/s', dimension: 'speed', factor: 1, longName: 'meters per second',
    spellings: ['m/s', 'meters per second', 'metres per second'] },
  // length
  { symbol: 'nmi', dimension: 'length', factor: 1852, longName: 'nautical miles',
    spellings: ['nautical miles', 'nautical mile', 'nm', 'nmi'] },
  { symbol: 'km', dimension: 'length', factor: 1000, longName: 'kilometers',
    spellings: ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'] },
  { symbol: 'm', dimension: 'length', factor: 1, longName: 'meters',
    spellings: ['m', 'meter', 'meters', 'metre', 'metres', 'mtrs'] },
  { symbol: 'cm', dimension: 'length', factor: 0.01, longName: 'centimeters',
    spellings: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'] },
  { symbol: 'mm', dimension: 'length', factor: 0.001, longName: 'millimeters',
    spellings: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'] },
  { symbol: 'mi', dimension: 'length', factor: 1609.344, longName: 'miles', spellings: ['mi', 'mile', 'miles'] },
  { symbol: 'ft', dimension: 'length', factor: 0.3048, longName: 'feet', spellings: ['ft', 'feet', 'foot'] },
  { symbol: 'yd', dimension: 'length', factor: 0.9144, longName: 'yards', spellings: ['yd', 'yds', 'yard', 'yards'] },
  { symbol: 'in', dimension: 'length', factor: 0.0254, longName: 'inches', spellings: ['inch', 'inches'] },
  // area
  { symbol: 'km²', dimension: 'area', factor: 1e6, longName: 'square kilometers',
    spellings: ['km²', 'km2', 'sq km', 'square kilometers', 'square kilometres', 'sq. km', 'square km'] },
  { symbol: 'mi²', dimension: 'area', factor: 2_589_988, longName: 'square miles',
    spellings: ['sq mi', 'square miles', 'square mile', 'sq miles', 'mi²'] },
  { symbol: 'ha', dimension: 'area', factor: 1e4, longName: 'hectares', spellings: ['ha', 'hectares', 'hectare'] },
  { symbol: 'acre', dimension: 'area', factor: 4046.86, longName: 'acres', spellings: ['acres', 'acre'] },
  // duration
  { symbol: 's', dimension: 'duration', factor: 1, longName: 'seconds', spellings: ['seconds', 'second', 'secs', 'sec'] },
  { symbol: 'min', dimension: 'duration', factor: 60, longName: 'minutes', spellings: ['minutes', 'minute', 'mins', 'min'] },
  { symbol: 'h', dimension: 'duration', factor: 3600, longName: 'hours', spellings: ['hours', 'hour', 'hrs', 'hr'] },
  { symbol: 'd', dimension: 'duration', factor: DAY, longName: 'days', spellings: ['days', 'day'] },
  { symbol: 'wk', dimension: 'duration', factor: 7 * DAY, longName: 'weeks', spellings: ['weeks', 'week'] },
  { symbol: 'mo', dimension: 'duration', factor: 30.44 * DAY, longName: 'months', spellings: ['months', 'month'] },
  { symbol: 'yr', dimension: 'duration', factor: 365.25 * DAY, longName: 'years', spellings: ['years', 'year', 'yrs'] },
  { symbol: 'decade', dimension: 'duration', factor: 3652.5 * DAY, longName: 'decades', spellings: ['decades', 'decade'] },
  // mass
  { symbol: 't', dimension: 'mass', factor: 1000, longName: 'tonnes', spellings: ['tonnes', 'tonne', 'tons', 'ton', 'metric tons'] },
  { symbol: 'kg', dimension: 'mass', factor: 1, longName: 'kilograms', spellings: ['kg', 'kgs', 'kilograms', 'kilogram', 'kilos'] },
  { symbol: 'lb', dimension: 'mass', factor: 0.453592, longName: 'pounds', spellings: ['lb', 'lbs'] },
  // temperature
  { symbol: '°C', dimension: 'temperature', factor: 1, longName: 'degrees Celsius',
    spellings: ['°C', 'degrees Celsius', 'degrees C', 'degrees centigrade', 'C'] },
  { symbol: '°F', dimension: 'temperature', factor: 5 / 9, offset: -160 / 9, longName: 'degrees Fahrenheit',
    spellings: ['°F', 'degrees Fahrenheit', 'degrees F', 'F'] },
  // percent
  { symbol: '%', dimension: 'percent', factor: 1, longName: 'percent',
    spellings: ['%', 'per cent', 'percent', 'pct', 'percentage points'] },
  // money: the base unit is the currency itself; different currencies are not converted.
  { symbol: 'USD', dimension: 'money', factor: 1, longName: 'dollars', prefixes: ['US$', '$US', 'USD', '$'],
    spellings: ['dollars', 'dollar', 'USD', 'US dollars'] },
  { symbol: 'EUR', dimension: 'money', factor: 1, longName: 'euros', prefixes: ['€', 'EUR', 'euro'],
    spellings: ['euros', 'euro', 'EUR'] },
  { symbol: 'GBP', dimension: 'money', factor: 1, longName: 'pounds', prefixes: ['£', 'GBP'],
    spellings: ['pounds sterling', 'pounds', 'pound', 'GBP', 'sterling'] },
  { symbol: 'AUD', dimension: 'money', factor: 1, longName: 'Australian dollars', prefixes: ['A$', 'AU$', 'AUD'],
    spellings: ['Australian dollars', 'AUD'] },
  { symbol: 'CAD', dimension: 'money', factor: 1, longName: 'Canadian dollars', prefixes: ['C$', 'CA$', 'CAD'],
    spellings: ['Canadian dollars', 'CAD'] },
  { symbol: 'NZD', dimension: 'money', factor: 1, longName: 'New Zealand dollars', prefixes: ['NZ$', 'NZD'],
    spellings: ['New Zealand dollars', 'NZD'] },
  { symbol: 'HKD', dimension: 'money', factor: 1, longName: 'Hong Kong dollars', prefixes: ['HK$', 'HKD'],
    spellings: ['Hong Kong dollars', 'HKD'] },
  { symbol: 'SGD', dimension: 'money', factor: 1, longName: 'Singapore dollars', prefixes: ['S$', 'SGD'],
    spellings: ['Singapore dollars', 'SGD'] },
  { symbol: 'TWD', dimension: 'money', factor: 1, longName: 'New Taiwan dollars', prefixes: ['NT$', 'NT $', 'TWD'],
    spellings: ['New Taiwan dollars', 'Taiwan dollars', 'TWD'] },
  { symbol: 'CNY', dimension: 'money', factor: 1, longName: 'yuan', prefixes: ['RMB', 'CNY'], spellings: ['yuan', 'renminbi', 'CNY', 'RMB'] },
  { symbol: 'CHF', dimension: 'money', factor: 1, longName: 'Swiss francs', prefixes: ['CHF'], spellings: ['Swiss francs', 'CHF'] },
  { symbol: 'JPY', dimension: 'money', factor: 1, longName: 'yen', prefixes: ['¥', 'JPY'], spellings: ['yen', 'JPY'] },
  { symbol: 'INR', dimension: 'money', factor: 1, longName: 'rupees', prefixes: ['Rs.', 'Rs', 'INR', '₹'],
    spellings: ['rupees', 'rupee', 'INR'] },
  { symbol: 'ZAR', dimension: 'money', factor: 1, longName: 'rand', prefixes: ['R'], spellings: ['rand'] },
  // earthquake magnitude, written either side of the number
  { symbol: 'M', dimension: 'magnitude', factor: 1, longName: 'magnitude',
    prefixes: ['magnitude', 'magnitude-', 'M'], spellings: ['magnitude', '-magnitude', 'on the Richter scale', 'Richter'] },
];

/** Spellings that are only units when written in exactly this case ("C" after a number, "M" before it). */
export const CASE_SENSITIVE_SPELLINGS = new Set(['C', 'F', 'M', 'R', 'm']);

/** Multipliers written after a number ("1.2 million", "$3bn"). */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, m: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12,
};

/** Words in a sentence that make "mm" a calibre rather than a length. */
export const CALIBRE_CONTEXT = new Set([
  'gun', 'guns', 'rifle', 'rifles', 'shell', 'shells', 'artillery', 'howitzer', 'howitzers', 'calibre', 'caliber',
  'cannon', 'ammunition', 'rounds', 'mortar', 'mortars', 'rocket', 'rockets', 'pistol', 'launcher', 'launchers',
]);


/**
 * Time zones written after a clock time ("0737 GMT", "3 p.m. EST"), by lower-case spelling. The short
 * American ones ("ET", "PT") count only in capitals.
 */
export const TIME_ZONES: Record<string, string> = {
  gmt: 'GMT', utc: 'UTC', z: 'UTC', bst: 'BST', cet: 'CET', cest: 'CEST', est: 'EST', edt: 'EDT', cst: 'CST', cdt: 'CDT',
  mst: 'MST', mdt: 'MDT', pst: 'PST', pdt: 'PDT', akdt: 'AKDT', akst: 'AKST', ist: 'IST', jst: 'JST', kst: 'KST',
  aest: 'AEST', wib: 'WIB', et: 'ET', pt: 'PT', ct: 'CT', mt: 'MT',
};
/** Zones of two letters or fewer, which are also words ("et", "pt"): read only when written in capitals. */
export const CAPITAL_ONLY_ZONES = new Set(['z', 'et', 'pt', 'ct', 'mt']);

/**
 * Units that writers use for one another: a sea distance in "miles" is often nautical miles. The
 * same number written in both is the same figure.
 */
export const LOOSE_UNIT_PAIRS: [string, string][] = [['mi', 'nmi']];

/** Words for an earthquake: a decimal right before one is its magnitude ("a 5.6 quake"). */
export const QUAKE_WORDS = new Set(['quake', 'earthquake', 'tremor', 'temblor', 'aftershock', 'shock']);
