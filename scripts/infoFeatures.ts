// Debug aid: every information finding on figures in the dev clusters (or any folders), with what the engine knew
// when it made it, and whether a gold item mentions its figure (flag / allowed) or none does (noise).
//   node --import tsx scripts/infoFeatures.ts [--ungolded]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createAnalyzer } from '../server/src/core/analyzer';
import { ClaimIndex } from '../server/src/core/alignment/alignment';
import { isTold } from '../server/src/core/extraction/attributes';

const shared = resolve(import.meta.dirname, '../../shared');
const goldFiles = [join(shared, 'gold'), join(shared, 'gold/ecbplus-extra')].flatMap((d) => readdirSync(d).filter((f) => /^ecbplus-.*\.json$/.test(f)).map((f) => join(d, f)));
interface Item { expect: string; file: string; quote: string }
const clusters: { dir: string; items: Item[] }[] = goldFiles.map((g) => {
  const gold = JSON.parse(readFileSync(g, 'utf8'));
  return { dir: resolve(dirname(g), gold.documents), items: gold.items };
});
if (process.argv.includes('--ungolded')) {
  const golded = new Set(clusters.map((c) => basename(c.dir)));
  clusters.length = 0;
  const eb = join(shared, 'corpora/ecbplus');
  for (const d of readdirSync(eb)) if (!golded.has(d) && existsSync(join(eb, d))) clusters.push({ dir: join(eb, d), items: [] });
  const mn = join(shared, 'corpora/multinews');
  for (const d of readdirSync(mn)) if (!d.endsWith('.md')) clusters.push({ dir: join(mn, d), items: [] });
}
for (const { dir, items } of clusters) {
  const analyzer = createAnalyzer();
  for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) analyzer.upsert(f, readFileSync(join(dir, f), 'utf8'));
  const index = (analyzer as unknown as { currentIndex(): ClaimIndex }).currentIndex();
  for (const id of analyzer.reportIds()) {
    const text = analyzer.text(id)!;
    for (const f of analyzer.findings(id)) {
      if (f.code !== 'figure-conflict') continue;
      const claim = analyzer.claims(id).find((c) => c.span.start === f.span.start && c.span.end === f.span.end);
      if (!claim) continue;
      const ms = index.matchesFor(claim);
      const hit = items.filter((it) => it.file === id).find((it) => {
        const at = text.indexOf(it.quote);
        return at >= 0 && at < f.span.end && f.span.start < at + it.quote.length;
      });
      const a = claim.attribute;
      const row = {
        gold: hit ? hit.expect : 'NOISE', sev: f.severity, dim: claim.dimension ?? '-', frame: claim.frame ?? '-', told: isTold(claim),
        thing: a?.thing ?? '', owner: a?.owner ?? '', hedge: claim.hedge ?? '', firmAny: ms.some((m) => m.firm && m.agreement !== 'agrees'),
        agreeing: ms.filter((m) => m.agreement === 'agrees').length, differing: ms.filter((m) => m.agreement !== 'agrees').length,
        bestScore: Math.max(...ms.map((m) => m.score)), unique: ms.some((m) => m.unique),
        cluster: basename(dir), file: id.slice(0, 12), quote: text.slice(f.span.start, f.span.end),
      };
      console.log(JSON.stringify(row));
    }
  }
}
