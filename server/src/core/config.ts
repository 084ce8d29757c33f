/** Default settings and the parsers of the workspace's own configuration files. Pure: text in, data out. */
import type { CrosscheckSettings, EntityKind, KnownEntity } from './types';

export const defaultSettings: CrosscheckSettings = {
  include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.news'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/.crosscheck/**'],
  maxFileSize: 2 * 1024 * 1024,
  severity: {},
  citationStyle: 'inline',
};

const KINDS: EntityKind[] = ['person', 'place', 'organisation', 'other'];

/**
 * Reads a known-entities file: `{ "entities": [ { "name": "…", "kind": "person", "aliases": ["…"] } ] }` or a bare
 * array of such entries. A malformed file yields no entities and an error to show, never an exception.
 */
export function parseKnownEntities(text: string): { entities: KnownEntity[]; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { entities: [], error: `not valid JSON: ${(e as Error).message}` };
  }
  const list = Array.isArray(data) ? data : (data as { entities?: unknown })?.entities;
  if (!Array.isArray(list)) return { entities: [], error: 'expected an array of entities or {"entities": [...]}' };
  const entities: KnownEntity[] = [];
  const problems: string[] = [];
  list.forEach((item, n) => {
    const e = item as Partial<KnownEntity>;
    if (!e || typeof e.name !== 'string' || !e.name.trim()) {
      problems.push(`entry ${n + 1} has no "name"`);
      return;
    }
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    const kind = KINDS.includes(e.kind as EntityKind) ? (e.kind as EntityKind) : undefined;
    entities.push({ name: e.name.trim(), kind, aliases });
  });
  return { entities, error: problems.length ? problems.join('; ') : undefined };
}
