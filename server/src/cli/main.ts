/**
 * `crosscheck check [paths…]`: the engine as a command-line checker for batch and CI use.
 * Exit status: 0 when nothing of warning or error severity was found, 1 when something was, 2 on a usage or I/O error.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createAnalyzer } from '../core/analyzer';
import { defaultSettings, parseKnownEntities, type KnownNames } from '../core/config';
import { parseReviewed } from '../core/findings/reviewed';
import type { CrosscheckSettings } from '../core/types';
import { listReportFiles, readReportFile } from '../node/files';
import { toJson, toSarif, toText, type FileResult } from './output';

declare const CROSSCHECK_VERSION: string | undefined;
const VERSION = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : '0.0.0-dev';

const USAGE = `Usage: crosscheck check [paths...] [--format text|json|sarif] [--config FILE]

Checks the figures and names in news reports against each other. Paths are files or folders (default: .).

Options:
  --format FORMAT   text (default), json or sarif
  --config FILE     settings file (JSON: include, exclude, maxFileSize, severity, knownEntitiesFile)
  --no-color        plain text output
  -h, --help        this help
  -v, --version     the version
`;

class UsageError extends Error {}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
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
  const [command, ...paths] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}' (try 'crosscheck check')` : 'missing command (try \'crosscheck check\')');
  const format = values.format;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format '${format}' (text, json or sarif)`);

  const roots = (paths.length ? paths : ['.']).map((p) => resolve(p));
  for (const r of roots) if (!existsSync(r)) throw new IoError(`no such file or folder: ${r}`);
  const { settings, baseDir } = loadSettings(values.config);
  const known = loadKnownEntities(settings, baseDir, roots);
  const reviewed = loadReviewed([baseDir, ...roots.filter(isDirectory)]);

  const analyzer = createAnalyzer({ settings, knownEntities: known.entities, distinctNames: known.distinct, reviewed });
  const files = listReportFiles(roots, settings);
  const results: FileResult[] = [];
  for (const path of files) {
    const read = readReportFile(path, settings.maxFileSize);
    if ('skipped' in read) {
      process.stderr.write(`crosscheck: skipped ${path}: ${read.skipped}\n`);
      continue;
    }
    if (read.note) process.stderr.write(`crosscheck: ${path}: ${read.note}\n`);
    analyzer.upsert(path, read.text);
    results.push({ path, text: read.text, findings: [] });
  }
  for (const r of results) r.findings = analyzer.findings(r.path);

  const out = format === 'json' ? toJson(results) : format === 'sarif' ? toSarif(results, VERSION) : toText(results, process.cwd(), !values['no-color'] && !!process.stdout.isTTY);
  process.stdout.write(out);
  const serious = results.some((r) => r.findings.some((f) => f.severity === 'warning' || f.severity === 'error'));
  return serious ? 1 : 0;
}

class IoError extends Error {}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function loadSettings(configPath: string | undefined): { settings: CrosscheckSettings; baseDir: string } {
  const path = configPath ? resolve(configPath) : resolve('.crosscheck/config.json');
  if (!existsSync(path)) {
    if (configPath) throw new IoError(`config file not found: ${path}`);
    return { settings: defaultSettings, baseDir: process.cwd() };
  }
  let data: Partial<CrosscheckSettings>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new IoError(`cannot read config ${path}: ${(e as Error).message}`);
  }
  const baseDir = configPath ? dirname(path) : process.cwd();
  return { settings: { ...defaultSettings, ...data, severity: { ...defaultSettings.severity, ...data.severity } }, baseDir };
}

/** The known-entities files' names and distinct names: the configured file, else each folder's `.crosscheck/entities.json`. */
function loadKnownEntities(settings: CrosscheckSettings, baseDir: string, roots: string[]): KnownNames {
  const candidates = settings.knownEntitiesFile
    ? [resolve(baseDir, settings.knownEntitiesFile)]
    : [...new Set([baseDir, ...roots.filter(isDirectory)])].map((d) => join(d, '.crosscheck', 'entities.json'));
  const known: KnownNames = { entities: [], distinct: [] };
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const parsed = parseKnownEntities(readFileSync(file, 'utf8'));
    if (parsed.error) process.stderr.write(`crosscheck: ${file}: ${parsed.error}\n`);
    known.entities.push(...parsed.entities);
    known.distinct.push(...parsed.distinct);
  }
  return known;
}

function loadReviewed(dirs: string[]): Set<string> {
  const keys = new Set<string>();
  for (const dir of new Set(dirs)) {
    const file = join(dir, '.crosscheck', 'reviewed.json');
    if (!existsSync(file)) continue;
    const parsed = parseReviewed(readFileSync(file, 'utf8'));
    if (parsed.error) process.stderr.write(`crosscheck: ${file}: ${parsed.error}; ignoring it\n`);
    for (const k of parsed.keys) keys.add(k);
  }
  return keys;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`crosscheck: ${e.message}\n${USAGE}`);
  } else {
    process.stderr.write(`crosscheck: ${(e as Error).message}\n`);
  }
  process.exitCode = 2;
}
