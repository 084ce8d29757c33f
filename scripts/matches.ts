// Debug aid: for the claims at a quote in one report, prints what the index matched them with (agreement, firm,
// bridged), the value groups the severity is decided on, and the finding made, if any.
//   node --import tsx scripts/matches.ts DIR FILE-PREFIX "QUOTE"
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../server/src/core/analyzer';
import { ClaimIndex } from '../server/src/core/alignment/alignment';
import { describeAttribute } from '../server/src/core/extraction/attributes';

const [dir, prefix, quote] = process.argv.slice(2);
const analyzer = createAnalyzer();
for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) analyzer.upsert(f, readFileSync(join(dir, f), 'utf8'));
const file = analyzer.reportIds().find((id) => id.startsWith(prefix))!;
const text = analyzer.text(file)!;
const at = text.indexOf(quote);
const index = (analyzer as unknown as { currentIndex(): ClaimIndex }).currentIndex();
const show = (id: string, s: { start: number; end: number }) => JSON.stringify(analyzer.text(id)!.slice(s.start, s.end));
for (const c of analyzer.claims(file)) {
  if (c.span.end < at || c.span.start > at + quote.length) continue;
  console.log(`claim ${show(file, c.span)} [${c.low}, ${c.high}] ${c.unit ?? ''} attr=${c.attribute ? describeAttribute(c, c.dimension ?? '') : '-'}`);
  console.log(`  attribute ${JSON.stringify(c.attribute)}`);
  for (const m of index.matchesFor(c)) {
    console.log(`  ${m.claim.reportId.slice(0, 24).padEnd(24)} ${m.agreement.padEnd(10)} firm=${m.firm} unique=${m.unique} bridged=${!!m.bridged} score=${m.score.toFixed(2)} ${show(m.claim.reportId, m.claim.span)} [${m.claim.low}, ${m.claim.high}]`);
  }
}
for (const f of analyzer.findings(file)) if (f.span.end >= at && f.span.start <= at + quote.length) console.log(`FINDING ${f.severity}: ${f.message}`);
