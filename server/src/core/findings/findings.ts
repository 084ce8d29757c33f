/**
 * Turns comparisons into findings: figure conflicts, name spellings, mixed-script words and wrong conversions,
 * each with a message naming the other sources, related locations and ready-made fixes.
 */
import type { Claim, CrosscheckSettings, Finding, FindingCode, Fix, RelatedLocation, Severity, Span } from '../types';
import { fileName, proseOf, type ReportAnalysis } from '../reading/report';
import type { ClaimIndex, Match } from '../alignment/alignment';
import { alignmentKey, isVague as isVagueAmount } from '../alignment/alignment';
import { compareClaims, groupByValue, zoneKey, type ValueGroup } from '../alignment/compare';
import { clockInStyle, describeValue, formatIn, styleOf, COMPANION_UNIT } from './format';
import { COUNT_FRAMES, MEASURE_FRAMES } from '../vocab/frames';
import { nameKey } from '../words';
import { describeAttribute, isStreetBlock } from '../extraction/attributes';
import { ofAnotherHappening, ofAnotherQuake } from './happenings';
import { isTransliteration, type SpellingVariant } from './spelling';

const VOLATILE = new Set(COUNT_FRAMES.filter((f) => f.volatile).map((f) => f.id));
const FRAME_LABEL = new Map<string, string>([
  ...COUNT_FRAMES.map((f) => [f.id, f.label] as const),
  ...Object.entries(MEASURE_FRAMES).map(([id, f]) => [id, f.label] as const),
]);


/**
 * A report that gives the same figure for the same attribute twice (in its headline and its body, or in the lead
 * and a later recap) says it once: its findings and its table rows keep the statement where the body first makes
 * it, since the same question asked twice is noise and a headline only repeats what the body says.
 */
export function oncePerFigure<T extends { claim: Claim }>(report: ReportAnalysis, found: T[]): T[] {
  const firstSentence = report.sentences[0];
  const headline = firstSentence && looksLikeHeadline(report.text.slice(firstSentence.start, firstSentence.end)) ? firstSentence : undefined;
  const inHeadline = (c: Claim) => !!headline && c.sentence.start === headline.start;
  const byFigure = new Map<string, T>();
  for (const x of found) {
    const key = `${frameLabel(x.claim)}|${x.claim.value}`;
    const kept = byFigure.get(key);
    if (!kept || (inHeadline(kept.claim) && !inHeadline(x.claim))) byFigure.set(key, x);
  }
  return [...byFigure.values()];
}

/** Words a first sentence ending in a full stop may have and still be a headline ("Quake kills 10 in Quarnby."). */
const HEADLINE_WORDS = 14;

/**
 * A report's first sentence is its headline when it reads like one: no full stop at its end, or short. A long first
 * sentence ending in a full stop is the lead, where the body first states its figures.
 */
