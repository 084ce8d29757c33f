/**
 * Compares two aligned claims after unit conversion: equal within rounding ("agrees"), different but with
 * overlapping hedged intervals ("compatible"), or disjoint ("conflicts"). A sum converted at a rate the reports
 * use gets the rate's slack on top of rounding.
 */
import type { Agreement, Claim } from '../types';
import { convertedAtRate, RATE_TOLERANCE } from '../extraction/rates';
import { LOOSE_UNIT_PAIRS } from '../vocab/units';
import { valueInUnit } from '../extraction/units';
import { isStreetBlock } from '../extraction/attributes';

/** Relative difference two figures may have and still be the same figure rounded or converted. */
const ROUNDING = 0.025;

export function compareClaims(a: Claim, b: Claim): Agreement {
  if (a.dimension === 'time') return compareTimes(a, b);
  if (a.dimension === 'weekday' || a.dimension === 'date' || a.dimension === 'record' || a.dimension === 'year') return a.value === b.value ? 'agrees' : 'conflicts';
  if (sameNumberInLooseUnits(a, b) || agedBetweenReports(a, b) || agoBetweenReports(a, b)) return 'agrees';
  // "the 12500 block" names a stretch of a street by its house numbers: a number that names is never rounded
  if (isStreetBlock(a) && isStreetBlock(b)) return a.value === b.value ? 'agrees' : 'conflicts';
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  // two exact figures in one unit are written to the same precision: "84-yard" and "86-yard" differ, whatever the
  // percentage; the rounding slack is for conversions and currencies
  if (a.unit === b.unit && !a.hedge && !b.hedge && a.dimension !== 'money' && a.dimension !== 'magnitude' && !isRound(a) && !isRound(b)) {
    if (Math.abs(a.value - b.value) <= scale * 1e-9) return 'agrees';
    return a.low <= b.high && b.low <= a.high ? 'compatible' : 'conflicts';
  }
  const tolerance = ROUNDING + (convertedAtRate(a) || convertedAtRate(b) ? RATE_TOLERANCE : 0);
  if (Math.abs(a.value - b.value) <= scale * tolerance + (a.dimension === 'magnitude' ? 0.01 : 0)) return 'agrees';
  const lowA = Math.min(a.low, a.value * (1 - ROUNDING));
  const highA = Math.max(a.high, a.value * (1 + ROUNDING));
  const lowB = Math.min(b.low, b.value * (1 - ROUNDING));
  const highB = Math.max(b.high, b.value * (1 + ROUNDING));
  return lowA <= highB && lowB <= highA ? 'compatible' : 'conflicts';
}

/** A figure of 100 or more written with a final zero ("180", "2,000") may be rounded, and keeps the rounding slack. */
function isRound(c: Claim): boolean {
  const written = Math.abs(inWrittenUnit(c));
  return written >= 100 && Math.abs(Math.round(written) % 10) < 1e-9 && Number.isInteger(Math.round(written * 1e6) / 1e6);
}

const YEAR_IN_SECONDS = 365.25 * 86400;
/** Ages are written in whole years: half a year of slack for one written as a decimal or converted. */
const AGE_ROUNDING = 0.5;
/** A stretch of this much less than a year counts as a year for a birthday to fall in (three months or more). */
const BIRTHDAY_LIKELY = 0.75;

/** "Venstrup, 54" in a report of one year and "Venstrup, 55" in one of the next: the same person a year on. */
function agedBetweenReports(a: Claim, b: Claim): boolean {
  const ya = a.attribute?.asOf;
  const yb = b.attribute?.asOf;
  if (a.dimension !== 'age' || !ya || !yb || ya === yb) return false;
  const older = (b.value - a.value) / YEAR_IN_SECONDS;
  const later = yb - ya;
  // "26" in January and "27" in September may both be right: a birthday is as likely as not to fall in a stretch of
  // three months or more (reports dated only by their year are a year apart)
  return Math.sign(older) === Math.sign(later) && Math.abs(older) <= Math.floor(Math.abs(later) + BIRTHDAY_LIKELY) + AGE_ROUNDING;
}

/** Days between two reports of one story, which a span counted back from each ("12 days ago") may differ by. */
const DAYS_BETWEEN_REPORTS = 3;

/** "12 days ago" in one report and "11 days ago" in one written the next day: the same day. */
function agoBetweenReports(a: Claim, b: Claim): boolean {
  return a.dimension === 'duration' && a.attribute?.time === 'ago' && b.attribute?.time === 'ago' &&
    Math.abs(a.value - b.value) <= DAYS_BETWEEN_REPORTS * 86400;
}

/** Minutes two times of day may differ and still be the same time: "8:39" and "8:40". */
const CLOCK_ROUNDING = 1;
/** Zones that name Greenwich time. */
const GREENWICH = new Set(['GMT', 'UTC']);

