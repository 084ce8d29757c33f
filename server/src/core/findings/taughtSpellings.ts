/**
 * What the team has taught Crosscheck about names in its known-entities file: the spellings of one name (an entry's
 * name and aliases) and names recorded as different (its `distinct` groups). Either way the team has settled how two
 * spellings relate, and the spelling rule no longer asks.
 */
import type { DistinctNames, KnownEntity } from '../types';
import { nameKey } from '../words';

export class TaughtSpellings {
  /** Settled pairs of words, each as "a|b" with the two keys in order. */
  private readonly settled = new Set<string>();

  constructor(entities: readonly KnownEntity[] = [], distinct: readonly DistinctNames[] = []) {
    for (const entity of entities) this.settle([entity.name, ...(entity.aliases ?? [])]);
    for (const group of distinct) this.settle(group);
  }

  /** Whether the team has said that two spellings (single words, as the spelling rule compares) are one name or two. */
  settles(a: string, b: string): boolean {
    // Most workspaces teach nothing: no need to fold the two words then.
    return this.settled.size > 0 && this.settled.has(pairKey(nameKey(a), nameKey(b)));
  }

  /**
   * Settles every word of each name against every word of the others: the spelling rule compares single words, and
   * "Tomas Brandvoll" taught as an alias of "Tomas Brandvold" must settle "Brandvoll" beside "Brandvold". Words
   * that are not near-miss spellings of each other ("tomas", "brandvold") are never compared, so pairing them too
   * changes nothing.
   */
  private settle(names: readonly string[]): void {
    const words = names.map((name) => nameKey(name).split(' ').filter(Boolean));
    words.forEach((these, i) => {
      for (const those of words.slice(i + 1)) {
        for (const a of these) for (const b of those) if (a !== b) this.settled.add(pairKey(a, b));
      }
    });
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
