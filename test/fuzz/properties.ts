/**
 * The fuzzer's properties, shared by the smoke run in `npm test` (test/unit/fuzz.test.ts) and the long run of
 * `npm run fuzz` (test/fuzz/run.ts). Each property says how big a share of the runs it gets.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { parseKnownEntities } from '../../server/src/core/config';
import { addReviewedEntry, parseReviewed } from '../../server/src/core/findings/reviewed';
import { decodeReport } from '../../server/src/node/files';
import { framedFigures, knownEntities, namePairs, textLikeBytes, rawText, reportText, textEdit, workspaceReports } from './arbitraries';
import { checkAnalyzer, checkWorkspace } from './invariants';

export interface NamedProperty {
  name: string;
  /** Relative share of the runs. */
  share: number;
  property: fc.IProperty<never> | fc.IProperty<unknown[]>;
}

const probes = fc.array(fc.nat(), { maxLength: 4 });
const severity = fc.constantFrom('error', 'warning', 'information', 'hint', 'off' as const);

export const properties: NamedProperty[] = [
  {
    name: 'a workspace of news-like and raw reports: no throw, every span inside its text and on code points',
    share: 4,
    property: fc.property(workspaceReports, probes, (reports, offsets) => {
      checkWorkspace(reports, {}, offsets);
    }),
  },
  {
    name: 'the same with known entities, footnote citations and custom severities',
    share: 2,
    property: fc.property(
      workspaceReports,
      knownEntities,
      fc.record({ 'figure-conflict': severity, 'entity-spelling': severity, 'mixed-script': severity, 'conversion-mismatch': severity }, { requiredKeys: [] }),
      (reports, entities, severities) => {
        checkWorkspace(reports, { knownEntities: entities, settings: { citationStyle: 'footnote', severity: severities } });
      },
    ),
  },
  {
    name: 'reports giving one attribute in every shape (hedges, units, number words, conversions, names): spans and fixes valid',
    share: 3,
    property: fc.property(framedFigures, fc.constantFrom(...namePairs), fc.boolean(), ({ frame, figures }, names, footnotes) => {
      const reports = figures.map((figure, n) => ({
        id: n % 2 ? `/ws/${n}.md` : `/ws/${n}.txt`,
        text: n % 2
          ? `# Report ${n}\n\nOfficials said ${frame} ${figure} near ${names[n % 2]}. ${names[n % 2]} said so.\n`
          : `Source: Desk ${n}\nOn Monday ${frame} ${figure}, ${names[n % 2]} said.\n`,
      }));
      checkWorkspace(reports, { settings: { citationStyle: footnotes ? 'footnote' : 'inline' } });
    }),
  },
  {
    name: 'edits, re-analysis and removal: the analyzer stays consistent with the latest text',
    share: 2,
    property: fc.property(workspaceReports, fc.array(textEdit, { maxLength: 8 }), (reports, edits) => {
      const analyzer = createAnalyzer();
      for (const report of reports) analyzer.upsert(report.id, report.text);
      analyzer.findings(reports[0].id);
      let text = reports[0].text;
      for (const edit of edits) {
        const at = edit.at % (text.length + 1);
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
        analyzer.upsert(reports[0].id, text);
      }
      assert.equal(analyzer.text(reports[0].id), text);
      checkAnalyzer(analyzer);
      if (reports.length > 1) {
        analyzer.remove(reports[1].id);
        checkAnalyzer(analyzer);
      }
    }),
  },
  {
    name: 'binary and mis-encoded bytes: decoding never throws and whatever is read analyses cleanly',
    share: 1,
    property: fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), textLikeBytes), (bytes) => {
      const read = decodeReport(Buffer.from(bytes));
      if ('text' in read) checkWorkspace([{ id: '/ws/bytes.txt', text: read.text }]);
    }),
  },
  {
    name: 'known-entities and reviewed files of any content: parsed or refused with an error, never thrown',
    share: 1,
    property: fc.property(
      fc.oneof(rawText, reportText, fc.json(), fc.json().map((json) => `{"entities": ${json}}`), fc.json().map((json) => `{"version": 1, "reviewed": ${json}}`)),
      (text) => {
        parseKnownEntities(text);
        const reviewed = parseReviewed(text);
        if (reviewed.error) {
          assert.throws(() => addReviewedEntry(text, { key: 'k', file: 'f', text: 't' }), /not overwriting/);
        } else {
          const merged = parseReviewed(addReviewedEntry(text, { key: 'k', file: 'f', text: 't' }));
          assert.equal(merged.error, undefined);
          assert.ok(merged.keys.has('k'));
          for (const key of reviewed.keys) assert.ok(merged.keys.has(key), 'existing entries are kept');
        }
      },
    ),
  },
];

/** Runs every property, splitting `total` runs by share; returns the number of inputs generated. */
export function runProperties(total: number, seed?: number, log?: (line: string) => void): number {
  const shares = properties.reduce((sum, p) => sum + p.share, 0);
  let inputs = 0;
  for (const { name, share, property } of properties) {
    const numRuns = Math.max(1, Math.round((total * share) / shares));
    const started = Date.now();
    fc.assert(property as fc.IProperty<unknown[]>, { numRuns, seed, endOnFailure: false });
    inputs += numRuns;
    log?.(`${String(numRuns).padStart(7)} inputs  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${name}`);
  }
  return inputs;
}
