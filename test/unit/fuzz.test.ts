/**
 * The fuzzer's smoke run: a few thousand generated inputs through every property (the long run is
 * `npm run fuzz`), plus the large inputs the issue names — a 1 MB line, a 10 MB report, binary content — and the
 * bugs the fuzzer found, kept as plain regression tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyzer';
import { fileStem } from '../../server/src/core/reading/report';
import { MAX_SENTENCE_LENGTH } from '../../server/src/core/reading/tokens';
import { decodeReport } from '../../server/src/node/files';
import { escapeMarkdown } from '../../server/src/lsp/markdown';
import { assertSpan, checkWorkspace } from '../fuzz/invariants';
import { oneMegabyte, shapes, tenMegabytes } from '../fuzz/large';
import { properties, runProperties } from '../fuzz/properties';
import { judgeGrowth } from '../fuzz/scaling';
import { scratchFolder } from './support';

/** Inputs per `npm test`; the dedicated run uses 100,000. */
const smokeRuns = 3000;

test(`${smokeRuns} generated inputs keep every invariant (${properties.length} properties)`, () => {
  assert.ok(runProperties(smokeRuns) >= smokeRuns - properties.length);
});

test('a 1 MB line of news prose, and one of figures back to back, analyse with valid spans', () => {
  for (const shape of ['news prose on one line', 'figures back to back'] as const) {
    const text = shapes[shape](oneMegabyte);
    assert.ok(!text.includes('\n'));
    const analyzer = checkWorkspace([{ id: '/ws/line.txt', text }, { id: '/ws/other.txt', text: shapes['news prose, one sentence per line'](3000) }]);
    assert.ok(analyzer.claims('/ws/line.txt').length > 1000, `${shape}: figures found all along the line`);
  }
});

test('a 10 MB report analyses, with figures found to its end', () => {
  const text = shapes['news prose, one sentence per line'](tenMegabytes);
  const analyzer = createAnalyzer();
  analyzer.upsert('/ws/ten.txt', text);
  const claims = analyzer.claims('/ws/ten.txt');
  assert.ok(claims[claims.length - 1].span.end > text.length - 200, 'the last figure is near the end');
  for (const claim of claims) assertSpan(text, claim.span, 'claim');
});

test('growth is judged on the fastest of interleaved runs, measured again before it counts: a busy spell passes, quadratic work fails', () => {
  // linear work whose first large run fell in a busy spell, six times slower
  let runs = 0;
  const busyOnce = (size: number) => (++runs === 2 ? 6 : 1) * size;
  assert.deepEqual(judgeGrowth(busyOnce, 100, 4, 6), { smallMs: 100, largeMs: 400, ratio: 4, remeasured: 0 }, 'two more runs of each size in the first measurement');
  runs = 0;
  assert.deepEqual(judgeGrowth(busyOnce, 100, 4, 6, 1), { smallMs: 100, largeMs: 400, ratio: 4, remeasured: 1 }, 'measured again once');
  // quadratic work is slow every time
  const quadratic = judgeGrowth((size) => (size * size) / 100, 100, 4, 6);
  assert.deepEqual(quadratic, { smallMs: 100, largeMs: 1600, ratio: 16, remeasured: 3 });
});

test('binary content is refused; text with invalid UTF-8 is read with replacement characters', () => {
  assert.deepEqual(decodeReport(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), { skipped: 'binary content, not text' });
  const read = decodeReport(Buffer.from([0x35, 0x30, 0x20, 0x6b, 0x6d, 0x20, 0xe9, 0x74, 0xe9]));
  assert.ok('text' in read && read.text === '50 km \ufffdt\ufffd');
});

// Bugs the fuzzer found, one test each.

test('a file name with a bare "%" (100%.txt) is a file name, not a broken URI escape', () => {
  assert.equal(fileStem('/news/100%.txt'), '100%');
  assert.equal(fileStem('file:///news/a%20b.txt'), 'a b');
  assert.equal(fileStem('file:///news/%E0%A4%A.md'), '%E0%A4%A');
  const analyzer = createAnalyzer();
  analyzer.upsert('/news/100%.txt', 'Рaris was hit by a storm.');
  assert.equal(analyzer.findings('/news/100%.txt')[0]?.code, 'mixed-script');
});

test('a figure followed by a comma or bracket at the very end of the text', () => {
  for (const text of ['0.0 km , ', 'about 5 km (', '12 killed,']) checkWorkspace([{ id: '/ws/a.txt', text }]);
});

test('a vague amount and a figure that start at the same word ("dozens of 1,000 °C") are each compared as themselves', () => {
  const said = (figure: string) => `The temperature reached ${figure} near Kyiv, officials said.`;
  const analyzer = checkWorkspace([
    { id: '/ws/a.txt', text: said('dozens of 1,000 °C') },
    { id: '/ws/b.txt', text: said('0.0 °C') },
    { id: '/ws/c.txt', text: said('about zero °F') },
  ]);
  const starts = analyzer.claims('/ws/a.txt').map((claim) => claim.span.start);
  assert.ok(starts.length > new Set(starts).size, 'two claims share a start');
});

test('front matter with an unknown YAML tag is read without a warning on stderr', () => {
  const folder = scratchFolder('yaml');
  writeFileSync(join(folder, 'tagged.md'), '---\n!e: T\nsource: Desk\n---\nThe train reached 50 km/h.\n');
  const run = spawnSync(process.execPath, [join(__dirname, '../../dist/cli.js'), 'check', folder], { encoding: 'utf8' });
  assert.equal(run.status, 0);
  assert.equal(run.stderr, '');
});

test('a UTF-16 (big-endian) file cut after an odd number of bytes is read, not thrown on', () => {
  assert.deepEqual(decodeReport(Buffer.from([0xfe, 0xff, 0x00, 0x35, 0x00])), { text: '5' });
});

test('article text that starts with spaces or control characters cannot open an indented code block', () => {
  assert.equal(escapeMarkdown('\u0000\u0000    1 km'), ' 1 km');
});

test(`a run of text without a full stop, even without spaces, is cut into sentences of ${MAX_SENTENCE_LENGTH} characters or so`, () => {
  for (const shape of ['one sentence, no full stop, many numbers', 'figures without spaces'] as const) {
    const analyzer = createAnalyzer();
    analyzer.upsert('/ws/run.txt', shapes[shape](50_000));
    const claims = analyzer.claims('/ws/run.txt');
    assert.ok(claims.length > 100, `${shape}: figures found`);
    for (const claim of claims) assert.ok(claim.sentence.end - claim.sentence.start <= 2 * MAX_SENTENCE_LENGTH, shape);
  }
});
