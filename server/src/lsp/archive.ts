/**
 * The newsroom archive in the editor (`crosscheck.archive.url`): after the workspace changes, the archive is asked
 * for the reports of the workspace's stories, and those join the engine beside the workspace's reports; their
 * findings, related locations and hovers follow as for any report. The archive is asked again only when the
 * workspace's names or kinds of figure change, not at every keystroke.
 *
 * The password never comes from the settings (they are plain text, and a workspace could read them): a URL holding
 * one is refused, and node-postgres takes it from PGPASSWORD (which the client sets from VS Code's secret storage)
 * or ~/.pgpass. An archive that cannot be reached is said once, and the workspace's own checks go on.
 */
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { archivePathOf } from '../core/archive';
import { counted } from '../core/findings/format';
import type { ServerContext } from './context';
import { archiveReportTextMethod } from './protocol';
import { runInBackground, runSafe } from './runSafe';
import type { ConnectedArchive } from './runtime';

/** Quiet time after the last change before the archive is asked, so that typing costs one lookup at most. */
const lookupDelayMs = 300;

export function registerArchive(ctx: ServerContext): void {
  const link = new ArchiveLink(ctx);
  ctx.index.onDidChange(() => link.lookUpSoon());
  ctx.connection.onShutdown(() => link.close());
  ctx.connection.onRequest(archiveReportTextMethod, (params: { uri?: unknown }, token) =>
    runSafe<string | null>(ctx.log, 'Archive report', token, null, async () => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return archivePathOf(uri) === undefined ? null : (ctx.index.document(uri)?.getText() ?? null);
    }),
  );
}

class ArchiveLink {
  private url: string | undefined;
  private archive: ConnectedArchive | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  /** The key of the last lookup answered: the same question is not asked twice. */
  private answered: string | undefined;
  /** The archive could not be reached at the last lookup (the user was told once); the next change tries again. */
  private away = false;
  /** The URL the user was told holds a password, so as to tell once. */
  private refusedUrl: string | undefined;

  constructor(private readonly ctx: ServerContext) {}

  lookUpSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => runInBackground(this.ctx.log, 'Archive lookup', this.lookUp()), lookupDelayMs);
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.archive?.close().catch(() => undefined);
    this.archive = undefined;
  }

  /** One lookup at a time; a change meanwhile asks again once it is done. */
  private async lookUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.lookUpOnce();
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.lookUpSoon();
      }
    }
  }

  private async lookUpOnce(): Promise<void> {
    const { archiveUrl } = await this.ctx.settings.get();
    if (archiveUrl !== this.url) await this.switchTo(archiveUrl);
    if (!archiveUrl || !this.usable(archiveUrl)) return;
    const lookup = this.ctx.index.archiveLookup();
    if (lookup.key === this.answered) return;
    try {
      this.archive ??= await this.open(archiveUrl);
      const found = await this.ctx.index.addArchiveStories(this.archive, lookup);
      this.answered = lookup.key;
      if (this.away) this.ctx.log.info(`The archive at ${this.archive.where} answers again.`);
      this.away = false;
      this.ctx.log.info(`Archive: ${counted(found, 'report')} of the workspace's stories.`);
    } catch (error) {
      this.wentAway(error);
    }
  }

  private async open(url: string): Promise<ConnectedArchive> {
    if (!this.ctx.runtime.openArchive) throw new Error('this server cannot reach an archive');
    return this.ctx.runtime.openArchive(url);
  }

  /** Tells the user once per outage; the workspace's findings stay as they are (the archive's reports included). */
  private wentAway(error: unknown): void {
    if (this.away) return;
    this.away = true;
    const message = `${error instanceof Error ? error.message : String(error)}; Crosscheck checks the workspace on its own until it answers.`;
    this.warn(message);
  }

  /** A URL with a password in it is refused: settings are plain text. */
  private usable(url: string): boolean {
    if (!hasPassword(url)) return true;
    if (this.refusedUrl !== url) {
      this.refusedUrl = url;
      const message = 'crosscheck.archive.url holds a password, and settings are stored as plain text: remove it from the URL, ' +
        'and run "Crosscheck: Set Archive Password" (or use PGPASSWORD or ~/.pgpass). The archive is not used meanwhile.';
      this.warn(message);
    }
    return false;
  }

  /** In the output channel, and once on screen (a notification: nothing waits for the user to dismiss it). */
  private warn(message: string): void {
    this.ctx.log.warn(message);
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Crosscheck: ${message}` });
  }

  /** Another archive, or none: the old one's reports go. */
  private async switchTo(url: string | undefined): Promise<void> {
    await this.close();
    this.url = url;
    this.answered = undefined;
    this.away = false;
    this.ctx.index.dropArchiveReports();
  }
}

/** Whether a connection URL carries a password (`postgresql://user:secret@host/db` or `?password=`). */
export function hasPassword(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.password !== '' || parsed.searchParams.has('password');
  } catch {
    return /:[^:@/]+@/.test(url) || /[?&]password=/i.test(url);
  }
}
