/** Helpers over lists of items with spans. */
import type { Span } from './types';

/**
 * The items of `sorted` (by start) that lie inside `span`, found by binary search: a scan of the whole report for
 * every figure would make a long report's cost grow with the square of its length.
 */
export function within<T extends { span: Span }>(sorted: T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].span.start < span.end; i++) if (sorted[i].span.end <= span.end) found.push(sorted[i]);
  return found;
}
