/**
 * The newsroom archive on PostgreSQL (node-postgres, no ORM: a handful of statements, each written out here).
 * Writes go in batches, one transaction per batch, with multi-row inserts from arrays (`unnest`); reads are index
 * lookups: a report's story through its name words, never a scan of the archive. Every value is a query parameter.
 */
import { Pool, type PoolClient } from 'pg';
import type { ArchivedReport, ArchiveRecord, ReportArchive, StoryQuery } from '../../core/archive';
import { STORY_RULE } from '../../core/archive';
import { migrate, schemaVersion, SCHEMA_VERSION, WRITE_LOCK } from './migrations';

/** The archive cannot be reached, or stopped answering: one clear sentence for the user. */
export class ArchiveUnavailable extends Error {}

/** A report to store: its text and what the engine read of it. */
export interface ArchiveEntry {
  path: string;
  text: string;
  /** SHA-256 of the text, hex. */
  hash: string;
  /** The crosscheck version that read it. */
  engine: string;
  record: ArchiveRecord;
}

/** What the archive knows of a path already. */
export interface KnownReport {
  hash: string;
  engine: string;
}

export interface ArchiveStats {
  schemaVersion: number;
  reports: number;
  claims: number;
  comparableClaims: number;
  names: number;
  storyWords: number;
  textBytes: number;
  databaseBytes: number;
  /** Reports per crosscheck version that read them. */
  engines: Record<string, number>;
}

export interface ArchiveOptions {
  /** How long to wait for a connection before saying the archive cannot be reached. */
  connectTimeoutMs?: number;
  /** How long one statement may take before it is given up. */
  queryTimeoutMs?: number;
}

