/**
 * The browser end-to-end harness: a temporary workspace holding a copy of the seed reports, code-server with the
 * packaged VSIX installed as a user would install it, Debian's Chromium driven by playwright-core, and helpers that
 * wait for what a person would see (squiggles, hovers, menus, status bar text), each with a deadline.
 * Everything started here is ended in `close()`, which the suites call from `after`, also when a test failed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { it } from 'node:test';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  chromiumPath,
  codeServerBin,
  installExtension,
  packageCrosscheck,
  repoRoot,
  startCodeServer,
  testVsixPath,
  type RunningCodeServer,
} from '../../../scripts/codeServer';

export const seedsDir = resolve(repoRoot, '../shared/seeds');
export const screenshotsDir = join(repoRoot, 'test-output', 'e2e');
/** How long a state may take to appear (code-server's first start on 2 busy cores is slow). */
export const deadlineMs = Number(process.env.CROSSCHECK_E2E_DEADLINE_MS ?? 60_000);

/**
 * Why the browser suites cannot run here, or undefined when they can. In CI they must run, so a missing piece
 * is a failure there, not a skip.
 */
export function missingPrerequisite(): string | undefined {
  const missing = !existsSync(chromiumPath)
    ? `Chromium (${chromiumPath})`
    : !existsSync(codeServerBin)
      ? `code-server (${codeServerBin})`
      : undefined;
  if (!missing) return undefined;
  const reason = `${missing} is not installed: run "node --import tsx scripts/prepareBrowserTests.ts" as root`;
  if (process.env.CI) throw new Error(reason);
  console.error(`\n${'!'.repeat(100)}\nSKIPPING the browser suites: ${reason}\n${'!'.repeat(100)}\n`);
  return reason;
}

/** The VSIX `npm test` packaged before the suites, or a fresh one when a suite runs on its own. */
export function ensureVsix(): string {
  return existsSync(testVsixPath) ? testVsixPath : packageCrosscheck(testVsixPath);
}

