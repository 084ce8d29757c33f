/**
 * A report read back from a store is indexed without its claims and their facts (core/storage.ts,
 * `withClaimsReadLater`; core/alignment, `IndexedReport`): they are read when one of its figures is first compared,
 * once, and kept. What the user sees must be what a fresh analysis shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type AnalysisStore, type Analyzer, type StoredAnalysis } from '../../server/src/core/analyzer';
import { withClaimsReadLater } from '../../server/src/core/storage';
import { factsOf, type IndexedReport } from '../../server/src/core/alignment/alignment';

const reports: Record<string, string> = {
  'a.txt': 'Source: Alpha News\n\nThe storm hit Vellmora on Monday with winds of 140 km/h. It killed 12 people, said Mayor Dorin Kastrel.\n\nSome 3,000 residents were evacuated, and $2 million (€1.8 million) was pledged.',
  'b.txt': 'Source: Beta Post\n\nWinds of 150 km/h battered Vellmora on Monday. The storm killed 14 people, Mayor Dorin Kastrell said.\n\nAbout 3,000 residents were evacuated.',
  'c.txt': 'Source: Gamma Radio\n\nThe storm reached Vellmora on Tuesday, with winds of 140 km/h, and killed 12 people.\n\nMayor Dorin Kastrel said 2,500 residents fled.',
};

function answers(analyzer: Analyzer): string {
  return JSON.stringify(analyzer.reportIds().map((id) => ({
    findings: analyzer.findings(id),
    table: analyzer.table(id),
    hovers: [...analyzer.claims(id), ...analyzer.entities(id)].map((x) => analyzer.hover(id, x.span.start)),
  })));
}

/**
 * A store that keeps what it is given, and gives it back with the claims and facts read later, as the disk cache
 * does: `read` says which reports' claims or facts were read.
 */
class ClaimsLaterStore implements AnalysisStore {
  private readonly kept = new Map<string, StoredAnalysis>();
  readonly read = new Set<string>();

  get(reportId: string, text: string): StoredAnalysis | undefined {
    const stored = this.kept.get(`${reportId}\0${text}`);
    if (!stored) return undefined;
    const { claims, ...rest } = stored.analysis;
    const { facts, ...indexRead } = stored.indexed;
    // copies, so that this analyzer's claims and facts are its own, as when read from bytes
    const part = structuredClone({ claims, facts: factsOf({ facts }) });
    const reading = <T>(value: T): T => {
      this.read.add(reportId);
      return value;
    };
    const indexed: IndexedReport = { ...indexRead, facts: () => reading(part.facts) };
    return { analysis: withClaimsReadLater(rest, () => reading(part.claims)), indexed };
  }

  set(reportId: string, text: string, _context: string, stored: StoredAnalysis): void {
    this.kept.set(`${reportId}\0${text}`, stored);
  }
}

function indexed(store?: AnalysisStore): Analyzer {
  const analyzer = createAnalyzer({ store });
  for (const [id, text] of Object.entries(reports)) analyzer.upsert(id, text);
  return analyzer;
}

test('reports read from a store are indexed without their claims, read when first compared, and answer as fresh ones', () => {
  const store = new ClaimsLaterStore();
  indexed(store);
  const warm = indexed(store);
  assert.deepEqual([...store.read], [], 'indexing read no claims nor facts');

  warm.findings('c.txt');
  assert.ok(store.read.has('c.txt') && store.read.has('a.txt'), 'a question reads the claims of the reports it compares');
  const first = warm.claims('a.txt');
  assert.equal(warm.claims('a.txt')[0], first[0], 'claims read are kept: the same objects at every reading');

  assert.equal(answers(warm), answers(indexed()));
  // exchange rates come from the reports' conversions, read without the rest of the index
  assert.equal(answers(indexed(store)), answers(indexed()));
});

test('a report replaced or removed before its claims were read leaves the index as a fresh one', () => {
  const store = new ClaimsLaterStore();
  indexed(store);
  const warm = indexed(store);
  warm.upsert('b.txt', `${reports['b.txt']}\n\nThe storm killed 15 people in all.`);
  warm.remove('c.txt');
  const fresh = createAnalyzer();
  fresh.upsert('a.txt', reports['a.txt']);
  fresh.upsert('b.txt', `${reports['b.txt']}\n\nThe storm killed 15 people in all.`);
  assert.equal(answers(warm), answers(fresh));
});
