/** A one-character class (a regex like /[\p{L}\p{M}]/u) tested per UTF-16 unit through a cache. */
export interface CharClass {
  /** Whether the code unit `c` is in the class (a lone surrogate is not). */
  has: (c: number) => boolean;
  /** Code units (1, or 2 for a surrogate pair) of the class member at `i`; 0 when none is there. */
  widthAt: (text: string, i: number) => number;
}

/**
 * The regex decides each code unit once; a 64K table answers every later test, which is what
 * lets the scanners of ticket text walk it by hand instead of by Unicode regexes.
 */
export function charClass(pattern: RegExp): CharClass {
  const known = new Uint8Array(65536); // 0 = not yet known, 1 = member, 2 = not
  const has = (c: number): boolean => {
    let k = known[c] as number;
    if (k === 0) {
      k = pattern.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
  return {
    has,
    widthAt: (text, i) => {
      const c = text.charCodeAt(i);
      if (c !== c) return 0; // past the end
      if (c >= 0xd800 && c <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) return pattern.test(text.slice(i, i + 2)) ? 2 : 0;
      }
      return has(c) ? 1 : 0;
    },
  };
}
