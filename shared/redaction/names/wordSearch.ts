import type { WordInfo } from './wordInfo.js';

/**
 * The index of the first word for which `before` is false, or `infos.length` (binary search: the
 * words are in text order, and `before` holds for every word up to some point, then for none).
 */
export function firstWordNot(infos: readonly WordInfo[], before: (w: WordInfo) => boolean): number {
  let lo = 0;
  let hi = infos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(infos[mid] as WordInfo)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word that ends at `end`, if one does. */
export function wordEndingAt(infos: readonly WordInfo[], end: number): WordInfo | undefined {
  const w = infos[firstWordNot(infos, (x) => x.tok.end < end)];
  return w?.tok.end === end ? w : undefined;
}
