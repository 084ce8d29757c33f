/**
 * Compares two aligned claims after unit conversion: equal within rounding ("agrees"), different but with
 * overlapping hedged intervals ("compatible"), or disjoint ("conflicts"). A sum converted at a rate the reports
 * use gets the rate's slack on top of rounding.
 */
import type { Agreement, Claim } from './types';
import { convertedAtRate, RATE_TOLERANCE } from './rates';

/** Relative difference two figures may have and still be the same figure rounded or converted. */
const ROUNDING = 0.025;

export function compareClaims(a: Claim, b: Claim): Agreement {
  if (a.dimension === 'weekday' || a.dimension === 'date') return a.value === b.value ? 'agrees' : 'conflicts';
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  const tolerance = ROUNDING + (convertedAtRate(a) || convertedAtRate(b) ? RATE_TOLERANCE : 0);
  if (Math.abs(a.value - b.value) <= scale * tolerance + (a.dimension === 'magnitude' ? 0.01 : 0)) return 'agrees';
  const lowA = Math.min(a.low, a.value * (1 - ROUNDING));
  const highA = Math.max(a.high, a.value * (1 + ROUNDING));
  const lowB = Math.min(b.low, b.value * (1 - ROUNDING));
  const highB = Math.max(b.high, b.value * (1 + ROUNDING));
  return lowA <= highB && lowB <= highA ? 'compatible' : 'conflicts';
}

/** Claims grouped by the value they support; each group lists the reports behind it, largest group first. */
export interface ValueGroup {
  representative: Claim;
  claims: Claim[];
  reports: Set<string>;
}

export function groupByValue(claims: Claim[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const c of claims) {
    const g = groups.find((x) => compareClaims(x.representative, c) === 'agrees');
    if (g) {
      g.claims.push(c);
      g.reports.add(c.reportId);
    } else {
      groups.push({ representative: c, claims: [c], reports: new Set([c.reportId]) });
    }
  }
  return groups.sort((x, y) => y.reports.size - x.reports.size);
}
