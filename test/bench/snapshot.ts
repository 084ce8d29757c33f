/**
 * Prints everything the engine answers for a corpus (findings and the hover at every figure and name) as JSON,
 * after indexing it in one go and again after a round of edits. Two builds of the engine that print the same
 * bytes give the same results: the check run before and after each optimisation.
 *   node --import tsx test/bench/snapshot.ts DIR... > out.json
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, type Analyzer } from '../../server/src/core/analyzer';

function filesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesIn(join(path, name))).filter((p) => /\.(txt|md|news)$/.test(p));
}

function answers(analyzer: Analyzer): unknown {
  return analyzer.reportIds().map((id) => ({
    id,
    findings: analyzer.findings(id),
    hovers: [...analyzer.claims(id).map((c) => c.span.start), ...analyzer.entities(id).map((e) => e.span.start)].map((at) => analyzer.hover(id, at)),
  }));
}

const files = process.argv.slice(2).flatMap((p) => filesIn(resolve(p)));
const analyzer = createAnalyzer();
for (const f of files) analyzer.upsert(f, readFileSync(f, 'utf8'));
const fresh = answers(analyzer);
// Edit every third report (drop its second half, then restore it): incremental indexes must end where they began.
for (const [k, f] of files.entries()) {
  if (k % 3) continue;
  const text = readFileSync(f, 'utf8');
  analyzer.upsert(f, text.slice(0, text.length >> 1));
  analyzer.findings(f);
  analyzer.upsert(f, text);
}
const edited = answers(analyzer);
process.stdout.write(JSON.stringify({ fresh, sameAfterEdits: JSON.stringify(fresh) === JSON.stringify(edited) }));

// Typing before figures shifts them: findings after such an edit must equal a fresh analysis of the same texts
// (reported on stderr, so that the snapshot on stdout stays comparable with older builds).
const shiftChecks = files.filter((_, k) => k % 40 === 1).slice(0, 4).map((f) => {
  const texts = new Map(files.map((g) => [g, readFileSync(g, 'utf8')]));
  texts.set(f, `Breaking. ${texts.get(f)}`);
  analyzer.findings(f); // what the editor showed before the keystroke
  analyzer.upsert(f, texts.get(f)!);
  const fresh = createAnalyzer();
  for (const g of files) fresh.upsert(g, texts.get(g)!);
  const same = JSON.stringify(analyzer.findings(f)) === JSON.stringify(fresh.findings(f));
  analyzer.upsert(f, readFileSync(f, 'utf8'));
  return same;
});
process.stderr.write(`findings after typing before figures equal a fresh analysis: ${shiftChecks.join(', ')}\n`);
