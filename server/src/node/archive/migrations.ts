/**
 * The archive's schema, as numbered migrations applied in order, each in its own transaction. A database records the
 * migrations it has had in `crosscheck_migrations`; `crosscheck archive init` applies the missing ones. A migration is
 * never edited once released: a change of schema is a new migration.
 */
import type { PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, their claims, names and story words',
    sql: `
      CREATE TABLE reports (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- where the report was added from, relative to the folder it was added in: what 'remove' and a later 'add' name
        path text NOT NULL UNIQUE,
        -- SHA-256 of the text: a second 'add' of the same text is a no-op, a changed text replaces the report's rows
        content_hash bytea NOT NULL,
        -- the crosscheck version that read it: another version reads it again at the next 'add'
        engine text NOT NULL,
        source text NOT NULL,
        title text,
        url text,
        published text,
        bytes integer NOT NULL,
        body text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX reports_by_content_hash ON reports (content_hash);

      CREATE TABLE claims (
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        -- the ClaimIndex key; NULL for figures never compared
        alignment_key text,
        signature text NOT NULL,
        attribute text NOT NULL,
        dimension text NOT NULL,
        frame text,
        unit text NOT NULL,
        hedge text,
        value double precision NOT NULL,
        low double precision NOT NULL,
        high double precision NOT NULL,
        span_start integer NOT NULL,
        span_end integer NOT NULL,
        number_start integer NOT NULL,
        number_end integer NOT NULL,
        sentence_start integer NOT NULL,
        sentence_end integer NOT NULL,
        sentence text NOT NULL,
        PRIMARY KEY (report_id, ordinal)
      );
      CREATE INDEX claims_by_key ON claims (alignment_key, report_id) WHERE alignment_key IS NOT NULL;

      CREATE TABLE names (
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        key text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (report_id, key)
      );
      CREATE INDEX names_by_key ON names (key);

      -- the words of each report's names: two reports that share distinctive ones are of one story
      CREATE TABLE story_words (
        word text NOT NULL,
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        PRIMARY KEY (word, report_id)
      );
      CREATE INDEX story_words_by_report ON story_words (report_id);

      -- how many reports hold each story word, kept with every write: whether a word is distinctive is one lookup
      CREATE TABLE story_word_counts (
        word text PRIMARY KEY,
        reports integer NOT NULL
      );

      -- how many reports the archive holds, kept with every write (count(*) would read the whole table)
      CREATE TABLE archive_totals (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        reports bigint NOT NULL
      );
      INSERT INTO archive_totals (reports) VALUES (0);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Writers take this lock for their transaction: concurrent `add`s then never interleave their counts. */
export const WRITE_LOCK = 0x63726f73; // "cros"

/** Applies the migrations the database lacks; returns the versions applied. */
export async function migrate(client: PoolClient): Promise<number[]> {
  await client.query('CREATE TABLE IF NOT EXISTS crosscheck_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const done = await client.query('SELECT 1 FROM crosscheck_migrations WHERE version = $1', [m.version]);
      if (done.rowCount === 0) {
        await client.query(m.sql);
        await client.query('INSERT INTO crosscheck_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        applied.push(m.version);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    }
  }
  return applied;
}

/** The schema version of a database: 0 when it has never been initialised. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const table = await client.query<{ exists: boolean }>("SELECT to_regclass('crosscheck_migrations') IS NOT NULL AS exists");
  if (!table.rows[0].exists) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM crosscheck_migrations');
  return result.rows[0].version ?? 0;
}
