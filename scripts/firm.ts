import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../server/src/core/analyzer';
import { alignmentKey } from '../server/src/core/alignment/alignment';
import { isTold, sameOwnedThing, attributeSignature } from '../server/src/core/extraction/attributes';
const [dir, file, quote] = process.argv.slice(2);
const analyzer = createAnalyzer();
for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) analyzer.upsert(f, readFileSync(join(dir, f), 'utf8'));
const text = analyzer.text(file)!;
const at = text.indexOf(quote);
const index: any = (analyzer as any).currentIndex();
for (const c of analyzer.claims(file)) {
  if (c.span.end < at || c.span.start > at + quote.length) continue;
  console.log(`claim ${JSON.stringify(text.slice(c.span.start, c.span.end))} key=${alignmentKey(c)} told=${isTold(c)} sig=${attributeSignature(c)} attr=${JSON.stringify(c.attribute)}`);
  const facts = index.factsOf(c);
  console.log('  ownDisagrees', index.ownReportDisagrees(c, facts));
  for (const d of index.candidatesFor(c)) {
    const t = analyzer.text(d.claim.reportId)!;
    console.log(`  ${d.claim.reportId.slice(0, 18).padEnd(18)} ${d.score.toFixed(3)} u=${d.unique?1:0} ${d.aligned ? 'kept' : '    '} sameOwned=${sameOwnedThing(c,d.claim)} told=${isTold(d.claim)} ownDis=${index.ownReportDisagrees(d.claim, facts)} unk=${d.claim.attribute?.ownerUnknown} ${JSON.stringify(t.slice(d.claim.span.start, d.claim.span.end))} sig=${attributeSignature(d.claim)}`);
  }
  console.log('  matches', index.matchesFor ? '' : '', JSON.stringify((index.directMatches(c)).map((m: any) => [m.claim.reportId.slice(0,12), m.firm, m.agreement])));
}
