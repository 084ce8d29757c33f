/**
 * Helpers of the tests that type into a report key by key and compare every answer with a fresh analyzer's of the
 * same texts (editReuse.test.ts, reanalysis.test.ts): what is reused across an edit must never show.
 */
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyzer';
import type { ClaimIndex } from '../../server/src/core/alignment/alignment';
import type { Claim } from '../../server/src/core/types';

/** Everything an editor may ask of the reports `ids`: claims with their attributes, entities, findings, hovers, pairings. */
export function answers(analyzer: Analyzer, ids: string[]): string {
  return JSON.stringify(ids.map((id) => ({
    claims: analyzer.claims(id),
    entities: analyzer.entities(id),
    findings: analyzer.findings(id),
    hovers: [...analyzer.claims(id), ...analyzer.entities(id)].map((x) => analyzer.hover(id, x.span.start)),
    pairings: analyzer.claims(id).map((c) => pairingsOf(analyzer, c)),
  })));
}

/**
 * A figure's pairings with their scores, reached past the index's privacy (as scripts/why.ts does): a word weighed
 * otherwise after an edit moves scores long before it changes a finding, and reuse must not keep an old score.
 */
function pairingsOf(analyzer: Analyzer, claim: Claim): unknown[] {
  const index = (analyzer as unknown as { currentIndex(): ClaimIndex }).currentIndex();
  return index.matchesFor(claim).map((m) => [m.claim.id, m.score, m.unique, m.firm, m.agreement, m.bridged]);
}

/** A new analyzer given these texts. */
export function fresh(texts: Record<string, string>): Analyzer {
  const analyzer = createAnalyzer();
  for (const [id, text] of Object.entries(texts)) analyzer.upsert(id, text);
  return analyzer;
}
