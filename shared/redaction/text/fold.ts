const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/** Lower-case ASCII form of a word for lexicon look-ups: "Martínez" and "martinez" meet. */
export function fold(word: string): string {
  // most words are plain ASCII (also with digits: MRNs, logins): no normalisation needed
  if (isAscii(word)) return foldAsciiLower(word.toLowerCase());
  return foldLatin(word) ?? foldSlowly(word);
}

function foldSlowly(word: string): string {
  let s = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/[^\u0020-\u007e]/.test(s)) s = s.replace(/[ıłđøßæœþð]/g, (c) => SPECIAL[c] ?? c);
  return s.replace(/['’]/g, '');
}

// Latin letters with diacritics (U+0080-U+024F, U+1E00-U+1EFF) and combining marks (U+0300-U+036F):
// lower-casing, decomposing and dropping marks act on each such character alone (the one rule that
// looks at neighbours, the final sigma, is Greek), so a word of them and ASCII folds a character at a
// time from a table made by foldSlowly once, without normalize() and three regexes.
let latin: (string | undefined)[] | undefined;

function latinTable(): (string | undefined)[] {
  // filled end to end (undefined between the ranges): an array with gaps would be a slow dictionary
  const table = new Array<string | undefined>(0x1f00).fill(undefined);
  const add = (from: number, to: number) => {
    for (let c = from; c < to; c++) table[c] = foldSlowly(String.fromCharCode(c));
  };
  for (let c = 0; c < 128; c++) table[c] = foldSlowly(String.fromCharCode(c));
  add(0x80, 0x250);
  add(0x300, 0x370);
  add(0x1e00, 0x1f00);
  return table;
}

/** fold() by the table, or undefined for a word with a character outside it. */
function foldLatin(word: string): string | undefined {
  latin ??= latinTable();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const piece = latin[word.charCodeAt(i)];
    if (piece === undefined) return undefined;
    out += piece;
  }
  return out;
}

/** fold() of an ASCII word already in lower case: only apostrophes go. */
export function foldAsciiLower(lower: string): string {
  return lower.includes("'") ? lower.replace(/'/g, '') : lower;
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
