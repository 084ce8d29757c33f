/**
 * Compare Figures as a fact-checker uses it, in code-server in Chromium: the title-bar button opens the table of
 * report 000 beside it, the speed row shows what 003 and 004 say in 000's unit, the keyboard reaches the row and
 * selects its figure in the article, a click on 004's cell opens 004 at its figure, and the table is copied as
 * Markdown.
 * Each step saves a screenshot under test-output/e2e/. The steps build on each other, in order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { FrameLocator, Locator } from 'playwright-core';
import { missingPrerequisite, seedsDir, stepsOn, Workbench } from './support/workbench';

const report000 = '000_b414d5505cf325c5.txt';
const report004 = '004_e4d4bc54e1c2b0b0.txt';
const source003 = '003_919f19c5efd995fa';
const source004 = '004_e4d4bc54e1c2b0b0';

/** 1-based line of the first line of a seed report holding a quote. */
function lineOf(file: string, quote: string): number {
  const line = readFileSync(join(seedsDir, file), 'utf8').split('\n').findIndex((text) => text.includes(quote));
  assert.ok(line >= 0, `"${quote}" in ${file}`);
  return line + 1;
}

const skip = missingPrerequisite();
let workbench: Workbench;

const step = stepsOn(() => workbench);

/** The document inside the Compare Figures webview (VS Code nests the extension's page in a second frame). */
function webview(): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The figures table, once it shows the table of a report (its heading names the source). */
async function tableOf(source: string): Promise<Locator> {
  await webview().locator('h1', { hasText: `Compare Figures: ${source}` }).waitFor();
  return webview().locator('table#figures');
}

/** The cells of a body row as a reader sees them, keyed by their column's header. */
async function rowByHeader(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator('thead th').allInnerTexts();
  const cells = await row.locator('th, td').allInnerTexts();
  return Object.fromEntries(headers.map((header, k) => [header.trim(), (cells[k] ?? '').trim()]));
}

describe('Compare Figures (code-server in Chromium)', { skip }, () => {
  before(async () => {
    workbench = await Workbench.open();
    // "Copy as Markdown table" writes to the browser's clipboard, which the test then reads.
    await workbench.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(workbench.page.url()).origin });
    // the side bar closed, so that the article and its table share the window
    await workbench.page.keyboard.press('Control+B');
    await workbench.page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  });
  after(() => workbench?.close());

  step("the title-bar button opens 000's table beside it; the speed row holds 003 and 004, neither agreeing", async () => {
    await workbench.openFile(report000);
    await workbench.page.locator('.squiggly-info').first().waitFor();
    await workbench.page.locator('.editor-actions a.action-label[aria-label="Compare Figures"]').first().click();
    const table = await tableOf(source000());
    const speed = table.locator('tbody tr', { hasText: '50 kilometers per hour' });
    await speed.locator('td', { hasText: '59 km/h' }).waitFor();
    await workbench.screenshot('09-compare-figures-000');
    const cells = await rowByHeader(table, speed);
    assert.match(cells['About'], /^speed/);
    assert.match(cells[source003], /^✗ 59\.5 km\/h \(37 mph\) differs$|^≈ 59\.5 km\/h \(37 mph\) compatible$/, `003's cell: ${cells[source003]}`);
    assert.match(cells[source004], /^[✗≈] 59 km\/h/, `004's cell: ${cells[source004]}`);
    assert.doesNotMatch(cells[source004], /agrees/);
    assert.equal(cells['001_b21792c42bc08b8f'], '', '001 says nothing of the speed');
    assert.match(cells['Consensus'], /of 3 reports/);
    // the cell reads without colour: a symbol and a word, and a label for screen readers
    const label = await speed.locator('td.report', { hasText: '59 km/h' }).last().getAttribute('aria-label');
    assert.match(label ?? '', new RegExp(`^${source004}: 59 km/h .*, (differs|compatible)\\.`));
  });

  step('the arrow keys reach the speed row, and Enter selects its figure in the article', async () => {
    const table = await tableOf(source000());
    const figures = await table.locator('tbody th').allInnerTexts();
    const speedRow = figures.findIndex((text) => text.includes('50 kilometers per hour'));
    assert.ok(speedRow >= 0, figures.join(' | '));
    await table.locator('tbody th').first().focus();
    for (let k = 0; k < speedRow; k++) await workbench.page.keyboard.press('ArrowDown');
    assert.match(await webview().locator('tbody th:focus').innerText(), /about 50 kilometers per hour/, 'the focus is on the speed row');
    await workbench.page.keyboard.press('Enter');
    const line = lineOf(report000, '50 kilometers per hour');
    await workbench.statusBarEntry('status.editor.selection').filter({ hasText: new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`) }).waitFor();
    await workbench.page.locator(`.tab.active[data-resource-name="${report000}"]`).waitFor();
    await workbench.screenshot('10-compare-figures-row-selects-figure');
  });

  step("a click on 004's cell opens 004 at the line of its figure", async () => {
    const table = await tableOf(source000());
    await table.locator('tbody tr', { hasText: '50 kilometers per hour' }).locator('td.report', { hasText: '59 km/h' }).last().click();
    await workbench.page.locator(`.tab.active[data-resource-name="${report004}"]`).waitFor();
    const line = lineOf(report004, '59 km/h');
    await workbench.statusBarEntry('status.editor.selection').filter({ hasText: new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`) }).waitFor();
    // the table follows the active editor: now 004's
    await tableOf(source004);
    await workbench.screenshot('11-compare-figures-opened-004');
  });

  step("back on 000, 'Copy as Markdown table' puts the table on the clipboard", async () => {
    // the focus is in the webview, whose keys do not reach Quick Open: back to 000 by its tab, as a user would
    await workbench.page.locator(`.tab[data-resource-name="${report000}"]`).click();
    await workbench.page.locator(`.tab.active[data-resource-name="${report000}"]`).waitFor();
    await tableOf(source000());
    await webview().getByRole('button', { name: 'Copy as Markdown table' }).click();
    await webview().locator('#status', { hasText: 'Copied' }).waitFor({ state: 'attached' });
    const markdown = await workbench.page.evaluate(() => navigator.clipboard.readText());
    await workbench.screenshot('12-compare-figures-copied');
    const lines = markdown.trimEnd().split('\n');
    assert.match(lines[0], new RegExp(`^\\| ${source000()} \\| About \\| .*${source003} \\| ${source004} \\| Consensus \\|$`));
    assert.match(lines[1], /^\| --- \|/);
    assert.ok(lines.some((l) => /^\| about 50 kilometers per hour \| speed .*\| 59\.5 km\/h \(37 mph\) [✗≈] (differs|compatible) \|/.test(l)), markdown);
  });
});

/** 000's source name: the seeds name no outlet, so it is the file name without its extension. */
function source000(): string {
  return report000.replace(/\.txt$/, '');
}
