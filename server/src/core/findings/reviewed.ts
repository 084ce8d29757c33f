/**
 * The reviewed-claims file, `.crosscheck/reviewed.json`: findings a person has looked at and accepted.
 * Keyed by Finding.reviewKey, which names the finding's code, the report's file name and the figure's words, so
 * an entry survives edits elsewhere in the article. Pure functions: the callers do the file I/O.
 */

export interface ReviewEntry {
  key: string;
  /** File name of the report, for people reading the file. */
  file: string;
  /** The text that was reviewed, for people reading the file. */
  text: string;
  /** When it was reviewed (ISO date-time). */
  at?: string;
}

interface ReviewedFile {
  version: 1;
  reviewed: ReviewEntry[];
}

/** Reads the file; a malformed one gives no keys and an error to show (and must then not be overwritten). */
export function parseReviewed(text: string): { keys: Set<string>; entries: ReviewEntry[]; error?: string } {
  if (!text.trim()) return { keys: new Set(), entries: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { keys: new Set(), entries: [], error: `not valid JSON: ${(e as Error).message}` };
  }
  const list = (data as Partial<ReviewedFile>)?.reviewed;
  if (!Array.isArray(list)) return { keys: new Set(), entries: [], error: 'expected {"version": 1, "reviewed": [...]}' };
  const entries = list.filter((e): e is ReviewEntry => !!e && typeof (e as ReviewEntry).key === 'string');
  return { keys: new Set(entries.map((e) => e.key)), entries };
}

/**
 * The file's new content with `entry` added (kept once per key), merged into what is there now.
 * Throws when the existing content is malformed, so that the caller never clobbers a file a person must repair.
 */
export function addReviewedEntry(existingText: string | undefined, entry: ReviewEntry): string {
  const existing = parseReviewed(existingText ?? '');
  if (existing.error) throw new Error(`.crosscheck/reviewed.json is malformed (${existing.error}); not overwriting it`);
  const entries = existing.entries.filter((e) => e.key !== entry.key);
  entries.push({ ...entry, at: entry.at ?? new Date().toISOString() });
  const file: ReviewedFile = { version: 1, reviewed: entries };
  return JSON.stringify(file, null, 2) + '\n';
}