/** Error codes of a database that is not there, or went away. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03']);

export class PostgresArchive implements ReportArchive {
  private constructor(private readonly pool: Pool, readonly where: string) {}

  /** Connects (once, to say early whether the archive is there); fails with ArchiveUnavailable. */
  static async open(url: string, options: ArchiveOptions = {}): Promise<PostgresArchive> {
    const pool = new Pool({
      connectionString: url,
      max: 2,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      query_timeout: options.queryTimeoutMs ?? 60_000,
      application_name: 'crosscheck',
    });
    // an idle connection whose server goes away emits an error: the next query says so, the process carries on
    pool.on('error', () => undefined);
    const archive = new PostgresArchive(pool, redactedUrl(url));
    await archive.withClient(async () => undefined);
    return archive;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Creates or updates the schema; returns the migrations applied. */
  init(): Promise<number[]> {
    return this.withClient((client) => migrate(client));
  }

  /** The stored hash and engine of each of these paths that the archive holds. */
  known(paths: string[]): Promise<Map<string, KnownReport>> {
    return this.withSchema(async (client) => {
      const result = await client.query<{ path: string; hash: string; engine: string }>(
        "SELECT path, encode(content_hash, 'hex') AS hash, engine FROM reports WHERE path = ANY($1::text[])", [paths]);
      return new Map(result.rows.map((r) => [r.path, { hash: r.hash, engine: r.engine }]));
    });
  }

  /** Stores a batch of reports in one transaction, replacing the rows of any path it already holds. */
  write(entries: ArchiveEntry[]): Promise<void> {
    return this.withSchema((client) => transaction(client, async () => {
      await deleteReports(client, 'path = ANY($1::text[])', [entries.map((e) => e.path)]);
      const ids = await insertReports(client, entries);
      await insertClaims(client, entries, ids);
      await insertNames(client, entries, ids);
      await insertStoryWords(client, entries, ids);
    }));
  }

  /**
   * Refreshes the planner's statistics after a large ingest, so that the first lookups use the indexes as they are
   * now (autovacuum would do it too, but later).
   */
  analyze(): Promise<void> {
    return this.withSchema(async (client) => {
      await client.query('ANALYZE reports, claims, names, story_words, story_word_counts');
    });
  }

  /** Removes the reports at these paths, or under these folders; returns how many were removed. */
  remove(paths: string[]): Promise<number> {
    const folders = paths.map((p) => (p.endsWith('/') ? p : `${p}/`));
    return this.withSchema((client) => transaction(client, () =>
      deleteReports(client, 'path = ANY($1::text[]) OR EXISTS (SELECT 1 FROM unnest($2::text[]) AS f(folder) WHERE left(path, length(f.folder)) = f.folder)', [paths, folders])));
  }

  stats(): Promise<ArchiveStats> {
    return this.withSchema(async (client) => {
      const counts = await client.query(`SELECT
          (SELECT reports FROM archive_totals) AS reports,
          (SELECT count(*) FROM claims) AS claims,
          (SELECT count(*) FROM claims WHERE alignment_key IS NOT NULL) AS comparable,
          (SELECT count(*) FROM names) AS names,
          (SELECT count(*) FROM story_word_counts WHERE reports > 0) AS words,
          (SELECT coalesce(sum(bytes), 0) FROM reports) AS bytes,
          pg_database_size(current_database()) AS size`);
      const engines = await client.query<{ engine: string; n: string }>('SELECT engine, count(*) AS n FROM reports GROUP BY engine ORDER BY engine');
      const row = counts.rows[0];
      return {
        schemaVersion: SCHEMA_VERSION,
        reports: Number(row.reports), claims: Number(row.claims), comparableClaims: Number(row.comparable),
        names: Number(row.names), storyWords: Number(row.words), textBytes: Number(row.bytes), databaseBytes: Number(row.size),
        engines: Object.fromEntries(engines.rows.map((r) => [r.engine, Number(r.n)])),
      };
    });
  }

  storyReports(queries: StoryQuery[], options: { exclude: ReadonlySet<string>; workspaceReports: number }): Promise<ArchivedReport[]> {
    return this.withSchema(async (client) => {
      const exclude = [...options.exclude];
      const total = Number((await client.query('SELECT reports FROM archive_totals')).rows[0].reports);
      const ids = new Set<string>();
      if (total + options.workspaceReports <= STORY_RULE.oneStoryReports) {
        const all = await client.query<{ id: string }>(
          "SELECT id FROM reports WHERE NOT (encode(content_hash, 'hex') = ANY($1::text[])) ORDER BY id LIMIT $2", [exclude, STORY_RULE.maxReports]);
        for (const r of all.rows) ids.add(r.id);
      } else {
        const cap = Math.floor(STORY_RULE.distinctiveCap(total + options.workspaceReports));
        for (const q of queries) {
          const story = await client.query<{ id: string }>(STORY_SQL, [q.storyWords, cap, STORY_RULE.sharedNames, exclude, q.alignmentKeys, STORY_RULE.maxReports]);
          for (const r of story.rows) ids.add(r.id);
        }
      }
      if (!ids.size) return [];
      const reports = await client.query<{ path: string; body: string; source: string; title: string | null; url: string | null; published: string | null }>(
        'SELECT path, body, source, title, url, published FROM reports WHERE id = ANY($1::bigint[]) ORDER BY id', [[...ids]]);
      return reports.rows.map((r) => ({
        path: r.path, text: r.body,
        meta: { source: r.source, title: r.title ?? undefined, url: r.url ?? undefined, date: r.published ?? undefined },
      }));
    });
  }

  /** Runs `work` on a pooled connection, turning a database that is not there into ArchiveUnavailable. */
  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.explained(e);
    }
    let broken = false;
    try {
      return await work(client);
    } catch (e) {
      broken = isUnreachable(e);
      throw this.explained(e);
    } finally {
      client.release(broken);
    }
  }

  /** Like withClient, after checking that the archive has been initialised by this version's schema. */
  private withSchema<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      const version = await schemaVersion(client);
      if (version === 0) throw new ArchiveUnavailable(`the archive at ${this.where} has no crosscheck schema yet: run 'crosscheck archive init --db URL' first`);
      if (version > SCHEMA_VERSION) throw new ArchiveUnavailable(`the archive at ${this.where} was made by a newer crosscheck (schema ${version}, this one knows ${SCHEMA_VERSION})`);
      if (version < SCHEMA_VERSION) throw new ArchiveUnavailable(`the archive at ${this.where} has an older schema (${version}): run 'crosscheck archive init --db URL' to update it`);
      return work(client);
    });
  }

  private explained(e: unknown): Error {
    if (e instanceof ArchiveUnavailable) return e;
    const code = (e as { code?: string }).code ?? '';
    const message = (e as Error).message ?? String(e);
    if (isUnreachable(e)) return new ArchiveUnavailable(`the archive at ${this.where} cannot be reached (${UNREACHABLE_REASONS[code] ?? message}${code ? `, ${code}` : ''})`);
    if (code === '28P01' || code === '28000') return new ArchiveUnavailable(`the archive at ${this.where} refused the login (${message}); the password comes from PGPASSWORD or ~/.pgpass`);
    if (code === '3D000') return new ArchiveUnavailable(`the archive at ${this.where} does not exist (${message})`);
    return e instanceof Error ? e : new Error(message);
  }
}

