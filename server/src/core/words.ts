/** Word-level helpers shared by the extractors. */
import { SYNONYM_OF } from './vocab/synonyms';

/** A rough English lemma: enough to match "villages" with "village" and "injuries" with "injury". */
export function lemma(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-case, accents removed, hyphens and spaces unified: the key under which name variants meet. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[-‐–—_.\s]+/g, ' ')
    .trim();
}

/** The word as context for comparing figures: interchangeable words ("flattened", "destroyed") meet. */
export function contextForm(word: string): string {
  return SYNONYM_OF.get(word) ?? lemma(word);
}
