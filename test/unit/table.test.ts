/**
 * The Compare Figures table in the core: a row per figure and per name spelled otherwise, a column per other
 * report, each cell in this report's unit and marked as agreeing, compatible or differing, empty where the report
 * is silent; and the table's text, Markdown and CSV forms.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../../server/src/core/analyzer';
import type { FigureTable, TableRow } from '../../server/src/core/types';
import { tableAsCsv, tableAsMarkdown, tableAsText, type TableForExport } from '../../server/src/core/findings/tableFormats';
import { workspace } from './support';

const tram = {
  'alpha.txt': {
    source: 'Alpha News',
    text: 'Tram derails at 40 km/h\nThe tram was travelling at 40 km/h when it left the rails near Lindholm Bridge.\nEleven passengers were injured, said fire chief Maren Askeland.\n',
  },
  'beta.txt': {
    source: 'Beta Post',
    text: 'The tram was travelling at 50 mph when it left the rails near Lindholm Bridge.\nEleven passengers were injured, fire chief Maren Askelund said.\n',
  },
  'gamma.txt': {
    source: 'Gamma Radio',
    text: 'The tram was doing about 25 mph when it left the rails near Lindholm Bridge, according to fire chief Maren Askeland.\n',
  },
  'delta.txt': {
    source: 'Delta Daily',
    text: 'Eleven passengers were injured when the tram derailed in Norrvik, police spokesman Rashed Mounir said.\n',
  },
  'epsilon.txt': {
    source: 'Epsilon Online',
    text: 'Twelve people were hurt when the tram derailed in Norrvik, police spokesman Rashed Munir said.\n',
  },
};

/** A row's cells as "Source: converted (agreement)", silent reports as "Source: —". */
function cellsOf(table: FigureTable, row: TableRow): string[] {
  return row.cells.map((cell, k) => `${table.columns[k].source}: ${cell ? `${cell.converted} (${cell.agreement})` : '—'}`);
}

function rowLabelled(table: FigureTable, label: string): TableRow {
  const row = table.rows.find((r) => r.label === label);
  assert.ok(row, `a "${label}" row among ${table.rows.map((r) => r.label).join(', ')}`);
  return row;
}

describe('the Compare Figures table', () => {
  test('a column per other report in workspace order, named by its source', () => {
    const table = workspace(tram).analyzer.table('alpha.txt')!;
    assert.equal(table.source, 'Alpha News');
    assert.deepEqual(table.columns.map((c) => [c.reportId, c.source]), [
      ['beta.txt', 'Beta Post'], ['gamma.txt', 'Gamma Radio'], ['delta.txt', 'Delta Daily'], ['epsilon.txt', 'Epsilon Online'],
    ]);
  });

  test("a figure's row: as written, its attribute, each report in this report's unit, marked, and the consensus", () => {
    const ws = workspace(tram);
    const table = ws.analyzer.table('alpha.txt')!;
    const speed = rowLabelled(table, 'speed');
    assert.equal(speed.kind, 'figure');
    assert.equal(speed.written, '40 km/h');
    assert.equal(speed.value, '40 km/h (24.9 mph)');
    assert.deepEqual(cellsOf(table, speed), [
      'Beta Post: 80.5 km/h (50 mph) (conflicts)',
      'Gamma Radio: 40.2 km/h (25 mph) (agrees)',
      'Delta Daily: —',
      'Epsilon Online: —',
    ]);
    assert.equal(speed.consensus, '2 of 3 reports: 40 km/h (24.9 mph)');
    // each cell points at the other report's figure and quotes its sentence
    const beta = speed.cells[0]!;
    assert.equal(ws.analyzer.text('beta.txt')!.slice(beta.span.start, beta.span.end), '50 mph');
    assert.equal(beta.sentence.slice(beta.figureInSentence.start, beta.figureInSentence.end), '50 mph');
    assert.match(beta.sentence, /^The tram was travelling at 50 mph/);
  });

  test('a report that says nothing of an attribute leaves its cell empty, and a row with no other report has no consensus', () => {
    const ws = workspace({
      'alpha.txt': tram['alpha.txt'],
      'zeta.txt': { source: 'Zeta', text: 'Repairs to the line near Lindholm Bridge will take a week, the operator said.\n' },
    });
    const table = ws.analyzer.table('alpha.txt')!;
    const speed = rowLabelled(table, 'speed');
    assert.deepEqual(speed.cells, [null]);
    assert.equal(speed.consensus, undefined);
  });

  test('a figure stated in the headline and again in the body is one row, at the body', () => {
    const ws = workspace(tram);
    const table = ws.analyzer.table('alpha.txt')!;
    const speeds = table.rows.filter((r) => r.label === 'speed');
    assert.equal(speeds.length, 1);
    const text = ws.analyzer.text('alpha.txt')!;
    assert.equal(speeds[0].span.start, text.indexOf('40 km/h', text.indexOf('travelling')));
  });

  test('names spelled otherwise are rows: the same spelling agrees, another differs, a transliteration is compatible', () => {
    const ws = workspace(tram);
    const alpha = ws.analyzer.table('alpha.txt')!;
    const name = rowLabelled(alpha, 'name (Maren Askeland)');
    assert.equal(name.kind, 'name');
    assert.equal(name.written, 'Askeland');
    assert.deepEqual(cellsOf(alpha, name), [
      'Beta Post: Askelund (conflicts)',
      'Gamma Radio: Askeland (agrees)',
      'Delta Daily: —',
      'Epsilon Online: —',
    ]);
    assert.equal(name.consensus, '2 of 3 reports: Askeland');

    const delta = ws.analyzer.table('delta.txt')!;
    const mounir = rowLabelled(delta, 'name (Rashed Mounir)');
    assert.deepEqual(cellsOf(delta, mounir).slice(-1), ['Epsilon Online: Munir (compatible)']);
    // figures come first, then names
    assert.deepEqual(alpha.rows.map((r) => r.kind), ['figure', 'figure', 'name']);
  });

  test("a row keeps its key when its figure is edited, so a view keeps its place", () => {
    const ws = workspace(tram);
    const before = rowLabelled(ws.analyzer.table('alpha.txt')!, 'speed');
    ws.analyzer.upsert('alpha.txt', ws.analyzer.text('alpha.txt')!.replaceAll('40 km/h', '80 km/h'));
    const after = rowLabelled(ws.analyzer.table('alpha.txt')!, 'speed');
    assert.equal(after.key, before.key);
    assert.equal(after.written, '80 km/h');
    assert.equal(after.cells[0]?.agreement, 'agrees', 'now Beta Post\'s 50 mph agrees');
  });

  test('the table and the findings never disagree (the examples)', () => {
    const dir = resolve(import.meta.dirname, '../../examples');
    const analyzer = createAnalyzer();
    for (const file of readdirSync(dir).sort()) analyzer.upsert(join(dir, file), readFileSync(join(dir, file), 'utf8'));
    let checked = 0;
    for (const id of analyzer.reportIds()) {
      const table = analyzer.table(id)!;
      for (const finding of analyzer.findings(id).filter((f) => f.code === 'figure-conflict' || f.code === 'entity-spelling')) {
        const row = table.rows.find((r) => r.span.start <= finding.span.start && finding.span.end <= r.span.end);
        assert.ok(row, `a row for "${analyzer.text(id)!.slice(finding.span.start, finding.span.end)}" in ${id}`);
        for (const related of finding.related) {
          const cell = row.cells[table.columns.findIndex((c) => c.reportId === related.reportId)];
          assert.ok(cell && cell.agreement !== 'agrees', `${related.reportId}'s cell differs in the row of ${row.written}`);
          checked++;
        }
      }
      // and each figure row is the hover of its figure
      for (const row of table.rows.filter((r) => r.kind === 'figure')) {
        const hover = analyzer.hover(id, row.span.start)!;
        assert.deepEqual(row.cells.filter((c) => c), hover.comparisons.filter((c) => table.columns.some((col) => col.reportId === c.reportId)));
      }
    }
    assert.ok(checked >= 4, `checked ${checked} related reports`);
  });
});