/** What the commonest connection errors mean, in words. */
const UNREACHABLE_REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there',
  ENOENT: 'no server socket in that folder',
  ETIMEDOUT: 'no answer in time',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  '57P01': 'the server was shut down',
  '57P03': 'the server is starting up or shutting down',
};

function isUnreachable(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error)?.message ?? '';
  return UNREACHABLE_CODES.has(code) || code.startsWith('08') || /Connection terminated|timeout expired|Query read timeout/i.test(message);
}

/** The URL without its password, to be shown in messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

async function transaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * The reports of a story: those sharing enough distinctive name words with the asking report (the engine's rule),
 * those that speak of the same attributes first. $1 name words, $2 the most reports a distinctive word may have, $3
 * the words to share, $4 content hashes to leave out, $5 alignment keys, $6 the most reports.
 */
const STORY_SQL = `
  WITH distinctive AS (
    SELECT word FROM story_word_counts WHERE word = ANY($1::text[]) AND reports <= $2
  ), shared AS (
    SELECT s.report_id, count(*)::integer AS names FROM story_words s JOIN distinctive d USING (word) GROUP BY s.report_id
  ), bar AS (
    SELECT CASE WHEN EXISTS (SELECT 1 FROM shared WHERE names >= $3) THEN $3 ELSE $3 - 1 END AS names
  )
  SELECT r.id FROM shared JOIN reports r ON r.id = shared.report_id CROSS JOIN bar
  WHERE shared.names >= bar.names AND NOT (encode(r.content_hash, 'hex') = ANY($4::text[]))
  ORDER BY EXISTS (SELECT 1 FROM claims c WHERE c.alignment_key = ANY($5::text[]) AND c.report_id = r.id) DESC, shared.names DESC, r.id
  LIMIT $6`;

/** Deletes the reports `where` picks, keeping the story word counts and the total right; returns how many. */
async function deleteReports(client: PoolClient, where: string, values: unknown[]): Promise<number> {
  const doomed = await client.query<{ id: string }>(`SELECT id FROM reports WHERE ${where}`, values);
  if (!doomed.rowCount) return 0;
  const ids = doomed.rows.map((r) => r.id);
  await client.query(`UPDATE story_word_counts c SET reports = c.reports - d.n
    FROM (SELECT word, count(*)::integer AS n FROM story_words WHERE report_id = ANY($1::bigint[]) GROUP BY word) d
    WHERE c.word = d.word`, [ids]);
  await client.query('DELETE FROM reports WHERE id = ANY($1::bigint[])', [ids]);
  await client.query('UPDATE archive_totals SET reports = reports - $1', [ids.length]);
  return ids.length;
}

