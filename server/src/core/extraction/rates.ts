/**
 * Exchange rates the reports themselves use, learnt from the conversions they write ("2m euros (£1.7m; $2.6m)").
 * Rates move over time and between newsrooms, so Crosscheck ships no rate table: two sums in different currencies
 * are compared only when the workspace says how the one converts into the other, and then with a wide tolerance.
 */
import type { Claim } from '../types';

/** Relative slack for a sum converted at a learnt rate: rates are rounded and differ between reports. */
export const RATE_TOLERANCE = 0.05;

export class ExchangeRates {
  /** from → to → observed factors */
  private readonly observed = new Map<string, Map<string, number[]>>();

  constructor(claims: Iterable<Claim>) {
    for (const c of claims) {
      if (c.dimension !== 'money' || !c.conversion) continue;
      const sums = [{ value: c.value, unit: c.unit }, c.conversion, ...(c.otherConversions ?? [])];
      for (const a of sums) for (const b of sums) if (a !== b) this.observe(a, b);
    }
  }

  private observe(a: { value: number; unit: string }, b: { value: number; unit: string }): void {
    if (a.unit === b.unit || !(a.value > 0) || !(b.value > 0)) return;
    let to = this.observed.get(a.unit);
    if (!to) this.observed.set(a.unit, (to = new Map()));
    let list = to.get(b.unit);
    if (!list) to.set(b.unit, (list = []));
    list.push(b.value / a.value);
  }

  /** How many units of `to` one unit of `from` is worth, directly or through one other currency. */
  factor(from: string, to: string): number | undefined {
    if (from === to) return 1;
    const direct = this.direct(from, to);
    if (direct) return direct;
    for (const via of this.observed.get(from)?.keys() ?? []) {
      const second = this.direct(via, to);
      if (second) return this.direct(from, via)! * second;
    }
    return undefined;
  }

  private direct(from: string, to: string): number | undefined {
    const list = this.observed.get(from)?.get(to);
    return list?.length ? median(list) : undefined;
  }

  /** `c` expressed in `unit`, its interval widened for the rate's uncertainty; undefined when no rate is known. */
  convert(c: Claim, unit: string): Claim | undefined {
    if (c.dimension !== 'money' || c.unit === unit) return c;
    const f = this.factor(c.unit, unit);
    if (!f) return undefined;
    const converted = { ...c, unit, value: c.value * f, low: c.low * f * (1 - RATE_TOLERANCE), high: c.high * f * (1 + RATE_TOLERANCE) };
    CONVERTED.add(converted);
    return converted;
  }
}

const CONVERTED = new WeakSet<Claim>();

/** Whether a claim is another report's sum converted at a learnt rate (compared with the rate's slack). */
export function convertedAtRate(c: Claim): boolean {
  return CONVERTED.has(c);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