describe('the table as text, Markdown and CSV', () => {
  const table: TableForExport = {
    source: 'Alpha News',
    columns: [{ source: 'Beta | Post' }, { source: 'Gamma, "the radio"' }, { source: '003_radio_log _draft_' }],
    rows: [
      {
        written: '40 km/h', label: 'speed',
        cells: [{ converted: '80.5 km/h (50 mph)', agreement: 'conflicts' }, { converted: '40.2 km/h', agreement: 'agrees' }, null],
        consensus: '2 of 3 reports: 40 km/h',
      },
      { written: 'about 11', label: 'number *injured*', cells: [{ converted: '12', agreement: 'compatible' }, null, null] },
      { written: '=HYPERLINK("x")', label: 'line\nbreak', cells: [null, { converted: '-5 °C', agreement: 'agrees' }, null] },
    ],
  };


  test('text: columns aligned under an underlined header, each cell with a symbol and a word', () => {
    const lines = tableAsText(table).split('\n');
    assert.equal(lines[0], 'Alpha News       About             Beta | Post                   Gamma, "the radio"  003_radio_log _draft_  Consensus');
    assert.match(lines[1], /^-{15} {2}-{16} {2}-{28} {2}-{18} {2}-{21} {2}-{23}$/);
    assert.equal(lines[2], '40 km/h          speed             80.5 km/h (50 mph) ✗ differs  40.2 km/h ✓ agrees                         2 of 3 reports: 40 km/h');
    assert.equal(lines[3], 'about 11         number *injured*  12 ≈ compatible');
    assert.equal(lines[4].includes('line break'), true, 'a line break inside a cell becomes a space');
  });

  test('Markdown: a header row, a delimiter row, and report text that cannot break out of its cell', () => {
    const lines = tableAsMarkdown(table).trimEnd().split('\n');
    assert.equal(lines.length, 5);
    // an underscore inside a word (a file name) stays readable; one that could make emphasis is escaped
    assert.equal(lines[0], '| Alpha News | About | Beta \\| Post | Gamma, "the radio" | 003_radio_log \\_draft\\_ | Consensus |');
    assert.equal(lines[1], '| --- | --- | --- | --- | --- | --- |');
    assert.equal(lines[2], '| 40 km/h | speed | 80.5 km/h (50 mph) ✗ differs | 40.2 km/h ✓ agrees |  | 2 of 3 reports: 40 km/h |');
    assert.equal(lines[3], '| about 11 | number \\*injured\\* | 12 ≈ compatible |  |  |  |');
    for (const line of lines) assert.equal(line.split(/(?<!\\)\|/).length - 2, 6, `six cells in ${line}`);
  });

  test('CSV: RFC 4180 quoting, CRLF line ends, formulas defused, signed numbers kept', () => {
    const csv = tableAsCsv(table);
    assert.ok(csv.endsWith('\r\n'));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'Alpha News,About,Beta | Post,"Gamma, ""the radio""",003_radio_log _draft_,Consensus');
    assert.equal(lines[1], '40 km/h,speed,80.5 km/h (50 mph) ✗ differs,40.2 km/h ✓ agrees,,2 of 3 reports: 40 km/h');
    assert.equal(lines[2], 'about 11,number *injured*,12 ≈ compatible,,,');
    assert.equal(lines[3], `"'=HYPERLINK(""x"")",line break,,-5 °C ✓ agrees,,`);
  });
});
