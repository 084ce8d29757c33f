// Debug aid: prints the claims and entities the engine finds in the given files.
//   node --import tsx scripts/claims.ts FILE...
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../server/src/core/analyzer';

const analyzer = createAnalyzer();
const files = process.argv.slice(2);
for (const f of files) analyzer.upsert(f, readFileSync(f, 'utf8'));
for (const f of files) {
  const text = analyzer.text(f)!;
  console.log(`== ${f}`);
  for (const c of analyzer.claims(f)) {
    console.log(`  ${c.dimension.padEnd(8)} ${JSON.stringify(text.slice(c.span.start, c.span.end)).padEnd(40)} v=${+c.value.toPrecision(4)} [${+c.low.toPrecision(4)},${+c.high.toPrecision(4)}] ${c.unit} frame=${c.frame ?? '-'} subj=${c.subject ?? '-'} attr=${JSON.stringify(c.attribute)}${c.conversion ? ' conv=' + c.conversion.value.toPrecision(4) + c.conversion.unit : ''}`);
  }
  if (process.env.ENTITIES) console.log('  entities: ' + analyzer.entities(f).map((e) => `${e.text}<${e.kind[0]}:${e.key}>`).join(', '));
}
