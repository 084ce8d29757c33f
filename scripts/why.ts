// Debug aid: for the claim at a quote in one report, prints its attribute and every candidate in the other reports
// with its alignment score and what makes a pairing firm, then the pairings kept, so a missed, wrong or weak pairing
// can be understood.
//   node --import tsx scripts/why.ts DIR FILE "QUOTE"
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../server/src/core/analyzer';
import { alignmentKey, ClaimIndex } from '../server/src/core/alignment/alignment';
import { attributeSignature, isTold, sameOwnedThing } from '../server/src/core/extraction/attributes';
import type { Claim } from '../server/src/core/types';

/** The index's own reasoning, reached past its privacy for this aid alone. */
interface IndexInternals {
  factsOf(c: Claim): unknown;
  ownReportDisagrees(c: Claim, facts: unknown): boolean;
}

const [dir, file, quote] = process.argv.slice(2);
const analyzer = createAnalyzer();
for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) analyzer.upsert(f, readFileSync(join(dir, f), 'utf8'));
const text = analyzer.text(file)!;
const at = text.indexOf(quote);
const index = (analyzer as unknown as { currentIndex(): ClaimIndex }).currentIndex();
const internals = index as unknown as IndexInternals;
const written = (c: Claim) => JSON.stringify(analyzer.text(c.reportId)!.slice(c.span.start, c.span.end));
for (const c of analyzer.claims(file)) {
  if (c.span.end < at || c.span.start > at + quote.length) continue;
  const facts = internals.factsOf(c);
  // a figure never compared (no key) has no facts to ask about
  const disagrees = (x: Claim) => (facts ? internals.ownReportDisagrees(x, facts) : '-');
  console.log(`claim ${written(c)} key=${alignmentKey(c)} told=${isTold(c)} signature=${attributeSignature(c)} ownReportDisagrees=${disagrees(c)}`);
  console.log(`  attribute ${JSON.stringify(c.attribute)}`);
  for (const d of index.candidatesFor(c)) {
    const other = d.claim;
    console.log(`  ${other.reportId.slice(0, 22).padEnd(22)} ${d.score.toFixed(3)} ${d.aligned ? 'kept' : '    '} unique=${d.unique} sameOwned=${sameOwnedThing(c, other)}` +
      ` told=${isTold(other)} ownerUnknown=${!!other.attribute?.ownerUnknown} disagreesWithItself=${disagrees(other)} ${written(other)} signature=${attributeSignature(other)}`);
  }
  for (const m of index.matchesFor(c)) console.log(`  match ${m.claim.reportId} ${written(m.claim)} ${m.agreement}${m.firm ? ' firm' : ''}${m.bridged ? ' bridged' : ''}`);
}
