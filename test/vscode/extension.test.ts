/**
 * Crosscheck seen through VS Code's own API, inside a real extension host: what the editor receives from the
 * extension (diagnostics, hovers, quick fixes) for a workspace holding a copy of the seed reports.
 * Runs under @vscode/test-electron (npm run test:electron) and in code-server (test/e2e/vscodeApi.test.ts).
 */
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  closeAllWithoutSaving,
  codeOf,
  crosscheckDiagnostics,
  extensionId,
  hoverText,
  openReport,
  rangeOf,
  report000,
  report003,
  report004,
  trainSpeed000,
  trainSpeedFinding,
  until,
  workspaceFile,
} from './support';
import { commandsOfStep, type WalkthroughStep } from './walkthrough';

/** A seed report's source name: its file name without the extension (the seeds name no source). */
const source = (file: string): string => file.replace(/\.txt$/, '');

/** 000 open in an editor, once its train-speed finding has arrived. */
async function reportWithTrainSpeedFinding(): Promise<{ editor: vscode.TextEditor; finding: vscode.Diagnostic }> {
  const editor = await openReport(report000);
  const finding = await until(() => trainSpeedFinding(editor.document), "000's train-speed finding");
  return { editor, finding };
}

async function quickFixesFor(document: vscode.TextDocument, finding: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    finding.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // A Command has a string `command`; a CodeAction carries an edit or (Mark as reviewed) a Command object.
  return actions.filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

describe('Crosscheck in VS Code', () => {
  afterEach(closeAllWithoutSaving);

  it('activates when a report is opened', async () => {
    await openReport(report000);
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('every command the Get Started walkthrough runs or waits for exists in VS Code', async () => {
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { walkthroughs: { steps: WalkthroughStep[] }[] } };
    const wanted = [...new Set(manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.flatMap(commandsOfStep)))];
    assert.ok(wanted.length >= 3, `the walkthrough's commands: ${wanted.join(', ')}`);
    await openReport(report000); // Crosscheck's commands are registered once it is active
    const known = new Set(await vscode.commands.getCommands(false));
    assert.deepEqual(wanted.filter((command) => !known.has(command)), [], 'commands VS Code does not know');
  });

  it("underlines 000's train speed and links the lines of 003 and 004 that say otherwise", async () => {
    const { finding } = await reportWithTrainSpeedFinding();
    assert.match(finding.message, /^Speed: .* here; /);
    const related = new Set((finding.relatedInformation ?? []).map((info) => info.location.uri.path.split('/').pop()));
    assert.ok(related.has(report003), `related locations: ${[...related].join(', ')}`);
    assert.ok(related.has(report004), `related locations: ${[...related].join(', ')}`);
  });

  it("hovering 000's train speed shows what 003 and 004 say", async () => {
    const { editor } = await reportWithTrainSpeedFinding();
    const position = rangeOf(editor.document, trainSpeed000).start.translate(0, 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /about 50 km\/h \(31\.1 mph\)/, "this report's figure");
    // Each other report by its source name, with its figure in this article's unit.
    assert.match(text, new RegExp(`${source(report003)}\\*\\*: 59\\.5 km/h \\(37 mph\\)`), `003's figure in:\n${text}`);
    assert.match(text, new RegExp(`${source(report004)}\\*\\*: 59 km/h`), `004's figure in:\n${text}`);
  });

  it('offers to cite a corroborating report and to change the figure', async () => {
    const { editor, finding } = await reportWithTrainSpeedFinding();
    const titles = (await quickFixesFor(editor.document, finding)).map((action) => action.title);
    assert.ok(titles.some((title) => /^Cite .*according to/.test(title)), `a citation among: ${titles.join(' | ')}`);
    assert.ok(titles.some((title) => /^Change to 59/.test(title)), `a change of figure among: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Mark as reviewed'), `"Mark as reviewed" among: ${titles.join(' | ')}`);
  });

  it('changing the figure as 004 has it makes the finding go away', async () => {
    const { editor, finding } = await reportWithTrainSpeedFinding();
    const change = (await quickFixesFor(editor.document, finding)).find((action) => action.title.startsWith('Change to 59'));
    assert.ok(change?.edit, 'a change of figure with an edit');
    assert.equal(await vscode.workspace.applyEdit(change.edit), true);
    assert.match(editor.document.getText(), /59(\.\d+)? kilometers per hour/);
    await until(
      () => !crosscheckDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'figure-conflict' && /^Speed/.test(d.message)),
      'no speed finding in 000 after the change',
    );
  });

  describe('settings', () => {
    after(() => vscode.workspace.getConfiguration('crosscheck').update('severity', undefined, vscode.ConfigurationTarget.Workspace));

    it('turning figure conflicts off in the settings removes them from 000', async () => {
      const { editor } = await reportWithTrainSpeedFinding();
      await vscode.workspace.getConfiguration('crosscheck').update('severity', { 'figure-conflict': 'off' }, vscode.ConfigurationTarget.Workspace);
      await until(() => !crosscheckDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'figure-conflict'), 'no figure conflict in 000');
    });

    it('showing figure conflicts as errors turns the train-speed finding into an error', async () => {
      await vscode.workspace.getConfiguration('crosscheck').update('severity', { 'figure-conflict': 'error' }, vscode.ConfigurationTarget.Workspace);
      const editor = await openReport(report000);
      const finding = await until(
        () => trainSpeedFinding(editor.document)?.severity === vscode.DiagnosticSeverity.Error && trainSpeedFinding(editor.document),
        'the train-speed finding shown as an error',
      );
      assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    });
  });

  describe('teaching a name', () => {
    const entitiesFile = (): vscode.Uri => workspaceFile('.crosscheck/entities.json');
    // Later tests read 003 untaught.
    after(() => vscode.workspace.fs.delete(entitiesFile(), { useTrash: false }));

    it("\"Treat 'Soigu' as a spelling of 'Shoigu'\" records the alias and 003's spelling finding goes", async () => {
      const editor = await openReport(report003);
      const soigu = (): vscode.Diagnostic | undefined =>
        crosscheckDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'entity-spelling' && /^"Soigu" is spelled differently/.test(d.message));
      const finding = await until(soigu, "003's Soigu finding");
      const actions = await quickFixesFor(editor.document, finding);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes("'Soigu' is a different name from 'Shoigu'"), `the other way to teach it among: ${titles.join(' | ')}`);
      const teach = actions.find((action) => action.title === "Treat 'Soigu' as a spelling of 'Shoigu'");
      assert.ok(teach?.command, `"Treat 'Soigu' as a spelling of 'Shoigu'" among: ${titles.join(' | ')}`);
      // What the editor does when the user picks the quick fix: run its command.
      await vscode.commands.executeCommand(teach.command.command, ...(teach.command.arguments ?? []));
      await until(() => !soigu(), 'no Soigu finding in 003 once taught');
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(entitiesFile())));
      assert.deepEqual(written, { entities: [{ name: 'Shoigu', aliases: ['Soigu'] }] });
    });
  });

  it("replacing 003's look-alike letters leaves no mixed-script finding on that line", async () => {
    const editor = await openReport(report003);
    const firstLine = (): vscode.Diagnostic | undefined =>
      crosscheckDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'mixed-script' && d.range.start.line === 0);
    const finding = await until(firstLine, "the mixed-script finding on 003's first line");
    const fix = (await quickFixesFor(editor.document, finding)).find((action) => action.title.startsWith('Replace look-alike letters on this line'));
    assert.ok(fix?.edit, 'a fix replacing the look-alike letters of the line');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(editor.document.lineAt(0).text.includes('Meetings'), editor.document.lineAt(0).text);
    await until(() => !firstLine(), 'no mixed-script finding on the first line');
  });
});