function looksLikeHeadline(sentence: string): boolean {
  const text = sentence.trim();
  return !/[.!?]["”’)]?$/.test(text) || text.split(/\s+/).length <= HEADLINE_WORDS;
}

/** How many reports agreeing against lone outliers make a figure settled (no finding on the agreeing side). */
const MAJORITY_AGAINST_OUTLIERS = 3;

/** All findings of one report, severities per settings, 'off' codes left out. */
export function findingsFor(report: ReportAnalysis, index: ClaimIndex, settings: CrosscheckSettings): Finding[] {
  const findings = [
    ...oncePerFigure(report, report.claims.flatMap((c) => { const f = figureFinding(report, c, index, settings); return f ? [{ claim: c, finding: f }] : []; })).map((x) => x.finding),
    ...report.claims.flatMap((c) => conversionFinding(report, c) ?? []),
    ...spellingFindings(report, index),
    ...mixedScriptFindings(report),
  ];
  return applySeverities(findings, settings).sort((a, b) => a.span.start - b.span.start);
}

function applySeverities(findings: Finding[], settings: CrosscheckSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const configured = settings.severity[f.code];
    if (configured === 'off') continue;
    out.push(configured ? { ...f, severity: configured } : f);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- figures

function figureFinding(report: ReportAnalysis, claim: Claim, index: ClaimIndex, settings: CrosscheckSettings): Finding | undefined {
  // a vague amount ("dozens of", "hundreds of") is no figure to check, nor one to check against
  if (isVagueAmount(claim)) return undefined;
  const matches = index.matchesFor(claim);
  const differing = matches.filter((m) => !isVagueAmount(m.claim) && !allowedByBound(claim, comparable(m)) && !overtookFloor(claim, comparable(m)) &&
    (m.agreement === 'conflicts' || (m.agreement === 'compatible' && isTelling(claim, m.claim))) &&
    !ofAnotherHappening(report, claim, m, index) && !ofAnotherQuake(report, claim, m, index));
  if (!differing.length) return undefined;
  const groups = groupByValue([claim, ...matches.map(comparable)]);
  const own = groups.find((g) => g.claims.includes(claim))!;
  const others = groups.filter((g) => g !== own);
  // A figure that three or more reports give alike, against lone outliers, is not in question: the outliers carry it.
  if (own.reports.size >= MAJORITY_AGAINST_OUTLIERS && others.every((g) => g.reports.size === 1)) return undefined;
  if (agesOfPassingTime(claim, differing, own, others)) return undefined;
  const severity = figureSeverity(claim, matches, own, others, index);
  const label = frameLabel(claim);
  const here = describeValue(claim, claim.unit);
  const said = differing.map((m) => `${index.sourceOf(m.claim.reportId)} says ${quoteFigure(index, m.claim)}${convertedNote(claim, m)}`);
  const message = `${capitalise(label)}: ${here} here; ${said.join('; ')}.`;
  const related: RelatedLocation[] = differing.map((m) => ({
    reportId: m.claim.reportId,
    span: m.claim.span,
    message: `${index.sourceOf(m.claim.reportId)}: ${sentenceText(index, m.claim)}`,
  }));
  return {
    code: 'figure-conflict', severity, reportId: report.reportId, span: claim.span, message, related,
    fixes: figureFixes(report, claim, matches, others, index, settings),
    reviewKey: reviewKey('figure-conflict', report.reportId, report.text.slice(claim.span.start, claim.span.end), alignmentKey(claim) ?? ''),
  };
}

/** How far apart one person's ages may be in reports written at different stages of a story (an arrest, a trial). */
const AGE_DRIFT = 2.5 * 365.25 * 86400;

/**
 * One person's age a year or two apart, with more than one report on each side ("27" at the arrest, "29" at the
 * trial two years on): the reports were written at different times, and only a lone outlier against two or more
 * that agree is worth a look.
 */
function agesOfPassingTime(claim: Claim, differing: Match[], own: ValueGroup, others: ValueGroup[]): boolean {
  if (claim.dimension !== 'age' || !differing.every((m) => Math.abs(m.claim.value - claim.value) <= AGE_DRIFT)) return false;
  const loneOutlier = own.reports.size === 1 && others.some((g) => g.reports.size >= 2);
  const againstOne = own.reports.size === 1 && others.every((g) => g.reports.size === 1);
  return !loneOutlier && !againstOne;
}

/** How close to an approximate figure ("about 58 km") another may be and say nothing against it. */
const APPROXIMATE_CLOSE = 0.05;

/** An interval on both sides of the figure: "about 58 km" (a hedge written) or "a week" (written loosely, no hedge). */
const widened = (c: Claim) => c.low < c.value && c.high > c.value;
/** "about 58 km", "roughly 200": a hedge that widens the figure both ways. */
const isApproximate = (c: Claim) => !!c.hedge && widened(c);
/** A figure with an interval but no hedge: written loosely ("a week", "a mile"). */
const isLoose = (c: Claim) => !c.hedge && widened(c);

/**
 * Whether two compatible figures still say something worth a look: an exact figure against a bound does ("five
 * dead" against "at least three"); two bounds that fit together, or a vague amount ("hundreds of"), do not.
 */
function isTelling(a: Claim, b: Claim): boolean {
  if (isVagueAmount(a) || isVagueAmount(b)) return false;
  // "a week" against "nine days": a figure written loosely says nothing against one within its reach
  if (isLoose(a) || isLoose(b)) return false;
  // "about 58 km" against "35 miles" (56 km): a figure written as approximate says nothing against one this close to it
  if ((isApproximate(a) || isApproximate(b)) && Math.abs(a.value - b.value) <= APPROXIMATE_CLOSE * Math.max(Math.abs(a.value), Math.abs(b.value))) return false;
  const [sideA, sideB] = [boundSide(a), boundSide(b)];
  // "less than 50 km" allows "25 km": a ceiling says little about a figure well under it ("at most 59 km/h" against
  // "about 50 km/h" is still worth a look)
  if ((isCeiling(a) && b.high < WELL_UNDER * a.value) || (isCeiling(b) && a.high < WELL_UNDER * b.value)) return false;
  // "at least 12 shots" and "13 shots" say the same; "at least three dead" and "ten dead" tell of a toll that grew
  const confirmsFloor = (floor: Claim, figure: Claim) => figure.value >= floor.value && figure.value <= NEAR_BOUND * floor.value;
  if ((sideA === 'lower' && !sideB && confirmsFloor(a, b)) || (sideB === 'lower' && !sideA && confirmsFloor(b, a))) return false;
  // "more than 100 mph" and "up to 120 mph": a floor under a ceiling, both can be right
  if ((sideA === 'lower' && sideB === 'upper' && a.value <= b.value) || (sideB === 'lower' && sideA === 'upper' && b.value <= a.value)) return false;
  // "at least three dead" and "at least 10 dead": two floors far apart tell of a toll that grew
  if (sideA === 'lower' && sideB === 'lower') return Math.max(a.value, b.value) >= FLOORS_APART * Math.min(a.value, b.value);
  return !sideA || sideA !== sideB;
}

/** How far apart two lower bounds ("at least 3", "at least 10") must be to say something against each other. */
const FLOORS_APART = 2;

/**
 * "less than 50 km" and "25 km": a figure under a ceiling ("less than", "under", "at most") does not contradict it;
 * nor does a span or a distance past a floor ("more than two decades" and "35 years"). A count past a floor still
 * tells of a toll that grew ("at least three dead", "ten dead").
 */
function allowedByBound(a: Claim, b: Claim): boolean {
  const pastFloor = (floor: Claim, figure: Claim) => floor.dimension !== 'count' && isFloor(floor) && figure.low >= floor.value;
  return (isCeiling(a) && b.high <= a.value) || (isCeiling(b) && a.high <= b.value) || pastFloor(a, b) || pastFloor(b, a);
}

/** How far past another report's floor a figure lies when that floor was an early count it long overtook. */
const OVERTAKEN = 3;

/**
 * "249 injured" against another report's "at least 50 injured": the floor holds, and was an early count long
 * overtaken; it says nothing the writer of 249 needs to know. (The writer of "at least 50" does: the tally grew.)
 */
function overtookFloor(ours: Claim, floor: Claim): boolean {
  return isFloor(floor) && !isFloor(ours) && ours.low >= OVERTAKEN * floor.value;
}

const FLOORS = new Set(['more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding', 'at least', 'no fewer than', 'no less than', 'a minimum of', 'minimum of']);
const isFloor = (c: Claim) => !!c.hedge && FLOORS.has(c.hedge);

/** How far past a floor ("at least 12") a figure may lie and still only confirm it. */
const NEAR_BOUND = 1.25;

const WELL_UNDER = 0.75;
/** Hedges that set a ceiling rather than estimate near it ("as many as 80" is an estimate of about 80). */
const CEILINGS = new Set(['less than', 'under', 'fewer than', 'below', 'no more than', 'within', 'at most', 'not more than']);
const isCeiling = (c: Claim) => !!c.hedge && CEILINGS.has(c.hedge);

/** "at least 600" is a lower bound, "up to 600" an upper one; "about 600" is neither. */
function boundSide(c: Claim): 'lower' | 'upper' | undefined {
  if (c.low === c.value && c.high > c.value) return 'lower';
  if (c.high === c.value && c.low < c.value) return 'upper';
  return undefined;
}

/**
 * Warning when the figure is outvoted (more reports give another value, firmly matched) or is a day against another
 * report's day; but a
 * tally that grows as news comes in (deaths, injured) stays information, and so does a figure with any weakly
 * aligned direct conflict, unless it stands alone against a consensus of three or more reports. Pairings reached
 * through a third report count in the vote.
 */
function figureSeverity(claim: Claim, matches: Match[], own: ValueGroup, others: ValueGroup[], index: ClaimIndex): Severity {
  if (claim.frame && VOLATILE.has(claim.frame)) return 'information';
  // an estimate someone is quoted as giving ("organisers put the crowd at about 50,000") is theirs to give
  if (claim.attribute?.attributed && claim.hedge) return 'information';
  const conflicts = matches.filter((m) => !m.bridged && m.agreement === 'conflicts');
  if (!conflicts.length) return 'information';
  if (claim.dimension === 'time') return timeSeverity(conflicts, own, others);
  // groups come largest first
  const largestOther = others[0];
  // every conflict must be firm, but for a lone report outvoted firmly by two or more that agree: a stray pairing with
  // some other figure of a third report does not make the majority's word any weaker
  const withLargest = conflicts.filter((m) => largestOther?.claims.includes(comparable(m)));
  const firmWithLargest = withLargest.filter((m) => m.firm).length;
  const firmlyOutvoted = !!largestOther && largestOther.reports.size >= Math.max(2, OUTVOTED_BY * own.reports.size) && firmWithLargest > 0 &&
    (firmWithLargest === withLargest.length || (firmWithLargest >= 3 && firmWithLargest > withLargest.length - firmWithLargest));
  if (!conflicts.every((m) => m.firm) && !firmlyOutvoted && !outvotedByConsensus(claim, own, others, conflicts, index)) return 'information';
  // only a majority outvotes: one report against one other is a split either side of which may have slipped; but
  // for the day of one happening ("left on Monday", "left on Sunday") the writer who slipped is worth a look on both
  const dayAgainstDay = claim.dimension === 'weekday' && matches.every((m) => m.agreement === 'conflicts') && own.reports.size === 1 && others.length === 1;
  const outvoted = !!largestOther && largestOther.reports.size > own.reports.size && conflicts.some((m) => largestOther.claims.includes(comparable(m)));
  // An age is dated: reports written a year or two apart give one person different ages. Only a lone report against
  // several that agree is wrong.
  if (claim.dimension === 'age') return own.reports.size === 1 && outvoted && largestOther.reports.size >= 2 ? 'warning' : 'information';
  return dayAgainstDay || outvoted ? 'warning' : 'information';
}

/** How many times more reports must give one value than give ours for a firm pairing with them to outvote ours. */
const OUTVOTED_BY = 2;

/** How many reports must give one value, and no report another, for a lone figure against them to be a slip. */
const CONSENSUS_REPORTS = 3;
/** Dimensions a consensus does not settle (see `outvotedByConsensus`). */
const CONSENSUS_NEVER = new Set(['weekday', 'date', 'time', 'year']);

/**
 * "31 magazines" in one report against "12 magazines" in three or more that all agree, with no third value anywhere:
 * whatever the wording, the reports speak of one thing, and the lone figure is the one to look at.
 */
function outvotedByConsensus(claim: Claim, own: ValueGroup, others: ValueGroup[], conflicts: Match[], index: ClaimIndex): boolean {
  // a day or a time is of some happening the sentence may not be about ("handed out aid Monday to survivors of the quake")
  if (CONSENSUS_NEVER.has(claim.dimension)) return false;
  const consensus = others[0];
  if (own.reports.size !== 1 || others.length !== 1 || consensus.reports.size < CONSENSUS_REPORTS || conflicts.length < CONSENSUS_REPORTS ||
    !conflicts.every((m) => consensus.claims.includes(comparable(m)))) return false;
  // "four life sentences without parole" against "seven life sentences and four of life without parole": the
  // majority's reports give this figure too, of a like thing the pairing missed (candidates all match in attribute,
  // so a total they put apart as one does not count)
  return !index.candidatesFor(claim).some((d) => consensus.reports.has(d.claim.reportId) && compareClaims(claim, d.inOurUnit) === 'agrees');
}

/**
 * A time of day is a warning only when one report alone gives it against two or more that agree in one zone; any
 * other disagreement (an even split, times in two zones) is information.
 */
function timeSeverity(conflicts: Match[], own: ValueGroup, others: ValueGroup[]): Severity {
  const largestOther = others[0];
  if (!conflicts.every((m) => m.firm) || own.reports.size !== 1 || largestOther.reports.size < 2) return 'information';
  const oneZone = new Set(largestOther.claims.map(zoneKey)).size === 1;
  const outvoted = others.slice(1).every((g) => g.reports.size < largestOther.reports.size) && conflicts.some((m) => largestOther.claims.includes(comparable(m)));
  return oneZone && outvoted ? 'warning' : 'information';
}

function figureFixes(report: ReportAnalysis, claim: Claim, matches: Match[], others: ValueGroup[], index: ClaimIndex, settings: CrosscheckSettings): Fix[] {
  const fixes: Fix[] = [];
  const style = styleOf(claim, report.text);
  // a time in another zone is not this article's figure to write down
  const replacements = claim.dimension === 'time' ? others.filter((g) => zoneKey(g.representative) === zoneKey(claim)) : others;
  for (const g of replacements.slice(0, 2)) {
    const sources = [...g.reports].map((r) => index.sourceOf(r));
    const newText = claim.dimension === 'time'
      ? clockInStyle(g.representative.value, report.text.slice(claim.numberSpan.start, claim.numberSpan.end))
      : replacementText(claim, g.representative.value, style);
    fixes.push({
      kind: 'change-figure',
      title: `Change to ${newText} as in ${listNames(sources)}`,
      edits: [{ span: replacedSpan(claim), newText }],
    });
  }
  const corroborating = matches.filter((m) => m.agreement === 'agrees');
  const citeFrom = corroborating.length ? corroborating : matches.filter((m) => m.agreement === 'compatible');
  for (const m of citeFrom.slice(0, 2)) fixes.push(citationFix(report, claim, index.sourceOf(m.claim.reportId), sentenceText(index, m.claim), settings));
  return fixes;
}

/** The figure in the article's unit, with its parenthetical conversion when the article gives one. */
function replacementText(claim: Claim, value: number, style: ReturnType<typeof styleOf>): string {
  if (!claim.unit || claim.dimension === 'count') return describeValue({ ...claim, value }, undefined, style);
  if (claim.dimension === 'weekday' || claim.dimension === 'date') return describeValue({ ...claim, value });
  const main = formatIn(value, claim.unit, style);
  if (!claim.conversion) return main;
  const companion = claim.conversion.unit || COMPANION_UNIT[claim.unit];
  return companion ? `${main} (${formatIn(value, companion, style)})` : main;
}

/** What a change replaces: the number and unit (the article's hedge stays), through the conversion if any. */
function replacedSpan(claim: Claim): Span {
  if (claim.dimension === 'weekday' || claim.dimension === 'date' || claim.dimension === 'time') {
    return claim.numberSpan;
  }
  const end = claim.conversion ? closingParen(claim) : claim.numberSpan.end;
  return { start: claim.numberSpan.start, end };
}

function closingParen(claim: Claim): number {
  return claim.span.end > claim.conversion!.span.end ? claim.span.end : claim.conversion!.span.end + 1;
}

function citationFix(report: ReportAnalysis, claim: Claim, source: string, sentence: string, settings: CrosscheckSettings): Fix {
  const at = claim.conversion ? Math.max(claim.span.end, claim.conversion.span.end + 1) : claim.span.end;
  const insertAt = Math.min(at, report.text.length);
  if (settings.citationStyle === 'footnote') {
    const n = nextFootnote(report.text);
    const eol = report.text.includes('\r\n') ? '\r\n' : '\n';
    const tail = report.text.endsWith('\n') ? '' : eol;
    return {
      kind: 'cite',
      title: `Cite ${source}: add footnote [${n}]`,
      edits: [
        { span: { start: insertAt, end: insertAt }, newText: `[${n}]` },
        { span: { start: report.text.length, end: report.text.length }, newText: `${tail}${eol}[${n}] ${source}: "${sentence}"${eol}` },
      ],
    };
  }
  return {
    kind: 'cite',
    title: `Cite ${source}: insert '(according to ${source})'`,
    edits: [{ span: { start: insertAt, end: insertAt }, newText: ` (according to ${source})` }],
  };
}

function nextFootnote(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/^\[(\d+)\]/gm)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

// ---------------------------------------------------------------------------------------------- conversions

/** "1,180 kilometers (733 miles)" checked: a conversion off by more than rounding is a finding. */
function conversionFinding(report: ReportAnalysis, claim: Claim): Finding | undefined {
  const conv = claim.conversion;
  // "1353 (1023 GMT)" gives the same moment in another zone, whose offset Crosscheck does not know
  if (!conv || claim.dimension === 'money' || claim.dimension === 'temperature' || claim.dimension === 'time') return undefined;
  const diff = Math.abs(conv.value - claim.value) / Math.max(Math.abs(claim.value), 1e-9);
  if (diff <= 0.06) return undefined;
  // "10 miles (15 kilometres)": each figure is right to the precision it is written in (see writtenPrecision)
  if (withinWrittenPrecision(report, claim, conv)) return undefined;
  const correct = formatIn(claim.value, conv.unit);
  const written = report.text.slice(conv.span.start, conv.span.end);
  return {
    code: 'conversion-mismatch', severity: 'warning', reportId: report.reportId, span: conv.span,
    message: `The conversion does not match: ${describeValue(claim)} is about ${correct}, not ${written}.`,
    related: [],
    fixes: [{ kind: 'change-figure', title: `Change to ${correct}`, edits: [{ span: conv.span, newText: correct }] }],
    reviewKey: reviewKey('conversion-mismatch', report.reportId, written, claim.unit),
  };
}

/**
 * Whether a figure and its conversion overlap once each is read to the precision it is written in: "15" may stand
 * for anything from 12.5 to 17.5 (writers round to fives), "10" for 8 to 12, "16.1" for 16.05 to 16.15.
 */
function withinWrittenPrecision(report: ReportAnalysis, claim: Claim, conv: NonNullable<Claim['conversion']>): boolean {
  const spread = (written: string, value: number) => value * writtenPrecision(written) / Math.max(leadingNumber(written), 1e-9);
  const own = report.text.slice(claim.numberSpan.start, claim.numberSpan.end);
  const other = report.text.slice(conv.span.start, conv.span.end);
  const a = spread(own, claim.value);
  const b = spread(other, conv.value);
  return Math.abs(claim.value - conv.value) <= a + b;
}

/** How far a written figure may be from what it rounds: "15" → 2.5 (to fives), "10" → 2, "100" → 5, "16" → 0.5, "16.1" → 0.05. */
function writtenPrecision(written: string): number {
  const digits = written.replace(/,/g, '').match(/\d+(\.\d+)?/)?.[0];
  if (!digits) return 0;
  if (digits.includes('.')) return 0.5 * 10 ** -(digits.length - digits.indexOf('.') - 1);
  // a trailing zero reads as rounded to tens, but never by more than a fifth of the figure: "10" is 8 to 12, "20" is
  // 16 to 24, "100" is 95 to 105
  const zeros = Math.min(1, digits.length - digits.replace(/0+$/, '').length);
  if (zeros) return Math.min(5, 0.2 * Number(digits));
  return digits.endsWith('5') && digits.length > 1 ? 2.5 : 0.5;
}

function leadingNumber(written: string): number {
  return Number(written.replace(/,/g, '').match(/\d+(\.\d+)?/)?.[0] ?? 0);
}

// ---------------------------------------------------------------------------------------------- names

function spellingFindings(report: ReportAnalysis, index: ClaimIndex): Finding[] {
  const findings: Finding[] = [];
  const firstPerForm = new Set<string>();
  // in an archive of many stories, only this report's story counts: a name spelled otherwise in an unrelated
  // story may be another person's
  const scope = index.storyScope(report.reportId);
  for (const occ of index.spelling.formsIn(report.reportId, scope)) {
    const own = index.spelling.occurrences(occ.form, scope);
    const ownReports = new Set(own.map((o) => o.reportId));
    // Transliteration variants (Kalomiris/Calomiris, Mounir/Munir) are two romanisations of one name, not a slip
    const variants = index.spelling.variantsOf(occ.form, scope)
      .filter((v) => [...v.reports].some((r) => r !== report.reportId) && !isTransliteration(occ.form, v.form) && !twoNames(ownReports, v.reports));
    if (!variants.length) continue;
    // a spelling that three or more reports share against lone outliers is not in question: the outliers carry it
    if (ownReports.size >= MAJORITY_AGAINST_OUTLIERS && variants.every((v) => v.reports.size === 1)) continue;
    // a minority spelling is a warning; a tie is information
    const minority = variants.some((v) => v.reports.size > ownReports.size || (v.reports.size === ownReports.size && v.occurrences.length > own.length));
    if (!minority && firstPerForm.has(occ.form)) continue;
    firstPerForm.add(occ.form);
    findings.push(spellingFinding(report, occ, variants, minority ? 'warning' : 'information', index));
  }
  return findings;
}

/**
 * Two forms are two names when two or more reports write the rarer one and each of them writes the other too
 * ("Christian" and "Christmas"): a slip is not repeated beside the right form by two writers.
 */
function twoNames(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [rarer, other] = a.size <= b.size ? [a, b] : [b, a];
  return rarer.size >= 2 && [...rarer].every((r) => other.has(r));
}

function spellingFinding(report: ReportAnalysis, occ: { form: string; span: Span }, variants: SpellingVariant[], severity: Severity, index: ClaimIndex): Finding {
  const others = variants.map((v) => {
    const writers = [...v.reports].filter((r) => r !== report.reportId).map((r) => index.sourceOf(r));
    return `${listNames(writers)} ${writers.length > 1 ? 'write' : 'writes'} "${v.form}"`;
  });
  const related: RelatedLocation[] = variants.flatMap((v) => firstPerReport(v).filter((o) => o.reportId !== report.reportId).map((o) => ({
    reportId: o.reportId, span: o.span, message: `${index.sourceOf(o.reportId)}: "${o.mention}"`,
  })));
  const best = variants.reduce((a, b) => (b.reports.size > a.reports.size ? b : a));
  return {
    code: 'entity-spelling', severity, reportId: report.reportId, span: occ.span,
    message: `"${occ.form}" is spelled differently elsewhere: ${others.join('; ')}.`,
    related,
    fixes: variants.map((v) => ({
      kind: 'spelling' as const,
      title: `Change '${occ.form}' to '${v.form}' as in ${listNames([...v.reports].map((r) => index.sourceOf(r)))}`,
      edits: [{ span: occ.span, newText: v.form }],
    })).sort((a, b) => (a.edits[0].newText === best.form ? -1 : b.edits[0].newText === best.form ? 1 : 0)),
    reviewKey: reviewKey('entity-spelling', report.reportId, occ.form, nameKey(best.form)),
    spellings: { form: occ.form, variants: variants.map((v) => v.form) },
  };
}

function firstPerReport<T extends { reportId: string }>(v: { occurrences: T[] }): T[] {
  const seen = new Set<string>();
  return v.occurrences.filter((o) => !seen.has(o.reportId) && seen.add(o.reportId));
}

// ---------------------------------------------------------------------------------------------- look-alikes

/** One finding per line that holds words with look-alike letters of another script. */
function mixedScriptFindings(report: ReportAnalysis): Finding[] {
  const byLine = new Map<number, typeof report.mixedWords>();
  // The words are in text order: one forward scan finds each one's line (a search back from every word would
  // cost the line's length per word on a long line).
  let lineStart = 0;
  let scanned = 0;
  for (const w of report.mixedWords) {
    for (; scanned < w.span.start; scanned++) if (report.text.charCodeAt(scanned) === 10) lineStart = scanned + 1;
    let list = byLine.get(lineStart);
    if (!list) byLine.set(lineStart, (list = []));
    list.push(w);
  }
  const allEdits = report.mixedWords.map((w) => ({ span: w.span, newText: w.latin }));
  // The first line holding such words carries the warning; later lines are information, so that one pasted
  // article does not bury the Problems panel. Each points at the line's first such word.
  return [...byLine.values()].map((words, lineNo) => {
    const span = words[0].span;
    const first = report.text.slice(words[0].span.start, words[0].span.end);
    const scripts = scriptNames(words.map((w) => report.text.slice(w.span.start, w.span.end)).join(''));
    const count = words.length === 1 ? 'A word' : `${words.length} words`;
    return {
      code: 'mixed-script' as FindingCode,
      severity: (lineNo === 0 ? 'warning' : 'information') as Severity,
      reportId: report.reportId,
      span,
      message: `${count} on this line ${words.length === 1 ? 'mixes' : 'mix'} ${scripts} look-alike letters into Latin text (first: "${first}", meant "${words[0].latin}")` +
        (lineNo === 0 && byLine.size > 1 ? `; ${allEdits.length} such words in ${byLine.size} lines of this report` : '') +
        '. Search, spell checking and quotes copied from it will fail.',
      related: [],
      fixes: [
        { kind: 'homoglyph' as const, title: `Replace look-alike letters on this line (${words.length} ${words.length === 1 ? 'word' : 'words'})`, edits: words.map((w) => ({ span: w.span, newText: w.latin })) },
        { kind: 'homoglyph-all' as const, title: `Replace look-alike letters in the whole document (${allEdits.length} ${allEdits.length === 1 ? 'word' : 'words'})`, edits: allEdits },
      ],
      reviewKey: reviewKey('mixed-script', report.reportId, words.map((w) => w.latin).join(' '), ''),
    };
  });
}

function scriptNames(text: string): string {
  const names: string[] = [];
  if (/\p{Script=Cyrillic}/u.test(text)) names.push('Cyrillic');
  if (/\p{Script=Greek}/u.test(text)) names.push('Greek');
  return names.join(' and ') || 'other-script';
}

// ---------------------------------------------------------------------------------------------- helpers

/** The attribute a figure speaks of, in plain words: "distance of the run (Edda Brannick)", "death toll". */
export function frameLabel(claim: Claim): string {
  return describeAttribute(claim, propertyLabel(claim));
}

function propertyLabel(claim: Claim): string {
  const frame = claim.frame ?? claim.dimension;
  if (claim.dimension === 'time') return `time of the ${frame}`;
  // "the 3000 block of Main Street" is where, not how many: a street address as police give it
  if (isStreetBlock(claim)) return 'block of the address';
  if (frame.startsWith('count:')) return `number of ${plural(frame.slice(6))}`;
  return FRAME_LABEL.get(frame) ?? (claim.dimension === 'weekday' || claim.dimension === 'date' ? `day of the ${frame}` : frame);
}

/** The other report's figure as it reads, look-alike letters folded (a quote with hidden Cyrillic would mislead). */
function quoteFigure(index: ClaimIndex, c: Claim): string {
  const r = index.reports.get(c.reportId);
  return `"${collapse(r ? proseOf(r, c.span) : '')}"`;
}

/** " (59 km/h)" when the other figure is in another unit than this article's. */
function convertedNote(here: Claim, m: Match): string {
  const other = comparable(m);
  if (here.dimension === 'money' && m.claim.unit !== here.unit) return ` (about ${formatIn(other.value, here.unit)} at the rate these reports use)`;
  if (!here.unit || here.unit === other.unit || here.dimension === 'count' || here.dimension === 'weekday' || here.dimension === 'date' || here.dimension === 'time') return '';
  if (here.dimension === 'age') return '';
  return ` (${formatIn(other.value, here.unit)})`;
}

/** The other report's figure as this one compares it: in this claim's currency when the two differ. */
export function comparable(m: Match): Claim {
  return m.converted ?? m.claim;
}

/** Sentences of claims already quoted: a claim object belongs to one analysis, so its sentence never changes. */
const sentenceCache = new WeakMap<Claim, string>();

function sentenceText(index: ClaimIndex, c: Claim): string {
  let text = sentenceCache.get(c);
  if (text === undefined) {
    const r = index.reports.get(c.reportId);
    text = r ? collapse(proseOf(r, c.sentence)) : '';
    if (r) sentenceCache.set(c, text);
  }
  return text;
}

/** Nouns that count members without a plural: "24 crew", "30 staff". */
const COLLECTIVE_NOUNS = new Set(['crew', 'staff', 'personnel', 'police', 'cattle', 'livestock', 'equipment', 'aircraft']);

/** Plurals English makes without an -s: a count label says "number of men", not "number of mens". */
const PLURAL_ALREADY = new Set(['men', 'women', 'children', 'people', 'police', 'feet', 'teeth', 'mice', 'geese', 'sheep', 'deer', 'fish', 'aircraft']);

function plural(noun: string): string {
  if (COLLECTIVE_NOUNS.has(noun) || PLURAL_ALREADY.has(noun) || PLURAL_ALREADY.has(noun.split(' ').pop()!)) return noun;
  if (/(ss|ch|sh|x|z)$/.test(noun)) return `${noun}es`;
  if (noun === 'people' || noun.endsWith('s')) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export function collapse(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? one.slice(0, 297) + '…' : one;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function listNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** A review key that survives edits elsewhere: code, file name, the figure's words, its attribute. */
export function reviewKey(code: FindingCode, reportId: string, text: string, attribute: string): string {
  return `${code}|${fileName(reportId)}|${nameKey(text)}|${attribute}`;
}
