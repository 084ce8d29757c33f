/**
 * The example reports in examples/ (one invented event: the ferry Northern Star aground off Kelmor Island), as the
 * README shows them. If the engine's findings on them change, the README's example must change too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, type AnalyzerOptions } from '../../server/src/core/analyzer';
import { parseKnownEntities } from '../../server/src/core/config';
import { tableAsText } from '../../server/src/core/findings/tableFormats';
import { applyEdits } from './support';

const dir = resolve(import.meta.dirname, '../../examples');
const path = (name: string) => join(dir, name);

function load(options: AnalyzerOptions = {}) {
  const analyzer = createAnalyzer(options);
  for (const name of readdirSync(dir).sort()) analyzer.upsert(path(name), readFileSync(path(name), 'utf8'));
  const findings = (name: string) => analyzer.findings(path(name)).map((f) => ({ ...f, written: analyzer.text(path(name))!.slice(f.span.start, f.span.end) }));
  return { analyzer, findings };
}

describe('examples/', () => {
  test('four reports, sources from their headers and front matter', () => {
    const { analyzer } = load();
    assert.deepEqual(analyzer.reportIds().map((id) => analyzer.meta(id)?.source).sort(), ['Bay Gazette', 'Coastal Herald', 'Island Radio', 'North Sea Wire']);
  });

  test('exactly four warnings, one of each kind of problem', () => {
    const { analyzer, findings } = load();
    const warnings = analyzer.reportIds().sort().flatMap((id) => findings(id.split('/').pop()!).filter((f) => f.severity === 'warning')
      .map((f) => [id.split('/').pop(), f.code, f.written]));
    assert.deepEqual(warnings, [
      ['bay-gazette.txt', 'mixed-script', 'f\u0435rry'],
      ['coastal-herald.txt', 'figure-conflict', '15 km'],
      ['north-sea-wire.txt', 'figure-conflict', 'on Saturday'],
      ['north-sea-wire.txt', 'entity-spelling', 'Solhaim'],
    ]);
  });

  test('the outlying distance is outvoted by the three others, with a fix in km and miles', () => {
    const { analyzer, findings } = load();
    const f = findings('coastal-herald.txt').find((x) => x.severity === 'warning')!;
    assert.match(f.message, /^Distance: 15 km here; Bay Gazette says "eight kilometres"; Island Radio says "about 8 kilometres"; North Sea Wire says "8 km"\.$/);
    assert.deepEqual(f.related.map((r) => r.reportId).sort(), [path('bay-gazette.txt'), path('island-radio.md'), path('north-sea-wire.txt')]);
    const text = analyzer.text(path('coastal-herald.txt'))!;
    const change = f.fixes.find((x) => x.kind === 'change-figure')!;
    assert.ok(applyEdits(text, change.edits).includes('on a sandbank 8 km (4.97 mi) from Port Arden'));
  });

  test('the departure day: Saturday against three Fridays', () => {
    const { analyzer, findings } = load();
    const f = findings('north-sea-wire.txt').find((x) => x.code === 'figure-conflict' && x.severity === 'warning')!;
    assert.match(f.message, /^Day of the departure: Saturday here;/);
    assert.equal(f.related.length, 3);
    const text = analyzer.text(path('north-sea-wire.txt'))!;
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('left Port Arden on Friday with 180 passengers'));
  });

  test('the misspelled captain points at the three reports that agree', () => {
    const { findings } = load();
    const f = findings('north-sea-wire.txt').find((x) => x.code === 'entity-spelling')!;
    assert.equal(f.message, '"Solhaim" is spelled differently elsewhere: Bay Gazette, Coastal Herald and Island Radio write "Solheim".');
    assert.equal(f.fixes[0].edits[0].newText, 'Solheim');
  });

  test('the look-alike letters: one finding for the line, fixing both words', () => {
    const { analyzer, findings } = load();
    const mixed = findings('bay-gazette.txt').filter((x) => x.code === 'mixed-script');
    assert.equal(mixed.length, 1);
    const text = analyzer.text(path('bay-gazette.txt'))!;
    const fixed = applyEdits(text, mixed[0].fixes[0].edits);
    assert.ok(fixed.includes('The ferry Northern Star ran aground on a sandbank eight kilometres'));
    assert.equal(fixed.length, text.length);
  });

  test('figures that agree (hedged or converted) give no finding', () => {
    const { analyzer, findings } = load();
    for (const id of analyzer.reportIds()) {
      const name = id.split('/').pop()!;
      for (const f of findings(name)) assert.doesNotMatch(f.message, /passengers|crew|age/i, `${name}: ${f.message}`);
    }
    const text = analyzer.text(path('island-radio.md'))!;
    const hover = analyzer.hover(path('island-radio.md'), text.indexOf('182'))!;
    assert.deepEqual(hover.comparisons.map((c) => c.agreement), ['agrees', 'agrees', 'agrees']);
    assert.equal(hover.consensus, '4 of 4 reports: 182');
  });

  test('boilerplate lines, the URL and inline code yield no claims', () => {
    const { analyzer } = load();
    for (const id of analyzer.reportIds()) {
      const text = analyzer.text(id)!;
      for (const c of analyzer.claims(id)) {
        const line = text.slice(text.lastIndexOf('\n', c.span.start) + 1, text.indexOf('\n', c.span.end));
        assert.doesNotMatch(line, /^(Advertisement|Follow us on Facebook|More at)/, `${id}: ${line}`);
      }
      const names = analyzer.entities(id).map((e) => e.text);
      assert.ok(!names.includes('Facebook') && !names.includes('Advertisement'), `${id}: ${names.join(', ')}`);
    }
  });

  test("the README's known-entities file reads without error and settles the captain's name, and only that", () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /### The known-entities file[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'the README shows a known-entities file');
    const known = parseKnownEntities(example);
    assert.equal(known.error, undefined);
    const { analyzer, findings } = load({ knownEntities: known.entities, distinctNames: known.distinct });
    const all = analyzer.reportIds().flatMap((id) => findings(id.split('/').pop()!).filter((f) => f.severity === 'warning').map((f) => f.written));
    assert.deepEqual(all.sort(), ['15 km', 'f\u0435rry', 'on Saturday'].sort());
  });

  test("the README's `crosscheck table` example is what the table of coastal-herald.txt prints", () => {
    const { analyzer } = load();
    const readme = readFileSync(resolve(dir, '../README.md'), 'utf8');
    const shown = /\$ crosscheck table examples\/coastal-herald\.txt\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(shown, 'the example in the README');
    assert.equal(shown, tableAsText(analyzer.table(path('coastal-herald.txt'))!));
  });
});