/** A time's zone for comparison: a time written with no zone is read as local time, as reporters mean it. */
export function zoneKey(c: Claim): string {
  if (c.zone === 'local') return '';
  return GREENWICH.has(c.zone ?? '') ? 'GMT' : c.zone ?? '';
}

/**
 * Whether two times of day can be compared: in the same zone (none written counts as local), or one in Greenwich
 * time and the other explicitly local with the same digits ("7:37 AM local time" and "0737 GMT" cannot both be
 * right unless the place keeps Greenwich time). Other times in different zones are not compared: Crosscheck knows
 * no zones of places.
 */
export function timesComparable(a: Claim, b: Claim): boolean {
  if (zoneKey(a) === zoneKey(b)) return true;
  const greenwichAndLocal = (x: Claim, y: Claim) => GREENWICH.has(x.zone ?? '') && y.zone === 'local';
  return (greenwichAndLocal(a, b) || greenwichAndLocal(b, a)) && Math.abs(a.value - b.value) <= CLOCK_ROUNDING;
}

/** Equal within a minute agrees, overlapping hedges ("about 3 p.m.", "3:10 p.m.") are compatible; other zones conflict. */
function compareTimes(a: Claim, b: Claim): Agreement {
  if (zoneKey(a) !== zoneKey(b)) return 'conflicts';
  if (Math.abs(a.value - b.value) <= CLOCK_ROUNDING) return 'agrees';
  return a.low <= b.high && b.low <= a.high ? 'compatible' : 'conflicts';
}

/** A claim's value in the unit it is written in. */
const inWrittenUnit = (c: Claim) => valueInUnit(c.value, c.unit);
const LOOSE = new Set(LOOSE_UNIT_PAIRS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/** "13 nautical miles" and "some 13 miles": the same number in units writers use for one another. */
function sameNumberInLooseUnits(a: Claim, b: Claim): boolean {
  if (!LOOSE.has(`${a.unit}|${b.unit}`)) return false;
  const written = inWrittenUnit;
  return Math.abs(written(a) - written(b)) <= ROUNDING * Math.max(written(a), written(b));
}

/** Claims grouped by the value they support; each group lists the reports behind it, largest group first. */
export interface ValueGroup {
  representative: Claim;
  claims: Claim[];
  reports: Set<string>;
}

export function groupByValue(claims: Claim[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  const byValue = new RepresentativesByValue();
  // ages of reports from different years agree beyond the rounding window (see agedBetweenReports): no window for them
  const oneDimension = claims.every((c) => c.dimension === claims[0]?.dimension) && claims[0]?.dimension !== 'age';
  for (const c of claims) {
    // A claim joins the first group whose representative it agrees with. Among hundreds of groups (a figure
    // compared across an archive), only representatives near its value can agree: those are looked up by value.
    const g = oneDimension ? byValue.firstAgreeing(c, groups) : groups.find((x) => compareClaims(x.representative, c) === 'agrees');
    if (!g) byValue.add(c.value, groups.length);
    if (g) {
      g.claims.push(c);
      g.reports.add(c.reportId);
    } else {
      groups.push({ representative: c, claims: [c], reports: new Set([c.reportId]) });
    }
  }
  return groups.sort((x, y) => y.reports.size - x.reports.size);
}

/**
 * Group representatives sorted by value. Two values agree only when they are within a tolerance t of the larger
 * (ROUNDING, plus RATE_TOLERANCE for a sum converted at a learnt rate, plus 0.01 for magnitudes), so
 * |a − b| ≤ (t·|a| + 0.01) / (1 − t) bounds where to look around `a`; the window is widened a little against
 * floating-point rounding, and each candidate is still compared.
 */
class RepresentativesByValue {
  private readonly values: number[] = [];
  private readonly groupIndexes: number[] = [];

  add(value: number, groupIndex: number): void {
    if (Number.isNaN(value)) return; // agrees with nothing
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    this.values.splice(lo, 0, value);
    this.groupIndexes.splice(lo, 0, groupIndex);
  }

  firstAgreeing(c: Claim, groups: ValueGroup[]): ValueGroup | undefined {
    if (Number.isNaN(c.value)) return undefined;
    const t = ROUNDING + RATE_TOLERANCE;
    const window = Math.max(((t * Math.abs(c.value) + 0.01) / (1 - t)) * 1.001 + 1e-9, c.dimension === 'time' ? CLOCK_ROUNDING : 0);
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid] < c.value - window) lo = mid + 1;
      else hi = mid;
    }
    let first: number | undefined;
    for (let k = lo; k < this.values.length && this.values[k] <= c.value + window; k++) {
      const index = this.groupIndexes[k];
      if ((first === undefined || index < first) && compareClaims(groups[index].representative, c) === 'agrees') first = index;
    }
    return first === undefined ? undefined : groups[first];
  }
}
