/**
 * Default settings, and the parsers (and, for the known-entities file, the editors) of the workspace's own
 * configuration files. Pure: text in, data or text out; the callers do the file I/O.
 */
import type { CrosscheckSettings, DistinctNames, EntityKind, KnownEntity } from './types';
import { nameKey } from './words';

export const defaultSettings: CrosscheckSettings = {
  include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.news'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/.crosscheck/**'],
  maxFileSize: 2 * 1024 * 1024,
  severity: {},
  citationStyle: 'inline',
};

const KINDS: EntityKind[] = ['person', 'place', 'organisation', 'other'];

/** What a known-entities file says: names spelled the house way (with their aliases), and names kept apart. */
export interface KnownNames {
  entities: KnownEntity[];
  distinct: DistinctNames[];
}

/**
 * Reads a known-entities file: `{ "entities": [ { "name": "…", "kind": "person", "aliases": ["…"] } ],
 * "distinct": [ ["Keller", "Kelley"] ] }`, or a bare array of entities. A malformed file yields what could be read
 * (nothing when it is not JSON) and an error to show, never an exception.
 */
export function parseKnownEntities(text: string): KnownNames & { error?: string } {
  const read = readKnownEntitiesFile(text);
  if ('error' in read) return { entities: [], distinct: [], error: read.error };
  const problems: string[] = [];
  const entities = readEntities(read.entities, problems);
  const distinct = readDistinct(read.root?.distinct, problems);
  return { entities, distinct, error: problems.length ? problems.join('; ') : undefined };
}

/** The file's JSON: its entity list, and the object around it unless the file is a bare array. */
type FileJson = { root?: Record<string, unknown>; entities: unknown[] };

function readKnownEntitiesFile(text: string): FileJson | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
  if (Array.isArray(data)) return { entities: data };
  const root = isObject(data) ? data : undefined;
  if (!root || !Array.isArray(root.entities)) return { error: 'expected an array of entities or {"entities": [...]}' };
  return { root, entities: root.entities };
}

function readEntities(list: unknown[], problems: string[]): KnownEntity[] {
  const entities: KnownEntity[] = [];
  list.forEach((item, n) => {
    const e = (isObject(item) ? item : {}) as Partial<KnownEntity>;
    if (typeof e.name !== 'string' || !e.name.trim()) {
      problems.push(`entry ${n + 1} has no "name"`);
      return;
    }
    if (e.aliases !== undefined && !isListOfNames(e.aliases)) problems.push(`entry ${n + 1} ("${e.name.trim()}"): "aliases" is not a list of names`);
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    const kind = KINDS.includes(e.kind as EntityKind) ? (e.kind as EntityKind) : undefined;
    entities.push({ name: e.name.trim(), kind, aliases });
  });
  return entities;
}

function readDistinct(list: unknown, problems: string[]): DistinctNames[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push('"distinct" is not a list of groups of names');
    return [];
  }
  const groups: DistinctNames[] = [];
  list.forEach((group, n) => {
    if (isListOfNames(group) && group.length >= 2) groups.push(group.map((name) => name.trim()));
    else problems.push(`"distinct" entry ${n + 1} is not a list of two or more names`);
  });
  return groups;
}

function isListOfNames(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string' && name.trim() !== '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ------------------------------------------------------------------------------------ teaching names

/**
 * The known-entities file's new text with `alias` recorded as another spelling of `name`: added to the aliases of
 * the entry that has `name` as its name or an alias, else to the entry of `alias` itself (the pair is one name
 * either way), else in a new entry for `name`. Everything else in the file is kept as it is.
 * Throws when the existing text is malformed, so that the caller never overwrites a file a person must repair.
 */
export function addEntityAlias(existingText: string | undefined, alias: string, name: string): string {
  return editKnownEntities(existingText, (file) => {
    const entries = file.entities.filter(isObject);
    const entry = entries.find((e) => spellingsOf(e).includes(nameKey(name))) ?? entries.find((e) => spellingsOf(e).includes(nameKey(alias)));
    if (!entry) {
      file.entities.push({ name, aliases: [alias] });
      return;
    }
    const missing = [name, alias].filter((spelling) => !spellingsOf(entry).includes(nameKey(spelling)));
    if (missing.length) entry.aliases = [...((entry.aliases as string[] | undefined) ?? []), ...missing];
  });
}

/**
 * The known-entities file's new text with `a` and `b` recorded as different names (a pair added to its `distinct`
 * list, unless a group there already holds both). Everything else in the file is kept as it is.
 * Throws when the existing text is malformed, as `addEntityAlias` does.
 */
export function addDistinctNames(existingText: string | undefined, a: string, b: string): string {
  return editKnownEntities(existingText, (file) => {
    const groups = (file.root.distinct ??= []) as string[][];
    const keys = [nameKey(a), nameKey(b)];
    if (!groups.some((group) => keys.every((key) => group.some((name) => nameKey(name) === key)))) groups.push([a, b]);
  });
}

/** An entry's name and aliases, as keys. */
function spellingsOf(entry: Record<string, unknown>): string[] {
  return [entry.name, ...((entry.aliases as unknown[] | undefined) ?? [])].filter((s): s is string => typeof s === 'string').map(nameKey);
}

/**
 * Reads the file (none yet is an empty one), lets `edit` change its JSON in place, and writes it back with the
 * file's own indentation. A bare array of entities becomes `{"entities": [...]}` only when the edit adds beside it.
 */
function editKnownEntities(existingText: string | undefined, edit: (file: { root: Record<string, unknown>; entities: unknown[] }) => void): string {
  const blank = !existingText?.trim();
  if (!blank) {
    const problem = parseKnownEntities(existingText!).error;
    if (problem) throw new Error(`the known-entities file is malformed (${problem}); it was left as it is`);
  }
  const read = blank ? { entities: [] } : (readKnownEntitiesFile(existingText!) as FileJson);
  const root = read.root ?? { entities: read.entities };
  edit({ root, entities: read.entities });
  const bareArray = !blank && !read.root && Object.keys(root).length === 1;
  return JSON.stringify(bareArray ? read.entities : root, null, indentationOf(existingText)) + '\n';
}

/** The indentation of the file's first indented line, two spaces when it has none. */
function indentationOf(text: string | undefined): string | number {
  return /\n([ \t]+)\S/.exec(text ?? '')?.[1] ?? 2;
}
