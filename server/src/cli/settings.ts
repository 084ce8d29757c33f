/** What every command reads besides its reports: the settings file, the known entities and the reviewed findings. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultSettings, parseKnownEntities, type KnownNames } from '../core/config';
import { parseReviewed } from '../core/findings/reviewed';
import type { CrosscheckSettings } from '../core/types';

/** A mistake in how the command was called: the usage is shown with it, and the exit status is 2. */
export class UsageError extends Error {}
/** A file that cannot be read: exit status 2. */
export class IoError extends Error {}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function loadSettings(configPath: string | undefined): { settings: CrosscheckSettings; baseDir: string } {
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
export function loadKnownEntities(settings: CrosscheckSettings, baseDir: string, roots: string[]): KnownNames {
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

export function loadReviewed(dirs: string[]): Set<string> {
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
