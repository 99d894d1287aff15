/**
 * A copy of `s` that does not keep a larger string alive. V8 represents a slice of 13 or more
 * characters as a view into its parent, so a word sliced from a ticket and kept as a cache key
 * would hold the whole ticket in memory for as long as the cache lives. Prefixing and slicing
 * again makes the parent a string of the word's own length.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
