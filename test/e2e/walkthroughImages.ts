/**
 * Takes the pictures of the Get Started walkthrough (package.json, `contributes.walkthroughs`) in the real
 * extension: the packaged VSIX in code-server, the project's own example reports (examples/) open in Chromium.
 * Each picture is taken once what it shows is on screen (squiggles, the Problems list, the hover), never after a
 * fixed pause. Run `npm run walkthrough-images` when what the pictures show has changed; they are committed.
 *   images/walkthrough-open-folder.png  step 1: a folder of reports open, a report's findings, the Problems list
 *   images/walkthrough-hover.png        step 2: a finding's hover, with what each other report says
 *   images/walkthrough-compare-figures.png  step 3: the Compare Figures table beside a report
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/codeServer';
import { Workbench } from './support/workbench';

const examplesDir = join(repoRoot, 'examples');
const imagesDir = join(repoRoot, 'images');
/** Small enough that the editor's text stays legible when the walkthrough shows the picture beside its steps. */
const viewport = { width: 960, height: 680 };

/** 1-based line and column of a quote in an example report, for "Go to Line/Column". */
function positionOf(file: string, quote: string): { line: number; column: number } {
  const lines = readFileSync(join(examplesDir, file), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(quote));
  if (line < 0) throw new Error(`"${quote}" is not in examples/${file}`);
  return { line: line + 1, column: lines[line].indexOf(quote) + 1 };
}

/** Step 1: the example folder open, North Sea Wire's findings underlined and listed in the Problems panel. */
async function openFolderPicture(workbench: Workbench): Promise<void> {
  await workbench.openFile('north-sea-wire.txt');
  await workbench.page.locator('.squiggly-warning').first().waitFor();
  await workbench.page.keyboard.press('Control+Shift+M');
  // Its findings, the misspelt captain among them, each with the lines of the other reports that say otherwise.
  await workbench.page.locator('.markers-panel .monaco-list-row', { hasText: 'Solhaim' }).first().waitFor();
  await workbench.page.locator('.markers-panel .monaco-list-row', { hasText: 'Coastal Herald: "Ingrid Solheim"' }).waitFor();
  await workbench.screenshot('walkthrough-open-folder', imagesDir);
}

/** Step 2: the hover on Coastal Herald's "15 km", where the three other reports say about 8 km. */
async function hoverPicture(workbench: Workbench): Promise<void> {
  // The Problems panel and the Explorer would leave the hover little room: its sentences would wrap out of sight.
  await workbench.page.keyboard.press('Control+J');
  await workbench.page.locator('.markers-panel').waitFor({ state: 'hidden' });
  await workbench.page.keyboard.press('Control+B');
  await workbench.page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  await workbench.openFile('coastal-herald.txt');
  const figure = positionOf('coastal-herald.txt', '15 km');
  await workbench.goTo(figure.line, figure.column);
  const hover = await workbench.hoverAtCursor();
  // Crosscheck's part of the hover, below the finding's message, lists each other report with its figure: scroll
  // the hover to its heading ("15 km (9.32 mi) — distance").
  const comparisons = hover.locator('.markdown-hover', { hasText: '— distance' });
  await comparisons.getByText('North Sea Wire').last().waitFor();
  await comparisons.evaluate((part) => part.scrollIntoView({ block: 'start' }));
  // The editor and its hover, without the rest of the window: the walkthrough shows the picture small.
  const editor = await workbench.page.locator('.editor-group-container').first().boundingBox();
  const shown = await hover.boundingBox();
  if (!editor || !shown) throw new Error('the editor or its hover is not on screen');
  const margin = 12;
  const left = Math.max(0, Math.min(editor.x, shown.x - margin));
  const right = Math.max(editor.x + editor.width, shown.x + shown.width + margin);
  await workbench.screenshot('walkthrough-hover', imagesDir, { x: left, y: editor.y, width: right - left, height: shown.y + shown.height + margin - editor.y });
}

/** Step 3: Coastal Herald's table beside it, opened from the editor's title bar: its 15 km against three 8 km. */
async function compareFiguresPicture(workbench: Workbench): Promise<void> {
  await workbench.page.keyboard.press('Escape');
  await workbench.openFile('coastal-herald.txt');
  await workbench.page.locator('.editor-actions a.action-label[aria-label="Compare Figures"]').first().click();
  const table = workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await table.locator('h1', { hasText: 'Compare Figures: Coastal Herald' }).waitFor();
  await table.locator('tbody tr', { hasText: '15 km' }).locator('td.conflicts').first().waitFor();
  await table.locator('tbody tr', { hasText: 'Solheim' }).waitFor();
  // The article needs less room than its table: the sash between the two editor groups moves left until the table fits.
  const article = await workbench.page.locator('.editor-group-container').first().boundingBox();
  if (!article) throw new Error('the article is not on screen');
  const sash = { x: article.x + article.width, y: article.y + article.height / 2 };
  await workbench.page.mouse.move(sash.x, sash.y);
  await workbench.page.mouse.down();
  await workbench.page.mouse.move(sash.x - 120, sash.y, { steps: 6 });
  await workbench.page.mouse.up();
  // off the sash, which stays highlighted under the mouse
  await workbench.page.mouse.move(article.x + 40, article.y + article.height - 40);
  await workbench.waitFor(async () => (await table.locator('table#figures').evaluate((grid) => grid.scrollWidth <= document.documentElement.clientWidth)) || undefined, 'the whole table in its panel');
  await workbench.screenshot('walkthrough-compare-figures', imagesDir);
}

async function main(): Promise<void> {
  const workbench = await Workbench.open({ reports: examplesDir, viewport });
  try {
    await openFolderPicture(workbench);
    await hoverPicture(workbench);
    await compareFiguresPicture(workbench);
  } finally {
    await workbench.close();
  }
  console.log(`Walkthrough pictures written to ${imagesDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
