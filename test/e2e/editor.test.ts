/**
 * Crosscheck as a reporter sees it: the packaged extension installed in code-server (VS Code 1.100 in the
 * browser), a workspace holding a copy of the seed reports, driven in Chromium with the mouse and keyboard.
 * Each step saves a screenshot under test-output/e2e/. The steps build on each other, in order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Locator } from 'playwright-core';
import { missingPrerequisite, seedsDir, stepsOn, Workbench } from './support/workbench';

const report000 = '000_b414d5505cf325c5.txt';
const report003 = '003_919f19c5efd995fa.txt';
const source003 = '003_919f19c5efd995fa';
const source004 = '004_e4d4bc54e1c2b0b0';

/** 1-based line and column of a quote in a seed report, for "Go to Line/Column". */
function positionOf(file: string, quote: string): { line: number; column: number } {
  const lines = readFileSync(join(seedsDir, file), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(quote));
  assert.ok(line >= 0, `"${quote}" in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(quote) + 1 };
}

/** Crosscheck's status bar item, as the workbench names it: the extension's id, then the item's own. */
const crosscheckStatus = 'crosscheck.crosscheck.crosscheck.status';

/** The Problems entry's accessible label, e.g. "Warnings: 2, Infos: 8". */
async function problemsLabel(workbench: Workbench): Promise<string> {
  return (await workbench.statusBarEntry('status.problems').getAttribute('aria-label')) ?? '';
}

/** The number a status bar entry shows, e.g. 9 in "9 name issues". */
async function countIn(entry: Locator, pattern: RegExp): Promise<number> {
  const match = pattern.exec(await entry.innerText());
  assert.ok(match, `${pattern} in the status bar`);
  return Number(match[1]);
}

const skip = missingPrerequisite();
let workbench: Workbench;

const step = stepsOn(() => workbench);

describe('Crosscheck in VS Code (code-server in Chromium), as a reporter sees it', { skip }, () => {
  before(async () => {
    workbench = await Workbench.open();
  });
  after(() => workbench?.close());

  // 000's "more than three years" of border closure is a span of time whose thing the sentence does not tell: it
  // is compared with nothing, so the train speed is 000's one finding
  step('opening report 000 underlines the train speed, and only it, and counts it', async () => {
    await workbench.openFile(report000);
    await workbench.page.locator('.squiggly-info').first().waitFor();
    await workbench.statusBarEntry(crosscheckStatus).filter({ hasText: /^\s*1 conflict\s*$/ }).waitFor();
    await workbench.screenshot('01-report-000-squiggles');
    assert.equal(await workbench.page.locator('.squiggly-info').count(), 1, 'one information squiggle in 000');
    assert.equal(await workbench.page.locator('.squiggly-warning, .squiggly-error').count(), 0, 'nothing worse than information in 000');
    assert.equal(await problemsLabel(workbench), 'Infos: 1');
  });

  step('hovering the train speed shows what 003 (37 mph) and 004 (59 km/h) say', async () => {
    const figure = positionOf(report000, '50 kilometers per hour');
    await workbench.goTo(figure.line, figure.column);
    const hover = await workbench.hoverAtCursor();
    // The finding's own message names the other reports too: read Crosscheck's hover, not the diagnostic's.
    const citations = hover.locator('.markdown-hover');
    await citations.filter({ hasText: source004 }).waitFor();
    await citations.getByText(source004).last().scrollIntoViewIfNeeded();
    await workbench.screenshot('02-hover-cites-003-and-004');
    const text = await citations.innerText();
    assert.match(text, /about 50 km\/h \(31\.1 mph\) — speed/, 'this report\'s figure first');
    assert.match(text, new RegExp(`${source003}: 59\\.5 km/h \\(37 mph\\)`), `003's figure in the hover:\n${text}`);
    assert.match(text, new RegExp(`${source004}: 59 km/h`), `004's figure in the hover:\n${text}`);
  });

  step('the quick-fix menu offers to cite a report; choosing it writes the citation into the article', async () => {
    const titles = await workbench.openQuickFixMenu(/^Cite /);
    await workbench.screenshot('03-quick-fix-menu-on-train-speed');
    assert.ok(titles.some((title) => /^Cite /.test(title)), `a citation among: ${titles.join(' | ')}`);
    assert.ok(titles.some((title) => /^Change to 59/.test(title)), `a change of figure among: ${titles.join(' | ')}`);
    await workbench.chooseQuickFix(/^Cite 003/);
    const text = await workbench.waitForText((shown) => shown.includes('(according to'), 'the citation in the editor');
    await workbench.screenshot('04-citation-inserted');
    assert.match(text, /about 50 kilometers per hour \(31 miles per hour\)\s+\(according to 003_919f19c5efd995fa\)/);
  });

  step("marking the train speed as reviewed takes it out of the Problems count and Crosscheck's status bar item", async () => {
    await workbench.statusBarEntry(crosscheckStatus).filter({ hasText: /^\s*1 conflict\s*$/ }).waitFor();
    assert.equal(await problemsLabel(workbench), 'Infos: 1', "000's finding before the review");
    await workbench.openQuickFixMenu(/^Mark as reviewed$/);
    await workbench.chooseQuickFix(/^Mark as reviewed$/);
    await workbench.statusBarEntry(crosscheckStatus).filter({ hasText: 'No conflicts' }).waitFor();
    await workbench.screenshot('05-status-bar-after-review');
    assert.doesNotMatch(await problemsLabel(workbench), /Infos|Warnings|Errors/);
    assert.equal(await workbench.page.locator('.squiggly-info').count(), 0, 'no information squiggle left in 000');
  });

  step('opening report 003 shows the look-alike letters finding; its fix replaces them with Latin letters', async () => {
    await workbench.openFile(report003);
    await workbench.page.locator('.squiggly-warning').first().waitFor();
    const word = positionOf(report003, 'Mееtings');
    await workbench.goTo(word.line, word.column);
    const hover = await workbench.hoverAtCursor();
    const text = await workbench.waitFor(async () => {
      const shown = await hover.innerText();
      return /look-alike/.test(shown) ? shown : undefined;
    }, 'the look-alike letters finding in the hover');
    await workbench.screenshot('06-report-003-look-alike-letters');
    assert.deepEqual(await workbench.squigglesOnScreenLine(0), ['warning'], 'a warning squiggle on the first line');
    assert.match(text, /mixes Cyrillic look-alike letters into Latin text \(first: "Mееtings", meant "Meetings"\)/);

    const titles = await workbench.openQuickFixMenu(/^Replace look-alike letters on this line/);
    await workbench.screenshot('07-look-alike-letters-quick-fix-menu');
    assert.ok(titles.some((title) => /^Replace look-alike letters on this line/.test(title)), titles.join(' | '));
    const nameIssues = await countIn(workbench.statusBarEntry(crosscheckStatus), /(\d+) name issues?/);
    await workbench.chooseQuickFix(/^Replace look-alike letters on this line/);
    await workbench.statusBarEntry(crosscheckStatus).filter({ hasText: `${nameIssues - 1} name issue` }).waitFor();
    await workbench.screenshot('08-look-alike-letters-replaced');
    assert.deepEqual(await workbench.squigglesOnScreenLine(0), [], 'no squiggle left on the first line');
    const firstLine = (await workbench.visibleText()).split('\n')[0];
    assert.equal(firstLine, 'Impact of Putin-Kim Meetings: Why Did Kim Jong Un Visit Russia?', 'the first line in Latin letters only');
  });
});
