/**
 * What the hover shows for a figure or a name: its normalised value, each other report that speaks of the same
 * attribute (source, sentence with the figure marked, value in this article's unit, agreement), and the consensus.
 */
import type { Agreement, Claim, Comparison, HoverInfo } from '../types';
import { proseOf, type ReportAnalysis } from '../reading/report';
import type { ClaimIndex } from '../alignment/alignment';
import type { NameOccurrence } from './spelling';
import { groupByValue } from '../alignment/compare';
import { describeValue, formatIn, COMPANION_UNIT } from './format';
import { collapse, comparable, frameLabel, listNames } from './findings';

export function hoverAt(report: ReportAnalysis, offset: number, index: ClaimIndex): HoverInfo | undefined {
  const claim = report.claims.find((c) => c.span.start <= offset && offset <= c.span.end);
  if (claim) return claimHover(report, claim, index);
  return nameHover(report, offset, index);
}

/** The hover of a figure: also a row of the Compare Figures table (see table.ts), so the two always agree. */
export function claimHover(report: ReportAnalysis, claim: Claim, index: ClaimIndex): HoverInfo {
  const matches = index.matchesFor(claim);
  const comparisons: Comparison[] = matches.map((m) => {
    const other = index.reports.get(m.claim.reportId)!;
    const sentence = proseOf(other, m.claim.sentence);
    return {
      reportId: m.claim.reportId,
      source: other.meta.source,
      ...(other.meta.date !== undefined && { date: other.meta.date }),
      sentence,
      figureInSentence: { start: m.claim.span.start - m.claim.sentence.start, end: m.claim.span.end - m.claim.sentence.start },
      span: m.claim.span,
      converted: valueInArticleUnits(claim, comparable(m)),
      agreement: m.agreement,
    };
  });
  let consensus: string | undefined;
  if (matches.length) {
    const groups = groupByValue([claim, ...matches.map(comparable)]);
    const total = matches.length + 1;
    consensus = `${groups[0].reports.size} of ${total} reports: ${valueInArticleUnits(claim, groups[0].representative)}`;
  }
  return {
    span: claim.span,
    title: `${claim.hedge ? claim.hedge + ' ' : ''}${valueInArticleUnits(claim, claim)}`,
    attribute: frameLabel(claim),
    comparisons,
    consensus,
  };
}

/** "59 km/h (37 mph)": another claim's value in this claim's unit, with the companion unit. */
function valueInArticleUnits(here: Claim, other: Claim): string {
  if (!here.unit || ['count', 'weekday', 'date', 'time', 'age', 'ordinal', 'year'].includes(here.dimension)) return describeValue(other);
  const main = formatIn(other.value, here.unit);
  const companion = here.conversion?.unit ?? COMPANION_UNIT[here.unit];
  return companion && companion !== here.unit ? `${main} (${formatIn(other.value, companion)})` : main;
}

function nameHover(report: ReportAnalysis, offset: number, index: ClaimIndex): HoverInfo | undefined {
  const mention = report.entities.find((e) => e.span.start <= offset && offset <= e.span.end);
  if (!mention) return undefined;
  const comparisons: Comparison[] = [];
  const forms = new Set<string>();
  const scope = index.storyScope(report.reportId);
  for (const occ of index.spelling.formsIn(report.reportId, scope)) {
    if (occ.span.start < mention.span.start || occ.span.end > mention.span.end) continue;
    for (const v of index.spelling.variantsOf(occ.form, scope)) {
      forms.add(v.form);
      for (const o of v.occurrences) {
        if (o.reportId === report.reportId || comparisons.some((c) => c.reportId === o.reportId)) continue;
        comparisons.push(nameComparison(index, o, 'conflicts'));
      }
    }
  }
  return {
    span: mention.span,
    title: `${mention.text} (${mention.kind})`,
    attribute: forms.size ? `also spelled ${listNames([...forms].map((f) => `"${f}"`))}` : undefined,
    comparisons,
  };
}

/** Another report's spelling of a name, in its sentence: a hover line, or a cell of the Compare Figures table. */
export function nameComparison(index: ClaimIndex, o: NameOccurrence, agreement: Agreement): Comparison {
  const other = index.reports.get(o.reportId)!;
  const sentence = other.sentences.find((s) => s.start <= o.span.start && o.span.end <= s.end) ?? o.span;
  return {
    reportId: o.reportId, source: other.meta.source, ...(other.meta.date !== undefined && { date: other.meta.date }),
    sentence: collapse(proseOf(other, sentence)),
    figureInSentence: { start: o.span.start - sentence.start, end: o.span.end - sentence.start }, span: o.span,
    converted: o.form, agreement,
  };
}
