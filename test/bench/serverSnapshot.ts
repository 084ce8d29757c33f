/**
 * Prints what the language server answers for a corpus after a cold start and after a warm one (its analysis cache
 * kept in between): the diagnostics of every report and the hover at every number, one JSON file per start. Two
 * builds whose files are the same bytes give the same answers; the cold and the warm file must be the same too.
 *   node --import tsx test/bench/serverSnapshot.ts CORPUS OUT_PREFIX   → OUT_PREFIX.cold.json, OUT_PREFIX.warm.json
 * The corpus is copied to a temporary folder first, and left to settle for the files' stamps (node/files.ts), so that
 * the warm start goes by the stamps as it does on a real workspace.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Session } from '../protocol/support/session';

function reportFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : reportFiles(path);
    return /\.(txt|md|news)$/.test(name) ? [path] : [];
  });
}

async function answers(session: Session, workspace: string, reports: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const report of reports) {
    const diagnostics = await session.pull(report);
    const text = readFileSync(join(workspace, report), 'utf8');
    const document = TextDocument.create('file:///x', 'plaintext', 0, text);
    const hovers = [];
    for (const m of text.matchAll(/\b\d[\d,.]*\b/g)) {
      hovers.push(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: session.uri(report) }, position: document.positionAt(m.index!) }));
    }
    out.push({ report, diagnostics, hovers });
  }
  return out;
}

async function main(): Promise<void> {
  const [corpus, outPrefix] = process.argv.slice(2);
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-snapshot-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-snapshot-cache-'));
  try {
    cpSync(corpus, workspace, { recursive: true });
    await new Promise((settled) => setTimeout(settled, 3500));
    const reports = reportFiles(workspace).map((path) => relative(workspace, path));
    for (const start of ['cold', 'warm']) {
      const session = await Session.start(workspace, { deadlineMs: 600_000, keepWorkspace: true, initializationOptions: { cacheDir } });
      try {
        await session.indexed();
        const found = await answers(session, workspace, reports);
        writeFileSync(`${outPrefix}.${start}.json`, JSON.stringify(found).split(workspace).join('WORKSPACE'));
        console.error(start, session.log.filter((line) => line.startsWith('Indexed')).join(' '));
      } finally {
        await session.close();
      }
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

void main();
