/**
 * The benchmark's measurements of one corpus, run in a child process of bench.ts so that each corpus's peak
 * memory is its own:
 *   node --import tsx test/bench/measure.ts core DIR [ROUNDS]   the engine in this process (the typing ROUNDS times over)
 *   node --import tsx test/bench/measure.ts server DIR   the real server process, over the protocol
 * Prints one JSON object on stdout.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Session } from '../protocol/support/session';
import { articleOnFirstEvent } from './corpus';
import { limitCompiling } from '../../server/src/node/compilerBudget';

/**
 * The engine as the CLI and the server run it: bundled by `npm run build` (out/engine.js), not transformed file by
 * file on the fly as tsx does, which costs about 30 % more time (a name is set on every closure made).
 */
const { createAnalyzer } = require('../../out/engine.js') as typeof import('../../server/src/core/analyzer');
// and with the compiler's budget the CLI and the server set at their start
limitCompiling();

/** The article typed into: about 5,000 words, on the same event as the corpus's first reports. */
const ARTICLE_WORDS = 5000;
const ARTICLE_FILE = 'zz-article.txt';
/** What the "journalist" types, one character per edit, in the middle of the article. */
const TYPED = ' Officials later said 212 people were killed and 48 injured, and Brokoust sent 300 soldiers.';
/** Requests of each kind measured (hovers, code actions), at most. */
const SAMPLES = 200;
/** A measurement stops early after this long, so that a slow build still finishes the run. */
const TIME_LIMIT_MS = 60_000;

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function reportFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return reportFiles(path);
    return /\.(txt|md|news)$/.test(name) && name !== ARTICLE_FILE ? [path] : [];
  });
}

/** Where typing happens: the end of the paragraph nearest the article's middle. */
function typingPoint(text: string): number {
  const at = text.indexOf('\n\n', text.length >> 1);
  return at < 0 ? text.length : at;
}

/** Runs `step` for each item until done or out of time; returns each step's duration in ms. */
async function timeEach<T>(items: T[], step: (item: T, k: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  const deadline = performance.now() + TIME_LIMIT_MS;
  for (const [k, item] of items.entries()) {
    const t0 = performance.now();
    await step(item, k);
    times.push(performance.now() - t0);
    if (performance.now() > deadline) break;
  }
  return times;
}

async function measureCore(dir: string, rounds = 1): Promise<unknown> {
  const t0 = performance.now();
  const files = reportFiles(dir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const t1 = performance.now();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const analyzer = createAnalyzer();
  for (const [k, f] of files.entries()) analyzer.upsert(f, texts[k]);
  const t2 = performance.now();
  const article = articleOnFirstEvent(ARTICLE_WORDS);
  const articleId = join(dir, ARTICLE_FILE);
  analyzer.upsert(articleId, article);
  const firstFindings = analyzer.findings(articleId).length;
  const t3 = performance.now();

  const at = typingPoint(article);
  const typed = [...TYPED].map((_, k) => article.slice(0, at) + TYPED.slice(0, k + 1) + article.slice(at));
  // typed again `rounds` times over: 92 edits make a p95 of five samples, which a busy machine moves a lot
  const edits = Array.from({ length: rounds }, () => typed).flat();
  const edit = await timeEach(edits, (text) => {
    analyzer.upsert(articleId, text);
    return analyzer.findings(articleId);
  });
  analyzer.upsert(articleId, article);
  analyzer.findings(articleId);
  const claims = analyzer.claims(articleId).slice(0, SAMPLES);
  const hover = await timeEach(claims, (c) => analyzer.hover(articleId, c.span.start));
  return {
    reports: files.length, bytes, articleWords: ARTICLE_WORDS, articleFindings: firstFindings,
    // indexing: every report read and analysed (what the server does before its first answer); the first
    // findings of the article then build the cross-report index and compare
    readMs: t1 - t0, analyseMs: t2 - t1, firstFindingsMs: t3 - t2,
    coldMBps: bytes / 1e6 / ((t2 - t0) / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    edit: percentiles(edit), hover: percentiles(hover),
  };
}

/** Peak resident memory of a process, from /proc (Linux); undefined elsewhere. */
function peakRssMB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function startIndexed(dir: string, cacheDir: string): Promise<{ session: Session; startMs: number; indexMs: number }> {
  const t0 = performance.now();
  const session = await Session.start(dir, { pull: true, deadlineMs: 900_000, keepWorkspace: true, initializationOptions: { cacheDir } });
  const t1 = performance.now();
  await session.indexed();
  return { session, startMs: t1 - t0, indexMs: performance.now() - t0 };
}

async function measureServer(dir: string): Promise<unknown> {
  const article = articleOnFirstEvent(ARTICLE_WORDS);
  writeFileSync(join(dir, ARTICLE_FILE), article);
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-cache-'));
  try {
    const cold = await startIndexed(dir, cacheDir);
    const { session } = cold;
    let document = await session.open(ARTICLE_FILE);
    let diagnostics = await session.pull(ARTICLE_FILE);
    const firstDiagnostics = diagnostics.length;

    const at = typingPoint(article);
    const edit = await timeEach([...TYPED], async (ch, k) => {
      const position = document.positionAt(at + k);
      const change = { range: { start: position, end: position }, text: ch };
      document = TextDocument.update(document, [change], document.version + 1);
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: document.uri, version: document.version },
        contentChanges: [change],
      });
      diagnostics = await session.pull(ARTICLE_FILE);
    });

    const figures = [...document.getText().matchAll(/\b\d[\d,.]*\b/g)].slice(0, SAMPLES);
    const hover = await timeEach(figures, (m) => session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: document.uri }, position: document.positionAt(m.index!),
    }));
    const withFixes = diagnostics.filter((d: Diagnostic) => d.data).slice(0, SAMPLES);
    const codeAction = await timeEach(withFixes, (d) => session.codeActions(ARTICLE_FILE, d));
    const serverPeakRssMB = peakRssMB(session.pid);
    await session.close();

    // A second start of the same workspace: the claims cache (if the server keeps one) makes it quick.
    const warm = await startIndexed(dir, cacheDir);
    const warmPeakRssMB = peakRssMB(warm.session.pid);
    await warm.session.close();
    return {
      serverStartMs: cold.startMs, coldIndexMs: cold.indexMs, warmIndexMs: warm.indexMs, firstDiagnostics,
      edit: percentiles(edit), hover: percentiles(hover), codeAction: percentiles(codeAction),
      serverPeakRssMB, warmPeakRssMB,
    };
  } finally {
    rmSync(join(dir, ARTICLE_FILE), { force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [mode, dir, rounds] = process.argv.slice(2);
  const result = mode === 'server' ? await measureServer(dir) : await measureCore(dir, Number(rounds ?? 1));
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) void main();
