/**
 * Which happening a figure is of: two paired figures say nothing against each other when their sentences tell of two
 * happenings (another time and another figure, or quakes a point apart in magnitude). Read by findings.ts before a
 * pairing may make a finding.
 */
import type { Claim } from '../types';
import { proseOf, type ReportAnalysis } from '../reading/report';
import type { ClaimIndex, Match } from '../alignment/alignment';
import { QUAKE_WORDS } from '../vocab/units';

/**
 * Two sentences that differ on when their thing happened and on another of its figures, and agree on none, tell of
 * two happenings, not of one told wrong: "the first quake, 7.6, struck at 4:43 a.m. 135 km out" and "Wednesday's
 * quake hit at 7:48 am, 75 km west". Several figures of one happening may all be wrong at once (a running total
 * given as one day's haul), but another time and another place make another event.
 */
export function ofAnotherHappening(report: ReportAnalysis, claim: Claim, m: Match, index: ClaimIndex): boolean {
  const other = index.reports.get(m.claim.reportId);
  if (!other) return false;
  // a day against another day is judged as it is: the day is what may have slipped ("left on Friday with 180")
  if (claim.dimension === 'weekday') return false;
  // the pair itself differs
  let disagreements = 1;
  let whenDisagrees = WHEN.has(claim.dimension);
  // a day dates the sentence's happening, not what a person is ("a mother of 12", "the 40-year-old")
  if (!PERSONAL.has(claim.dimension)) {
    const [dayHere, dayThere] = [sentenceDay(report, claim), sentenceDay(other, m.claim)];
    if (dayHere !== undefined && dayThere !== undefined) {
      if (dayHere === dayThere) return false;
      disagreements++;
      whenDisagrees = true;
    }
  }
  for (const neighbour of claimsOfSentence(report, claim)) {
    if (neighbour === claim || neighbour.dimension === 'weekday') continue;
    for (const n of index.matchesFor(neighbour)) {
      if (n.bridged || n.claim === m.claim || !inOneSentence(n.claim, m.claim)) continue;
      if (n.agreement === 'agrees') return false;
      if (n.agreement !== 'conflicts') continue;
      disagreements++;
      whenDisagrees ||= WHEN.has(neighbour.dimension);
    }
  }
  return disagreements >= 2 && whenDisagrees;
}

/**
 * A quake's magnitude names which quake a sentence is about: its own sentence's, or else the first its report gives
 * (news leads with its quake; the background's come later). Figures of quakes a point or more apart (a 7.6 main
 * shock, a 6.1 aftershock three days on) are of two happenings.
 */
export function ofAnotherQuake(report: ReportAnalysis, claim: Claim, m: Match, index: ClaimIndex): boolean {
  // where and when a quake struck are its own; a toll is often told of several quakes at once
  if (!QUAKE_OWN.has(claim.dimension)) return false;
  const other = index.reports.get(m.claim.reportId);
  // only a sentence about a quake is about the report's quake ("the 2004 tsunami killed 220,000" is not)
  if (!other || !speaksOfQuake(report, claim) || !speaksOfQuake(other, m.claim)) return false;
  const here = magnitudeOf(report, claim);
  const there = here !== undefined ? magnitudeOf(other, m.claim) : undefined;
  return here !== undefined && there !== undefined && Math.abs(here - there) >= QUAKES_APART;
}

const QUAKE_OWN = new Set(['length', 'time', 'weekday', 'date']);

/** Magnitudes a point apart are two quakes (alignment.ts keeps such magnitudes apart too). */
const QUAKES_APART = 0.95;

function speaksOfQuake(report: ReportAnalysis, c: Claim): boolean {
  return c.frame === 'quake' || QUAKE_WORD.test(proseOf(report, c.sentence));
}

const QUAKE_WORD = new RegExp(`\\b(${[...QUAKE_WORDS].join('|')})s?\\b`, 'i');

function magnitudeOf(report: ReportAnalysis, c: Claim): number | undefined {
  const current = (d: Claim) => d.dimension === 'magnitude' && !d.attribute?.time;
  const inSentence = new Set(claimsOfSentence(report, c).filter(current).map((d) => d.value));
  if (inSentence.size) return inSentence.size === 1 ? [...inSentence][0] : undefined;
  // claims are in text order within a report
  return report.claims.filter(current).reduce<Claim | undefined>((first, d) => (!first || d.span.start < first.span.start ? d : first), undefined)?.value;
}

/** Dimensions that say when something happened. */
const WHEN = new Set(['time', 'weekday', 'date']);
/** Dimensions a sentence's day does not date: counts and ages are often of people ("a mother of 12"). */
const PERSONAL = new Set(['count', 'age']);

/** The weekday a figure's sentence dates its happening to: "Wednesday's quake", "struck on Sunday 135 km out". */
function sentenceDay(report: ReportAnalysis, c: Claim): number | undefined {
  if (c.attribute?.day !== undefined) return c.attribute.day;
  const days = new Set(claimsOfSentence(report, c).filter((d) => d.dimension === 'weekday').map((d) => d.value));
  return days.size === 1 ? [...days][0] : undefined;
}

const inOneSentence = (a: Claim, b: Claim) => a.reportId === b.reportId && a.sentence.start === b.sentence.start;

/** A report's claims by the start of their sentence, worked out once per analysis (an edit makes a new one). */
const claimsBySentence = new WeakMap<ReportAnalysis, Map<number, Claim[]>>();

function claimsOfSentence(report: ReportAnalysis, c: Claim): Claim[] {
  let bySentence = claimsBySentence.get(report);
  if (!bySentence) {
    bySentence = new Map();
    for (const d of report.claims) {
      const list = bySentence.get(d.sentence.start);
      if (list) list.push(d);
      else bySentence.set(d.sentence.start, [d]);
    }
    claimsBySentence.set(report, bySentence);
  }
  return bySentence.get(c.sentence.start) ?? [];
}
