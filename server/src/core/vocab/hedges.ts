/**
 * Hedges turn a written figure into an interval. `low` and `high` multiply the written value;
 * Infinity means "no bound on that side". Matched longest first, case-insensitively, right before the figure.
 */
export interface HedgeDef {
  phrases: string[];
  low: number;
  high: number;
}

export const HEDGES: HedgeDef[] = [
  { phrases: ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'c.',
      'an approximate', 'approx.', 'approx', 'close to', 'in the region of', 'or so', 'on the order of', 'just about'],
    low: 0.85, high: 1.15 },
  { phrases: ['nearly', 'almost', 'just under', 'just short of', 'close on', 'not quite'], low: 0.85, high: 1 },
  { phrases: ['more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding', 'just over', 'well over'],
    low: 1, high: 1.6 },
  { phrases: ['at least', 'no fewer than', 'no less than', 'a minimum of', 'minimum of', 'at a minimum'],
    low: 1, high: Infinity },
  { phrases: ['up to', 'as many as', 'as much as', 'a maximum of', 'maximum of', 'maximum', 'at most', 'top speed of',
      'no more than', 'as high as', 'as far as', 'as long as'], low: 0, high: 1 },
  { phrases: ['less than', 'under', 'fewer than', 'below'], low: 0.6, high: 1 },
  { phrases: ['dozens of'], low: 24, high: 99 },
];

/** Plural scale words that make a vague amount: "thousands of people" is at least 2,000. */
export const VAGUE_AMOUNTS: Record<string, { low: number; high: number }> = {
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 199 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  'tens of thousands': { low: 20_000, high: 99_999 },
  'hundreds of thousands': { low: 200_000, high: 999_999 },
  millions: { low: 2e6, high: 9.99e6 },
};

/**
 * Hedges of a clock time, as minutes before and after the time written: "about 3 p.m." may be a quarter of an hour
 * either side, "shortly after 3:30" up to half an hour after, "by 7 a.m." some time before. Matched longest first.
 */
export const CLOCK_HEDGES: { phrases: string[]; before: number; after: number }[] = [
  { phrases: ['about', 'around', 'approximately', 'roughly', 'circa', 'some', 'just about', 'approx.', 'approx'], before: 15, after: 15 },
  { phrases: ['shortly after', 'just after', 'soon after', 'a little after', 'just past', 'shortly past', 'a few minutes after'], before: 0, after: 30 },
  { phrases: ['shortly before', 'just before', 'a little before', 'a few minutes before', 'nearly', 'almost'], before: 30, after: 0 },
  { phrases: ['after', 'past'], before: 0, after: 120 },
  { phrases: ['before', 'by', 'until', 'till'], before: 120, after: 0 },
];
