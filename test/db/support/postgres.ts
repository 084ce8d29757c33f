/**
 * A real PostgreSQL for the archive tests: Debian's server, `initdb` into a temporary folder, listening only on a
 * Unix socket in that folder, stopped and removed afterwards (also when a test fails, or the process is ended).
 * As root (CI), initdb and postgres refuse to run, so they run as the `postgres` user the Debian package creates,
 * and the folder is theirs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir } from '../../../scripts/postgres';

const SUPERUSER = 'crosscheck';
/** The socket file is `.s.PGSQL.<port>` in the folder; nothing listens on TCP. */
const PORT = 5432;
const START_DEADLINE_MS = 60_000;

let exitsOnSignals = false;

/** Ends the process on Ctrl-C or a runner's SIGTERM through `process.exit`, so that the exit handlers stop the servers. */
function exitOnSignals(): void {
  if (exitsOnSignals) return;
  exitsOnSignals = true;
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

export class TestPostgres {
  private server: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private readonly removeOnExit = () => this.destroySync();
  private databases = 0;

  private constructor(private readonly bin: string, readonly dir: string, private readonly asUser: string | undefined) {}

  /** Creates a cluster in a new temporary folder and starts it. */
  static async start(): Promise<TestPostgres> {
    const bin = postgresBinDir();
    if (!bin) throw new Error('PostgreSQL is not installed: run "apt-get install -y postgresql" (npm test does so as root)');
    const asUser = process.getuid?.() === 0 ? 'postgres' : undefined;
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-pg-'));
    if (asUser) {
      const ids = (flag: string) => Number(spawnSync('id', [flag, asUser], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, ids('-u'), ids('-g'));
    }
    const db = new TestPostgres(bin, dir, asUser);
    process.on('exit', db.removeOnExit);
    exitOnSignals();
    try {
      db.run('initdb', ['-D', db.dataDir, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions']);
      await db.resume();
    } catch (e) {
      db.destroySync();
      throw e;
    }
    return db;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** A URL of database `name` on this server, connecting through the socket. */
  url(database: string): string {
    return `postgresql://${SUPERUSER}@localhost/${database}?host=${encodeURIComponent(this.dir)}`;
  }

  /** Creates a fresh, empty database; returns its URL. */
  async createDatabase(): Promise<string> {
    const name = `archive_${++this.databases}`;
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Starts the server on the existing cluster and waits until it accepts connections. */
  async resume(): Promise<void> {
    const log = openSync(join(this.dir, 'server.log'), 'a');
    const args = ['-D', this.dataDir, '-k', this.dir, '-p', String(PORT), '-c', 'listen_addresses=',
      // a test cluster need not survive a power cut
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
    const [command, commandArgs] = this.asUserCommand(join(this.bin, 'postgres'), args);
    const server = spawn(command, commandArgs, { stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    this.server = server;
    this.exited = new Promise((resolve) => server.once('exit', () => resolve()));
    await this.untilAccepting(server);
  }

  /** Stops the server as an administrator would (`pg_ctl stop -m fast`): connections are cut, data stays. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.run('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'fast', '-w']);
    await this.exited;
  }

  /** Stops the server and removes its folder. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    this.destroySync();
  }

  private get running(): boolean {
    return !!this.server && this.server.exitCode === null && this.server.signalCode === null;
  }

  /** What `destroy` does, synchronously, for process exit handlers. */
  private destroySync(): void {
    process.removeListener('exit', this.removeOnExit);
    if (this.running) {
      spawnSync(...this.asUserCommand(join(this.bin, 'pg_ctl'), ['stop', '-D', this.dataDir, '-m', 'immediate', '-w']));
      // still there (pg_ctl could not reach it): end its process group
      if (this.running) {
        try {
          process.kill(-this.server!.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Retries a connection until the server answers, failing early when it exits, with its log. */
  private async untilAccepting(server: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_DEADLINE_MS;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (server.exitCode !== null || server.signalCode !== null) throw new Error(`postgres exited while starting:\n${this.log()}`);
      const client = new pg.Client({ connectionString: this.url('postgres'), connectionTimeoutMillis: 2000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (e) {
        lastError = e;
      } finally {
        await client.end().catch(() => undefined);
      }
      // the socket appears within moments; a short pause between attempts spares the CPU
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`postgres did not accept connections within ${START_DEADLINE_MS / 1000} s (${(lastError as Error)?.message}):\n${this.log()}`);
  }

  private log(): string {
    try {
      return readFileSync(join(this.dir, 'server.log'), 'utf8');
    } catch {
      return '(no log)';
    }
  }

  /** Runs one of PostgreSQL's programs to completion (as the postgres user when root), failing with its output. */
  private run(program: string, args: string[]): void {
    const result = spawnSync(...this.asUserCommand(join(this.bin, program), args), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  }

  private asUserCommand(program: string, args: string[]): [string, string[]] {
    return this.asUser ? ['runuser', ['-u', this.asUser, '--', program, ...args]] : [program, args];
  }
}
