/**
 * A malformed `.crosscheck/reviewed.json` or known-entities file gets one diagnostic on the file itself, at the
 * place JSON parsing stopped when it says where, so the user sees what to repair where it is (the output
 * channel has the same message once). The server meanwhile goes on without the file's content. Pushed, since
 * these files are not reports and the pull provider does not serve them; cleared when the file is repaired.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { diagnosticSource } from './protocol';
import type { SideFileProblem } from './workspaceIndex';

export function registerSideFileDiagnostics(ctx: ServerContext): void {
  ctx.index.onDidChangeSideFileProblems(({ previous, current }) => {
    for (const uri of previous.keys()) if (!current.has(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, problem] of current) {
      // A missing file has no place to put a diagnostic: the output channel says it.
      if (problem.text === undefined) continue;
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [problemDiagnostic(uri, problem.text, problem)] });
    }
  });
}

function problemDiagnostic(uri: string, text: string, problem: SideFileProblem): Diagnostic {
  const document = TextDocument.create(uri, 'json', 0, text);
  const offset = errorOffset(problem.message, text);
  const start = document.positionAt(offset);
  // At least one character wide, so that the editor draws it; at the end of the text, the last line.
  const end = document.positionAt(Math.min(text.length, offset + 1));
  return { range: { start, end }, severity: DiagnosticSeverity.Error, source: diagnosticSource, message: problem.message };
}

/** Where JSON.parse stopped: V8 names the position ("… in JSON at position 42") or the end of the input. */
function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  if (/end of JSON input/i.test(message)) return Math.max(0, text.length - 1);
  return 0;
}