/** Inserts the reports' rows; returns their ids in order. */
async function insertReports(client: PoolClient, entries: ArchiveEntry[]): Promise<string[]> {
  const column = <T>(f: (e: ArchiveEntry) => T) => entries.map(f);
  const result = await client.query<{ id: string; path: string }>(`
    INSERT INTO reports (path, content_hash, engine, source, title, url, published, bytes, body)
    SELECT path, decode(hash, 'hex'), engine, source, title, url, published, bytes, body
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[], $9::text[])
      AS t(path, hash, engine, source, title, url, published, bytes, body)
    RETURNING id, path`, [
    column((e) => e.path), column((e) => e.hash), column((e) => e.engine), column((e) => e.record.meta.source),
    column((e) => e.record.meta.title ?? null), column((e) => e.record.meta.url ?? null), column((e) => e.record.meta.date ?? null),
    column((e) => Buffer.byteLength(e.text)), column((e) => e.text),
  ]);
  await client.query('UPDATE archive_totals SET reports = reports + $1', [entries.length]);
  const idOf = new Map(result.rows.map((r) => [r.path, r.id]));
  return entries.map((e) => idOf.get(e.path)!);
}

async function insertClaims(client: PoolClient, entries: ArchiveEntry[], ids: string[]): Promise<void> {
  const rows = entries.flatMap((e, k) => e.record.claims.map((c) => ({ id: ids[k], c })));
  if (!rows.length) return;
  const column = <T>(f: (row: (typeof rows)[number]) => T) => rows.map(f);
  await client.query(`
    INSERT INTO claims (report_id, ordinal, alignment_key, signature, attribute, dimension, frame, unit, hedge, value, low, high,
      span_start, span_end, number_start, number_end, sentence_start, sentence_end, sentence)
    SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
      $10::double precision[], $11::double precision[], $12::double precision[], $13::integer[], $14::integer[], $15::integer[],
      $16::integer[], $17::integer[], $18::integer[], $19::text[])`, [
    column((r) => r.id), column((r) => r.c.ordinal), column((r) => r.c.alignmentKey ?? null), column((r) => r.c.signature),
    column((r) => r.c.attribute), column((r) => r.c.dimension), column((r) => r.c.frame ?? null), column((r) => r.c.unit),
    column((r) => r.c.hedge ?? null), column((r) => r.c.value), column((r) => r.c.low), column((r) => r.c.high),
    column((r) => r.c.span.start), column((r) => r.c.span.end), column((r) => r.c.numberSpan.start), column((r) => r.c.numberSpan.end),
    column((r) => r.c.sentence.start), column((r) => r.c.sentence.end), column((r) => r.c.sentenceText),
  ]);
}

async function insertNames(client: PoolClient, entries: ArchiveEntry[], ids: string[]): Promise<void> {
  const rows = entries.flatMap((e, k) => e.record.names.map((n) => ({ id: ids[k], n })));
  if (!rows.length) return;
  await client.query(`INSERT INTO names (report_id, key, name, kind, mentions)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::integer[])`, [
    rows.map((r) => r.id), rows.map((r) => r.n.key), rows.map((r) => r.n.name), rows.map((r) => r.n.kind), rows.map((r) => r.n.mentions),
  ]);
}

async function insertStoryWords(client: PoolClient, entries: ArchiveEntry[], ids: string[]): Promise<void> {
  const rows = entries.flatMap((e, k) => e.record.storyWords.map((word) => ({ id: ids[k], word })));
  if (!rows.length) return;
  const words = rows.map((r) => r.word);
  await client.query('INSERT INTO story_words (word, report_id) SELECT * FROM unnest($1::text[], $2::bigint[])', [words, rows.map((r) => r.id)]);
  // words in a fixed order, so that two writers (were the lock ever dropped) could not deadlock on the counts
  await client.query(`INSERT INTO story_word_counts (word, reports)
    SELECT word, count(*)::integer FROM unnest($1::text[]) AS w(word) GROUP BY word ORDER BY word
    ON CONFLICT (word) DO UPDATE SET reports = story_word_counts.reports + excluded.reports`, [words]);
}