/** Packages an extension folder with vsce into a VSIX beside it, and returns the VSIX's path. */
export function packageExtension(folder: string): string {
  const vsix = `${folder}.vsix`;
  const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
  const args = ['package', '--out', vsix, '--allow-missing-repository', '--skip-license'];
  const result = spawnSync(vsce, args, { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vsce package failed in ${folder}:\n${result.stdout}${result.stderr}`);
  return vsix;
}

export interface WorkbenchOptions {
  /** The folder of reports the workspace is a copy of: the seed reports unless given. */
  reports?: string;
  /** The browser window's size: 1400 × 900 unless given. */
  viewport?: { width: number; height: number };
  /** Installs more extensions beside Crosscheck (e.g. the vscode-API test runner) into the extensions folder. */
  extraExtensions?: (extensionsDir: string) => void;
  /** Environment for code-server and its extension host. */
  env?: Record<string, string>;
}

/** A running code-server with the seed reports open in Chromium. */
export class Workbench {
  private constructor(
    readonly workspace: string,
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: RunningCodeServer,
    private readonly scratch: string,
  ) {}

  /** Starts everything; on any failure, ends what it had started before rethrowing. */
  static async open(options: WorkbenchOptions = {}): Promise<Workbench> {
    const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
    const workspace = join(scratch, 'reports');
    const extensionsDir = join(scratch, 'extensions');
    cpSync(options.reports ?? seedsDir, workspace, { recursive: true });
    mkdirSync(extensionsDir);
    let server: RunningCodeServer | undefined;
    let browser: Browser | undefined;
    try {
      installExtension(ensureVsix(), extensionsDir);
      options.extraExtensions?.(extensionsDir);
      server = await startCodeServer({ workspace, extensionsDir, settings: userSettings, env: options.env });
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      page.setDefaultTimeout(deadlineMs);
      await page.goto(server.url);
      await page.locator('.monaco-workbench').waitFor();
      return new Workbench(workspace, page, browser, server, scratch);
    } catch (error) {
      await browser?.close().catch(() => undefined);
      await server?.stop();
      rmSync(scratch, { recursive: true, force: true });
      throw error;
    }
  }

  /** Ends Chromium (playwright kills its process group), then code-server's process group; removes the files. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    rmSync(this.scratch, { recursive: true, force: true });
  }

  /**
   * Saves a screenshot as NAME.png in `folder` (test-output/e2e/ unless given): of the whole window, or of the
   * `clip` rectangle of it.
   */
  async screenshot(name: string, folder = screenshotsDir, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    mkdirSync(folder, { recursive: true });
    // A hover fading in or a list scrolling would be caught half-drawn: wait until finite animations have ended.
    await this.page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    );
    await this.page.screenshot({ path: join(folder, `${name}.png`), clip });
  }

  /** Opens a file of the workspace through Quick Open, as a user typing its name does. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.fill(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
    await this.editor.locator('.view-lines').waitFor();
  }

  /** The active text editor. */
  get editor(): Locator {
    return this.page.locator('.editor-instance .monaco-editor').first();
  }

  /** Puts the cursor at a 1-based line and column with Quick Open's "Go to Line/Column" (`:line:column`). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.statusBarEntry('status.editor.selection').filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** Moves the mouse onto the character under the cursor and returns the hover that appears there. */
  async hoverAtCursor(): Promise<Locator> {
    const box = await this.editor.locator('.cursors-layer .cursor').first().boundingBox();
    if (!box) throw new Error('no cursor in the editor');
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor();
    return hover;
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) once it lists an entry matching `listing`, and returns its
   * titles. Right after an edit the editor may still hold the diagnostics of the previous version, whose fixes the
   * server refuses; the menu is opened again until the fresh ones are there.
   */
  async openQuickFixMenu(listing: RegExp): Promise<string[]> {
    await this.page.mouse.move(0, 0);
    return this.waitFor(async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+.');
      // Either the menu or the editor's "No code actions available" message.
      await this.page.locator('.action-widget .monaco-list-row.action, .monaco-editor-overlaymessage').first().waitFor();
      const titles = (await this.quickFixItems().allInnerTexts()).map((text) => text.trim());
      return titles.some((title) => listing.test(title)) ? titles : undefined;
    }, `a quick-fix menu listing ${listing}`);
  }

  /** Chooses the first entry of the open quick-fix menu whose title matches, and waits for the menu to close. */
  async chooseQuickFix(title: RegExp): Promise<void> {
    const chosen = this.quickFixItems().filter({ hasText: title }).first();
    // The menu ignores clicks until the mouse has moved over it (VS Code's guard against stray clicks).
    const box = await chosen.boundingBox();
    if (!box) throw new Error(`no quick fix matching ${title} on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
  }

  private quickFixItems(): Locator {
    return this.page.locator('.action-widget .monaco-list-row.action');
  }

  /** The text the editor shows on screen (rendered lines, spaces normalised). */
  async visibleText(): Promise<string> {
    // Monaco positions its line elements absolutely and reuses them, so DOM order is not screen order.
    const lines = await this.editor.locator('.view-lines .view-line').evaluateAll((elements) =>
      elements
        .map((element) => ({ top: parseFloat((element as HTMLElement).style.top), text: (element as HTMLElement).innerText }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** The kinds of squiggle ("warning", "info", …) drawn on the n-th line on screen (0 = top), e.g. ["warning"]. */
  async squigglesOnScreenLine(index: number): Promise<string[]> {
    // Each overlay row (squiggles, highlights) sits at the same `top` as the text line it decorates.
    return this.editor.locator('.view-overlays > div').evaluateAll((rows, n) => {
      const sorted = rows.map((row) => row as HTMLElement).sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      const row = sorted[n];
      return row ? [...row.querySelectorAll('[class*="squiggly-"]')].map((e) => /squiggly-(\w+)/.exec(e.className)![1]) : [];
    }, index);
  }

  /** Waits until the on-screen text satisfies a predicate, and returns it. */
  async waitForText(check: (text: string) => boolean, description: string): Promise<string> {
    return this.waitFor(async () => {
      const text = await this.visibleText();
      return check(text) ? text : undefined;
    }, description);
  }

  /** Re-checks a state on each animation frame of the page until it holds, or fails at the deadline. */
  async waitFor<T>(check: () => Promise<T | undefined>, description: string): Promise<T> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs / 1000} s waiting for ${description}`);
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    }
  }

  /** A status bar entry by its id (`status.problems`, or an extension's `publisher.name.itemId`). */
  statusBarEntry(id: string): Locator {
    return this.page.locator(`.statusbar-item[id="${id}"]`);
  }
}

/**
 * The `it` of a suite of steps on one workbench: a step whose body fails also leaves a screenshot
 * (test-output/e2e/FAILED-….png) of what the browser showed. `workbench` gives the suite's workbench, if opened.
 */
export function stepsOn(workbench: () => Workbench | undefined): (title: string, body: () => Promise<void>) => void {
  return (title, body) =>
    it(title, async () => {
      try {
        await body();
      } catch (error) {
        await workbench()?.screenshot(`FAILED-${title.replace(/[^\w]+/g, '-').slice(0, 80)}`).catch(() => undefined);
        throw error;
      }
    });
}

/** Settings for the test profile: long lines wrapped so that squiggles are on screen, no welcome page or tips. */
const userSettings = {
  'editor.wordWrap': 'on',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 200,
  // No fade-in: a screenshot taken once the hover is there shows it whole.
  'workbench.reduceMotion': 'on',
  // Below the line there is room for the whole hover in the screenshots.
  'editor.hover.above': false,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.ignoreRecommendations': true,
  // The network is closed: no telemetry, no gallery queries (a failed send would also reach mocha as an uncaught error).
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

/** Chromium's flags: no sandbox as root, and none of its background connections (the network is closed). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
