/**
 * `crosscheck check [paths…]`: the engine as a command-line checker for batch and CI use; `crosscheck table FILE`:
 * a report's figures beside the other reports'; `crosscheck archive …`: the newsroom archive it can compare against.
 * Exit status: 0 when nothing of warning or error severity was found, 1 when something was, 2 on a usage, I/O or
 * archive error.
 */
import { parseArgs } from 'node:util';
import { check } from './check';
import { tableCommand } from './table';
import { archiveCommand } from './archive';
import { UsageError } from './settings';
import { limitCompiling } from '../node/compilerBudget';

declare const CROSSCHECK_VERSION: string | undefined;
const VERSION = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : '0.0.0-dev';

const USAGE = `Usage: crosscheck check [paths...] [--format text|json|sarif] [--config FILE] [--archive URL]
       crosscheck table FILE [paths...] [--format text|markdown|csv|json] [--config FILE]
       crosscheck archive init --db URL
       crosscheck archive add PATHS... --db URL [--config FILE] [--root DIR]
       crosscheck archive remove PATHS... --db URL [--root DIR]
       crosscheck archive stats --db URL [--format text|json]

Checks the figures and names in news reports against each other. Paths are files or folders (default: .).
'table' prints FILE's figures and names beside what each other report says of them, in FILE's units; the other
reports are those of the paths, or else of FILE's folder.
The archive is a PostgreSQL database of the newsroom's reports; 'check --archive' compares the reports with the
archive's reports of the same stories. The password comes from PGPASSWORD or ~/.pgpass, never the command line.

Options:
  --format FORMAT   text (default), json or sarif (table: markdown, csv or json too; stats: text or json)
  --config FILE     settings file (JSON: include, exclude, maxFileSize, severity, knownEntitiesFile)
  --archive URL     also compare with the archive's reports (postgresql://user@host/database)
  --db URL          the archive (default: CROSSCHECK_ARCHIVE_URL)
  --root DIR        archived paths are relative to this folder (default: .)
  --no-color        plain text output
  -h, --help        this help
  -v, --version     the version
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        archive: { type: 'string' },
        db: { type: 'string' },
        root: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'check') {
    return check(rest, { format: values.format, config: values.config, color: !values['no-color'], archive: values.archive, version: VERSION });
  }
  if (command === 'table') return tableCommand(rest, { format: values.format, config: values.config });
  if (command === 'archive') {
    const [subcommand, ...paths] = rest;
    return archiveCommand(subcommand, paths, { db: values.db, config: values.config, root: values.root, format: values.format, version: VERSION });
  }
  throw new UsageError(command ? `unknown command '${command}' (try 'crosscheck check')` : 'missing command (try \'crosscheck check\')');
}

limitCompiling();
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(e instanceof UsageError ? `crosscheck: ${e.message}\n${USAGE}` : `crosscheck: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
