// Debug aid: for the claim at a quote in one report, prints every candidate in the other reports with its
// alignment score, so a missed or wrong pairing can be understood.
//   node --import tsx scripts/why.ts DIR FILE "QUOTE"
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../server/src/core/analyzer';
import { alignmentKey, ClaimIndex } from '../server/src/core/alignment/alignment';

const [dir, file, quote] = process.argv.slice(2);
const analyzer = createAnalyzer();
for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) analyzer.upsert(f, readFileSync(join(dir, f), 'utf8'));
const text = analyzer.text(file)!;
const at = text.indexOf(quote);
const index = (analyzer as unknown as { currentIndex(): ClaimIndex }).currentIndex();
for (const c of analyzer.claims(file)) {
  if (c.span.end < at || c.span.start > at + quote.length) continue;
  console.log(`claim ${JSON.stringify(text.slice(c.span.start, c.span.end))} key=${alignmentKey(c)} ctx=${c.context.join(',')}`);
  
  for (const d of index.candidatesFor(c)) {
    const t = analyzer.text(d.claim.reportId)!;
    console.log(`  ${d.claim.reportId.slice(0, 22).padEnd(22)} ${d.score.toFixed(3)} ${d.aligned ? 'kept' : '    '} ${JSON.stringify(t.slice(d.claim.span.start, d.claim.span.end))} ctx=${d.claim.context.join(',')}`);
  }
}
